"""Governments an appeal names as foreign or as several states ("Western governments", "the Gulf
countries") are not the appealing side's own government (coder._target and _complement keep
those abroad); sentences written for these tests."""
from __future__ import annotations

import pytest

from tests.coded_events import coded


@pytest.mark.parametrize("lang, text", [
    ("en", "U.S. Secretary of State Rex Tillerson urged the Gulf countries to remain united."),
    ("en", "Tillerson urged Western governments to act against the smugglers."),
    ("de", "Die USA forderten westliche Regierungen auf, gegen die Schlepper vorzugehen."),
])
def test_foreign_governments_addressed_are_not_the_source_s(lang, text):
    assert not [e for e in coded(text, lang) if e[0] == e[2] == "USA"]


def test_an_opposition_s_unnamed_government_stays_its_own():
    assert ("DEU", "10", "DEU", "asserted") in coded(
        "Die deutsche Opposition forderte die Regierung auf, die Waffenlieferungen an Israel zu stoppen.", "de")
