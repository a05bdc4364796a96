"""A zu-infinitive after a subordinate clause that closes the sentence depends on that clause's
verb, not on the main clause ("..., weil sich China weigerte, mit Japan zu verhandeln": a refusal
by China); and "als" opening a clause with its finite verb last is a conjunction, not the
comparing particle. Sentences written for these tests."""
from __future__ import annotations

import datetime as dt

import pytest

from chronist.model import Article
from chronist.pipeline import Pipeline

PIPELINE = Pipeline.default()


def events(text: str) -> list[tuple]:
    doc = PIPELINE.process(Article(text=text, id="test", date=dt.date(2023, 5, 17)), lang="de")
    return [("+".join(a.code for a in e.source), e.plover, "+".join(a.code for a in e.target))
            for e in doc.events]


@pytest.mark.parametrize("text, expected", [
    ("Die Gespräche scheiterten, weil sich China weigerte, mit Japan zu verhandeln.", ("CHN", "REJECT", "JPN")),
    ("Die Gespräche scheiterten, als Ägypten sich weigerte, Israel anzuerkennen.", ("EGY", "REJECT", "ISR")),
], ids=["weil-sich-weigern", "als-sich-weigern"])
def test_a_refusal_in_a_subordinate_clause_governs_its_infinitive(text, expected):
    found = events(text)
    assert expected in found, found
    assert not any(e[1] in ("CONSULT", "SUPPORT") for e in found), found
