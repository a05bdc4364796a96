"""Aid, loans or support pledged "for" a state are pledged to it ("pledged 100 million euros in aid
for Syria", "sagte 100 Millionen Euro Hilfe für Syrien zu"), as those pledged "to" it or to it in
the dative. Sentences written for these tests."""
from __future__ import annotations

import pytest

from tests.coded_events import events


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "Germany pledged 100 million euros in aid for Syria.", ("DEU", "AGREE", "SYR")),
    ("en", "Sweden pledged 20 million dollars in humanitarian aid for Yemen on Tuesday.", ("SWE", "AGREE", "YEM")),
    ("en", "China pledged 2 billion dollars in loans for Kenya.", ("CHN", "AGREE", "KEN")),
    ("de", "Berlin – Deutschland sagte am Montag 100 Millionen Euro Hilfe für Syrien zu.", ("DEU", "AGREE", "SYR")),
    ("de", "Rom – Italien sagte weitere Unterstützung für Libyen zu.", ("ITA", "AGREE", "LBY")),
])
def test_what_is_pledged_for_a_state_is_pledged_to_it(lang, text, expected):
    assert expected in events(text, lang)
