"""A past modal with "eigentlich" or "ursprünglich" tells a plan that was not carried out ("Israel
und die Hamas wollten eigentlich am Freitag einen Waffenstillstand unterzeichnen", "sollten sich
ursprünglich am Montag treffen"): no act and no intent to report (the meeting was coded as held,
the signing as intended). Without the adverb the intent stays, and a done act stays done."""
from __future__ import annotations

import pytest

from tests.coded_events import coded


@pytest.mark.parametrize("text", [
    "Israel und die Hamas wollten eigentlich am Freitag einen Waffenstillstand unterzeichnen.",
    "Die Außenminister Russlands und der Ukraine sollten sich ursprünglich am Montag in Wien treffen.",
], ids=["wollten-eigentlich", "sollten-ursprünglich"])
def test_a_plan_not_carried_out_is_no_event(text: str) -> None:
    assert coded(text, "de") == []


@pytest.mark.parametrize("text, expected", [
    ("Israel und die Hamas wollten am Freitag einen Waffenstillstand unterzeichnen.", ("ISR+PSE", "intent")),
    ("Israel und die Hamas haben eigentlich einen Waffenstillstand vereinbart.", ("ISR+PSE", "asserted")),
], ids=["intent", "done"])
def test_without_a_thwarted_plan_the_event_stays(text: str, expected: tuple[str, str]) -> None:
    assert [(e[0], e[3]) for e in coded(text, "de")] == [expected]
