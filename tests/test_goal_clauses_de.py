"""A German bis-clause after a clause that is not past tells a point not reached yet, no act
(lexicon goal_openers); after a past one it was reached."""
from __future__ import annotations

import pytest

from tests.coded_events import coded


@pytest.mark.parametrize("text", [
    # each coded the return or the withdrawal as made before
    "Die Sanktionen gegen Russland bleiben in Kraft, bis Moskau die Krim an die Ukraine zurückgibt.",
    "Die Sanktionen bleiben in Kraft, bis Russland seine Truppen aus der Ukraine abzieht.",
], ids=["zurückgeben", "abziehen"])
def test_a_point_not_reached_is_no_act(text: str) -> None:
    assert coded(text, "de") == []


@pytest.mark.parametrize("text, event", [
    ("Die Demonstranten blockierten die Straße, bis die Polizei in Kiew sie festnahm.", ("UKR", "144", "UKR", "asserted")),
    ("Die USA kämpfen weiter gegen den IS in Syrien, bis die Miliz besiegt ist.", ("USA", "190", "SYR", "asserted")),
], ids=["past-blockade", "main-act"])
def test_acts_beside_a_goal_stay(text: str, event: tuple[str, str, str, str]) -> None:
    assert event in coded(text, "de")
