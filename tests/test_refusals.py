"""Refusing to do something cooperative is a rejection ("declined to meet" is REJECT 125);
refusing anything else codes no event ("declined to criticise" criticises no one)."""
from __future__ import annotations

import datetime as dt

import pytest

from chronist.model import Article
from chronist.pipeline import Pipeline

PIPELINE = Pipeline.default()


def coded(text: str, lang: str):
    return PIPELINE.process(Article(text=text, id="t", date=dt.date(2019, 5, 2), lang=lang), lang=lang)


@pytest.mark.parametrize("text, expected", [
    ("Iran declined to meet the American envoy.", [("IRN", "REJECT", "125", "USA")]),
    ("Serbia was unwilling to negotiate with Kosovo.", [("SRB", "REJECT", "125", "XKX")]),
    ("Hungary declined to send aid to Ukraine.", [("HUN", "REJECT", "122", "UKR")]),
    ("Iran declined to criticise Russia.", []),
    ("Washington is wary of agreeing to a deal with Iran.", [("USA", "REJECT", "120", "IRN")]),
    ("Germany is loath to sign a treaty with France.", [("DEU", "REJECT", "120", "FRA")]),
], ids=["declined-to-meet", "unwilling-to-negotiate", "declined-to-aid", "declined-to-criticise",
        "wary-of", "loath-to"])
def test_english_refusals(text: str, expected: list[tuple]) -> None:
    doc = coded(text, "en")
    assert [("+".join(a.code for a in e.source), e.plover, e.cameo, "+".join(a.code for a in e.target))
            for e in doc.events] == expected


@pytest.mark.parametrize("text, lemma", [
    ("Die Regierung weigerte sich, mit den Rebellen zu verhandeln.", "verhandeln"),
    ("Der Minister verweigerte es, die Gefangenen freizulassen.", "freilassen"),
], ids=["weigern", "verweigern"])
def test_german_infinitive_under_a_refusal_is_refused(text: str, lemma: str) -> None:
    doc = coded(text, "de")
    clause = next(c for c in doc.sentences[0].clauses if c.predicate.lemma == lemma)
    assert clause.refused and not clause.intent


def test_plain_infinitive_is_not_refused() -> None:
    doc = coded("Die Regierung versuchte, mit den Rebellen zu verhandeln.", "de")
    clause = next(c for c in doc.sentences[0].clauses if c.predicate.lemma == "verhandeln")
    assert not clause.refused
