"""Agents named by a possessive pronoun, both languages, branch s20h (sentences written for these
tests).

- An agent noun of no known country after "his", "her", "sein", "ihr" that heads a clause's
  subject is the possessor's, resolved as the pronoun "he" or "she" would be, with the same rules
  (a person the dictionaries know, of the pronoun's gender; no one rather than a guess):
  "Theresa May met Donald Trump in London. His administration later criticised Iran" is USA 111
  IRN (was GBR, the article's first country), "Seine Armee" after Netanyahu is ISR MIL (was the
  Palestinians' army, from the place). ``ActorAnnotator._owned_agents`` and ``_own_agents``.
- A noun of an office of any body (``generic`` in the agents dictionary: spokesman, Sprecher)
  takes the possessor's sector as well: the spokesman of an opposition leader is OPP, not GOV.
- The office noun of a person of an international body is that body's: "Antonio Guterres met Donald
  Trump in New York. His spokesman later criticised Israel" is IGO:UN 111 ISR (was USA); his
  "government" or "army" stays of no one.
- So is one before the agents a clause names as its object or dative, when the possessor is that
  clause's subject, and the subject of an infinitive that object controls ("Theresa May sagte,
  Donald Trump habe seiner Armee befohlen, den Iran anzugreifen" is USA 190 IRN, was GBR: the
  speaker's forces by ``_speakers_own``); not the speaker's or one named before for an object.
- German "ihr" is "her" only where ``Mentions.woman`` finds one woman and no group is named.
"""

from __future__ import annotations

import pytest

from tests.coded_events import sectored, triples


@pytest.mark.parametrize("text, lang, expected", [
    ("Theresa May met Donald Trump in London. His administration later criticised Iran.", "en",
     ("USA", "111", "IRN")),
    ("Theresa May traf Donald Trump in London. Seine Regierung kritisierte später den Iran.", "de",
     ("USA", "111", "IRN")),
    ("Benjamin Netanyahu warned Hamas on Sunday. His army later attacked targets in Gaza.", "en",
     ("ISR", "190", "PSE")),
    ("Benjamin Netanjahu warnte die Hamas am Sonntag. Seine Armee griff später Ziele im Gazastreifen an.", "de",
     ("ISR", "190", "PSE")),
])
def test_possessive_gives_the_agent_its_possessor(text, lang, expected):
    assert expected in triples(text, lang)


@pytest.mark.parametrize("text, lang, expected", [
    ("Theresa May sagte, Donald Trump habe seiner Armee befohlen, den Iran anzugreifen.", "de",
     [("USA", "190", "IRN")]),
])
def test_possessive_of_the_clause_subject_before_an_object(text, lang, expected):
    assert triples(text, lang) == expected


@pytest.mark.parametrize("text, lang, head", [
    # the object's possessive is of the clause's subject, the people of no German speaker
    ("Die griechische Regierung empfahl seinem Volk, mit Nein zu stimmen, sagte Angela Merkel.", "de",
     "Volk"),
])
def test_object_possessive_not_of_the_speaker(text, lang, head):
    assert all(code != "DEU" for code, _ in _object_actors(text, lang, head))


def _object_actors(text: str, lang: str, head: str) -> set[tuple[str, str | None]]:
    from tests.coded_events import PIPELINE
    from chronist.model import Article
    import datetime as dt
    doc = PIPELINE.process(Article(text=text, id="test", date=dt.date(2019, 3, 4)), lang=lang)
    return {(a.code, a.sector) for s in doc.sentences for c in s.clauses for p in c.args("object", "dative")
            if p.tokens and p.tokens[-1].text == head for a in p.actors}


@pytest.mark.parametrize("text, lang", [
    ("Antonio Guterres met Donald Trump in New York. His spokesman later criticised Israel.", "en"),
    ("Antonio Guterres traf Donald Trump in New York. Sein Sprecher kritisierte später Israel.", "de"),
])
def test_office_of_a_person_of_a_body_is_the_bodys(text, lang):
    assert triples(text, lang)[1:] == [("IGO:UN", "111", "ISR")]


def _subject_actors(text: str, lang: str, head: str) -> set[tuple[str, str | None]]:
    """The actors the actors stage gives the subject phrase that ends in ``head``."""
    from tests.coded_events import PIPELINE
    from chronist.model import Article
    import datetime as dt
    doc = PIPELINE.process(Article(text=text, id="test", date=dt.date(2019, 3, 4)), lang=lang)
    return {(a.code, a.sector) for s in doc.sentences for c in s.clauses for p in c.args("subject")
            if p.tokens and p.tokens[-1].text == head for a in p.actors}


@pytest.mark.parametrize("text, lang, head, expected", [
    ("Angela Merkel met Alexei Navalny in Berlin. His spokeswoman later accused the Kremlin of lying.", "en",
     "spokeswoman", {("RUS", "OPP")}),
    ("Angela Merkel traf Alexei Nawalny in Berlin. Seine Sprecherin warf dem Kreml später Lügen vor.", "de",
     "Sprecherin", {("RUS", "OPP")}),
    # an agent noun of a sector of its own keeps it ("administration": GOV), only the country is his
    ("Angela Merkel met Alexei Navalny in Berlin. His administration later criticised the Kremlin.", "en",
     "administration", {("RUS", "GOV")}),
])
def test_office_noun_takes_the_possessors_sector(text, lang, head, expected):
    assert _subject_actors(text, lang, head) == expected


@pytest.mark.parametrize("text, lang, head", [
    # two women named before: "ihr" is no one rather than a guess
    ("Angela Merkel traf Theresa May in Berlin. Ihr Sprecher kritisierte später den Iran.", "de", "Sprecher"),
    # a man the dictionaries do not know: his lawyer is of no country he gives
    ("A man stabbed two police officers in Paris. His lawyer later criticised the German government.", "en",
     "lawyer"),
])
def test_possessive_of_no_one_known_gives_nothing(text, lang, head):
    assert all(code == "UNK" for code, _ in _subject_actors(text, lang, head))
