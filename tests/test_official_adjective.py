"""English "official" before a noun is an adjective ("the official results"), no unnamed official
of the subject's state; a noun "official" stays an agent (packs' noun_agents; sentences written here)."""
from __future__ import annotations

import pytest

from tests.coded_events import coded


@pytest.mark.parametrize("text", [
    "The United States disputed the official results.",
    "Kenya welcomed the official results of the vote.",
    "Russia rejected the official version of events.",
])
def test_official_results_are_no_actor(text):
    assert not any(source == target for source, _, target, _ in coded(text, "en"))


@pytest.mark.parametrize("text, expected", [
    ("A senior U.S. official accused Iran of arming the rebels.", ("USA", "112", "IRN")),
    ("KABUL - The official accused Iran of arming the rebels.", ("AFG", "112", "IRN")),
])
def test_an_official_is_still_an_agent(text, expected):
    assert expected in [event[:3] for event in coded(text, "en")]
