"""German titles and names: a title, a phrase of what or where it is, and a name are one
person; a first name in -s after a title is no genitive; a noun right before a known person's
name is that person's title; a body's officer is of the body's sector. Own sentences."""
from __future__ import annotations

import datetime as dt

import pytest

from chronist.actors.matcher import ActorMatcher
from chronist.model import Article
from chronist.pipeline import Pipeline
from actor_tokens import toks

DAY = dt.date(2019, 3, 1)
PIPELINE = Pipeline.default()


def main_clause(text: str):
    doc = PIPELINE.process(Article(text=text, id="t", date=DAY, lang="de"), lang="de")
    return doc.sentences[0].clauses[0]


def roles(text: str) -> list[tuple[str, str]]:
    return [(p.role, p.text) for p in main_clause(text).arguments]


def subject_actors(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(a.code, a.sector, a.name) for p in main_clause(text).args("subject") for a in p.actors]


@pytest.mark.parametrize(("text", "subject"), [
    ("Der Mehrheitsführer im Senat Chuck Schumer lobte die Regierung in Ottawa.",
     "Der Mehrheitsführer im Senat Chuck Schumer"),
    ("Die Sprecherin im Außenministerium Petra Gruber kritisierte die Regierung in Warschau.",
     "Die Sprecherin im Außenministerium Petra Gruber"),
    ("Der Sonderbeauftragte für Libyen Martin Kobler traf den Premier in Tripolis.",
     "Der Sonderbeauftragte für Libyen Martin Kobler"),
    ("Der Sondergesandte für den Jemen, Martin Griffiths, traf die Rebellen in Sanaa.",
     "Der Sondergesandte für den Jemen , Martin Griffiths"),
], ids=["im-Senat", "im-Ministerium", "für-Libyen", "für-Jemen-Komma"])
def test_title_phrase_and_name_are_one_subject(text: str, subject: str) -> None:
    assert ("subject", subject) in roles(text)


def test_title_phrase_and_name_is_the_named_person() -> None:
    assert subject_actors("Der Mehrheitsführer im Senat Chuck Schumer lobte die Regierung in Ottawa.") \
        == [("USA", "LEG", "Chuck Schumer")]


def test_after_a_speech_verb_the_titled_name_is_the_speaker() -> None:
    doc = PIPELINE.process(Article(text="„Das ist ein Fehler“, sagte der Sprecher im Kreml Dmitri Peskow.",
                                   id="t", date=DAY, lang="de"), lang="de")
    speakers = {c.speaker.text for s in doc.sentences for c in s.clauses if c.speaker is not None}
    assert "der Sprecher im Kreml Dmitri Peskow" in speakers


def test_a_name_after_the_place_of_an_act_stays_its_object() -> None:
    """After a finite verb that does not say, the name may be the object: "empfing der Kanzler
    im Kanzleramt Boris Johnson"."""
    found = roles("Am Montag empfing der Kanzler im Kanzleramt Boris Johnson.")
    assert ("subject", "der Kanzler") in found
    assert not any(text.startswith("der Kanzler im") for _, text in found)


@pytest.mark.parametrize(("text", "subject"), [
    ("Verteidigungsminister Klaus Berger besuchte die Truppen in Litauen.", "Verteidigungsminister Klaus Berger"),
    ("Bürgermeister Andreas Kofler kritisierte die Regierung in Wien.", "Bürgermeister Andreas Kofler"),
    ("Außenminister Polens Jacek Czaputowicz kritisierte die Regierung in Moskau.",
     "Außenminister Polens Jacek Czaputowicz"),
], ids=["Klaus", "Andreas", "Polens"])
def test_a_name_in_s_after_a_title_is_no_genitive(text: str, subject: str) -> None:
    found = roles(text)
    assert ("subject", subject) in found
    assert not any(role == "dative" for role, _ in found)


@pytest.mark.parametrize(("text", "subject", "actor"), [
    ("Kremlkritiker Michail Chodorkowski rief zu Protesten auf.", "Kremlkritiker Michail Chodorkowski",
     "Mikhail Khodorkovsky"),
    ("Präsidentschaftsbewerber Bernie Sanders kritisierte die Banken.", "Präsidentschaftsbewerber Bernie Sanders",
     "Bernie Sanders"),
], ids=["Kremlkritiker", "Präsidentschaftsbewerber"])
def test_a_noun_before_a_known_name_is_his_title(text: str, subject: str, actor: str) -> None:
    assert ("subject", subject) in roles(text)
    assert [name for _, _, name in subject_actors(text)] == [actor]


def test_people_before_a_known_name_are_no_title() -> None:
    doc = PIPELINE.process(Article(text="Die Polizei meldete, dass Demonstranten Donald Trump ausgebuht hatten.",
                                   id="t", date=DAY, lang="de"), lang="de")
    found = [(p.role, p.text) for c in doc.sentences[0].clauses for p in c.arguments]
    assert ("subject", "Demonstranten") in found and ("object", "Donald Trump") in found


def test_a_thing_before_a_known_name_is_no_title() -> None:
    doc = PIPELINE.process(Article(text="Niemand weiß, wie viel Geld Donald Trump für den Wahlkampf ausgegeben hat.",
                                   id="t", date=DAY, lang="de"), lang="de")
    found = [(p.role, p.text) for c in doc.sentences[0].clauses for p in c.arguments]
    assert any(text == "Donald Trump" for _, text in found)


@pytest.mark.parametrize(("lang", "phrase", "expected"), [
    ("de", "der Generalsekretär der CDU", [("DEU", "PTY")]),
    ("de", "der CDU-Generalsekretär", [("DEU", "PTY")]),
    ("de", "der Generalsekretär der Vereinten Nationen", [("IGO:UN", "GOV")]),
    ("de", "die Minderheitsführerin", [("UNK", "LEG")]),
    ("en", "the minority leader", [("UNK", "LEG")]),
], ids=["Generalsekretär-CDU", "CDU-Generalsekretär", "Generalsekretär-UN", "Minderheitsführerin",
        "minority-leader"])
def test_an_officer_takes_the_sector_of_his_body(matcher: ActorMatcher, lang: str, phrase: str,
                                                 expected: list[tuple[str, str]]) -> None:
    assert [(a.code, a.sector) for a in matcher.match(toks(phrase), lang=lang, date=DAY)] == expected
