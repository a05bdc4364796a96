"""Local police news (sentences written for these tests; towns: test_local_news_en.py): the
counties of England tell an article's country, which the city list knows only as towns abroad
("Somerset", "Kent") or not at all ("Devon"); "officers" in an article that names the police and
no other armed forces are policemen; the people of a gathering a named police force breaks up
are that state's civilians; property damaged in the passive by no one named is no authority's act;
private persons named by a name or a noun no actor has ("Sims", "a 16-year-old") are civilians of
the article's (for a name) or the sentence's country when an arrest or an assault names them."""
from __future__ import annotations

import datetime as dt

import pytest

from chronist.model import Article
from chronist.pipeline import Pipeline

PIPELINE = Pipeline.default()


def events(text: str, lang: str = "en") -> list[tuple[str, str, str]]:
    doc = PIPELINE.process(Article(text=text, id="t", date=dt.date(2019, 5, 4), lang=lang), lang=lang)
    return [("+".join(f"{a.code}/{a.sector}" for a in e.source), e.plover,
             "+".join(f"{a.code}/{a.sector}" for a in e.target)) for e in doc.events]


@pytest.mark.parametrize("text, expected", [
    ("Two men were arrested after a pensioner was robbed in Kent on Friday.", ("GBR/GOV", "COERCE", "GBR/CVL")),
    ("A teenager was stabbed in Somerset. Two men have since been arrested.", ("GBR/GOV", "COERCE", "GBR/CVL")),
    # the article's country from its county alone: the police of a later sentence that names no place
    ("A woman was found injured in Ilfracombe, Devon, on Sunday. Police have appealed to residents "
     "to stay calm.", ("GBR/COP", "REQUEST", "GBR/CVL")),
], ids=["kent", "somerset-passive", "devon-home"])
def test_an_english_county_tells_the_country(text, expected):
    assert expected in events(text), events(text)


@pytest.mark.parametrize("text, expected", [
    ("Police said a man had been arrested in Wiltshire. Officers have urged residents to stay "
     "indoors.", ("GBR/COP", "REQUEST", "GBR/CVL")),
], ids=["officers"])
def test_officers_of_a_police_story_are_police(text, expected):
    assert expected in events(text), events(text)


def test_officers_next_to_soldiers_stay_soldiers():
    text = ("British police cordoned off the street. British soldiers and officers urged residents to leave "
            "the town.")
    assert not any(e[0].endswith("/COP") and e[1] == "REQUEST" for e in events(text) if "MIL" in e[0]), events(text)
    assert any(e[0] == "GBR/MIL" and e[1] == "REQUEST" for e in events(text)), events(text)


@pytest.mark.parametrize("text, expected", [
    ("Belarusian police broke up the rally on Sunday.", ("BLR/COP", "ASSAULT", "BLR/CVL")),
    ("The gathering was dissolved by Ukrainian police.", ("UKR/COP", "ASSAULT", "UKR/CVL")),
    # a place of the gathering is where it was, not the target: its people are
    ("German police broke up the rally in Berlin.", ("DEU/COP", "ASSAULT", "DEU/CVL")),
], ids=["active", "passive", "capital"])
def test_the_people_of_a_gathering_broken_up_are_civilians(text, expected):
    assert events(text) == [expected]


def test_property_damaged_by_no_one_is_no_authoritys_act():
    text = "Rioters attacked French police with stones. Two police cars were damaged."
    assert not any(e[1] == "COERCE" for e in events(text)), events(text)


# private persons named by names no dictionary knows, in an article whose country is known
DENVER = "Police in Denver said a man had been arrested on Sunday. "


@pytest.mark.parametrize("text, expected", [
    (DENVER + "Marlon Keddick, 24, was shot outside a bar on Saturday.", ("UNK/None", "ASSAULT", "USA/CVL")),
    (DENVER + "Keddick was shot by Tobin Ralls after an argument.", ("USA/CVL", "ASSAULT", "USA/CVL")),
    (DENVER + "The police announced the arrest of Tobin Ralls, 31, on Monday.", ("USA/GOV", "COERCE", "USA/CVL")),
    # a private person named by a noun, harmed by no one named: of the place the sentence names
    ("A man was shot in Kent on Friday night.", ("UNK/None", "ASSAULT", "GBR/CVL")),
    ("A 16-year-old was stabbed in Essex.", ("UNK/None", "ASSAULT", "GBR/CVL")),
    # a place after "in" is no thing that did the harm, as "in a blast" is
    ("Two British men were shot in Kent.", ("UNK/None", "ASSAULT", "GBR/CVL")),
], ids=["victim", "attacker", "arrest-noun", "man", "year-old", "place-no-cause"])
def test_a_private_person_is_a_civilian_of_the_articles_country(text, expected):
    assert expected in events(text), events(text)


@pytest.mark.parametrize("text", [
    "Marlon Keddick, 24, was shot outside a bar on Saturday.",          # no country known
    DENVER + "Keddick shot Keddick.",                                   # one person is no two parties
], ids=["no-country", "one-name"])
def test_no_named_person_where_the_country_or_the_other_person_is_missing(text):
    assert not any(e[1] == "ASSAULT" and e[2].endswith("/CVL") for e in events(text)), events(text)


def test_an_injury_of_a_private_person_may_be_an_accident():
    assert not any(e[1] == "ASSAULT" for e in events("A young woman was severely injured on a road in Kent.")), \
        events("A young woman was severely injured on a road in Kent.")
