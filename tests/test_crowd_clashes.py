"""Clashes of a crowd with soldiers or police, told of both sides, are the crowd's riot against
the forces (145, PROTEST), the crowd a people named by a noun ("Palästinenser") made civilians;
clashes of armed sides stay fighting. German attributes with their own object ("zwischen Steine
werfenden Palästinensern") are one noun phrase. (And aircraft that hit targets attack, as jets do.)"""
from __future__ import annotations

import pytest

from coded_events import coded

RIOTS = [
    ("In Bilin kam es zu Zusammenstößen zwischen Steine werfenden Palästinensern und israelischen Grenzpolizisten.",
     "de", ("PSE", "145", "ISR")),
    ("Clashes between Palestinians and Israeli soldiers erupted near Nablus.", "en", ("PSE", "145", "ISR")),
]


@pytest.mark.parametrize("text,lang,expected", RIOTS)
def test_crowd_clash_is_a_riot(text, lang, expected):
    events = [event[:3] for event in coded(text, lang)]
    assert expected in events and not [e for e in events if e[1] == "190"]


def test_armed_sides_fight():
    events = [event[:3] for event in coded("Clashes between Armenian and Azerbaijani troops erupted on the border.", "en")]
    assert [e for e in events if e[1] == "190"] and not [e for e in events if e[1] == "145"]


def test_aircraft_hit_targets_in_a_place():
    """Aircraft, warships or tanks of a state that hit targets in a place attack it, as jets do."""
    assert ("ISR", "190", "PSE") in [event[:3] for event in coded("Israeli aircraft hit targets in Gaza overnight.", "en")]


def test_a_number_word_is_no_participle():
    """"am Sonntagabend Tausende Menschen": "Tausende" is a number, no participle taking
    "Sonntagabend" as its object; the protest keeps its crowd."""
    assert ("BLR", "14", "BLR") in [e[:3] for e in coded("In Minsk protestierten am Sonntagabend Tausende Menschen gegen die Regierung.", "de")]

