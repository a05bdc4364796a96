"""Actors found missing in unseen news (leaders-cabinets.yaml, organisations-civil.yaml): the
German and Austrian cabinets and office holders of 2008-2021, the heads of social partners
and central banks, Poland's presidents; non-governmental organisations; state institutions
with their own names (central banks, regulators, labour and security offices, Austria's
high courts); and party camps named by a common noun ("Remainers")."""
from __future__ import annotations

import datetime as dt

import pytest

from chronist.actors.dictionary import ActorDictionary
from chronist.actors.matcher import ActorMatcher
from chronist.model import Article
from chronist.pipeline import Pipeline
from actor_tokens import toks


@pytest.fixture(scope="module")
def matcher() -> ActorMatcher:
    return ActorMatcher()


def codes(matcher: ActorMatcher, lang: str, phrase: str, date: str) -> list[tuple[str, str | None]]:
    return [(a.code, a.sector) for a in matcher.match(toks(phrase), lang=lang, date=dt.date.fromisoformat(date))]


OFFICE_HOLDERS = [
    ("Philipp Rösler", "2012-01-01", ("DEU", "GOV")),
    ("Philipp Rösler", "2016-01-01", ("DEU", "ELI")),
    ("Ilse Aigner", "2012-01-01", ("DEU", "GOV")),
    ("Ilse Aigner", "2019-01-01", ("DEU", "LEG")),
    ("Hubertus Heil", "2017-12-01", ("DEU", "PTY")),
    ("Hubertus Heil", "2019-01-01", ("DEU", "GOV")),
    ("Katarina Barley", "2016-01-01", ("DEU", "PTY")),
    ("Katarina Barley", "2020-01-01", ("IGO:EU", "LEG")),
    ("Hans-Georg Maaßen", "2016-01-01", ("DEU", "GOV")),
    ("Hans-Georg Maaßen", "2020-01-01", ("DEU", "ELI")),
    ("Maria Fekter", "2012-01-01", ("AUT", "GOV")),
    ("Maria Fekter", "2015-01-01", ("AUT", "LEG")),
    ("Erich Foglar", "2015-01-01", ("AUT", "CVL")),
    ("Ewald Nowotny", "2015-01-01", ("AUT", "GOV")),
    ("Johann Tschürtz", "2016-01-01", ("AUT", "GOV")),
    ("Johann Tschürtz", "2021-01-01", ("AUT", "PTY")),
    ("Lech Kaczyński", "2008-01-01", ("POL", "GOV")),
    ("Lech Wałęsa", "2015-01-01", ("POL", "ELI")),
    ("Zbigniew Ziobro", "2016-01-01", ("POL", "GOV")),
]


@pytest.mark.parametrize(("name", "date", "expected"), OFFICE_HOLDERS,
                         ids=[f"{c[0]}-{c[1]}" for c in OFFICE_HOLDERS])
def test_office_holder_at(dictionary: ActorDictionary, name: str, date: str, expected: tuple[str, str]) -> None:
    assert tuple(dictionary.persons[name].actor_at(dt.date.fromisoformat(date))) == expected


PHRASES = [
    # persons by their surname
    ("de", "2019-05-01", "Arbeitsminister Heil", [("DEU", "GOV")]),
    ("de", "2016-05-01", "Gewerkschaftschef Foglar", [("AUT", "CVL")]),
    ("de", "2016-05-01", "ÖGB-Präsident Erich Foglar", [("AUT", "CVL")]),
    ("de", "2016-03-01", "der frühere polnische Präsident Wałęsa", [("POL", "ELI")]),
    ("de", "2016-03-01", "dem Oligarchen Firtasch", [("UKR", "BUS")]),
    ("en", "2019-09-01", "Greta Thunberg", [("SWE", "CVL")]),
    # non-governmental organisations
    ("de", "2016-03-01", "die Globalisierungskritiker von Attac", [("NGO:ATTAC", None)]),
    ("de", "2016-03-01", "die Umweltschutzorganisation Global 2000", [("NGO:FOE", None)]),
    ("de", "2016-03-01", "Pro Asyl", [("NGO:PRO_ASYL", None)]),
    ("en", "2016-03-01", "the World Wildlife Fund", [("NGO:WWF", None)]),
    # state institutions with their own names
    ("de", "2016-03-01", "die Deutsche Bundesbank", [("DEU", "GOV")]),
    ("de", "2016-03-01", "der Oesterreichischen Nationalbank", [("AUT", "GOV")]),
    ("de", "2016-03-01", "die US-Notenbank", [("USA", "GOV")]),
    ("en", "2016-03-01", "the Bank of England", [("GBR", "GOV")]),
    ("de", "2016-03-01", "der OGH", [("AUT", "JUD")]),
    ("de", "2016-03-01", "das AMS", [("AUT", "GOV")]),
    ("de", "2016-03-01", "die Finanzmarktaufsicht", [("AUT", "GOV")]),
    # party camps
    ("en", "2019-03-01", "Remainers", [("UNK", "PTY")]),
    # US members of Congress, governors; UK members of parliament
    ("en", "2019-03-01", "Senator Lisa Murkowski", [("USA", "LEG")]),
    ("en", "2019-03-01", "Governor Andrew Cuomo", [("USA", "GOV")]),
    ("en", "2019-03-01", "Alexandria Ocasio-Cortez", [("USA", "LEG")]),
    ("en", "2019-03-01", "the DUP's Nigel Dodds", [("GBR", "LEG")]),
    ("de", "2019-03-01", "Der Senator Mitt Romney", [("USA", "LEG")]),
]


