"""An event noun in the phrase by which a verb of saying tells what its subject calls something,
naming no doer of its own, is the speaker's word, no act the sentence reports ("Puigdemont sprach
von einem Angriff auf die Institutionen Kataloniens" was a Spanish assault on Spain; "spoke of a
massacre"); with a doer named it is a report of that doer's act. Sentences written for these tests;
each coded otherwise on 40797d0."""
from __future__ import annotations

import pytest

from tests.coded_events import coded


@pytest.mark.parametrize("text, lang", [
    ("Puigdemont sprach von einem Angriff auf die Institutionen Kataloniens.", "de"),
    ("Der Oppositionsführer redete von einem Massaker an Demonstranten in Caracas.", "de"),
    ("Puigdemont spoke of an attack on Catalonia's institutions.", "en"),
    ("The opposition spoke of a massacre of protesters in Caracas.", "en"),
])
def test_word_of_the_speaker_is_no_act(text: str, lang: str) -> None:
    assert coded(text, lang) == []


def test_act_with_its_doer_named_is_reported() -> None:
    events = coded("Die Armee sprach von einem Angriff der Rebellen auf die Soldaten.", "de")
    assert [e[1] for e in events] == ["190"]
