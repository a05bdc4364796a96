"""Two German repairs (sentences written for these tests).

- The past tense of a weak verb after an opening phrase with a genitive ("Nach Angaben des
  Ministeriums bombardierten russische Kampfjets ein Krankenhaus") is the finite verb: the
  repair of such preterites stopped at the genitive's article, and the clause had no verb.
- A ship seized by a state is no person of that state: "Der Iran hat den Tanker festgesetzt"
  coded IRN 173 IRN (the one phrase of the arrest named no actor, so it was taken for people of
  the state that arrested them); now no arrest. People arrested keep their state."""
from __future__ import annotations

import pytest

from tests.coded_events import coded


def _triples(text: str) -> set[tuple[str, str, str]]:
    return {event[:3] for event in coded(text, "de")}


@pytest.mark.parametrize("text, expected", [
    ("Nach Angaben des Ministeriums bombardierten russische Kampfjets ein Krankenhaus in Idlib.", ("RUS", "195", "SYR")),
    ("Nach Berichten der staatlichen Medien verhafteten Polizisten in Kairo drei Blogger.", ("EGY", "173", "EGY")),
])
def test_preterite_after_a_phrase_with_a_genitive_is_the_verb(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _triples(text)


def test_participle_in_the_phrase_stays_an_attribute() -> None:
    assert _triples("Nach dem Tod des entführten Journalisten sind die Gespräche abgebrochen worden.") == set()


@pytest.mark.parametrize("text", [
    "Der Iran hat den Tanker festgesetzt.",
    "Die Küstenwache setzte am Freitag ein Schiff im Hafen fest.",
])
def test_a_seized_ship_is_no_arrest_of_the_state_s_people(text: str) -> None:
    assert not any(cameo.startswith("173") and source == target for source, cameo, target in _triples(text))


def test_arrested_people_keep_their_state() -> None:
    assert ("TUR", "173", "TUR") in _triples("Die türkische Polizei nahm zwei Journalisten fest.")
