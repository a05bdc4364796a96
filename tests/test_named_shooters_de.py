"""Shooting at someone ("schoss auf", CAMEO 193 in German, as English "shoot" is 18) names its
private persons by names no dictionary knows as an assault does: civilians of the article's
country (sentences written for these tests)."""
from __future__ import annotations

import pytest

from tests.coded_events import events


@pytest.mark.parametrize("text, expected", [
    ("Die texanische Polizei nahm am Sonntag einen Verdächtigen fest. Kevin Porter schoss in Houston auf Tyler Brooks.",
     ("USA", "ASSAULT", "USA")),
    ("Die französische Polizei ermittelt. Der Verdächtige Marc Dupuis gab zu, auf Jean Lacroix geschossen zu haben.",
     ("FRA", "ASSAULT", "FRA")),
], ids=["schoss-auf", "gab-zu-geschossen"])
def test_a_shot_at_a_named_private_person_is_an_assault_between_civilians(text, expected):
    assert expected in events(text, "de")
