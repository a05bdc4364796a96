"""A protest outside a state's mission is aimed at that state also when no town follows the
mission ("outside the Russian embassy on Monday"): the nationality adjective names its owner,
as a town after it names where it is. Crowds that "gathered outside" a mission protest there.
Sentences written for these tests."""
from __future__ import annotations

import pytest

from tests.coded_events import events


@pytest.mark.parametrize("text, expected", [
    ("LONDON (Reuters) - Activists protested outside the Russian embassy on Monday.", ("GBR", "PROTEST", "RUS")),
    ("PARIS (Reuters) - Hundreds of Kurds demonstrated outside the Turkish embassy on Saturday.",
     ("FRA", "PROTEST", "TUR")),
    ("MANILA (Reuters) - Filipino fishermen rallied outside the Chinese embassy on Wednesday.",
     ("PHL", "PROTEST", "CHN")),
    ("OTTAWA (Reuters) - Hundreds of protesters gathered outside the Indian high commission on Friday.",
     ("CAN", "PROTEST", "IND")),
    ("Wien – Aktivisten protestierten am Montag vor der russischen Botschaft.", ("AUT", "PROTEST", "RUS")),
])
def test_a_protest_outside_a_mission_is_aimed_at_its_state(text, expected):
    lang = "de" if "–" in text else "en"
    assert expected in events(text, lang)


def test_a_protest_outside_a_building_of_no_state_keeps_its_place():
    assert ("GRC", "PROTEST", "GRC") in events(
        "ATHENS (Reuters) - Thousands of people protested outside the main railway station on Monday.", "en")
