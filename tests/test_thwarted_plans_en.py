"""English counterpart of tests/test_thwarted_plans_de.py: a past plan with "originally" or
"initially", or what had been due or scheduled under a past perfect, is a plan not carried out ("Israel
and Hamas originally wanted to sign a ceasefire on Friday", "had been due to meet in Vienna"): no act
and no intent to report. Without them the intent stays, and a done act stays done (sentences written
for these tests)."""
from __future__ import annotations

import pytest

from tests.coded_events import coded


@pytest.mark.parametrize("text", [
    "Israel and Hamas originally wanted to sign a ceasefire on Friday.",
    "The foreign ministers of Russia and Ukraine had been due to meet in Vienna on Monday.",
    "The two sides had been scheduled to sign the deal in Doha on Friday.",
], ids=["originally-wanted", "had-been-due", "had-been-scheduled"])
def test_a_plan_not_carried_out_is_no_event(text: str) -> None:
    assert coded(text, "en") == []


@pytest.mark.parametrize("text, expected", [
    ("Israel and Hamas wanted to sign a ceasefire on Friday.", ("ISR+PSE", "intent")),
    ("The foreign ministers of Russia and Ukraine were due to meet in Vienna on Monday.", ("RUS+UKR", "intent")),
    ("Israel and Hamas originally signed a ceasefire on Friday.", ("ISR+PSE", "asserted")),
    ("Israel and Hamas want to sign a ceasefire originally drafted by Egypt.", ("ISR+PSE", "intent")),
    ("Iran originally promised to release the British sailors.", ("IRN", "intent")),
], ids=["intent", "were-due", "done", "adverb-elsewhere", "a-promise-made"])
def test_without_a_thwarted_plan_the_event_stays(text: str, expected: tuple[str, str]) -> None:
    assert [(e[0], e[3]) for e in coded(text, "en")] == [expected]
