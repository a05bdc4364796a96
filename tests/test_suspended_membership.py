"""An organisation that suspends a state's membership reduces its relations with that state
(SANCTION): the state is the owner of the membership ("suspended Mali's membership", "setzte
die Mitgliedschaft Malis aus")."""
from __future__ import annotations

import pytest

from tests.coded_events import events


@pytest.mark.parametrize("text, lang, expected", [
    ("The African Union suspended Guinea's membership after the coup.", "en", ("IGO:AU", "SANCTION", "GIN")),
    ("Die Afrikanische Union setzte die Mitgliedschaft Guineas nach dem Putsch aus.", "de",
     ("IGO:AU", "SANCTION", "GIN")),
], ids=["suspended-membership", "Mitgliedschaft-ausgesetzt"])
def test_a_suspended_membership_is_a_sanction_of_its_state(text: str, lang: str, expected: tuple) -> None:
    assert events(text, lang) == [expected]


@pytest.mark.parametrize("text, lang", [
    ("The interior ministry suspended two police officers in Lagos.", "en"),
    ("Die Regierung setzte das Abkommen aus.", "de"),
], ids=["suspended-officers", "Abkommen-ausgesetzt"])
def test_a_suspension_without_a_state_named_is_no_sanction(text: str, lang: str) -> None:
    assert not [e for e in events(text, lang) if e[1] == "SANCTION"]
