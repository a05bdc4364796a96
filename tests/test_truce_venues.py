"""A capital named before a truce, talks or a summit is where they were held, no party (sentences
written for these tests): "Separatist fighters violated the Minsk ceasefire, Kiev said" coded
BLR/REB 128 BLR (the separatists took Belarus, the only country named); "the Paris agreement"
and "the Minsk agreements" were venues already (words accord_nouns)."""
from __future__ import annotations

import pytest

from tests.coded_events import coded


@pytest.mark.parametrize("text", [
    "Separatist fighters violated the Minsk ceasefire, Kiev said.",
    "Pro-Russian rebels broke the Minsk truce again.",
])
def test_city_of_a_truce_is_no_party(text: str) -> None:
    assert not any("BLR" in source + target for source, _, target, _ in coded(text, "en"))


def test_a_capital_that_acts_stays_a_party() -> None:
    assert ("BLR", "042", "RUS") in {event[:3] for event in coded("Minsk sent a delegation to Moscow for talks.", "en")}
