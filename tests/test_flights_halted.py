"""Flights from or to a country that a state halts or suspends are relations cut back (16):
en frames-me29.yaml ("halt"), de frames.yaml ("aussetzen", "einstellen"); sentences written here."""
from __future__ import annotations

import pytest

from tests.coded_events import events


@pytest.mark.parametrize("lang, sentence, expected", [
    ("en", "India and Saudi Arabia also halted flights from Britain.", ("IND+SAU", "SANCTION", "GBR")),
    ("de", "China setzte alle Flüge aus Großbritannien aus.", ("CHN", "SANCTION", "GBR")),
    ("de", "Indien stellte den Flugverkehr nach Großbritannien ein.", ("IND", "SANCTION", "GBR")),
])
def test_flights_halted_by_a_state(lang, sentence, expected):
    assert expected in events(sentence, lang)
