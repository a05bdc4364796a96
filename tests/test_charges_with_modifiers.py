"""What a verb of charging charges its object with, when the deed has a lower-case modifier
(sentences written for these tests): the parser hangs "of electoral fraud", "of war crimes" on
the object, and the repair that gives such a phrase back to the verb took only bare nouns. The
object then read "the Central American country of electoral fraud", no description of a state
named before, and the deed did not reach the frames' conditions. A capitalised modifier keeps
the phrase on the object ("the leader of Kurdish militias")."""
from __future__ import annotations

import pytest

from chronist.lang.en import repairs
from chronist.lang.en.parse import load_nlp
from tests.coded_events import coded


@pytest.mark.parametrize("text, expected", [
    ("The United States imposed sanctions on Nicaragua. Washington accused the Central American country "
     "of electoral fraud.", ("USA", "1121", "NIC")),
    ("Kiev accused the Russian army of war crimes.", ("UKR", "1124", "RUS")),
    ("The Kremlin accused the Ukrainian government of human rights violations.", ("RUS", "1122", "UKR")),
])
def test_deed_with_a_modifier_belongs_to_the_verb(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in {event[:3] for event in coded(text, "en")}


def test_capitalised_modifier_keeps_the_phrase_on_the_object() -> None:
    doc = load_nlp()("Washington accused the leader of Kurdish militias.")
    repairs.charges_read_as_attributes(doc[:], frozenset({"accuse"}), frozenset({"of"}))
    assert next(t for t in doc if t.lower_ == "of").head.lower_ == "leader"
