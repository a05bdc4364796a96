"""The present plural of a German verb is spelt as its infinitive, and the tagger took it for the
infinitive where no finite verb was near: "Die Rebellen bekämpfen die Armee" had no verb and no
clause. In a stretch between commas with no finite verb and no "zu", such a word with a possible
subject before it is the finite verb (sentences written for these tests)."""
from __future__ import annotations

import pytest

from chronist.lang.de.tag import tokens
from tests.coded_events import events


@pytest.mark.parametrize("text, expected", [
    ("Die Milizen in Libyen bekämpfen die Regierungstruppen seit Monaten.", ("LBY", "ASSAULT", "LBY")),
    ("Die malischen Soldaten bekämpfen die Islamisten im Norden des Landes.", ("MLI", "ASSAULT", "MLI")),
    ("Beobachter berichten, wie sudanesische Milizen in Darfur Dörfer niederbrennen.",
     ("SDN", "ASSAULT", "SDN")),
], ids=["main-clause", "main-clause-adjective", "verb-last-clause"])
def test_a_present_plural_is_coded(text, expected):
    assert expected in events(text, "de")


@pytest.mark.parametrize("text, word", [
    ("Die Rebellen bekämpfen die Armee in Aleppo.", "bekämpfen"),
    ("Man weiß, dass manche Parteien die Reform blockieren.", "blockieren"),
    ("Man hört, dass die Milizen die Dörfer plündern und die Bauern vertreiben.", "plündern"),
], ids=["main", "dass", "coordinated"])
def test_the_word_is_tagged_finite(text, word):
    tok = next(t for t in tokens(text, 0, len(text)) if t.text == word)
    assert tok.pos.endswith("FIN")


@pytest.mark.parametrize("text, word", [
    ("Die Regierung kündigte an, die Rebellen zu bekämpfen.", "bekämpfen"),
    ("Die Armee will die Rebellen im Norden bekämpfen.", "bekämpfen"),
    ("Er versprach, für mehr Transparenz sorgen zu wollen.", "sorgen"),
    ("Sie sagen, dass sie mit der Regierung verhandeln wollen.", "verhandeln"),
    ("Nun müssen die Migranten aus Eritrea, Somalia und dem Sudan erklären, wohin sie wollen.",
     "erklären"),
], ids=["zu", "modal", "zu-wollen", "before-modal", "after-a-list"])
def test_an_infinitive_stays_one(text, word):
    tok = next(t for t in tokens(text, 0, len(text)) if t.text == word)
    assert tok.pos == "VVINF"
