""""X is to blame" (sentences written for these tests): the infinitive after "be" lays the blame
on the subject, and whoever says so accuses it, as "X is responsible" or "X's act is
unacceptable" did; said by no one, or of oneself, it is no event."""
from __future__ import annotations

import pytest

from tests.coded_events import coded


@pytest.mark.parametrize("text, expected", [
    ("Iran is to blame for the attacks on the tankers, Pompeo said.", ("USA", "111", "IRN")),
    ("The Kremlin said Kiev was to blame for the escalation.", ("RUS", "111", "UKR")),
    ("The United States alone is to blame, the Chinese foreign ministry said.", ("CHN", "111", "USA")),
])
def test_the_one_said_to_be_to_blame_is_accused(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in {event[:3] for event in coded(text, "en")}


@pytest.mark.parametrize("text", [
    "Iran is to blame for the attacks.",
    "Merkel said she was not to blame.",
])
def test_blame_said_by_no_one_or_of_oneself_is_no_event(text: str) -> None:
    assert coded(text, "en") == []
