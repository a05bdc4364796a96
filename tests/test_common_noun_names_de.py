"""A German surname that is also a German noun ("Schiff", "Maas") names the person only when no
article stands right before it: "das Schiff" is a ship. Sentences written for these tests."""
from __future__ import annotations

import datetime as dt

from chronist.model import Article
from chronist.pipeline import Pipeline

PIPELINE = Pipeline.default()


def events(text: str) -> list[tuple]:
    doc = PIPELINE.process(Article(text=text, id="test", date=dt.date(2023, 5, 17)), lang="de")
    return [("+".join(a.code for a in e.source), e.plover, "+".join(f"{a.code}/{a.sector}" for a in e.target))
            for e in doc.events]


def test_a_noun_after_its_article_is_no_person():
    found = events("Die iranische Küstenwache beschlagnahmte das Schiff vor der Küste.")
    assert not any("USA/LEG" in e[2] for e in found), found


def test_the_name_without_article_is_the_person():
    assert ("USA", "ACCUSE", "RUS/GOV") in events("Adam Schiff kritisierte die russische Regierung.")
