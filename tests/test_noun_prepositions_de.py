"""A noun used as a preposition with no determiner before it ("Richtung Süden") opens a place
phrase, not a second object that turns the real object into a dative (sentences written for
these tests)."""
from __future__ import annotations

import pytest

from tests.coded_events import events


@pytest.mark.parametrize("text, expected", [
    ("Nigerianische Truppen stoppten den Vormarsch der Boko Haram Richtung Süden.", ("NGA", "ASSAULT", "NGA")),
    ("Die kurdischen Peschmerga hielten den Vormarsch des Islamischen Staates Richtung Erbil auf.",
     ("IRQ", "ASSAULT", "IRQ")),
], ids=["stoppten-richtung", "hielten-auf-richtung"])
def test_richtung_opens_a_place_phrase(text, expected):
    assert expected in events(text, "de")


def test_richtung_with_a_determiner_stays_a_noun():
    assert events("Die Regierung Italiens gab die Richtung vor.", "de") == []
