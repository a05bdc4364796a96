""""The junta", "die Junta" name the ruling power of the country an article is about, not the
last government named before (Words.ruler_nouns): they take the article's country, as unnamed
actors do, or none; sentences written here."""
from __future__ import annotations

import pytest

from tests.coded_events import events

LEAD = ("Myanmar's military government sentenced a former British ambassador to one year in prison. "
        "The British Foreign Office demanded her immediate release. ")


def test_the_junta_is_the_ruler_of_the_country_the_article_is_about():
    got = events(LEAD + "The junta has detained thousands of opponents of Aung San Suu Kyi since the coup. "
                        "Myanmar's army has shelled villages in the Sagaing region.", "en")
    assert ("MMR", "COERCE", "MMR") in got
    assert ("GBR", "COERCE", "MMR") not in got


@pytest.mark.parametrize("tail", [
    "The junta has detained thousands of opponents since the coup. Myanmar's army has shelled villages in Sagaing.",
])
def test_the_junta_is_not_the_government_that_spoke_last(tail):
    assert not any(e[0] == "GBR" and e[1] == "COERCE" for e in events(LEAD + tail, "en"))
