"""Verbs and adjectives that take a to-infinitive and say that its act is still to come
("is due to meet", "is poised to impose"): the act is coded as announced (intent), with the
governing clause's subject as its source; verbs that say the act goes on ("continued to
shell") leave it a fact. The words are the English pack's (lang/en/lexicon.yaml modal_verbs,
intent_verbs)."""
from __future__ import annotations

from functools import cache

import pytest

from chronist.model import Article
from chronist.pipeline import Pipeline


@cache
def _pipeline() -> Pipeline:
    return Pipeline.default()


def _events(text: str) -> list[tuple[str, str, str, str]]:
    doc = _pipeline().process(Article(text=text), lang="en")
    return [("+".join(a.code for a in e.source), e.plover, "+".join(a.code for a in e.target), e.modality)
            for e in doc.events]


@pytest.mark.parametrize("text, expected", [
    ("The Kenyan president is due to meet the president of Tanzania on Friday.", ("KEN", "AGREE", "TZA", "intent")),
    # a visit still to come stays a visit, in intent (see VISIT_CODES in chronist/coding/coder.py)
    ("The Indian prime minister is scheduled to visit Nepal next month.", ("IND", "CONSULT", "NPL", "intent")),
    ("The Brazilian president is slated to visit Argentina in May.", ("BRA", "CONSULT", "ARG", "intent")),
    ("Canada is poised to impose sanctions on Venezuela.", ("CAN", "THREATEN", "VEN", "intent")),
    ("Japan is looking to expand its cooperation with Australia.", ("JPN", "AGREE", "AUS", "intent")),
])
def test_an_act_still_to_come_is_announced(text, expected):
    assert expected in _events(text)


def test_an_act_that_goes_on_stays_a_fact():
    assert ("RUS", "ASSAULT", "UKR", "asserted") in _events("Russia continued to shell Ukraine.")


@pytest.mark.parametrize("text", [
    "Chile appealed to Peru to release the prisoners.",
    "Chile asked Peru to release the prisoners.",
    "Chile appealed to Peru to help the refugees.",
    "Chile asked Peru to help the refugees.",
])
def test_the_act_asked_for_is_no_event(text):
    """An appeal's addressee is asked to act (whether the appeal names it as an object or a
    prepositional object); the appeal is the event, what it asks for has not happened."""
    events = _events(text)
    assert [(s, t) for s, plover, t, _ in events if plover == "REQUEST"] == [("CHL", "PER")]
    assert [e for e in events if e[1] != "REQUEST"] == []
