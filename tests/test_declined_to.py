"""Declining to yield ("declined to lift the sanctions on Russia", "declined to release the
prisoners") is a refusal to yield (124), as declining to meet is one to meet (125): the negated
concession is not read as a rejection and then dropped. Declining to comment, and a decline in
numbers, are no event."""
from __future__ import annotations

import pytest

from coded_events import coded

CASES = [
    ("The EU declined to lift the sanctions on Russia.", ("IGO:EU", "124", "RUS")),
    ("Israel declined to release the two Palestinian prisoners.", ("ISR", "124", "PSE")),
    ("Russia declined to ease its blockade of the Ukrainian ports.", ("RUS", "124", "UKR")),
    ("Germany declined to attend the summit in Moscow.", ("DEU", "125", "RUS")),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_declined_to(text, expected):
    assert expected in [event[:3] for event in coded(text, "en")]


@pytest.mark.parametrize("text", [
    "The Kremlin declined to comment on the report.",
    "Imports from Turkey declined by 7 percent in June.",
    # refusing to do what is no cooperation is no rejection of whom it would have concerned
    "China declined to condemn the invasion of Ukraine.",
    "Russia refused to condemn the coup in Niger.",
])
def test_no_refusal(text):
    assert not [event for event in coded(text, "en") if event[1].startswith("12")]
