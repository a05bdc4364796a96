"""A noun used as a preposition with no determiner before it ("Richtung Süden") opens a place
phrase, not a second object that turns the real object into a dative (sentences written for
these tests)."""
from __future__ import annotations

import pytest

from tests.coded_events import events, sectored


@pytest.mark.parametrize("text, expected", [
    ("Nigerianische Truppen stoppten den Vormarsch der Boko Haram Richtung Süden.", ("NGA", "ASSAULT", "NGA")),
])
def test_richtung_opens_a_place_phrase(text, expected):
    assert expected in events(text, "de")


def test_the_object_before_richtung_stays_the_object():
    # (the Islamic State is the object: "des Islamischen Staates" is its name since the genitive
    # in -es of bodies' names is read; it was the Iraqi state's "Staates" before)
    assert [(s, c[:2], t.split("/")[1]) for s, c, t in sectored(
        "Die kurdischen Peschmerga hielten den Vormarsch des Islamischen Staates Richtung Erbil auf.", "de")] \
        == [("IRQ/MIL", "19", "REB")]


def test_richtung_with_a_determiner_stays_a_noun():
    assert events("Die Regierung Italiens gab die Richtung vor.", "de") == []
