"""An act counted as done whose clause stands in the present under a clause in the past is
dated as past (``coder._dating_tense``): the infinitive of a decision ("entschieden sich, ...
abzuziehen", "decided to recall") and a demand in reported speech ("sagte, Russland müsse ...
abziehen", "said Russia must withdraw") took place by the time of the deciding or the saying,
so they take the publication date where the sentence names no date. Before, they had no date.
An intent under a past clause still looks ahead and has none.

The German perfect of the passive ("ist ... festgenommen worden", "seien getötet worden") is a
past tense (``lang/de/clauses.py``); it was read as a present, and its events had no date."""
from __future__ import annotations

import datetime as dt

import pytest

from chronist.model import Article
from coded_events import PIPELINE

PUB = dt.date(2021, 6, 9)


def _dated(text: str, lang: str) -> list[tuple[str, str, str | None, str | None]]:
    doc = PIPELINE.process(Article(text=text, id="test", date=PUB), lang=lang)
    return [(e.cameo, e.modality, e.date, e.date_basis) for e in doc.events]


@pytest.mark.parametrize("lang, text, cameo", [
    ("de", "Die Niederlande entschieden sich, ihren Botschafter aus Venezuela abzuziehen.", "161"),
    ("de", "Der kroatische Außenminister sagte, Serbien müsse seine Truppen von der Grenze abziehen.", "10"),
    ("en", "Canada decided to recall its ambassador from Saudi Arabia.", "161"),
    ("en", "The Lithuanian president said Belarus must release the detained journalist.", "10"),
])
def test_done_acts_under_a_past_clause_take_the_publication_date(lang, text, cameo):
    assert (cameo, "asserted", PUB.isoformat(), "publication") in _dated(text, lang)


@pytest.mark.parametrize("lang, text", [
    ("de", "Die Niederlande kündigten an, neue Sanktionen gegen Venezuela zu verhängen."),
    ("en", "The Netherlands announced plans to impose new sanctions on Venezuela."),
])
def test_an_intent_under_a_past_clause_stays_undated(lang, text):
    dated = _dated(text, lang)
    assert dated and all(date is None for _, modality, date, _ in dated if modality == "intent")


@pytest.mark.parametrize("text, cameo, modality", [
    ("In Minsk ist ein polnischer Journalist von der belarussischen Polizei festgenommen worden.", "173", "asserted"),
    ("Gegen den Oppositionsführer sind von der russischen Justiz Ermittlungen eingeleitet worden.", "09", "asserted"),
    ("Bei dem Angriff seien zwölf Soldaten von Rebellen getötet worden, sagte die malische Armee.", "18", "reported"),
])
def test_the_perfect_passive_is_past(text, cameo, modality):
    assert (cameo, modality, PUB.isoformat(), "publication") in _dated(text, "de")