@pytest.mark.parametrize(("lang", "date", "phrase", "expected"), PHRASES, ids=[f"{c[0]}-{c[2]}" for c in PHRASES])
def test_phrase_names_its_actor(matcher: ActorMatcher, lang: str, date: str, phrase: str,
                                expected: list[tuple[str, str | None]]) -> None:
    assert codes(matcher, lang, phrase, date) == expected


# Words that share a form with a new name name no country's actor (a court alone stays one
# of unknown country).
@pytest.mark.parametrize(("lang", "phrase"), [
    ("de", "das Heil der Seele"),
    ("de", "Müller und Schmidt"),
    ("de", "der Oberste Gerichtshof"),
])
def test_shared_words_name_no_new_actor(matcher: ActorMatcher, lang: str, phrase: str) -> None:
    assert all(code == "UNK" for code, _ in codes(matcher, lang, phrase, "2019-05-01"))


PIPELINE = Pipeline.default()


def coded(text: str, lang: str, date: str) -> list[tuple[str, str, str]]:
    doc = PIPELINE.process(Article(text=text, id="t", date=dt.date.fromisoformat(date), lang=lang), lang=lang)
    return [("+".join(a.code for a in e.source), e.plover, "+".join(a.code for a in e.target)) for e in doc.events]


@pytest.mark.parametrize(("lang", "date", "text", "expected"), [
    ("de", "2016-03-01", "Attac kritisierte die EU-Kommission scharf.", ("NGO:ATTAC", "ACCUSE", "IGO:EU")),
    ("de", "2016-03-01", "Die Bundesbank warnte die griechische Regierung.", ("DEU", "THREATEN", "GRC")),
    ("de", "2019-05-01", "Arbeitsminister Heil traf den Gewerkschaftsbund in Berlin.", ("DEU", "CONSULT", "DEU")),
    ("de", "2016-03-01", "Katzian forderte die Regierung zu Verhandlungen auf.", ("AUT", "REQUEST", "AUT")),
    ("en", "2019-09-01", "Greta Thunberg criticised the German government.", ("SWE", "ACCUSE", "DEU")),
], ids=["ngo", "central-bank", "minister", "union-head", "activist"])
def test_new_actor_makes_its_event(lang: str, date: str, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in coded(text, lang, date)


# A body's office named as former is elite, like a former minister: "Ex-" or "frühere" before
# a compound of a body's name and an office.
@pytest.mark.parametrize(("text", "source"), [
    ("Der frühere Bundesbank-Präsident kritisierte die Regierung.", "DEU/ELI"),
    ("Die Ex-OGH-Präsidentin kritisierte die Regierung.", "AUT/ELI"),
    ("Die Bundesbank-Präsidentin kritisierte die Regierung.", "DEU/GOV"),
])
def test_former_office_of_a_body_is_elite(text: str, source: str) -> None:
    doc = PIPELINE.process(Article(text=text, id="t", date=dt.date(2016, 3, 1), lang="de"), lang="de")
    assert [f"{a.code}/{a.sector}" for e in doc.events for a in e.source] == [source]



# Without a date a person is in his latest role unless a title names another: a body's office
# ("CSU-Generalsekretär") is such a title.
@pytest.mark.parametrize(("phrase", "expected"), [
    ("CSU-Generalsekretär Andreas Scheuer", [("DEU", "PTY")]),
    ("Verkehrsminister Andreas Scheuer", [("DEU", "GOV")]),
    ("ÖVP-Chef Sebastian Kurz", [("AUT", "PTY")]),
    ("FPÖ-Chef Heinz-Christian Strache", [("AUT", "PTY")]),
])
def test_office_of_a_body_picks_the_role_without_a_date(matcher: ActorMatcher, phrase: str,
                                                          expected: list[tuple[str, str]]) -> None:
    assert [(a.code, a.sector) for a in matcher.match(toks(phrase), lang="de", date=None)] == expected


# Offices of a state's or district's government, and a body's board.
@pytest.mark.parametrize(("phrase", "expected"), [
    ("Wirtschaftslandesrat Peter Huber", [("UNK", "GOV")]),
    ("Bundesbank-Vorstand Klaus Berger", [("DEU", "GOV")]),
    ("der Vorstand", []),
])
def test_regional_offices_and_boards(matcher: ActorMatcher, phrase: str, expected: list[tuple[str, str]]) -> None:
    assert codes(matcher, "de", phrase, "2016-03-01") == expected
