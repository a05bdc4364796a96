"""Force by no one named aimed at a town ("Rockets were fired at Kharkiv", "Raketen wurden auf
Charkiw abgefeuert") attacks the people of that town's country, as force whose doer is named does
(Coder._attacked_towns with aimed_only; words aim_prepositions; sentences written for these tests)."""
from __future__ import annotations

import pytest

from tests.coded_events import events


@pytest.mark.parametrize("lang, text, target", [
    ("en", "Two rockets were fired at Ashkelon on Monday.", "ISR"),
    ("en", "Missiles were launched at Kharkiv.", "UKR"),
    ("de", "Mehrere Granaten wurden auf Donezk abgefeuert.", "UKR"),
    ("de", "Aus dem Gazastreifen wurden zwei Raketen auf die Stadt Sderot abgefeuert.", "ISR"),
])
def test_force_aimed_at_a_town_by_no_one_named(lang, text, target):
    assert [t for _, kind, t in events(text, lang) if kind == "ASSAULT"] == [target]


@pytest.mark.parametrize("lang, text", [
    # a town where something happened is no target of the passive's act
    ("en", "Two men were arrested in Kharkiv on Monday."),
    ("de", "In Donezk wurde am Montag ein Denkmal eingeweiht."),
])
def test_a_town_where_no_force_is_aimed_is_no_target(lang, text):
    assert not [e for e in events(text, lang) if e[1] == "ASSAULT"]
