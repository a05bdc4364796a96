"""A fight's target is an actor its phrase names by its head ("kämpfte gegen die Rebellen"), not
the owner of a thing it names; nor the actor of a phrase of the same preposition right after such
a thing, which is that thing's attribute ("Die Grünen kämpften gegen Sanktionen gegen Russland" was
a Russian attack on Russia)."""
from __future__ import annotations

import pytest

from tests.coded_events import coded


def test_a_phrase_after_a_things_phrase_is_its_attribute() -> None:
    assert not [e for e in coded("Die Grünen kämpften gegen Sanktionen gegen Russland.", "de") if e[1].startswith("19")]


@pytest.mark.parametrize("text, expected", [
    ("Die syrische Armee kämpfte gegen die Rebellen.", ("SYR", "190", "SYR")),
    ("Kurdische Milizen kämpften in Syrien gegen den IS und gegen die Türkei.", ("SYR", "190", "SYR+TUR")),
], ids=["actor", "two-actors"])
def test_phrases_that_name_actors_stay_targets(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in [e[:3] for e in coded(text, "de")]
