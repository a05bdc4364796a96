"""Criticism of killings or violence placed in a state, told with no doer ("The US criticised the
killings in Myanmar", "Die EU verurteilte die Gewalt im Sudan"), is aimed at that state, as
criticism of a crackdown or a coup placed so already was (pack words ``domestic_acts``); and
German "im" and "beim" are town prepositions as "in" and "bei" are ("verurteilte das harte
Vorgehen im Iran": before, no target)."""
from __future__ import annotations

import pytest

from coded_events import coded


@pytest.mark.parametrize("lang, text, expected", [
    ("de", "Die EU verurteilte das harte Vorgehen im Iran.", ("IGO:EU", "111", "IRN")),
    ("de", "Die USA kritisierten die Tötungen in Myanmar.", ("USA", "111", "MMR")),
    ("de", "Die EU verurteilte die Gewalt im Sudan.", ("IGO:EU", "111", "SDN")),
    ("en", "The US criticised the killings in Myanmar.", ("USA", "111", "MMR")),
    ("en", "The EU condemned the violence in Sudan.", ("IGO:EU", "111", "SDN")),
])
def test_criticism_of_acts_placed_in_a_state(lang, text, expected):
    assert [e[:3] for e in coded(text, lang)] == [expected]
