"""Leading a protest or speaking at one is taking part in it, for those who protest (sentences
written for these tests; the first three coded nothing before): not a government leading a march of
remembrance, nor a politician speaking at a rally, which is as often an election rally."""
from __future__ import annotations

import pytest

from tests.coded_events import events


@pytest.mark.parametrize("text, expected", [
    ("Venezuelan opposition leader Juan Guaido led a march through Caracas.", ("VEN", "PROTEST", "VEN")),
    ("Belarusian opposition leader Svetlana Tikhanovskaya led a protest against Lukashenko in Vilnius.",
     ("BLR", "PROTEST", "BLR")),
    ("Kenyan doctors led a strike against the government.", ("KEN", "PROTEST", "KEN")),
], ids=["led-a-march", "led-a-protest", "led-a-strike"])
def test_leading_a_protest_is_protesting(text, expected):
    assert events(text, "en") == [expected]


@pytest.mark.parametrize("text", [
    "The Indian prime minister led a march in memory of Gandhi.",
    "Trump spoke at a rally in West Virginia.",
], ids=["government-march", "election-rally"])
def test_no_protest_by_a_government_or_at_a_rally(text):
    assert events(text, "en") == []
