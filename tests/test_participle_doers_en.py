"""English counterpart of the German accusation nouns made by someone ("Die Ukraine wies die von
Russland erhobene Anschuldigung zurück", tests/test_parallel_2_de.py): the agent of a participle
after an event noun is the noun's doer, as a possessor is ("denied the accusation made by Russia"
is "denied Russia's accusation"); sentences written for these tests."""
from __future__ import annotations

import pytest

from tests.coded_events import coded


@pytest.mark.parametrize("text, expected", [
    ("Ukraine denied the accusation made by Russia.", ("RUS", "112", "UKR")),
    ("Ukraine rejected the accusations levelled by Moscow.", ("RUS", "112", "UKR")),
    ("Iran rejected the demands made by the United States.", ("IRN", "12", "USA")),
    ("The proposal submitted by France was rejected by Germany.", ("DEU", "12", "FRA")),
], ids=["made-by", "levelled-by", "demands-made-by", "passive-rejection"])
def test_the_participles_agent_is_the_doer(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in [e[:3] for e in coded(text, "en")]


@pytest.mark.parametrize("text, expected", [
    ("Ukraine denied Russia's accusation.", ("RUS", "112", "UKR")),
    ("Russia criticised the sanctions imposed by the EU.", ("RUS", "111", "IGO:EU")),
], ids=["possessor", "criticised-sanctions"])
def test_possessors_and_passive_clauses_stay(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in [e[:3] for e in coded(text, "en")]
