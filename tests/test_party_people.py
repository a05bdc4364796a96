"""A party's people (officials, chairmen, candidates, supporters, rebels) named with the party
are that party's actor: its country and the sector PTY, as the party itself. Alone the nouns
are no actor ("Funktionäre" of a club, "der Vorsitzende" of a jury)."""
from __future__ import annotations

import datetime as dt

import pytest

from chronist.actors.matcher import ActorMatcher
from chronist.model import Article
from chronist.pipeline import Pipeline
from actor_tokens import toks

DAY = dt.date(2016, 5, 1)

PEOPLE = [
    # German compounds: party + head
    ("de", "FPÖ-Funktionäre", [("AUT", "PTY")]),
    ("de", "die Parteifunktionäre", [("UNK", "PTY")]),
    ("de", "der SPÖ-Vorsitzende", [("AUT", "PTY")]),
    ("de", "die neue SPD-Vorsitzende", [("DEU", "PTY")]),
    ("de", "ÖVP-Kandidatin", [("AUT", "PTY")]),
    ("de", "der FPÖ-Präsidentschaftskandidat", [("AUT", "PTY")]),
    ("de", "ÖVP-Obmann", [("AUT", "PTY")]),
    ("de", "SPÖ-Klubobmann", [("AUT", "PTY")]),
    ("de", "FPÖ-Anhänger", [("AUT", "PTY")]),
    ("de", "Tausende AfD-Sympathisanten", [("DEU", "PTY")]),
    ("de", "die SPD-Rebellen", [("DEU", "PTY")]),      # dissenting members, no armed group
    # British parties by their English name or "Tory" in German text
    ("de", "die Labour Party", [("GBR", "PTY")]),
    ("de", "die Tory-Partei", [("GBR", "PTY")]),
    # followers named by the party's own noun: parties of several countries, left to context
    ("de", "die Konservativen", [("UNK", "PTY")]),
    ("de", "Brexit-Befürworter", [("UNK", "PTY")]),
    # English
    ("en", "Labour", [("UNK", "PTY")]),
    ("en", "the Labour leader", [("UNK", "PTY")]),
    ("en", "the Conservatives", [("UNK", "PTY")]),
    ("en", "Tory rebels", [("GBR", "PTY")]),
    ("en", "hardline Brexiteers", [("UNK", "PTY")]),
]

# a person's supporters are his country's people, not his government (nor he himself)
FOLLOWERS = [
    ("de", "Trump-Anhänger", [("USA", "CVL", None)]),
    ("en", "Erdogan supporters", [("TUR", "CVL", None)]),
    ("en", "Erdogan's supporters", [("TUR", "CVL", None)]),
    ("en", "Erdogan supporter Binali Yildirim", [("TUR", "GOV", "Binali Yıldırım")]),
    # the person named after the supporters, over a preposition or article and his titles
    ("en", "supporters of President Erdogan", [("TUR", "CVL", None)]),
    ("en", "thousands of supporters of former Turkish President Erdogan", [("TUR", "CVL", None)]),
    ("de", "Anhänger des türkischen Präsidenten Erdogan", [("TUR", "CVL", None)]),
    ("de", "die Anhänger von Präsident Erdogan", [("TUR", "CVL", None)]),
]


@pytest.mark.parametrize(("lang", "phrase", "expected"), FOLLOWERS, ids=[f"{c[0]}-{c[1]}" for c in FOLLOWERS])
def test_a_persons_supporters_are_his_countrys_people(matcher: ActorMatcher, lang: str, phrase: str,
                                                       expected: list[tuple[str, str, str | None]]) -> None:
    found = matcher.match(toks(phrase), lang=lang, date=dt.date(2017, 1, 1))
    assert [(a.code, a.sector, a.name) for a in found] == expected


NOT_ACTORS = [
    ("de", "die Funktionäre"),
    ("de", "Sportfunktionäre"),
    ("de", "der Vorsitzende"),
    ("de", "der Obmann des Vereins"),
    ("de", "die Anhänger"),
    ("de", "US-Anhänger"),
    ("de", "konservative Werte"),
    ("en", "labour costs"),
]


