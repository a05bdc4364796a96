"""An imperative addressed to someone named before it in quoted speech ("Mr Netanyahu, end the
siege") is the speaker's demand on them, as "Netanyahu must end the siege" is; the parser takes the
one addressed for the subject or an adverbial noun (sentences written for these tests; before,
the first and third coded nothing and the second coded Israel easing the siege)."""
from __future__ import annotations

import pytest

from tests.coded_events import coded, events


@pytest.mark.parametrize("text, expected", [
    ('"President Putin, stop this war," the Ukrainian president said.', [("UKR", "10", "RUS", "asserted")]),
    ('"Mr Netanyahu, end the siege of Gaza now," the Jordanian king told reporters.',
     [("JOR", "10", "ISR", "asserted")]),
    ('"President Maduro, release the political prisoners," the Colombian foreign minister said on Monday.',
     [("COL", "10", "VEN", "asserted")]),
], ids=["stop-this-war", "end-the-siege", "release-the-prisoners"])
def test_an_order_to_the_one_addressed_is_a_demand(text, expected):
    assert coded(text, "en") == expected


@pytest.mark.parametrize("text, expected", [
    ("Russia, China and Iran support the Syrian government.", [("RUS+CHN+IRN", "SUPPORT", "SYR")]),
    ('"Stop this war," the Ukrainian president said.', []),
], ids=["a-list-of-subjects", "no-one-addressed"])
def test_no_order_without_someone_addressed(text, expected):
    assert events(text, "en") == expected
