"""A condition is no act: "sollten die Kämpfer die Stadt einnehmen", "if Russia attacks" code
nothing of their own, while the clause they depend on is coded as usual."""
from __future__ import annotations

import datetime as dt

import pytest

from chronist.model import Article
from chronist.pipeline import Pipeline

PIPELINE = Pipeline.default()


def sentence(text: str, lang: str):
    doc = PIPELINE.process(Article(text=text, id="t", date=dt.date(2016, 2, 15), lang=lang), lang=lang)
    return doc, doc.sentences[0]


@pytest.mark.parametrize("lang, text, condition", [
    ("de", "Die Türkei drohte mit Vergeltung, sollten kurdische Kämpfer die Stadt Asas einnehmen.", "einnehmen"),
    ("de", "Sollten die Separatisten weitere Gebiete erobern, werde die Nato reagieren.", "erobern"),
    ("de", "Greift Russland die Ukraine an, wird die Nato reagieren.", "angreifen"),
    ("en", "If Russia attacks Ukraine, NATO will respond.", "attack"),
    ("de", "Die Nato werde reagieren, wenn Russland die Ukraine angreife.", "angreifen"),
    ("de", "Falls Russland die Ukraine angreift, wird die Nato reagieren.", "angreifen"),
], ids=["de-sollten-after", "de-sollten-first", "de-verb-first", "en-if", "de-wenn", "de-falls"])
def test_conditions_are_marked_and_code_nothing(lang: str, text: str, condition: str) -> None:
    doc, first = sentence(text, lang)
    marked = [c.predicate.lemma for c in first.clauses if c.conditional]
    assert marked == [condition]
    assert not any(e.event_text.split()[-1].startswith(condition[:5]) for e in doc.events)


@pytest.mark.parametrize("lang, text", [
    ("de", "Russland griff die Ukraine an, sagte der Sprecher."),
    ("de", "Die Nato sollte reagieren, forderte Polen."),
    ("en", "Russia attacked Ukraine, officials said."),
], ids=["de-report", "de-sollte-in-first-place", "en-report"])
def test_ordinary_clauses_are_not_conditions(lang: str, text: str) -> None:
    _, first = sentence(text, lang)
    assert not any(c.conditional for c in first.clauses)


@pytest.mark.parametrize("text, verbs", [
    ("Whether Russia will attack Ukraine and threaten Poland remains unclear.", ["attack", "threaten"]),
    ("If Iran attacks Israel and bombs Saudi Arabia, oil prices will rise.", ["attack", "bomb"]),
], ids=["whether-and", "if-and"])
def test_a_verb_joined_to_a_condition_is_a_condition_too(text: str, verbs: list[str]) -> None:
    doc, first = sentence(text, "en")
    assert sorted(c.predicate.lemma for c in first.clauses if c.conditional) == verbs
    assert not doc.events
