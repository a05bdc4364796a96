"""A dass-clause that its governing clause hopes for, expects, wishes or keeps from happening
("Die UN hofften, dass beide Seiten wieder verhandelten", "wollten verhindern, dass ...", "Es
sei wichtig, dass ...") tells no act; one it welcomes, or could not prevent, does (sentences
written for these tests)."""
from __future__ import annotations

import pytest

from tests.coded_events import events


@pytest.mark.parametrize("text", [
    "Die Arabische Liga hoffte, dass Israel und die Palästinenser wieder verhandelten.",
    "Diplomaten erwarteten, dass Serbien und das Kosovo bald verhandelten.",
    "Die Afrikanische Union wollte verhindern, dass sudanesische Truppen den Südsudan angriffen.",
    "Es sei wichtig, dass Armenien und Aserbaidschan miteinander verhandelten, sagte der Minister.",
], ids=["hoffte", "erwarteten", "verhindern", "wichtig"])
def test_a_wished_or_prevented_clause_tells_no_act(text):
    assert not any(kind in ("CONSULT", "ASSAULT") for _, kind, _ in events(text, "de"))


@pytest.mark.parametrize("text, expected", [
    ("Die Arabische Liga begrüßte, dass Israel und die Palästinenser wieder verhandelten.",
     ("ISR+PSE", "CONSULT", "ISR+PSE")),
    ("Die Afrikanische Union konnte nicht verhindern, dass sudanesische Truppen den Südsudan angriffen.",
     ("SDN", "ASSAULT", "SSD")),
], ids=["begruesste", "nicht-verhindern"])
def test_a_welcomed_or_unprevented_clause_stays(text, expected):
    assert expected in events(text, "de")


def test_an_event_noun_waited_for_is_no_act():
    """'abwarten' waits for its object as 'warten auf' does for its phrase."""
    assert events("Die Nato will den Abzug der russischen Truppen aus Syrien abwarten.", "de") == []
