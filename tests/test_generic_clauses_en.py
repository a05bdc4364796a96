"""English counterpart of tests/test_generic_clauses_de.py ("Wer flieht, riskiert Haftstrafen für
seine Familie"): a clause whose subject is whoever does something ("Whoever criticises Erdogan is
prosecuted", "Anyone who insults the king is jailed", lexicon generic_pronouns) states a general
rule: no act reported, unless told in the past (sentences written for these tests)."""
from __future__ import annotations

import pytest

from tests.coded_events import coded


@pytest.mark.parametrize("text", [
    "Whoever criticises Erdogan is prosecuted by Turkish courts.",
    "Anyone who insults the king is jailed by Thai courts.",
], ids=["whoever", "anyone-who"])
def test_a_general_rule_is_no_act(text: str) -> None:
    assert coded(text, "en") == []


@pytest.mark.parametrize("text, expected", [
    ("Those who stormed the parliament were arrested by police in Tbilisi.", ("GEO", "173", "GEO")),
    ("Anyone who attacked the police was arrested by Russian police.", ("RUS", "173", "RUS")),
    ("Those who insult the king are jailed by Thai courts.", ("THA", "173", "THA")),
], ids=["those-who-past", "anyone-who-past", "those-who-particular"])
def test_told_in_the_past_the_act_stays(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in [e[:3] for e in coded(text, "en")]
