"""German counterpart of tests/test_mobilising.py: mobilisieren (CAMEO 15) is done by those who
command forces or police (when_subject GOV, MIL, REB, COP; a state by its bare name is its
government). A party, a union, students or the opposition that mobilise their voters, members or
supporters campaign; they do not arm, and announcing it is no promise to cooperate either."""
from __future__ import annotations

import pytest

from tests.coded_events import coded


@pytest.mark.parametrize("text", [
    "Die AfD kündigte an, ihre Anhänger gegen die Regierung zu mobilisieren.",
    "Die Opposition mobilisierte Tausende Anhänger gegen die Regierung.",
    "Die SPD mobilisierte ihre Wähler im Ruhrgebiet.",
    "Französische Gewerkschaften mobilisierten Beschäftigte gegen die Rentenreform.",
], ids=["announce-party", "opposition", "party", "unions"])
def test_a_campaign_is_no_mobilisation(text: str) -> None:
    found = coded(text, "de")
    assert not [e for e in found if e[1].startswith("15") or e[1] == "03"], found


@pytest.mark.parametrize("text, event", [
    ("Russland mobilisierte am Mittwoch 300.000 Reservisten.", ("RUS", "15", "")),
    ("Armenien mobilisierte am Sonntag gegen Aserbaidschan.", ("ARM", "15", "AZE")),
    ("Die Hamas mobilisierte ihre Kämpfer gegen Israel.", ("PSE", "15", "ISR")),
    ("Die französische Polizei mobilisierte in Paris Tausende Beamte.", ("FRA", "15", "")),
    ("Die kenianische Armee mobilisierte entlang der Grenze zu Somalia.", ("KEN", "15", "")),
], ids=["state", "state-against", "armed-group", "police", "army"])
def test_forces_are_mobilised(text: str, event: tuple[str, str, str]) -> None:
    assert event in [e[:3] for e in coded(text, "de")]
