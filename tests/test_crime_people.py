"""The people of a crime report as actors: a suspect (a noun, not the adjective of "suspect
sites"), a burglar or an assailant is a civilian, and so is a man or a woman named by a
nationality ("the Sudanese man", "two British women"), not that state's government."""
from __future__ import annotations

import pytest

from chronist.model import Article
from chronist.pipeline import Pipeline

PIPELINE = Pipeline.default()


def actors(text: str, lang: str = "en") -> list[tuple[str, str | None]]:
    doc = PIPELINE.process(Article(text=text, id="t", lang=lang), lang=lang)
    return [(a.code, a.sector) for s in doc.sentences for c in s.clauses for p in c.arguments for a in p.actors]


def coded(text: str, lang: str = "en") -> list[tuple[str, str, str]]:
    doc = PIPELINE.process(Article(text=text, id="t", lang=lang), lang=lang)
    return [("+".join(f"{a.code}/{a.sector}" for a in e.source), e.cameo,
             "+".join(f"{a.code}/{a.sector}" for a in e.target)) for e in doc.events]


@pytest.mark.parametrize("text, expected", [
    ("Police arrested two suspects in Lyon on Monday.", ("FRA/COP", "173", "FRA/CVL")),
    ("Egyptian police detained the burglar.", ("EGY/COP", "173", "EGY/CVL")),
], ids=["suspects", "burglar"])
def test_the_suspect_of_a_crime_is_a_civilian(text: str, expected: tuple) -> None:
    assert expected in coded(text)


def test_suspect_as_an_adjective_names_no_one() -> None:
    assert ("UNK", "CVL") not in actors("The inspectors visited suspect sites in the desert.")


@pytest.mark.parametrize("text, expected", [
    ("Iranian police held the British woman in custody for a year.", ("IRN/COP", "173", "GBR/CVL")),
    ("French police shot dead an Algerian man in Lyon.", ("FRA/COP", "18", "DZA/CVL")),
    ("Two British women were arrested by police in Dubai.", ("ARE/COP", "173", "GBR/CVL")),
], ids=["held-woman", "shot-man", "women"])
def test_a_man_or_woman_of_a_nationality_is_a_civilian(text: str, expected: tuple) -> None:
    assert expected in coded(text)
