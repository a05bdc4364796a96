"""Promising, pledging or vowing retaliation, countermeasures or a response against someone
threatens them; a response promised to questions or a report is no threat (sentences written for
these tests; the first three were a promise with no target, or nothing, before)."""
from __future__ import annotations

import pytest

from tests.coded_events import events


@pytest.mark.parametrize("text, expected", [
    ("The Russian foreign ministry promised retaliation against the new British sanctions.", ("RUS", "THREATEN", "GBR")),
    ("China pledged countermeasures against the US arms sale to Taiwan.", ("CHN", "THREATEN", "USA")),
    ("Iran vowed a crushing response to any Israeli attack.", ("IRN", "THREATEN", "ISR")),
    ("North Korea warned Seoul of a strong response.", ("PRK", "THREATEN", "KOR")),
], ids=["promised-retaliation", "pledged-countermeasures", "vowed-a-response", "warned-of-a-response"])
def test_a_promised_retaliation_is_a_threat(text, expected):
    assert events(text, "en") == [expected]


def test_a_response_to_questions_is_no_threat():
    assert [e for e in events("The German chancellor promised a quick response to the questions of journalists.", "en")
            if e[1] == "THREATEN"] == []
