"""A meeting's venue ("the talks in Havana", "die Gespräche in Genf") is where parties met, often
a third state's town: actors of no country in that sentence or the next do not take the venue's
state (coding.coder.Coder._venues; sentences written here)."""
from __future__ import annotations

import pytest

from tests.coded_events import coded

CASES = [
    ("en", "BOGOTA - The Colombian government and the ELN rebels agreed on a ceasefire. President Gustavo Petro "
           "praised the deal. Mediators from Cuba and Norway had accompanied the talks in Havana for months. "
           "The opposition accused Petro of making too many concessions to the rebels.", ("COL", "112", "COL")),
    ("de", "Bogotá – Die kolumbianische Regierung und die ELN-Guerilla haben sich auf eine Waffenruhe geeinigt. "
           "Präsident Gustavo Petro lobte die Einigung. Vermittler aus Kuba und Norwegen hatten die Gespräche in "
           "Havanna monatelang begleitet. Die rechte Opposition warf Petro vor, den Rebellen zu viele Zugeständnisse "
           "zu machen.", ("COL", "112", "COL")),
]


@pytest.mark.parametrize("lang, text, expected", CASES)
def test_venue_of_talks_gives_no_country(lang, text, expected):
    assert expected in [event[:3] for event in coded(text, lang)]


def test_a_protest_place_still_gives_the_police_its_country():
    text = "In Caracas demonstrierten Tausende gegen die Regierung. Die Polizei nahm mehrere Demonstranten fest."
    assert ("VEN", "173", "VEN") in [event[:3] for event in coded(text, "de")]


def test_a_visit_is_held_in_the_visited_state():
    text = "Während des Besuchs des iranischen Präsidenten in Venezuela wurden mehrere Oppositionelle festgenommen."
    assert ("VEN", "173", "VEN") in [event[:3] for event in coded(text, "de")]
