"""The people of a workplace are civilians, as "workers" are (actors/data/agents-groups.yaml):
employees, interns, trainees, apprentices, harvesters, labourers."""
from __future__ import annotations

import pytest

from tests.coded_events import events


@pytest.mark.parametrize("text, expected", [
    ("The head of the district authority in Salzburg, Alois Lanz, defended the interns on Saturday.",
     ("AUT", "SUPPORT", "AUT")),
    ("Police in Lyon detained three employees of the bank after the robbery.", ("FRA", "COERCE", "FRA")),
    ("Police in Seville arrested two apprentices after the riot.", ("ESP", "COERCE", "ESP")),
    ("The Italian labour minister praised the harvesters of Apulia.", ("ITA", "SUPPORT", "ITA")),
], ids=["interns", "employees", "apprentices", "harvesters"])
def test_people_of_a_workplace_are_civilians(text, expected):
    assert expected in events(text, "en")


def test_hiring_employees_is_no_event():
    assert events("The carmaker hired 200 new employees at its plant in Texas.", "en") == []
