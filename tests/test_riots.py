"""A crowd of protesters that attacks, beats or fights police, officials or journalists riots
(CAMEO 145, PLOVER PROTEST with the mode riot), it does not assault; a crowd that kills, one
person's attack, the police's attack on protesters and acts on no one stay what they were."""
from __future__ import annotations

import pytest

from coded_events import coded

RIOTS = [
    ("Protesters attacked riot police in Santiago.", "en", ("CHL", "145", "CHL")),
    ("Hundreds of demonstrators beat two police officers outside the parliament in Tbilisi.", "en", ("GEO", "145", "GEO")),
    ("Several journalists were assaulted by protesters in Minsk.", "en", ("BLR", "145", "BLR")),
    ("Demonstranten griffen in Caracas die Polizei an.", "de", ("VEN", "145", "VEN")),
    ("In Tiflis verletzten Regierungsgegner zwölf Polizisten.", "de", ("GEO", "145", "GEO")),
]


@pytest.mark.parametrize("text,lang,expected", RIOTS)
def test_riot(text, lang, expected):
    assert expected in [event[:3] for event in coded(text, lang)]


NOT_RIOTS = [
    ("Protesters killed a police officer in Santiago.", "en", "18"),
    ("Police attacked the protesters in Santiago.", "en", "190"),
    ("Demonstranten töteten in Santiago einen Polizisten.", "de", "18"),
    ("Die Polizei griff in Santiago die Demonstranten an.", "de", "190"),
    ("Ein Randalierer griff in Caracas einen Polizisten an.", "de", "190"),
]


@pytest.mark.parametrize("text,lang,code", NOT_RIOTS)
def test_no_riot(text, lang, code):
    codes = [event[1] for event in coded(text, lang)]
    assert code in codes and "145" not in codes


@pytest.mark.parametrize("text,lang", [
    ("The protesters beat drums in Santiago.", "en"),
    ("A man attacked a police officer in Santiago.", "en"),
])
def test_nothing_riotous(text, lang):
    assert "145" not in [event[1] for event in coded(text, lang)]
