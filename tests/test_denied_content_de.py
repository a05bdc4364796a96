"""What a German sentence denies is no act it tells: the dass-clause of a negated verb of meaning
("Das heißt nicht, dass ...") or of a negated "sein" with its correlate "so" ("Es ist nicht so,
dass ..."); lexicon denying_verbs, denying_correlates."""
from __future__ import annotations

import pytest

from tests.coded_events import coded as coded_in


def coded(text: str) -> list[tuple[str, str, str, str]]:
    return coded_in(text, "de")


@pytest.mark.parametrize("text", [
    # each was coded as an act before (the third as a rejection of talks)
    "Es ist nicht so, dass Russland die Ukraine angegriffen hat.",
    "Es sei keineswegs so, dass Deutschland alle Flüchtlinge aus Syrien aufnehme, sagte der Minister.",
    "Es ist ja nicht so, dass wir nicht mit Moskau verhandeln wollen, sagte Merkel.",
    "Das heißt nicht, dass Russland die Ukraine angreifen wird.",
    "Das bedeutet nicht, dass die EU Sanktionen gegen die Türkei verhängt.",
], ids=["nicht-so", "keineswegs-so", "double-negation", "heißt-nicht", "bedeutet-nicht"])
def test_what_is_denied_is_no_act(text: str) -> None:
    assert coded(text) == []


@pytest.mark.parametrize("text, event", [
    ("Es ist so, dass Russland die Ukraine angegriffen hat.", ("RUS", "190", "UKR", "asserted")),
    ("Es ist nicht überraschend, dass Russland die Ukraine angegriffen hat.", ("RUS", "190", "UKR", "asserted")),
    ("Das heißt, dass Russland die Ukraine angegriffen hat.", ("RUS", "190", "UKR", "reported")),
], ids=["so-not-negated", "nicht-überraschend", "heißt-not-negated"])
def test_what_is_not_denied_stays(text: str, event: tuple[str, str, str, str]) -> None:
    assert event in coded(text)
