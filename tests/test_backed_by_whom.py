"""What a state backs, praises or endorses, named with its doer in a participle after it ("The EU
endorsed the peace plan put forward by Egypt", "Moscow welcomed the plan proposed by Beijing"),
is support for that doer, as criticism of it was already aimed at its doer ("China criticised
the resolution drafted by France"). Before, the support had no target and was not coded."""
from __future__ import annotations

import pytest

from coded_events import coded


@pytest.mark.parametrize("text, expected", [
    ("The EU endorsed the peace plan put forward by Egypt.", ("IGO:EU", "051", "EGY")),
    ("Moscow welcomed the plan proposed by Beijing.", ("RUS", "051", "CHN")),
    ("Germany praised the reforms carried out by the Ukrainian government.", ("DEU", "051", "UKR")),
    ("China criticised the resolution drafted by France.", ("CHN", "111", "FRA")),
])
def test_support_for_the_doer_a_participle_names(text, expected):
    assert [e[:3] for e in coded(text, "en")] == [expected]


def test_support_for_a_thing_named_after_a_state_is_none_for_it():
    """"Unterstützung für den Iran-Deal": the compound names what the deal is about, not its doer."""
    assert [e for e in coded("Die Demokraten erklärten ihre Unterstützung für den Iran-Deal.", "de")
            if e[2] == "IRN"] == []
