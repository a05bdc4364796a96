"""Mobilising (CAMEO 15) is done by those who command forces or police: a government, a state
named by its bare name, the military, armed groups, the police. A party, a union, students or
the opposition that mobilise their voters, members or "the people's army" campaign; they do not
arm, and a vow to do so is no promise to cooperate either (every frame of mobilising is a
hostile act's, and none fits)."""
from __future__ import annotations

import datetime as dt

import pytest

from chronist.model import Article
from chronist.pipeline import Pipeline

PIPELINE = Pipeline.default()


def events(text: str) -> list[tuple[str, str, str]]:
    doc = PIPELINE.process(Article(text=text, id="t", date=dt.date(2019, 6, 1), lang="en"), lang="en")
    return [("+".join(a.code for a in e.source), e.cameo, "+".join(a.code for a in e.target)) for e in doc.events]


@pytest.mark.parametrize("text", [
    "Nigel Farage vowed to mobilise the people's army during a protest at the party conference.",
    "The opposition mobilised thousands of supporters against the government.",
    "The Labour Party mobilised its voters in the north of England.",
    "French trade unions mobilised workers against the pension reform.",
    "Students mobilized against the new law in Santiago.",
], ids=["vow-party", "opposition", "party", "unions", "students"])
def test_a_campaign_is_no_mobilisation(text: str) -> None:
    found = events(text)
    assert not [e for e in found if e[1].startswith("15") or e[1] == "03"], found


@pytest.mark.parametrize("text, event", [
    ("Russia mobilised 300,000 reservists on Wednesday.", ("RUS", "15", "")),
    ("Armenia mobilized against Azerbaijan on Sunday.", ("ARM", "15", "AZE")),
    ("Hamas mobilised its fighters against Israel.", ("PSE", "15", "ISR")),
    ("French police mobilised thousands of officers in Paris.", ("FRA", "15", "")),
    ("The Kenyan army mobilized along the border with Somalia.", ("KEN", "15", "")),
], ids=["state", "state-against", "armed-group", "police", "army"])
def test_forces_are_mobilised(text: str, event: tuple[str, str, str]) -> None:
    assert event in events(text)
