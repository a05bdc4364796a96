"""English local and regional news, end to end, on texts written for these tests: the country of
an article that names no state but its towns, a place named inside an event noun's argument,
and a person named with a party in brackets then by the last name alone."""
from __future__ import annotations

import datetime as dt

import pytest

from chronist.model import Article
from chronist.pipeline import Pipeline

PIPELINE = Pipeline.default()
PUBLISHED = dt.date(2024, 3, 9)


def events(text: str) -> list[tuple]:
    doc = PIPELINE.process(Article(text=text, id="test", date=PUBLISHED), lang="en")
    return [("+".join(a.code for a in e.source), e.plover, "+".join(a.code for a in e.target))
            for e in doc.events]


@pytest.mark.parametrize("text, expected", [
    # one big town names the country: the police and whom they call on are its (an appeal to
    # witnesses is no event: tests/test_public_appeals.py)
    ("Two shops were damaged in Leeds overnight. Police have called for calm.", ("GBR", "REQUEST", "")),
    ("Two cars were burned in Denver overnight. Officers later detained two men.", ("USA", "COERCE", "USA")),
])
def test_the_towns_of_an_article_that_names_no_state_give_its_country(text, expected):
    assert expected in events(text)


def test_a_town_with_big_namesakes_in_two_countries_gives_no_country():
    # Birmingham is an English and an American city of more than 100,000 people
    found = events("There was a robbery in Birmingham on Friday. Police have arrested a suspect.")
    assert not any("GBR" in e[0] or "USA" in e[0] for e in found)


@pytest.mark.parametrize("text, expected", [
    ("Protests against police violence in Colombia spread again on Sunday.", ("COL", "PROTEST", "COL")),
    ("Demonstrations against the government in Kenya grew over the weekend.", ("KEN", "PROTEST", "KEN")),
])
def test_a_place_inside_the_argument_of_an_event_noun_is_where_it_happened(text, expected):
    assert expected in events(text)


@pytest.mark.parametrize("text, expected", [
    ("The mayor, Jonas Pellmann (SPD), spoke on Sunday. Pellmann urged the residents to stay calm.",
     ("DEU", "REQUEST", "DEU")),
    ("Councillor Mara Quellby (CDU) spoke on Friday. Quellby called on the citizens to save water.",
     ("DEU", "REQUEST", "DEU")),
])
def test_a_last_name_after_a_name_with_a_party_in_brackets_is_that_person(text, expected):
    assert expected in events(text)


def test_a_passive_arrest_in_an_article_whose_towns_tell_its_country_is_that_countrys():
    # no dateline, no state named: the towns tell where the article was filed, as a dateline would
    found = events("A petrol station was robbed in Denver on Friday night. A 34-year-old man was "
                   "arrested on Saturday morning.")
    assert ("USA", "COERCE", "USA") in found
