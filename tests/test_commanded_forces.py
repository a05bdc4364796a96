"""Unnamed forces or officials a head of state orders to act are his state's (Coder._commanded,
Words.command_verbs); sentences written here."""
from __future__ import annotations

import pytest

from tests.coded_events import events


@pytest.mark.parametrize("sentence, expected", [
    ("Putin ordered the army to attack Ukraine.", ("RUS", "ASSAULT", "UKR")),
    ("Turkey's president ordered the military to launch strikes on Kurdish positions in Syria.", ("TUR", "ASSAULT", "SYR")),
])
def test_forces_ordered_to_act_are_the_commanders(sentence, expected):
    assert expected in events(sentence, "en")


def test_a_named_force_keeps_its_state():
    got = events("Putin ordered the Wagner group to withdraw from Bakhmut.", "en")
    assert not any(e[0] == "RUS" and e[1] == "ASSAULT" for e in got)
