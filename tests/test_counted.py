"""A counted group of a people is civilians, not the state: "Zehntausende Ungarn protestierten"
is HUN/CVL against HUN/GOV, "Ungarn schloss die Grenze" stays the state."""
from __future__ import annotations

import datetime as dt

import pytest

from chronist.model import Article
from chronist.pipeline import Pipeline

PIPELINE = Pipeline.default()


def first_event(text: str, lang: str):
    doc = PIPELINE.process(Article(text=text, id="t", date=dt.date(2019, 5, 2), lang=lang), lang=lang)
    assert doc.events, text
    event = doc.events[0]
    return ([(a.code, a.sector) for a in event.source], event.plover, [(a.code, a.sector) for a in event.target])


@pytest.mark.parametrize("lang, text, expected", [
    ("de", "Zehntausende Ungarn haben am Sonntag gegen die Regierung protestiert.",
     ([("HUN", "CVL")], "PROTEST", [("HUN", "GOV")])),
    ("de", "Tausende Serben demonstrierten in Belgrad gegen die Regierung.",
     ([("SRB", "CVL")], "PROTEST", [("SRB", "GOV")])),
    ("de", "Zwei Palästinenser wurden von israelischen Soldaten erschossen.",
     ([("ISR", "MIL")], "ASSAULT", [("PSE", "CVL")])),
    ("en", "Thousands of Hungarians protested against the government.",
     ([("HUN", "CVL")], "PROTEST", [("HUN", "GOV")])),
    ("en", "Two Palestinians were shot by Israeli soldiers.",
     ([("ISR", "MIL")], "ASSAULT", [("PSE", "CVL")])),
    ("de", "In Sofia haben bis zu 8.000 Bulgaren gegen die Regierung protestiert.",
     ([("BGR", "CVL")], "PROTEST", [("BGR", "GOV")])),
], ids=["de-zehntausende", "de-tausende", "de-number", "en-thousands", "en-number", "de-bis-zu"])
def test_counted_people_are_civilians(lang: str, text: str, expected: tuple) -> None:
    assert first_event(text, lang) == expected


@pytest.mark.parametrize("lang, text", [
    ("de", "Ungarn kritisierte Serbien scharf."),
    ("en", "Hungary criticised Serbia."),
], ids=["de-state", "en-state"])
def test_a_state_named_alone_stays_the_state(lang: str, text: str) -> None:
    source, _, _ = first_event(text, lang)
    assert source == [("HUN", "GOV")]


def test_quantity_noun_and_name_are_one_phrase() -> None:
    doc = PIPELINE.process(Article(text="Zehntausende Ungarn protestierten.", id="t", lang="de"), lang="de")
    clause = next(c for c in doc.sentences[0].clauses if c.predicate.lemma == "protestieren")
    (subject,) = clause.args("subject")
    assert subject.text == "Zehntausende Ungarn" and subject.counted


@pytest.mark.parametrize("lang, text, expected", [
    ("de", "In Lettland protestierten ethnische Russen gegen das neue Sprachgesetz.", [("LVA", "CVL")]),
    ("en", "Ethnic Hungarians in Romania protested against the new language law.", [("ROU", "CVL")]),
], ids=["de-ethnische", "en-ethnic"])
def test_an_ethnic_group_is_of_the_country_it_lives_in(lang: str, text: str, expected: list) -> None:
    source, plover, _ = first_event(text, lang)
    assert (source, plover) == (expected, "PROTEST")


def events(text: str, lang: str) -> list[tuple]:
    doc = PIPELINE.process(Article(text=text, id="t", date=dt.date(2019, 5, 2), lang=lang), lang=lang)
    return [([(a.code, a.sector) for a in e.source], e.plover, [(a.code, a.sector) for a in e.target])
            for e in doc.events]


@pytest.mark.parametrize("lang, text, expected", [
    ("de", "In Bukarest demonstrierten am Samstag Tausende gegen die rumänische Regierung.",
     ([("ROU", "CVL")], "PROTEST", [("ROU", "GOV")])),
    ("de", "Die Polizei in Minsk nahm am Abend Dutzende fest.",
     ([("BLR", "COP")], "COERCE", [("BLR", "CVL")])),
    ("en", "Hundreds protested against the Romanian government in Bucharest on Saturday.",
     ([("ROU", "CVL")], "PROTEST", [("ROU", "GOV")])),
    ("en", "Police in Minsk detained dozens in the evening.",
     ([("BLR", "COP")], "COERCE", [("BLR", "CVL")])),
], ids=["de-tausende", "de-dutzende", "en-hundreds", "en-dozens"])
def test_a_number_noun_alone_counts_people(lang: str, text: str, expected: tuple) -> None:
    """"Tausende", "dozens" heading a phrase with no other noun are people (pack words
    ``people_counts``), civilians whom the coder localises."""
    assert expected in events(text, lang)

