"""Structures that carry an event beyond its verb, on sentences written for these tests: an
event noun whose time a modal verb moves ("the meeting could be delayed") is still planned."""
from __future__ import annotations

import datetime as dt

import pytest

from chronist.model import Article
from chronist.pipeline import Pipeline

PIPELINE = Pipeline.default()
PUBLISHED = dt.date(2019, 3, 12)


def events(text: str, lang: str) -> set[tuple]:
    doc = PIPELINE.process(Article(text=text, id="test", date=PUBLISHED), lang=lang)
    return {("+".join(a.code for a in e.source), e.plover, "+".join(a.code for a in e.target)) for e in doc.events}


FOUND = [
    ("en-could-be-delayed", "en", "Macron's meeting with Vladimir Putin could be delayed again, the Elysee said.",
     ("FRA", "CONSULT", "RUS")),
    ("en-may-be-pushed-back", "en", "Angela Merkel's talks with Xi Jinping may be pushed back by a month.",
     ("DEU", "CONSULT", "CHN")),
    ("de-koennte-verschoben", "de", "Macrons Treffen mit Putin könnte verschoben werden.",
     ("FRA", "CONSULT", "RUS")),
]


@pytest.mark.parametrize(("text", "lang", "event"), [(c[2], c[1], c[3]) for c in FOUND],
                         ids=[c[0] for c in FOUND])
def test_event_found(text: str, lang: str, event: tuple) -> None:
    assert event in events(text, lang)

