"""A verb of demanding whose dependent clause tells what will or would happen states it: the
clause is what was said, an act of its own, not the content of a demand ("Officials insisted he
will visit Algeria": a visit announced; "insisted that Ukraine stay neutral" is a demand).
Sentences written for these tests; the first two coded nothing before."""
from __future__ import annotations

import pytest

from tests.coded_events import coded, events


@pytest.mark.parametrize("text, expected", [
    ("Emmanuel Macron faces criticism at home. Officials insisted he will visit Algeria next month.",
     [("FRA", "042", "DZA", "intent")]),
    ("Theresa May is under pressure. Her aides insisted she would meet Angela Merkel on Friday.",
     [("GBR", "036", "DEU", "intent")]),
], ids=["insisted-he-will-visit", "insisted-she-would-meet"])
def test_insisting_that_someone_will_act_is_no_demand(text, expected):
    assert coded(text, "en") == expected


def test_insisting_that_someone_act_is_still_a_demand():
    assert events("Russia insisted that Ukraine stay neutral.", "en") == [("RUS", "REQUEST", "UKR")]
    assert events("Russia insisted that Ukraine will stay neutral.", "en") == []
