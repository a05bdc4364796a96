""""Strike": workers who strike protest (143); forces that strike something attack it; a
storm or a quake that strikes is no one's act (sentences written for these tests)."""
from __future__ import annotations

import pytest

from tests.coded_events import events


@pytest.mark.parametrize("text, expected", [
    ("Israeli warplanes struck Gaza.", ("ISR", "ASSAULT", "PSE")),
    ("French workers struck against the government of France.", ("FRA", "PROTEST", "FRA")),
    ("Nigerian doctors struck on Monday.", ("NGA", "PROTEST", "NGA")),
], ids=["warplanes-struck-Gaza", "workers-struck-against", "doctors-struck"])
def test_who_strikes_decides_what_a_strike_is(text, expected):
    assert events(text, "en") == [expected]


@pytest.mark.parametrize("text", [
    "Lightning struck a house in Ohio.",
    "The earthquake struck Turkey on Monday.",
    "Israeli warplanes struck Gaza and Lebanon.",
], ids=["lightning", "earthquake", "no-protest"])
def test_no_protest_where_something_is_struck(text):
    assert [e for e in events(text, "en") if e[1] == "PROTEST"] == []
