"""Not recognising a state, a government or its leader is a rejection (CAMEO 12), said, not an
act that failed to happen (coder REFUSED_ROOTS); sentences written here."""
from __future__ import annotations

import pytest

from tests.coded_events import events


@pytest.mark.parametrize("lang, sentence, expected", [
    ("en", "The United States did not recognize Maduro as president.", ("USA", "REJECT", "VEN")),
    ("en", "Britain did not recognise the Taliban as Afghanistan's government.", ("GBR", "REJECT", "AFG")),
    ("de", "Die USA erkannten Maduro nicht als Präsidenten an.", ("USA", "REJECT", "VEN")),
])
def test_recognition_withheld_is_a_rejection(lang, sentence, expected):
    assert expected in events(sentence, lang)
