import pytest

from chronist.lang.detect import detect


@pytest.mark.parametrize("text, lang", [
    ("Die Regierung hat am Montag neue Sanktionen gegen das Land verhängt.", "de"),
    ("The government imposed new sanctions on the country on Monday.", "en"),
    ("Le gouvernement a annoncé des sanctions contre le pays pour la semaine.", "fr"),
    ("", None),
    ("12345 !!! ???", None),
], ids=["de", "en", "fr", "empty", "no-words"])
def test_detect(text, lang):
    assert detect(text) == lang
