"""A capitalised adjective after a verb stands for a noun and ends its phrase before a number:
"verletzten Unbekannte zwei Israelis" is the unknown attackers, then the two victims (not one
phrase "Unbekannte zwei Israelis" that made the Israelis the attackers)."""
from __future__ import annotations

from coded_events import coded


def test_unknown_attackers_then_victims():
    events = [event[:3] for event in coded("Im Gazastreifen verletzten Unbekannte zwei Ägypter.", "de")]
    assert ("UNK", "18", "EGY") in events and not [e for e in events if e[0] == "EGY"]
