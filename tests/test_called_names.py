"""What an object is called decides the frame of "call" before the object does: "called the
strikes a crime" is a criticism, not a strike called (FrameBook.find; sentences written for
these tests)."""
from __future__ import annotations

import pytest

from tests.coded_events import coded


@pytest.mark.parametrize("text", [
    "Hamas called the strikes a crime.",
    "Hamas called the strikes a massacre and vowed revenge.",
    "The Kremlin called the strike a provocation.",
])
def test_strikes_called_a_crime_are_no_strike(text):
    assert not [e for e in coded(text, "en") if e[1].startswith("14")]


def test_a_strike_called_is_still_one():
    assert [e for e in coded("Miners called a strike against the pit closures in Asturias.", "en") if e[1] == "143"]


def test_an_act_called_a_massacre_is_criticised():
    found = coded("Israeli jets bombed Hamas positions in Gaza on Monday. "
                  "Hamas called the bombing a massacre.", "en")
    assert ("PSE", "111", "ISR", "asserted") in found
