"""German clauses near a verb of saying that the narrator tells, not the speaker: a relative
clause in the indicative ("Die USA kündigten Manöver an, was Caracas verurteilte": Caracas's
condemnation is asserted, not reported by the USA) and a main clause in the simple past after
a comma when the verb of saying has its phrase already ("Die USA mahnten zur Zurückhaltung,
Russland bot ... an": no content of the warning, so Russia is no target of it), and the clause
above a clause of time or cause whose verb is one of saying ("bestellte den Botschafter ein,
nachdem Schulz ... gesprochen hatte": the lexicon's circumstance_openers); sentences written for
these tests."""
from __future__ import annotations

import pytest

from tests.coded_events import coded


@pytest.mark.parametrize("text, expected", [
    ("Die USA kündigten gemeinsame Manöver mit Guyana an, was Caracas als Provokation verurteilte.",
     ("VEN", "111", "USA", "asserted")),
    ("Russland kündigte neue Atomtests an, was Japan scharf kritisierte.", ("JPN", "111", "RUS", "asserted")),
])
def test_a_relative_clause_of_an_announcement_is_asserted(text, expected):
    assert expected in coded(text, "de")


def test_a_relative_clause_in_the_subjunctive_stays_reported():
    events = coded("Merkel sagte, Russland habe die Ukraine angegriffen, was Moskau bestreite.", "de")
    assert ("RUS", "190", "UKR", "reported") in events


@pytest.mark.parametrize("text, stranger", [
    ("Die USA mahnten zur Zurückhaltung, Russland bot sich als Vermittler an.", "RUS"),
    ("Die EU mahnte zur Deeskalation, China rief zu Gesprächen auf.", "CHN"),
    ("Frankreich warnte vor einer Eskalation, Italien schickte einen Gesandten nach Tripolis.", "ITA"),
])
def test_a_main_clause_in_the_simple_past_is_no_content(text, stranger):
    assert not [e for e in coded(text, "de") if stranger in e[2]]


def test_a_subjunctive_after_the_warning_is_its_content():
    assert ("IGO:EU", "02", "CHN", "asserted") in coded("Die EU mahnte zur Deeskalation, China müsse sich "
                                                          "zurückhalten.", "de")


@pytest.mark.parametrize("text, expected", [
    ("Polen bestellte den deutschen Botschafter ein, nachdem Martin Schulz von einer Putinisierung Polens "
     "gesprochen hatte.", ("POL", "114", "DEU", "asserted")),
    ("Die Türkei verurteilte Israel, als der Minister erklärte, die Armee habe Gaza angegriffen.",
     ("TUR", "111", "ISR", "asserted")),
])
def test_a_verb_of_saying_in_a_clause_of_time_reports_nothing_above_it(text, expected):
    assert expected in coded(text, "de")


def test_a_verb_of_saying_after_wie_reports_the_clause_above():
    assert ("RUS", "190", "UKR", "reported") in coded("Russland habe die Ukraine angegriffen, wie Selenskyj "
                                                       "sagte.", "de")
