"""What one would like, love or prefer to do is wished, not done: "would like to investigate"
is an intent, as "wants to investigate" is; "likes to accuse" is a habit and keeps its mood
(sentences written for these tests)."""
from __future__ import annotations

import pytest

from tests.coded_events import coded


@pytest.mark.parametrize("text, code", [
    ("The German labour minister would like to investigate the meat industry.", "09"),
    ("The Kremlin would prefer to negotiate with Ukraine directly.", "036"),
    ("Germany said it would like to impose sanctions on Russia.", "1312"),
    ("Russia would love to expel the British diplomats.", "136"),
], ids=["like-investigate", "prefer-negotiate", "said-like-sanctions", "love-expel"])
def test_what_one_would_like_to_do_is_intended(text, code):
    found = coded(text, "en")
    assert [e[1] for e in found] == [code] and all(e[3] == "intent" for e in found), found


@pytest.mark.parametrize("text, expected", [
    ("Ankara likes to accuse Athens of provocations.", ("TUR", "1123", "GRC", "asserted")),
    ("Like Germany, France expelled two Russian diplomats.", ("FRA", "166", "RUS", "asserted")),
], ids=["likes-habit", "like-preposition"])
def test_a_habit_and_the_preposition_like_keep_the_act(text, expected):
    assert expected in coded(text, "en")
