"""German phrases: a state named with its article after a preposition ends its phrase before a
bare common noun ("von den USA Raketen erhalten": "Raketen" is the object, not part of "von den
USA"), as a state named without an article already did ("in Hongkong Beamte angegriffen",
``chunks._continues_name``). Before, the object was swallowed and the aid was lost."""
from __future__ import annotations

from coded_events import coded


def test_the_object_after_a_state_with_its_article():
    events = [e[:3] for e in coded("Die Ukraine erhielt von den USA Raketen des Typs Himars.", "de")]
    assert events == [("USA", "072", "UKR")]


def test_a_title_and_name_after_a_state_still_go_on():
    # a name after the state is still its own phrase, as before: "in Mali Präsident Keïta"
    events = [e[:3] for e in coded("Soldaten haben in Mali Präsident Keïta festgenommen.", "de")]
    assert ("MLI", "173", "MLI") in events
