"""German counterpart of tests/test_workplace_people_en.py: the people of a workplace are
civilians, as "Arbeiter" are (actors/data/agents-groups.yaml): Praktikanten, Auszubildende,
Lehrlinge, Erntehelfer, Saisonarbeiter, Bauarbeiter."""
from __future__ import annotations

import pytest

from tests.coded_events import events


@pytest.mark.parametrize("text, expected", [
    ("Die italienische Arbeitsministerin lobte die Erntehelfer in Apulien.", ("ITA", "SUPPORT", "ITA")),
    ("Der spanische Landwirtschaftsminister verteidigte am Montag die Saisonarbeiter.", ("ESP", "SUPPORT", "ESP")),
    ("Der französische Bildungsminister lobte die Auszubildenden der Region.", ("FRA", "SUPPORT", "FRA")),
    ("Der österreichische Kanzler lobte die Lehrlinge in Linz.", ("AUT", "SUPPORT", "AUT")),
], ids=["Erntehelfer", "Saisonarbeiter", "Auszubildende", "Lehrlinge"])
def test_people_of_a_workplace_are_civilians(text, expected):
    assert expected in events(text, "de")


def test_hiring_interns_is_no_event():
    assert events("Der Autobauer stellte 200 neue Praktikanten in seinem Werk in Texas ein.", "de") == []
