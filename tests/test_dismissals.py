"""A verb of rejecting with an official or a body for its object removes it from office and rejects
no one (pack ``dismissing_verbs``, ``Coder._dismissal``; sentences written for these tests):
"Chancellor Kurz dismissed Interior Minister Herbert Kickl" was AUT 12 AUT, as German "entließ den
Innenminister" codes nothing. A proposal or an offer dismissed stays a rejection."""

from __future__ import annotations

import pytest

from tests.coded_events import coded


def _events(text: str) -> list[tuple[str, str, str]]:
    return [(s, c, t) for s, c, t, _ in coded(text, "en")]


@pytest.mark.parametrize("text", [
    "Chancellor Kurz dismissed Interior Minister Herbert Kickl.",
    "The Sudanese president dismissed the army chief.",
])
def test_official_dismissed_is_no_rejection(text):
    assert _events(text) == []


@pytest.mark.parametrize("text, expected", [
    ("Russia dismissed the British proposal.", ("RUS", "12", "GBR")),
    ("Iran dismissed the American offer of talks.", ("IRN", "12", "USA")),
])
def test_proposal_dismissed_stays_a_rejection(text, expected):
    assert _events(text) == [expected]
