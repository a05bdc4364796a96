"""The lead's changes of the nineteenth session (sentences written for these tests).

- An act of force named by a noun in a phrase of what came before ("after", "nach") a clause
  that tells no act is not the act of that clause's subject unless it bears arms
  (``Coder._crowd_act_aside``): "After the attacks in Berlin, the government tightened the gun
  laws" was DEU/GOV 190 DEU/GOV (the government attacking itself); troops moving on after
  attacks may still be the attackers.
- A trial of someone is an accusation of him (112, frames-s19b.yaml), an impeachment trial too:
  "The Senate voted on the impeachment trial of Donald Trump" (test_art39d kept that sentence as
  one of no act while "impeachment" before "trial" was all it could code; it now guards the
  compound before a noun of no act).
"""

from __future__ import annotations

import pytest

from tests.coded_events import triples as _events


@pytest.mark.parametrize("text, lang", [
    ("Following the bomb attacks in Madrid, the government changed the rules for hunters.", "en"),
    ("After the attacks in Berlin, the government tightened the gun laws.", "en"),
])
def test_force_before_an_act_of_no_force_is_not_the_subjects(text, lang):
    assert [e for e in _events(text, lang) if e[1].startswith(("18", "19", "20"))] == []


def test_force_before_a_move_of_troops_stays_theirs():
    assert ("RUS", "190", "UKR") in _events("After the attacks on Kharkiv, Russian troops moved east.", "en")


def test_an_impeachment_trial_tries_its_defendant():
    assert ("USA", "112", "USA") in _events("The Senate voted on the impeachment trial of Donald Trump.", "en")
