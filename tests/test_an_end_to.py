"""An act that someone puts or declares "an end to" is ended, as one "ended": no war told as
going on ("declared an end to their war"), and a cooperation ended is a reduction of relations
("put an end to its cooperation with Qatar", 16)."""
from __future__ import annotations

from coded_events import coded


def test_war_ended_is_no_fighting():
    events = coded("Sudan and South Sudan declared an end to their war.", "en")
    assert not [e for e in events if e[1].startswith("19") and e[3] == "asserted"]


def test_cooperation_ended_reduces_relations():
    assert ("SAU", "16", "QAT") in [e[:3] for e in coded("Saudi Arabia put an end to its cooperation with Qatar.", "en")]
