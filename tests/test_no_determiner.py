"""An act whose object, addressee, subject or prepositional phrase is "kein" / "no" one did not
happen ("stimmte keinem Plan zu", "agreed to no plan", "kein Staat erkannte ... an"): the clause is
negated, and a refusal to agree is a rejection (sentences written for these tests)."""
from __future__ import annotations

import pytest

from coded_events import PIPELINE, events
from chronist.model import Article


@pytest.mark.parametrize("text, lang", [
    ("Die Regierung Ungarns stimmte keinem Vorschlag der Slowakei zu.", "de"),
    ("Hungary agreed to no proposal of Slovakia.", "en"),
])
def test_agreeing_to_nothing_is_no_agreement(text: str, lang: str) -> None:
    found = events(text, lang)
    assert not [e for e in found if e[1] == "AGREE"] and [e for e in found if e[:2] == ("HUN", "REJECT")], found


@pytest.mark.parametrize("text, lang", [
    ("Kein Staat der EU verhängte Sanktionen gegen Kuba.", "de"),
    ("No country of the EU imposed sanctions on Cuba.", "en"),
])
def test_no_one_acting_is_a_negated_act(text: str, lang: str) -> None:
    doc = PIPELINE.process(Article(text=text, id="test"), lang=lang)
    assert doc.events and all(e.modality == "negated" for e in doc.events), \
        [(e.plover, e.modality) for e in doc.events]


@pytest.mark.parametrize("text, lang", [
    ("Die Regierung Ungarns stimmte dem Vorschlag der Slowakei zu.", "de"),
    ("Hungary agreed to the proposal of Slovakia.", "en"),
])
def test_agreeing_to_something_stays_an_agreement(text: str, lang: str) -> None:
    assert [e for e in events(text, lang) if e[:2] == ("HUN", "AGREE")], events(text, lang)
