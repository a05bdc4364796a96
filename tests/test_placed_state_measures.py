"""A reaction to a state's law or policy placed in a state ("criticised the judicial reform in
Poland", "kritisierte die Wahlrechtsreform in Ungarn") is aimed at that state (packs'
state_measures, matched as word ends for German compounds; coding.coder.Coder._placed_act;
sentences written here)."""
from __future__ import annotations

import pytest

from tests.coded_events import coded


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "The EU criticised the judicial reform in Poland.", ("IGO:EU", "111", "POL")),
    ("en", "Washington praised the reforms in Ukraine.", ("USA", "051", "UKR")),
    ("de", "Die EU verurteilte die Justizreform in Polen.", ("IGO:EU", "111", "POL")),
    ("de", "Die EU kritisierte die Wahlrechtsreform in Ungarn.", ("IGO:EU", "111", "HUN")),
])
def test_reaction_to_a_placed_measure(lang, text, expected):
    assert expected in [event[:3] for event in coded(text, lang)]


@pytest.mark.parametrize("lang, text", [
    ("de", "Die EU kritisierte das neue Gesetz."),
    ("en", "Poland defended the judicial reform in Poland."),
])
def test_no_target_without_another_state(lang, text):
    assert coded(text, lang) == []
