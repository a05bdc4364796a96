"""Protection (CAMEO 074) is given to another party: a state's officials or forces protecting
their own state or people govern or serve it, no act between two actors; troops protecting another
country's town or peacekeepers protecting refugees stay (sentences written for these tests)."""
from __future__ import annotations

import pytest

from tests.coded_events import events


@pytest.mark.parametrize("text", [
    "\"We must take this measure to protect the population,\" the German health minister said.",
    "The marines have reliably protected Russia for 300 years, Putin said.",
    "The Spanish police protected the Spanish border from smugglers.",
], ids=["protect-the-population", "protected-Russia", "police-protected-border"])
def test_protecting_ones_own_state_is_no_event(text: str) -> None:
    assert [e for e in events(text, "en") if e[1] == "AID"] == [], events(text, "en")


@pytest.mark.parametrize("text, expected", [
    ("French troops protected the Malian town from the rebels.", ("FRA", "AID", "MLI")),
    ("UN peacekeepers protected refugees in South Sudan.", ("IGO:UN", "AID", "SSD")),
], ids=["troops-protected-Malian-town", "peacekeepers-protected-refugees"])
def test_protecting_another_party_stays(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in events(text, "en")
