"""What a German sentence says is waited for or striven for is not done: a clause opened by "bis",
"sobald", "bevor", "ehe" after (or before) a clause that is not past (lexicon goal_openers), and the
dass-clause or "dafür ... zu" of a verb of striving (striving_verbs, striving_correlates)."""
from __future__ import annotations

import pytest

from tests.coded_events import coded


@pytest.mark.parametrize("text", [
    # each coded the awaited or striven-for act as done before
    "Sobald Russland seine Truppen aus der Ukraine abzieht, hebt die EU die Sanktionen auf.",
    "Die EU setzt sich dafür ein, dass Russland seine Truppen aus der Ukraine abzieht.",
    "Die Opposition kämpft dafür, dass die Regierung die politischen Gefangenen in Caracas freilässt.",
    "Merkel setzte sich dafür ein, die Sanktionen gegen Russland zu verlängern.",
], ids=["sobald", "einsetzen-dass", "kämpfen-dass", "einsetzen-zu"])
def test_an_awaited_or_striven_for_act_is_no_act(text: str) -> None:
    assert coded(text, "de") == []


@pytest.mark.parametrize("text, event", [
    ("Sobald die Polizei in Kiew eintraf, griffen die Demonstranten die Beamten an.", ("UKR", "145", "UKR", "asserted")),
    ("Die Kurden kämpfen gegen den IS in Syrien.", ("SYR", "190", "SYR", "asserted")),
    ("Die ukrainische Regierung rief den Notstand aus, bevor die Polizei zehn Demonstranten festnahm.",
     ("UKR", "173", "UKR", "asserted")),
], ids=["sobald-past", "kämpfen-gegen", "bevor-past"])
def test_acts_done_stay(text: str, event: tuple[str, str, str, str]) -> None:
    assert event in coded(text, "de")
