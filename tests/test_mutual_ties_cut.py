"""Two states that cut, break off or end their ties with no partner named cut them with each
other (the frames of cutting relations are reciprocal; sentences written here)."""
from __future__ import annotations

import pytest

from tests.coded_events import coded


@pytest.mark.parametrize("lang, text", [
    ("en", "Saudi Arabia and Iran cut ties in 2016."),
    ("en", "Saudi Arabia and Iran agreed to restore relations. The two countries had broken off relations in 2016."),
    ("de", "Saudi-Arabien und der Iran brachen 2016 ihre Beziehungen ab."),
    ("de", "Saudi-Arabien und der Iran wollen ihre Beziehungen wiederaufnehmen. Die beiden Länder hatten ihre "
           "Beziehungen 2016 abgebrochen."),
])
def test_ties_cut_between_two_states(lang, text):
    assert ("SAU+IRN", "161", "SAU+IRN") in [event[:3] for event in coded(text, lang)]


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "Saudi Arabia cut ties with Iran in 2016.", [("SAU", "161", "IRN")]),
    ("en", "Saudi Arabia cut ties in 2016.", []),
])
def test_one_state_cuts_with_whom_it_names(lang, text, expected):
    assert [event[:3] for event in coded(text, lang)] == expected
