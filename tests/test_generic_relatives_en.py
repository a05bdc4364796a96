"""A relative clause in the simple present on a bare plural noun defines a kind of actors, not
acts done ("countries that impose tariffs on China will suffer"); with a determiner, a number,
a past tense, a clause of the past around it or in a headline the actors are particular ones
and their acts stay (sentences written for these tests)."""
from __future__ import annotations

import pytest

from tests.coded_events import events


@pytest.mark.parametrize("text, absent", [
    ("Countries that impose tariffs on China will suffer, the economist said.", "SANCTION"),
    ("Companies that sell weapons to Saudi Arabia should be fined.", "COOPERATE"),
    ("Opposition politicians who criticise Erdogan are often arrested.", "ACCUSE"),
], ids=["countries-impose", "companies-sell", "politicians-criticise"])
def test_a_kind_of_actors_defined_by_an_act_does_no_act(text, absent):
    found = events(text, "en")
    assert not any(e[1] == absent for e in found), found


@pytest.mark.parametrize("text, expected", [
    ("Militants who hold 20 hostages demanded a ransom.", ("UNK", "ASSAULT", "UNK")),
    ("Activists who criticised the president were arrested on Monday.", ("UNK", "ACCUSE", "UNK")),
    ("Police arrest activists who attack embassy", ("UNK", "ASSAULT", "UNK")),
    ("The Iranian officials who met the French minister said nothing.", ("IRN", "CONSULT", "FRA")),
], ids=["past-clause-around", "past-relative", "headline", "determiner"])
def test_particular_actors_keep_their_acts(text, expected):
    found = events(text, "en")
    assert expected in found, found