@pytest.mark.parametrize(("lang", "phrase", "expected"), PEOPLE, ids=[f"{c[0]}-{c[1]}" for c in PEOPLE])
def test_party_people_are_the_party(matcher: ActorMatcher, lang: str, phrase: str,
                                    expected: list[tuple[str, str]]) -> None:
    assert [(a.code, a.sector) for a in matcher.match(toks(phrase), lang=lang, date=DAY)] == expected


@pytest.mark.parametrize(("lang", "phrase"), NOT_ACTORS, ids=[f"{c[0]}-{c[1]}" for c in NOT_ACTORS])
def test_the_nouns_alone_are_no_actor(matcher: ActorMatcher, lang: str, phrase: str) -> None:
    assert matcher.match(toks(phrase), lang=lang, date=DAY) == []


PIPELINE = Pipeline.default()


def coded(text: str, lang: str) -> list[tuple[str, str, str, str]]:
    doc = PIPELINE.process(Article(text=text, id="t", date=DAY, lang=lang), lang=lang)
    return [("+".join(f"{a.code}/{a.sector}" for a in e.source), e.cameo,
             "+".join(a.code for a in e.target), e.modality) for e in doc.events]


@pytest.mark.parametrize(("lang", "text", "source"), [
    ("de", "FPÖ-Funktionäre kritisierten den Bürgermeister von Wien scharf.", "AUT/PTY"),
    ("de", "Der SPÖ-Vorsitzende kritisierte den Bürgermeister von Wien scharf.", "AUT/PTY"),
    ("de", "Hunderte FPÖ-Anhänger protestierten vor dem Parlament in Wien.", "AUT/PTY"),
    ("en", "Tory rebels criticised the British prime minister.", "GBR/PTY"),
], ids=["Funktionäre", "Vorsitzende", "Anhänger", "Tory-rebels"])
def test_party_people_act_as_the_party(lang: str, text: str, source: str) -> None:
    assert [e[0] for e in coded(text, lang)] == [source]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Hundreds of supporters of President Recep Tayyip Erdogan blocked roads in Ankara."),
    ("de", "Hunderte Anhänger des türkischen Präsidenten Recep Tayyip Erdogan blockierten in Ankara Straßen."),
], ids=["en", "de"])
def test_a_presidents_supporters_protest_as_people(lang: str, text: str) -> None:
    """People who follow a president protest as civilians (PROTEST), not as a government
    making an official complaint (ACCUSE 114)."""
    assert [(e[0], e[1][:2]) for e in coded(text, lang)] == [("TUR/CVL", "14")]


def test_one_partys_man_reports_what_another_partys_chief_did() -> None:
    """A speaker of the same country but another party reports, he does not assert: the
    speaker is the same actor as the source only where their names do not differ."""
    text = ("Der ÖVP-Generalsekretär Karl Nehammer kritisierte die SPÖ. "
            "Der SPÖ-Chef habe den Bürgermeister von Wien unterstützt, erklärte Nehammer.")
    events = [e for e in coded(text, "de") if e[0] == "AUT/PTY" and e[2] == "AUT" and e[1].startswith("0")]
    assert events and all(e[3] == "reported" for e in events)


@pytest.mark.parametrize(("lang", "text", "event"), [
    ("de", "Die FPÖ warf der ÖVP am Montag Wahlbetrug vor.", ("AUT/PTY", "11", "AUT")),
    ("de", "Die SPD kritisierte die CDU scharf.", ("DEU/PTY", "11", "DEU")),
    ("de", "Die Labour-Partei kritisierte die Tories wegen der neuen Steuer.", ("GBR/PTY", "11", "GBR")),
    ("en", "The Democratic Party accused the Republican Party of lying.", ("USA/PTY", "11", "USA")),
], ids=["FPÖ-ÖVP", "SPD-CDU", "Labour-Tories-de", "Democrats-Republicans"])
def test_two_named_parties_of_one_state_are_rivals_not_one_side(lang: str, text: str, event: tuple) -> None:
    """Each party named by its own name is a party of its own: one party's criticism of another
    of the same state is an event, not the source aimed at itself."""
    assert [(e[0], e[1][:2], e[2]) for e in coded(text, lang)] == [event]
