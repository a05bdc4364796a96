"""A side beaten in a round of a contest ("semi-final", "Halbfinale") is beaten in a game, also
with no score told, when the sides are named bare as teams are (Words.contest_words); sentences
written here."""
from __future__ import annotations

import pytest

from tests.coded_events import coded


@pytest.mark.parametrize("lang, sentence", [
    ("en", "Germany beat France in the World Cup semi-final."),
    ("en", "Argentina beat Croatia in the quarter-final on Friday."),
    ("de", "Deutschland schlug Frankreich im WM-Halbfinale."),
])
def test_a_round_won_is_no_assault(lang, sentence):
    assert not any(e[1].startswith(("17", "18", "19")) for e in coded(sentence, lang))


def test_police_near_a_stadium_still_beat_people():
    got = coded("Police beat protesters outside the stadium before the semi-final.", "en")
    assert any(e[1] == "182" for e in got)
