"""Revenge vowed that names no one answers the latest hostile act done to the one who vows it, as
a retaliation does (words retaliation_words; sentences written for these tests)."""
from __future__ import annotations

import pytest

from tests.coded_events import events


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "Israeli jets bombed Hamas positions in Gaza on Monday. Hamas vowed revenge.", ("PSE", "THREATEN", "ISR")),
    ("en", "A U.S. drone strike killed an Iranian general in Baghdad. Tehran vowed vengeance.", ("IRN", "THREATEN", "USA")),
    ("de", "Israelische Kampfjets bombardierten Stellungen der Hamas im Gazastreifen. Die Hamas schwor Rache.",
     ("PSE", "THREATEN", "ISR")),
])
def test_revenge_vowed_answers_the_last_act_done_to_the_vower(lang, text, expected):
    assert expected in events(text, lang)
