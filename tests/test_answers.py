"""A rejection or criticism that names no one answers the last act aimed at its source, in its
sentence or the sentence before ("Die Ukraine forderte von Russland einen Aufschub. Moskau lehnte
ab."); with no such act it names no one and is not coded as aimed at anyone."""
from __future__ import annotations

import datetime as dt

import pytest

from chronist.model import Article
from chronist.pipeline import Pipeline

PIPELINE = Pipeline.default()


def coded(text: str, lang: str) -> list[tuple[str, str, str]]:
    doc = PIPELINE.process(Article(text=text, id="t", date=dt.date(2017, 3, 8), lang=lang), lang=lang)
    return [("+".join(a.code for a in e.source), e.plover, "+".join(a.code for a in e.target)) for e in doc.events]


@pytest.mark.parametrize("lang, text, answer", [
    ("de", "Serbien forderte von Kroatien die Öffnung der Grenze. Zagreb lehnte ab.", ("HRV", "REJECT", "SRB")),
    ("de", "Die Türkei verlangte von Griechenland die Auslieferung der Soldaten. Athen lehnte das ab.",
     ("GRC", "REJECT", "TUR")),
    ("en", "Serbia asked Croatia to open the border. Zagreb refused.", ("HRV", "REJECT", "SRB")),
    ("en", "Japan imposed new tariffs on South Korea. Seoul sharply criticised the decision.",
     ("KOR", "ACCUSE", "JPN")),
    ("de", "Japan verhängte neue Sanktionen gegen China. Peking protestierte scharf.", ("CHN", "ACCUSE", "JPN")),
], ids=["lehnte-ab", "lehnte-das-ab", "refused", "criticised-the-decision", "protestierte"])
def test_an_answer_that_names_no_one_answers_the_act_aimed_at_it(lang: str, text: str, answer) -> None:
    assert answer in coded(text, lang)


@pytest.mark.parametrize("lang, text", [
    ("de", "Serbien forderte von Kroatien die Öffnung der Grenze. Ungarn lehnte ab."),
    ("en", "Serbia asked Croatia to open the border. Hungary refused."),
], ids=["de", "en"])
def test_one_who_was_not_asked_answers_no_one(lang: str, text: str) -> None:
    assert all(source != "HUN" or target == "" for source, _, target in coded(text, lang))
