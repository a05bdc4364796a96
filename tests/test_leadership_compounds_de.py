""""Führung" at the end of a German compound is a leadership when its first part names an actor
("Palästinenserführung", "Armeeführung", like "Rebellenführer"), and no actor when it does not
("Kriegsführung" is warfare, "Einführung" an introduction)."""
from __future__ import annotations

import pytest

from tests.coded_events import coded


@pytest.mark.parametrize("text, expected", [
    ("Die Palästinenserführung kritisierte Israel scharf.", ("PSE", "111", "ISR")),
    ("Die Armeeführung Myanmars warf den Rebellen Angriffe vor.", ("MMR", "112", "MMR")),
], ids=["Palästinenserführung", "Armeeführung"])
def test_a_leadership_of_an_actor_is_that_actor(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in [e[:3] for e in coded(text, "de")]


@pytest.mark.parametrize("text", [
    "Die Kriegsführung wurde von Menschenrechtlern kritisiert.",
    "Die Einführung der Zölle verärgerte viele Händler.",
], ids=["Kriegsführung", "Einführung"])
def test_other_compounds_of_fuehrung_are_no_actors(text: str) -> None:
    assert coded(text, "de") == []
