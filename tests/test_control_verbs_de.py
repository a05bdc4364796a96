"""German control verbs: the zu-infinitive takes the subject of the verb that governs it. A
verb of trying ("versuchte", "bemühte sich") leaves the act asserted; a pledge or an aim
("verpflichtete sich", "strebt an", chronist/lang/de/data/lexicon.yaml
intent_verbs) makes it an intention (CAMEO's "express intent to ...")."""
from __future__ import annotations

import pytest

from chronist.model import Article
from chronist.pipeline import Pipeline

PIPELINE = Pipeline.default()


def coded(text: str) -> list[tuple[str, str, str, str]]:
    doc = PIPELINE.process(Article(text=text, id="t", lang="de"), lang="de")
    return [("+".join(a.code for a in e.source), e.cameo, "+".join(a.code for a in e.target), e.modality)
            for e in doc.events]


@pytest.mark.parametrize("text, expected", [
    ("Frankreich versuchte, zwischen Armenien und Aserbaidschan zu vermitteln.", ("FRA", "045", "ARM+AZE", "asserted")),
    ("Die USA bemühten sich, zwischen Israel und der Hamas zu vermitteln.", ("USA", "045", "ISR+PSE", "asserted")),
    # (a promised troop withdrawal: intent to de-escalate, 0356)
    ("Russland verpflichtete sich, seine Truppen aus Georgien abzuziehen.", ("RUS", "0356", "GEO", "intent")),
    ("Die USA streben an, mit dem Iran zu verhandeln.", ("USA", "036", "IRN", "intent")),
], ids=["versuchen", "bemühen", "verpflichten", "anstreben"])
def test_the_infinitive_is_the_subjects_act(text: str, expected: tuple) -> None:
    assert coded(text) == [expected]
