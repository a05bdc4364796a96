"""Resigning "in protest" is a protest (an official's: a complaint, 114); resigning "after
protests" is not one (the frame read
any phrase holding the noun "protest", so "The prime minister resigned after mass protests"
was coded as the prime minister's complaint)."""
from __future__ import annotations

from tests.coded_events import coded


def test_resigning_in_protest_is_a_complaint() -> None:
    assert [e[1] for e in coded("The Georgian deputy foreign minister resigned in protest over the law.", "en")] == ["114"]


def test_resigning_after_protests_is_no_protest_of_the_one_resigning() -> None:
    assert not [e for e in coded("The Serbian prime minister resigned after mass protests.", "en")
                if e[1].startswith("1") and e[0] == "SRB" and e[1] in ("14", "114")]
