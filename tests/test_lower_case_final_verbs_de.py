"""A lower-case word at the end of a subordinate clause that the tagger reads as a noun or a name
is the clause's finite verb with its particle joined ("dass Russland die Ukraine angriff" is no
"Angriff", "der über die Regierung herzog" no "Herzog"): German writes nouns and names with a
capital (sentences written for these tests)."""
from __future__ import annotations

import pytest

from chronist.lang.de.tag import tokens
from tests.coded_events import events


@pytest.mark.parametrize("text, expected", [
    ("Die Zeitung berichtet, dass Russland die Ukraine angriff.", ("RUS", "ASSAULT", "UKR")),
    ("Als die israelische Armee die Hamas angriff, flohen viele Menschen.", ("ISR", "ASSAULT", "PSE")),
    ("Der Sender meldete, dass der Präsident der Türkei über die Regierung der Niederlande herzog.",
     ("TUR", "ACCUSE", "NLD")),
], ids=["dass-angriff", "als-angriff", "dass-herzog"])
def test_a_lower_case_verb_last_in_its_clause_is_coded(text, expected):
    assert expected in events(text, "de")


@pytest.mark.parametrize("text, word, lemma", [
    ("Sie sagte, dass Russland die Ukraine angriff.", "angriff", "angreifen"),
    ("Er sagte, dass der Minister über die Regierung herzog.", "herzog", "herziehen"),
], ids=["angriff", "herzog"])
def test_the_word_is_tagged_a_finite_verb(text, word, lemma):
    tok = next(t for t in tokens(text, 0, len(text)) if t.text == word)
    assert (tok.pos, tok.lemma) == ("VVFIN", lemma)


@pytest.mark.parametrize("text", [
    "Der Angriff auf die Ukraine begann am Morgen.",
    "Herzog Harry besuchte Kanada.",
], ids=["noun-angriff", "name-herzog"])
def test_a_capitalised_noun_or_name_stays_one(text):
    assert all(t.pos in ("NN", "NE") for t in tokens(text, 0, len(text)) if t.text in ("Angriff", "Herzog"))
