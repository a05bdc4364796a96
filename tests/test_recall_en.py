"""What reading unseen English news showed the coder missing (sentences written for these tests,
each coded wrongly or not at all before): protesters who clash with the police riot; someone
held "in custody" is detained also where the parser hangs the phrase on the object."""
from __future__ import annotations

import pytest

from tests.coded_events import coded, events


@pytest.mark.parametrize("text, expected", [
    ("Anti-government protesters clashed with riot police in Nairobi on Tuesday.", ("KEN", "PROTEST", "KEN")),
    ("Opposition supporters clashed with security forces in Kinshasa.", ("COD", "PROTEST", "COD")),
    ("Clashes between demonstrators and security forces erupted in Baghdad on Friday.",
     ("IRQ+IRQ", "PROTEST", "IRQ+IRQ")),
    ("Protesters in Lima ran into clashes with police on Saturday.", ("PER", "PROTEST", "PER")),
], ids=["protesters-clashed", "supporters-clashed", "clashes-between", "ran-into-clashes"])
def test_protesters_who_clash_with_the_police_riot(text, expected):
    assert events(text, "en") == [expected]


@pytest.mark.parametrize("text", [
    "Rebels clashed with government troops in eastern Congo.",
    "Indian troops clashed with Chinese soldiers in Ladakh.",
], ids=["rebels", "troops"])
def test_armed_sides_that_clash_still_fight(text):
    assert [e[1] for e in events(text, "en")] == ["ASSAULT"]


@pytest.mark.parametrize("text, expected", [
    ("Police in Lagos have two suspects in custody after the attack.", ("NGA", "173", "NGA", "asserted")),
    ("Iranian authorities have kept the French researcher in detention since June.",
     ("IRN", "173", "FRA", "asserted")),
    ("The Ethiopian government kept the opposition leader in prison for two years.",
     ("ETH", "173", "ETH", "asserted")),
    ("Polish police took in 20 protesters for questioning.", ("POL", "173", "POL", "asserted")),
], ids=["have-in-custody", "kept-in-detention", "kept-in-prison", "took-in-for-questioning"])
def test_holding_someone_in_custody_is_a_detention(text, expected):
    assert coded(text, "en") == [expected]
