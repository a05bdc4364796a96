"""A person's whole name and then a state's name are two actors, not one name: after the verb
German puts the subject and the dative side by side ("warf Olaf Scholz Russland Erpressung
vor"), and read as one name the accusation had no target. A name that goes on ("Israel Katz")
stays one."""
from __future__ import annotations

import pytest

from tests.coded_events import coded


@pytest.mark.parametrize("text, expected", [
    ("Nach einem Treffen in Paris warf Olaf Scholz Russland Erpressung vor.", ("DEU", "112", "RUS")),
    ("Am Montag warf Scholz Russland Erpressung vor.", ("DEU", "112", "RUS")),
    ("Am Dienstag kritisierte Emmanuel Macron Algerien scharf.", ("FRA", "111", "DZA")),
], ids=["full-name", "surname", "kritisierte"])
def test_a_person_then_a_state_are_two_actors(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in [e[:3] for e in coded(text, "de")]


def test_a_name_that_goes_on_stays_one() -> None:
    # "Israel Katz" is a person, whatever names a state first
    assert ("DEU", "040", "ISR") in [e[:3] for e in coded("Gestern traf Angela Merkel Israel Katz in Berlin.", "de")]
