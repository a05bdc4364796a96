"""An event noun under a planned act is announced only when it is what is planned: "will den
Streit durch ein Treffen beenden" expresses intent to meet (036); "will nach seinem Besuch in
Washington weiterreisen" presents the visit as a fact (042). Unnamed coercion between armed
forces is fighting."""
from __future__ import annotations

import datetime as dt

import pytest

from chronist.model import Article
from chronist.pipeline import Pipeline

PIPELINE = Pipeline.default()


def coded(text: str, lang: str) -> list[tuple[str, str, str, str]]:
    doc = PIPELINE.process(Article(text=text, id="t", date=dt.date(2015, 9, 20), lang=lang), lang=lang)
    return [("+".join(a.code for a in e.source), e.cameo, "+".join(a.code for a in e.target), e.modality)
            for e in doc.events]


@pytest.mark.parametrize("lang, text, expected", [
    ("de", "Nach seinem Besuch in Washington will Xi Jinping nach New York weiterreisen.",
     ("CHN", "042", "USA", "intent")),
    ("de", "Xi Jinping will den Streit durch ein Treffen mit Barack Obama beenden.",
     ("CHN", "036", "USA", "intent")),
    ("en", "After his visit to Washington, Xi Jinping wants to travel on to New York.",
     ("CHN", "042", "USA")),
], ids=["de-after-visit", "de-by-a-meeting", "en-after-visit"])
def test_planned_acts_and_their_settled_nouns(lang: str, text: str, expected: tuple) -> None:
    assert expected[:3] in [event[:3] for event in coded(text, lang)]


@pytest.mark.parametrize("text, expected", [
    ("Die türkische Armee ging gegen Kämpfer der PKK vor.", ("TUR", "190", "TUR", "asserted")),
    ("Die Polizei Frankreichs ging gegen Demonstranten vor.", ("FRA", "17", "FRA", "asserted")),
], ids=["armed-against-armed", "police-against-protesters"])
def test_unnamed_coercion_between_armed_forces_is_fighting(text: str, expected: tuple) -> None:
    assert coded(text, "de") == [expected]


@pytest.mark.parametrize("lang, text, expected", [
    ("de", "Ankara – Dem Oppositionsführer Selahattin Demirtaş wird Anstachelung zur Gewalt vorgeworfen.",
     [("TUR", "112", "TUR", "asserted")]),
    ("de", "In Moskau wurden am Sonntag zwanzig Demonstranten festgenommen.", [("RUS", "173", "RUS", "asserted")]),
    ("de", "Russland wird vorgeworfen, die Separatisten zu unterstützen.", []),
    ("de", "Der Oppositionsführer Selahattin Demirtaş wurde scharf kritisiert.", []),
    ("en", "In Cairo, twenty protesters were arrested on Sunday.", [("EGY", "173", "EGY", "asserted")]),
], ids=["de-accused", "de-arrested", "de-state-accused-by-no-one", "de-criticised-by-no-one", "en-arrested"])
def test_passive_legal_acts_without_agent_are_the_states(lang: str, text: str, expected: list) -> None:
    """The unnamed authorities of the country where it happens accuse, investigate, arrest;
    a state accused by no one named gives no event."""
    assert [e for e in coded(text, lang) if e[1][:2] in ("09", "11", "17")] == expected
