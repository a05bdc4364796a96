"""A region of the actor dictionary (the states of a federal country, the provinces of the
states at war: countries-regions.yaml, countries-federal.yaml) named as a place is a place of its
country: "im US-Bundesstaat Texas" is in the United States, where a group of no fixed country
acts ("Ein Anhänger des IS ... in Texas") and where the police are, not in Syria; "Florida" is
the state before the towns of that name in Cuba (sentences written for these tests)."""
from __future__ import annotations

import pytest

from chronist.geo.gazetteer import Gazetteer
from tests.coded_events import events


@pytest.mark.parametrize("text, expected", [
    ("Ein Anhänger des IS hat in Texas einen Polizisten angeschossen.", ("USA", "ASSAULT", "USA")),
    ("Ein Anhänger des IS hat im US-Bundesstaat Florida einen Polizisten angeschossen.",
     ("USA", "ASSAULT", "USA")),
], ids=["texas", "florida"])
def test_an_act_in_a_region_is_placed_in_its_country(text, expected):
    assert expected in events(text, "de")


@pytest.mark.parametrize("name, country", [
    ("Texas", "USA"), ("Kalifornien", "USA"), ("Florida", "USA"), ("Belutschistan", "PAK"),
], ids=["texas", "kalifornien", "florida", "belutschistan"])
def test_the_region_is_a_place_of_its_country(name, country):
    best = min(Gazetteer.default().candidates(name), key=lambda e: e.rank)
    assert best.place.country == country
