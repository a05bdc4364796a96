"""A demand, criticism, rejection or threat made in a letter or a note to someone is aimed at
the addressee when the verb names no one else: "Putin forderte in einem Brief an Obama ein Ende
der Sanktionen" is a demand on the United States (sentences written for these tests)."""
from __future__ import annotations

import pytest

from tests.coded_events import events


@pytest.mark.parametrize("text, expected", [
    ("Putin forderte in einem Brief an Obama ein Ende der Sanktionen.", ("RUS", "REQUEST", "USA")),
    ("Die türkische Regierung hat in einer Verbalnote an das deutsche Außenministerium die "
     "Strafverfolgung des Satirikers gefordert.", ("TUR", "REQUEST", "DEU")),
    ("Der griechische Premier kritisierte in einem Brief an die EU-Kommission die Sparauflagen.",
     ("GRC", "ACCUSE", "IGO:EU")),
    ("Der ungarische Premier wies in einem Schreiben an die EU-Kommission die Quote zurück.",
     ("HUN", "REJECT", "IGO:EU")),
], ids=["brief-fordern", "verbalnote", "brief-kritisieren", "schreiben-zurueckweisen"])
def test_the_addressee_of_the_message_is_the_target(text, expected):
    assert expected in events(text, "de")


@pytest.mark.parametrize("text, wrong", [
    ("Die polnische Regierung hat in einem Schreiben an Brüssel ihre Haltung verteidigt.",
     ("POL", "SUPPORT", "IGO:EU")),
    ("Der französische Präsident kritisierte in einem Brief an Merkel die Politik Russlands.",
     ("FRA", "ACCUSE", "DEU")),
], ids=["defence-of-a-stand", "named-target-first"])
def test_no_addressee_where_the_act_is_aimed_elsewhere(text, wrong):
    assert wrong not in events(text, "de")
