"""An attack "against rebels in Syria" is aimed at the rebels there, who take the place's country,
not at the state itself, whose unnamed troops may then be the attackers (coding.coder.Coder._target;
sentences written here)."""
from __future__ import annotations

import pytest

from tests.coded_events import coded


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "Government troops launched an offensive against rebels in Darfur.", ("SDN", "19", "SDN")),
    ("en", "Government troops launched an offensive against rebels in Syria.", ("SYR", "19", "SYR")),
    ("de", "Regierungstruppen starteten eine Offensive gegen Rebellen in Syrien.", ("SYR", "190", "SYR")),
])
def test_government_troops_against_rebels_in_a_state(lang, text, expected):
    assert expected in [event[:3] for event in coded(text, lang)]


def test_a_foreign_attacker_keeps_its_own_country():
    # (air strikes launched are 195 since art35a; 19 before)
    assert ("RUS", "195", "SYR") in [e[:3] for e in coded("Russia launched air strikes against militants in Syria.", "en")]
