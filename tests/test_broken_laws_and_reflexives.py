"""Sentences written for these tests; each was coded wrong or not at all before:

- a law, a treaty or a promise broken is defied (128, REJECT), and one that names no one, told
  by another party, is that party's accusation of the breaker, in English ("had broken
  international law") as in German ("das Völkerrecht gebrochen"); an agreement or a promise
  broken is no longer an act of violence (196 is a broken ceasefire);
- "sprach von einem Fehler der deutschen Regierung": a mistake, a disgrace or a threat someone
  is said to have made, in the phrase of "sprechen von", is criticism of them;
- after a German speech verb, "der Iran versuche, ..." is what was said (an article, its noun
  and the verb), not a relative clause of the speaker;
- German "sich" as the only target is the actor itself ("sich in Syrien festzusetzen" arrests
  no one), as English "himself" is; of two or more parties it is each other;
- a city's alias that is an organisation's or a person's name names that actor, not the city:
  "Hamas" is no alias of the German town of Hamm."""
from __future__ import annotations

import datetime as dt

import pytest

from chronist.model import Article
from tests.coded_events import PIPELINE, coded, events


@pytest.mark.parametrize("text, lang, expected", [
    ("The Austrian chancellor said Hungary had broken European law.", "en", ("AUT", "ACCUSE", "HUN")),
    ("Merkel sagte, Russland habe mit der Annexion der Krim das Völkerrecht gebrochen.", "de", ("DEU", "ACCUSE", "RUS")),
    ("Der österreichische Kanzler sprach von einem schweren Fehler der deutschen Regierung.", "de",
     ("AUT", "ACCUSE", "DEU")),
], ids=["broken-law", "Völkerrecht-gebrochen", "sprach-von-einem-Fehler"])
def test_a_wrong_told_of_another_is_an_accusation(text, lang, expected):
    assert expected in events(text, lang)


def test_a_broken_agreement_is_defiance_not_violence():
    assert coded("Israel broke its agreement with Hamas.", "en")[0][:3] == ("ISR", "128", "PSE")


@pytest.mark.parametrize("text", [
    "Israel erklärte, der Iran versuche, sich in Syrien militärisch festzusetzen.",
    "Die Rebellen setzten sich in den Bergen fest.",
    "Der Minister sprach von einem Fehler.",
], ids=["said-subject-and-sich", "sich-festsetzen", "no-one-named"])
def test_no_event(text):
    assert events(text, "de") == []


def test_what_a_speaker_says_the_subject_tries():
    assert ("IGO:NATO", "MOBILIZE", "") in events(
        "Moskau erklärte, die NATO versuche, weitere Truppen an die russische Grenze zu verlegen.", "de")


def test_sich_of_two_parties_is_each_other():
    assert events("In Libyen bekämpfen sich die Regierung und zahlreiche Milizen gegenseitig.", "de") \
        == [("LBY+LBY", "ASSAULT", "LBY+LBY")]


def test_an_organisation_is_no_city_alias():
    doc = PIPELINE.process(Article(text="Israel attacked Hamas.", id="t", date=dt.date(2019, 5, 5)), lang="en")
    assert [e.location for e in doc.events] == [None]
