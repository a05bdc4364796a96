"""A capital's adjective before a noun names that state's agents also where HanTa does not
know the -er form and reads it as a noun (``tag._place_adjectives``): "die Kiewer Regierung",
"die Bagdader Führung" (sentences written for this test)."""
from __future__ import annotations

import pytest

from tests.coded_events import events


@pytest.mark.parametrize("text, expected", [
    ("Die Kiewer Regierung hat Moskau am Montag scharf kritisiert.", ("UKR", "ACCUSE", "RUS")),
    ("Die Kiewer Führung lehnte das Angebot des Kreml ab.", ("UKR", "REJECT", "RUS")),
    ("Die Bagdader Regierung verurteilte den Angriff der Türkei.", ("IRQ", "ACCUSE", "TUR")),
    ("Das Kiewer Außenministerium bestellte den ungarischen Botschafter ein.", ("UKR", "ACCUSE", "HUN")),
])
def test_capital_adjective_names_the_state(text, expected):
    assert expected in events(text, "de")


@pytest.mark.parametrize("text", [
    "Die Kiewer Bürger feierten am Sonntag den Jahrestag der Unabhängigkeit.",
    "Der Kiewer sprach am Montag mit Journalisten.",
])
def test_no_state_where_none_acts(text):
    assert events(text, "de") == []
