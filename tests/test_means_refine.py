"""An act told in general by a verb and precisely by the clause of its means ("retaliated by
imposing tariffs") is the precise one, aimed at whom that clause names; the general one is not
coded besides it. Sentences written for these tests."""
import pytest

from tests.coded_events import coded


@pytest.mark.parametrize("text,expected", [
    ("The US imposed tariffs on China. China retaliated by imposing tariffs on U.S. goods.",
     [("USA", "163", "CHN"), ("CHN", "163", "USA")]),
    ("Britain expelled two Russian diplomats. Russia retaliated by expelling two British diplomats.",
     [("GBR", "166", "RUS"), ("RUS", "166", "GBR")]),
    ("Britain imposed an arms embargo on China. The United States sanctioned Hong Kong officials. "
     "Beijing retaliated by sanctioning U.S. lawmakers.",
     [("GBR", "163", "CHN"), ("USA", "163", "HKG"), ("CHN", "163", "USA")]),
], ids=["tariffs", "expulsions", "means-names-the-target"])
def test_retaliation_by_means(text, expected):
    assert [e[:3] for e in coded(text, "en")] == expected


def test_two_acts_of_different_kinds_stay_two():
    events = coded("Russia retaliated by expelling two British diplomats and closing a British consulate.", "en")
    assert ("RUS", "166", "GBR") in [e[:3] for e in events]
