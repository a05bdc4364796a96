"""English counterpart of tests/test_named_places.py: a person's name right before a noun of places
and institutions that the name names ("the King Abdullah Center", "the Nelson Mandela Center", the
pack's named_place_nouns) is no actor; English writes as two words what German writes as one
("das Abdullah-Zentrum"). A name with "'s", the nouns of what a person owns or runs ("the Trump
Tower", "the Clinton Foundation") and the person's own acts stay (sentences written for these tests)."""
from __future__ import annotations

import pytest

from tests.coded_events import coded


@pytest.mark.parametrize("text, absent", [
    ("Saudi Arabia funds the King Abdullah Center in Vienna.", "JOR"),
    ("Egyptian police raided the Nelson Mandela Center in Cairo.", "ZAF"),
    ("Protesters gathered outside the Vladimir Putin Museum and demonstrated against the war.", "RUS"),
], ids=["Abdullah-Center", "Mandela-Center", "Putin-Museum"])
def test_a_name_of_a_place_is_no_actor(text: str, absent: str) -> None:
    found = coded(text, "en")
    assert not [e for e in found if absent in e[0].split("+") + e[2].split("+")], found


@pytest.mark.parametrize("text, expected", [
    ("Saudi Arabia praised King Abdullah.", ("SAU", "051", "JOR", "asserted")),
    ("Saudi Arabia funded King Abdullah's center in Vienna.", ("SAU", "071", "JOR", "asserted")),
    ("Trump met Putin at the Trump Tower in New York.", ("USA", "040", "RUS", "asserted")),
    ("Obama met Merkel at the White House.", ("USA", "040", "DEU", "asserted")),
], ids=["person", "possessive", "Trump-Tower", "White-House"])
def test_names_of_persons_stay_actors(text: str, expected: tuple) -> None:
    assert expected in coded(text, "en")
