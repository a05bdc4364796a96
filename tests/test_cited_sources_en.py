"""An event noun that names the source "according to" cites ("according to findings from an
investigation of the labour inspectorate") tells no act; one a preposition presents as a fact
("according to a statement after the meeting between ...") stays (sentences written for these
tests)."""
from __future__ import annotations

import pytest

from tests.coded_events import events


@pytest.mark.parametrize("text", [
    "According to an investigation of the Italian police, migrants were paid two euros an hour.",
    "Romanian workers earn little, according to findings from an investigation of the Italian police.",
], ids=["according-to-investigation", "findings-from-investigation"])
def test_a_cited_investigation_is_no_act(text):
    assert events(text, "en") == []


def test_a_meeting_after_which_a_statement_came_stays():
    found = events("According to a statement after the meeting between Merkel and Macron, both agreed "
                   "on sanctions.", "en")
    assert ("DEU+FRA", "CONSULT", "DEU+FRA") in found, found
