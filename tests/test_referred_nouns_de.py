"""An event noun in the phrase of what a verb refers to, remembers or compares with ("erinnerte an
den deutschen Überfall auf Polen", "orientierten sich an den Pegida-Aufmärschen", "verglich die
Proteste mit dem Angriff Russlands") is a reference, not an act the text reports (lexicon
reference_verbs: verb and preposition). Acts told beside such a verb stay."""
from __future__ import annotations

import pytest

from tests.coded_events import coded


@pytest.mark.parametrize("text", [
    "Steinmeier erinnerte in Warschau an den deutschen Überfall auf Polen.",
    "Die Sprechchöre orientierten sich an den Pegida-Aufmärschen in Dresden.",
    "Der Präsident verglich die Proteste mit dem Angriff Russlands auf die Ukraine.",
], ids=["erinnerte-an-Ueberfall", "orientierten-an-Aufmaerschen", "verglich-mit-Angriff"])
def test_what_is_referred_to_is_no_act(text: str) -> None:
    assert coded(text, "de") == []


@pytest.mark.parametrize("text, expected", [
    ("Russland hat die Ukraine angegriffen, erinnerte der Minister.", ("RUS", "190", "UKR", "asserted")),
    ("Merkel traf Putin in Moskau und erinnerte an die Opfer des Krieges.", ("DEU", "040", "RUS", "asserted")),
], ids=["erinnerte-Sprecher", "traf-und-erinnerte"])
def test_acts_beside_a_reference_stay(text: str, expected: tuple) -> None:
    assert expected in coded(text, "de")
