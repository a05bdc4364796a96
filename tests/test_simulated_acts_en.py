"""An act that is simulated or rehearsed is played, not done: the event noun object of a
simulating verb (lexicon simulating_verbs) codes nothing; the real act told beside a rehearsal
stays (sentences written for these tests)."""
from __future__ import annotations

import pytest

from tests.coded_events import events


@pytest.mark.parametrize("text", [
    "Experts simulated a Chinese attack on Taiwan in a war game.",
    "Chinese troops rehearsed an invasion of Taiwan.",
], ids=["simulated-attack", "rehearsed-invasion"])
def test_a_played_act_is_no_event(text):
    assert events(text, "en") == []


def test_the_act_after_a_rehearsal_stays():
    assert ("CHN", "ASSAULT", "TWN") in events("China attacked Taiwan after rehearsing for weeks.", "en")
