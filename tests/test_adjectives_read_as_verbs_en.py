"""An adjective after "and" that the parser reads as a verb ("fired tear gas and live ammunition
at protesters": "live" as a second verb, which took the target) is the adjective of the second
object (repairs.adjectives_read_as_verbs); sentences written for these tests."""
from __future__ import annotations

import pytest

from tests.coded_events import coded


@pytest.mark.parametrize("text, expected", [
    ("Iranian security forces fired tear gas and live ammunition at protesters in several cities on Saturday.",
     ("IRN", "175", "IRN")),
    ("Sudanese troops fired tear gas and live rounds at demonstrators in Khartoum.", ("SDN", "175", "SDN")),
])
def test_the_second_object_keeps_the_verb_and_its_target(text, expected):
    assert expected in [e[:3] for e in coded(text, "en")]


def test_a_second_verb_of_its_own_stays_a_verb():
    assert [e[:3] for e in coded("Israel bombed Gaza and struck targets in Lebanon.", "en")] == [
        ("ISR", "195", "PSE"), ("ISR", "190", "LBN")]
