"""English: a partner after the value of a deal ("signed agreements worth 10 billion dollars with
Pakistan", "sold drones worth 100 million dollars to Ukraine") is the verb's, not part of the value
(repairs.phrases_read_as_values); two states that "established diplomatic relations" did so with
each other. Sentences written for these tests."""
from __future__ import annotations

import pytest

from tests.coded_events import events


@pytest.mark.parametrize("text, expected", [
    ("Egypt signed contracts worth 12 billion euros with Germany on Monday.", ("EGY", "SUPPORT", "DEU")),
    ("Saudi Arabia signed arms deals worth 110 billion dollars with the United States.", ("SAU", "SUPPORT", "USA")),
    ("Turkey sold drones worth 100 million dollars to Ukraine.", ("TUR", "COOPERATE", "UKR")),
    ("Vietnam signed agreements worth 3 billion dollars with South Korea in Hanoi.", ("VNM", "SUPPORT", "KOR")),
])
def test_a_partner_after_a_value_is_the_verbs(text, expected):
    assert expected in events(text, "en")


def test_states_that_establish_relations_do_so_with_each_other():
    assert ("ISR+BHR", "SUPPORT", "ISR+BHR") in events("Israel and Bahrain established diplomatic relations.", "en")
