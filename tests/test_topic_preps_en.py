"""What a verb is about is not whom it is done with: a with-phrase inside an about-phrase
("talked about relations with Kim") belongs to the topic, not to the verb. Sentences written
for these tests."""
from __future__ import annotations

import datetime as dt

from chronist.model import Article
from chronist.pipeline import Pipeline

PIPELINE = Pipeline.default()


def events(text: str) -> list[tuple]:
    doc = PIPELINE.process(Article(text=text, id="test", date=dt.date(2023, 5, 17)), lang="en")
    return [("+".join(a.code for a in e.source), e.plover, "+".join(a.code for a in e.target))
            for e in doc.events]


def test_a_with_phrase_inside_the_topic_is_no_partner():
    assert not any(e[1] == "CONSULT" for e in events(
        "The Japanese prime minister talked about his country's trade relations with Canada.")), \
        events("The Japanese prime minister talked about his country's trade relations with Canada.")


def test_a_partner_beside_the_topic_is_kept():
    assert ("JPN", "CONSULT", "CAN") in events("The Japanese prime minister talked with Canada about trade.")
