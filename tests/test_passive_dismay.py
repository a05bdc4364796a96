"""Dismay shown in the passive or by a participle: "Tokyo was angered by Seoul's decision" is
Tokyo's disapproval of Seoul, as the active "Seoul's decision angered Tokyo" (coder
_passive_experiencer); "zeigte sich von der Entscheidung enttäuscht", with the participle at the
end of a clause with no auxiliary, as "zeigte sich enttäuscht über" (German manner_verbs;
sentences written for these tests)."""
from __future__ import annotations

import pytest

from tests.coded_events import coded


@pytest.mark.parametrize("text, expected", [
    ("Tokyo was angered by Seoul's decision.", ("JPN", "111", "KOR")),
    ("The Indian government was outraged by the remarks of Pakistan's foreign minister.", ("IND", "111", "PAK")),
    ("Canada said it was disappointed by China's decision.", ("CAN", "110", "CHN")),
])
def test_passive_dismay_en(text, expected):
    assert [e[:3] for e in coded(text, "en")] == [expected]


@pytest.mark.parametrize("text, expected", [
    ("Die Bundesregierung zeigte sich von der Entscheidung Ungarns enttäuscht.", ("DEU", "11", "HUN")),
    ("Paris zeigte sich über das Vorgehen Algeriens verärgert.", ("FRA", "11", "DZA")),
])
def test_participle_of_dismay_de(text, expected):
    assert [e[:3] for e in coded(text, "de")] == [expected]


def test_the_active_and_other_passives_keep_their_roles():
    assert [e[:3] for e in coded("Russia's decision angered Germany.", "en")] == [("DEU", "111", "RUS")]
    assert [e[:3] for e in coded("Two Russian diplomats were expelled by Poland.", "en")] == [("POL", "166", "RUS")]
