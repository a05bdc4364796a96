"""Israel and the Palestinians in the news (sentences written for these tests, branch art32a).

- Where force is launched from: a state named by a phrase of the pack's launch_prepositions
  ("from Gaza", "aus dem Gazastreifen") is the country of attackers the text names without one
  ("Militants fired rockets at Israel from Gaza" were Israeli, the other party's) and of the
  unnamed ones of a passive ("Rockets were fired from Lebanon into northern Israel" had no
  source's country; "Two rockets were fired from Gaza at Sderot" coded nothing, as the town is
  taken as attacked once the attack has a state behind it).
- English: force fired or launched "towards" a place is aimed at it, as "at" ("Islamic Jihad
  fired rockets towards Israel" coded nothing); the parser hangs the phrase of where the force
  went on the place it came from ("fired rockets from the Gaza Strip towards Ashkelon"), and the
  clause builder puts it back on the verb (lexicon launch_preps, course_preps).
"""
from __future__ import annotations

import datetime as dt

import pytest

from tests.coded_events import coded

DATE = dt.date(2024, 6, 15)


def _triples(text: str, lang: str) -> list[tuple[str, str, str]]:
    return [e[:3] for e in coded(text, lang, DATE)]


@pytest.mark.parametrize("text, lang, expected", [
    ("Militants fired rockets at Israel from Gaza.", "en", [("PSE", "190", "ISR")]),
    ("Two rockets were fired from Gaza at Sderot.", "en", [("PSE", "190", "ISR")]),
    ("Rockets were fired from Lebanon into northern Israel.", "en", [("LBN", "190", "ISR")]),
    ("Militante feuerten Raketen aus dem Gazastreifen auf Israel ab.", "de", [("PSE", "195", "ISR")]),
    ("Aus dem Gazastreifen wurden Raketen auf Israel abgefeuert.", "de", [("PSE", "195", "ISR")]),
], ids=["militants-from-gaza", "passive-from-gaza-at-town", "passive-from-lebanon",
        "militante-aus-gaza", "passiv-aus-gaza"])
def test_attackers_come_from_where_the_force_was_launched(text, lang, expected):
    assert _triples(text, lang) == expected


@pytest.mark.parametrize("text, expected", [
    # a named attacker keeps its own country; a place it fires from is no one's
    ("Hamas fired rockets from Gaza into southern Israel.", [("PSE", "190", "ISR")]),
    ("Russia fired missiles from Belarus at Kyiv.", [("RUS", "195", "UKR")]),
], ids=["named-attacker", "named-state"])
def test_launch_place_leaves_named_attackers(text, expected):
    assert _triples(text, "en") == expected


@pytest.mark.parametrize("text, expected", [
    ("Islamic Jihad fired rockets towards Israel.", [("PSE", "190", "ISR")]),
    ("Hamas launched rockets toward Tel Aviv.", [("PSE", "190", "ISR")]),
    ("Militants fired rockets from the Gaza Strip towards Ashkelon.", [("PSE", "190", "ISR")]),
    ("Islamic Jihad fired more than 30 rockets from Gaza towards Sderot and Ashkelon on Tuesday evening.",
     [("PSE", "190", "ISR")]),
], ids=["towards-state", "toward-city", "from-strip-towards-town", "from-gaza-towards-towns"])
def test_force_fired_towards_a_place_is_aimed_at_it(text, expected):
    assert _triples(text, "en") == expected
