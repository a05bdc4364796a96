"""German verbs done again: "öffnete den Grenzübergang wieder" gives the lemma "wiederöffnen"
(the adverb read as the verb's particle), which takes the frames of "öffnen" where it has none
of its own (frames.yaml: again). Sentences written for these tests."""
from __future__ import annotations

import pytest

from chronist.coding.frames import frame_book
from tests.coded_events import events


@pytest.mark.parametrize("text, expected", [
    ("Amman – Jordanien öffnete am Montag den Grenzübergang zu Syrien wieder.", ("JOR", "CONCEDE", "SYR")),
    ("Damaskus – Die syrische Armee eroberte die Stadt Palmyra von der IS-Miliz wieder.", ("SYR", "ASSAULT", "SYR")),
])
def test_an_act_done_again_is_the_act(text, expected):
    assert expected in events(text, "de")


def test_a_verb_done_again_takes_the_verbs_frames_unless_it_has_its_own():
    book = frame_book("de")
    assert book.verbs("wiedererobern") == book.verbs("erobern") != []
    assert [f.lemma for f in book.verbs("wiederherstellen")] == ["wiederherstellen"]
