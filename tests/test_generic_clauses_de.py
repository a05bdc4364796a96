"""A clause of whoever does something, before the clause it is the subject of ("Wer flieht,
riskiert Haftstrafen für seine Familie", "Wer die Grenze überquert, wird erschossen"), states a
general rule: neither it nor what the rule says follows (unless told in the past) is an act done
(lexicon generic_openers). A "wer" clause after its main clause changes nothing there."""
from __future__ import annotations

import pytest

from tests.coded_events import coded


@pytest.mark.parametrize("text", [
    "Wer den Auslandsaufenthalt zur Flucht nutzt, riskiert Haftstrafen für die zurückgebliebenen Familienmitglieder.",
    "Wer in Nordkorea die Grenze nach China überquert, wird von Soldaten erschossen.",
], ids=["riskiert-Haftstrafen", "wird-erschossen"])
def test_a_rule_for_whoever_is_no_act(text: str) -> None:
    assert coded(text, "de") == []


def test_a_clause_of_whoever_after_the_main_clause_leaves_it() -> None:
    assert ("RUS", "190", "UKR", "asserted") in coded("Russland hat die Ukraine angegriffen, wer das leugnet, lügt.", "de")
