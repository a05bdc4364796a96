"""An event noun in a phrase of the reason or background ("wegen", "seit", "angesichts") of a verb no
frame knows is no act of that verb's subject (sentences written for these tests): "Die
Bundesregierung zögert wegen der Annexion der Krim" coded a German occupation of Crimea (DEU 192),
the noun taking the subject as its doer. Its own possessor or agent still names its doer, and a
verb with a frame keeps its own rules for the phrase."""
from __future__ import annotations

import pytest

from tests.coded_events import coded


@pytest.mark.parametrize("text", [
    "Die Bundesregierung zögert wegen der Annexion der Krim.",
    "Deutschland hadert wegen der Annexion der Krim mit seiner Russlandpolitik.",
])
def test_reason_of_an_unknown_act_is_not_the_subjects_act(text: str) -> None:
    assert not any(source == "DEU" for source, _, _, _ in coded(text, "de"))


def test_doer_named_in_the_reason_phrase_stays() -> None:
    events = [e[:3] for e in coded("Die Bundesregierung zögert wegen der Annexion der Krim durch Russland.", "de")]
    assert any(source == "RUS" and cameo.startswith("19") for source, cameo, _ in events)
