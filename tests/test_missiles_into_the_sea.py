"""Missiles fired into the sea are aimed at no one: a show of force (15), not an attack on the sea
(frames.yaml waters: nouns of open water meet no condition on a preposition; sentences written
for these tests)."""
from __future__ import annotations

import pytest

from tests.coded_events import coded


@pytest.mark.parametrize("lang, text", [
    ("en", "North Korea fired two ballistic missiles into the sea on Thursday."),
    ("en", "North Korea fired two missiles into the Sea of Japan."),
    ("de", "Nordkorea feuerte am Donnerstag zwei ballistische Raketen ins Meer ab."),
])
def test_missiles_into_the_sea_are_a_show_of_force(lang, text):
    assert [e[:3] for e in coded(text, lang)] == [("PRK", "15", "")]


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "Hamas fired rockets into Israel.", ("PSE", "190", "ISR")),
    ("en", "Iran fired missiles at U.S. bases in Iraq.", ("IRN", "195", "USA")),
])
def test_missiles_into_a_country_attack_it(lang, text, expected):
    assert expected in [e[:3] for e in coded(text, lang)]
