"""A German event noun that an attribute calls only possible ("ein möglicher Angriff", "ein
potenzieller Angriff") is no act (lexicon possibility_attributes)."""
from __future__ import annotations

from tests.coded_events import coded


def test_a_possible_attack_is_no_act() -> None:
    # RUS 190 UKR asserted before
    assert coded("Ein möglicher Angriff Russlands auf die Ukraine beunruhigt die Nato.", "de") == []


def test_a_warning_of_a_potential_attack_is_no_attack() -> None:
    # RUS 190 POL asserted besides the warning before
    assert not any(e[1].startswith("19") for e in coded(
        "Die Nato warnte vor einem potenziellen Angriff Russlands auf Polen.", "de"))


def test_an_attack_with_no_such_attribute_stays() -> None:
    assert coded("Der Angriff Russlands auf die Ukraine beunruhigt die Nato.", "de") == [("RUS", "190", "UKR", "asserted")]


def test_a_threat_of_possible_sanctions_stays_a_threat() -> None:
    assert coded("Die EU droht Russland mit möglichen Sanktionen.", "de") == [("IGO:EU", "1312", "RUS", "asserted")]
