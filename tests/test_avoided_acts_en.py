"""Acts kept from being done: the -ing complement of "avoid" and the -ing object of "refrain
from", "stop short of", "without", "instead of" are negated ("refrained from criticising
China" criticised nothing), unless the avoiding verb is negated itself; what one is likely or
unlikely to do is a forecast, and "any attack" none in particular: no act (sentences written
for these tests)."""
from __future__ import annotations

import pytest

from tests.coded_events import coded, events


@pytest.mark.parametrize("text, expected", [
    ("Merkel stopped short of imposing sanctions on Russia.", ("DEU", "163", "RUS", "negated")),
    ("Merkel refrained from criticising China.", ("DEU", "111", "CHN", "negated")),
    ("Macron avoided meeting Putin during the summit.", ("FRA", "040", "RUS", "negated")),
    ("Britain acted without consulting France.", ("GBR", "040", "FRA", "negated")),
    ("Japan shied away from criticising China.", ("JPN", "111", "CHN", "negated")),
], ids=["stop-short-of", "refrain-from", "avoid", "without", "shy-away-from"])
def test_an_avoided_act_is_negated(text, expected):
    assert coded(text, "en") == [expected]


@pytest.mark.parametrize("text, expected", [
    ("Merkel did not refrain from criticising China.", ("DEU", "111", "CHN", "asserted")),
    ("Turkey accused Greece of violating its airspace.", ("TUR", "112", "GRC", "asserted")),
    ("Russia began withdrawing its troops from Syria.", ("RUS", "0874", "SYR", "asserted")),
], ids=["not-refrain", "accused-of", "began-withdrawing"])
def test_acts_not_avoided_stay(text, expected):
    assert expected in coded(text, "en")


@pytest.mark.parametrize("text", [
    "Turkey is unlikely to attack Greece.",
    "Turkey is likely to attack Greece.",
], ids=["unlikely", "likely"])
def test_what_one_is_likely_to_do_is_a_forecast(text):
    assert events(text, "en") == []


@pytest.mark.parametrize("text", [
    "Germany wants to avoid a war between Russia and Ukraine.",
    "Any attack on Taiwan by China would trigger a war.",
], ids=["avoid-a-war", "any-attack"])
def test_an_avoided_war_and_any_attack_are_no_act(text):
    assert events(text, "en") == []
