"""A reaction told from the side of who suffers it ("The move drew condemnation from the EU",
"The decision came under fire from Berlin", "faced criticism from") aims at who did the act its
subject refers back to, as "The EU condemned the move" does (Coder._act_antecedent with the
subject role; "came under fire" of no armed subject as criticism, frames-light.yaml; sentences
written for these tests)."""
from __future__ import annotations

import pytest

from tests.coded_events import coded


@pytest.mark.parametrize("text, expected", [
    ("Russia expelled two British diplomats. The move drew condemnation from the European Union.",
     ("IGO:EU", "111", "RUS")),
    ("Poland expelled a Russian diplomat. The decision came under fire from Moscow.", ("RUS", "111", "POL")),
    ("China imposed new tariffs on Australian wine. The measure faced criticism from Japan.", ("JPN", "111", "CHN")),
])
def test_a_reaction_suffered_by_an_act_referred_back_to(text, expected):
    assert expected in [e[:3] for e in coded(text, "en")]


def test_forces_under_fire_are_still_attacked():
    assert [e[1] for e in coded("Malian troops came under fire from jihadists near Gao.", "en")] == ["19"]
