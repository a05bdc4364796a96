""""X is to blame for Y" (a copula idiom, lexicon copula_idioms) is said of X as "X is
responsible for Y" is: in someone's words, an accusation of X (frames-idioms.yaml, the predicate
"to blame"). Before, the idiom was kept from reading as a plan but coded nothing."""
from __future__ import annotations

import pytest

from coded_events import coded


@pytest.mark.parametrize("text, event", [
    ("Tehran is to blame for the attack on the tankers, the Saudi foreign minister said.", ("SAU", "112", "IRN")),
    ("The Greek prime minister said Ankara was to blame for the escalation.", ("GRC", "112", "TUR")),
])
def test_to_blame_for_a_harm(text, event):
    assert [e[:3] for e in coded(text, "en")] == [event]


def test_said_by_no_one_or_of_no_harm_it_is_no_event():
    assert coded("Tehran is to blame for the attack on the tankers.", "en") == []
    assert coded("The Saudi minister said Tehran was to blame for the high oil price.", "en") == []
