"""Unseen English news read as an annotator (sentences written for these tests): a private
person named by a noun no actor has ("a man") who was arrested by no one named is a civilian
of the country the sentence places the arrest in, and the unnamed authorities are that
country's; a rescue helicopter is no army's; pepper spray or tear gas sprayed on people is
violent repression; the maker of a decision or move named by "by" is what it names ("condemned
the decision by the United States"), and a decision fought in court is rejected."""
from __future__ import annotations

import datetime as dt

import pytest

from chronist.model import Article
from chronist.pipeline import Pipeline

PIPELINE = Pipeline.default()


def events(text: str) -> list[tuple[str, str, str]]:
    doc = PIPELINE.process(Article(text=text, id="t", date=dt.date(2020, 7, 26), lang="en"), lang="en")
    return [("+".join(f"{a.code}/{a.sector}" for a in e.source), e.plover,
             "+".join(f"{a.code}/{a.sector}" for a in e.target)) for e in doc.events]


@pytest.mark.parametrize("text, expected", [
    ("A man was arrested in Kenya on Sunday.", ("KEN/GOV", "COERCE", "KEN/CVL")),
    ("A woman was arrested in Turkey after a post on social media.", ("TUR/GOV", "COERCE", "TUR/CVL")),
    ("Protests against the Serbian president continued. Another man was detained in Belgrade.",
     ("SRB/GOV", "COERCE", "SRB/CVL")),
], ids=["country", "country-2", "town"])
def test_a_private_person_arrested_is_a_civilian_of_the_place(text, expected):
    assert expected in events(text), events(text)


def test_an_arrest_placed_nowhere_is_no_ones():
    assert not any(e[1] == "COERCE" for e in events("A man was arrested on Sunday.")), events("A man was arrested on Sunday.")


def test_a_rescue_helicopter_is_no_army():
    assert events("An emergency rescue helicopter landed on the motorway near Kassel.") == []
    assert ("RUS/MIL", "MOBILIZE", "") in events("A Russian helicopter landed in the Syrian town.")


def test_tear_gas_sprayed_on_people_is_repression():
    assert ("ISR/COP", "ASSAULT", "ISR/CVL") in events("Israeli police sprayed pepper spray on demonstrators in Tel Aviv.")
    assert events("Farmers sprayed pesticides on the fields near Lyon.") == []


@pytest.mark.parametrize("text, expected", [
    ("China condemned the decision by the United States to sell weapons to Taiwan.", ("CHN/GOV", "ACCUSE", "USA/GOV")),
    ("Iran criticized the move by Saudi Arabia.", ("IRN/GOV", "ACCUSE", "SAU/GOV")),
], ids=["decision", "move"])
def test_the_maker_of_a_decision_named_by_by_is_the_target(text, expected):
    assert expected in events(text), events(text)


def test_a_ruling_fought_in_court_is_rejected():
    text = "The Hungarian government said it will fight the ruling by the German constitutional court."
    assert ("HUN/GOV", "REJECT", "DEU/JUD") in events(text), events(text)
