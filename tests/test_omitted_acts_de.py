"""German verbs of omitting, failing, forgoing, avoiding and hesitating (lexicon omitting_verbs),
and negated verbs of managing (managing_verbs): their zu-infinitive is an act not done, negated as
English "failed to" makes it."""
from __future__ import annotations

import pytest

from tests.coded_events import coded


@pytest.mark.parametrize("text, event", [
    # each was coded as an asserted act before
    ("Die EU verzichtete darauf, Sanktionen gegen Russland zu verhängen.", ("IGO:EU", "163", "RUS", "negated")),
    ("Die EU unterließ es, Sanktionen gegen Russland zu verhängen.", ("IGO:EU", "163", "RUS", "negated")),
    ("Die USA haben es versäumt, die Ukraine rechtzeitig mit Waffen zu beliefern.", ("USA", "072", "UKR", "negated")),
    ("Merkel vermied es, Putin öffentlich zu kritisieren.", ("DEU", "111", "RUS", "negated")),
    ("Die EU zögert, Sanktionen gegen Russland zu verhängen.", ("IGO:EU", "163", "RUS", "negated")),
    ("Die EU hat es bislang nicht geschafft, Sanktionen gegen Russland zu verhängen.", ("IGO:EU", "163", "RUS", "negated")),
], ids=["verzichten-darauf", "unterlassen", "versäumen", "vermeiden", "zögern", "nicht-schaffen"])
def test_an_omitted_act_is_negated(text: str, event: tuple[str, str, str, str]) -> None:
    assert coded(text, "de") == [event]


@pytest.mark.parametrize("text", [
    "Die EU verzichtete nicht darauf, Sanktionen gegen Russland zu verhängen.",
    "Die EU verhängte Sanktionen gegen Russland, verzichtete aber auf ein Ölembargo.",
    "Die EU zögerte nicht, Sanktionen gegen Russland zu verhängen.",
    "Die EU schaffte es, Sanktionen gegen Russland zu verhängen.",
], ids=["not-forgone", "forgone-noun-beside", "nicht-zögern", "schaffen"])
def test_an_act_not_forgone_stays_asserted(text: str) -> None:
    assert coded(text, "de") == [("IGO:EU", "163", "RUS", "asserted")]
