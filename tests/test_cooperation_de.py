"""German military cooperation as wire reports word it: naval manoeuvres held together
("hielten gemeinsame Marinemanöver ab") and weapons delivered ("lieferte Raketensysteme an die
Türkei aus", no extradition). Sentences written for these tests."""
from __future__ import annotations

import pytest

from tests.coded_events import coded


@pytest.mark.parametrize("text, expected", [
    ("Manila – Die Philippinen und die USA hielten im Südchinesischen Meer gemeinsame Marinemanöver ab.",
     ("PHL+USA", "062", "PHL+USA")),
    ("Peking – China und Russland hielten im Japanischen Meer ein Großmanöver ab.", ("CHN+RUS", "062", "CHN+RUS")),
    ("Washington – Die USA lieferten die ersten Raketensysteme an Polen aus.", ("USA", "072", "POL")),
])
def test_military_cooperation(text, expected):
    assert expected in [e[:3] for e in coded(text, "de")]


def test_persons_handed_over_are_extradited():
    text = "Madrid – Spanien lieferte den Terrorverdächtigen an Frankreich aus."
    assert ("ESP", "063", "FRA") in [e[:3] for e in coded(text, "de")]
