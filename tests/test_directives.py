"""Telling or ordering someone to act is a demand on them ("Russia told Ukraine to stop the
attacks" is Russia's REQUEST to Ukraine, not an act of Ukraine's); telling people that
something happened is no demand."""
from __future__ import annotations

import datetime as dt

import pytest

from chronist.model import Article
from chronist.pipeline import Pipeline

PIPELINE = Pipeline.default()


def coded(text: str) -> list[tuple[str, str, str]]:
    doc = PIPELINE.process(Article(text=text, id="t", date=dt.date(2018, 9, 20), lang="en"), lang="en")
    return [("+".join(a.code for a in e.source), e.plover, "+".join(a.code for a in e.target)) for e in doc.events]


@pytest.mark.parametrize("text, expected", [
    ("Russia told Ukraine to stop the attacks.", [("RUS", "REQUEST", "UKR")]),
    ("Egypt ordered Sudan to close the border crossing.", [("EGY", "REQUEST", "SDN")]),
], ids=["told-to", "ordered-to"])
def test_directives_are_demands(text: str, expected: list) -> None:
    assert coded(text) == expected


def test_telling_that_is_no_demand() -> None:
    assert ("RUS", "ASSAULT", "UKR") in coded("Trump told reporters that Russia attacked Ukraine.")
    assert not any(e[1] == "REQUEST" for e in coded("Trump told reporters that Russia attacked Ukraine."))


def test_nouns_in_the_content_of_a_threat_are_not_events_of_their_own() -> None:
    doc = PIPELINE.process(Article(text="Die USA und die EU warnten, dass keine Aufbauhilfe für Syrien gewährt werde.",
                                   id="t", date=dt.date(2018, 9, 20), lang="de"), lang="de")
    assert [(e.plover, "+".join(a.code for a in e.target)) for e in doc.events] == [("THREATEN", "SYR")]
