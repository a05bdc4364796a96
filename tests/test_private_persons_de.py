"""A private person no actor names ("ein Mann", "ein Rentner") who was stabbed, shot or
arrested with no one named for it is a civilian of the country the sentence places the act in,
as in English ("a man was stabbed in London"); harm an accident does as often as an attacker
("bei einem Unfall verletzt") stays no event (sentences written for these tests)."""
from __future__ import annotations

import pytest

from tests.coded_events import events


@pytest.mark.parametrize("text, expected", [
    ("In London wurde ein Mann erstochen.", ("UNK", "ASSAULT", "GBR")),
    ("In Lyon wurde ein Rentner niedergeschossen.", ("UNK", "ASSAULT", "FRA")),
    ("In Hamburg wurde ein 32-jähriger Mann wegen Mordverdachts festgenommen.", ("DEU", "COERCE", "DEU")),
    ("Eine Frau wurde in Madrid von der Polizei festgenommen.", ("ESP", "COERCE", "ESP")),
], ids=["erstochen", "niedergeschossen", "festgenommen", "von-der-polizei"])
def test_a_private_person_harmed_or_arrested_is_a_civilian_of_the_place(text, expected):
    assert expected in events(text, "de")


@pytest.mark.parametrize("text", [
    "In Marseille wurde eine Frau bei einem Unfall schwer verletzt.",
    "In Wien wurde ein Radfahrer von einem Lastwagen verletzt.",
], ids=["unfall", "lastwagen"])
def test_harm_an_accident_does_is_no_event(text):
    assert all(kind != "ASSAULT" for _, kind, _ in events(text, "de"))
