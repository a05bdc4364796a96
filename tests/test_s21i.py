"""Numbers that stand for a noun left out, branch s21i (sentences written for these tests).

- A number with a word of more and no noun ("Drei weitere wurden verletzt", "two others were
  injured", "another 20 were detained") counts more of the people counted just before it, in its
  own sentence or the one before (``ActorAnnotator._elided_people``; pack words
  ``elided_count_words``): the event told of them gets that group as its target (was no event,
  the phrase having no actor). Nothing when the sentence before counted two kinds of people, or
  things rather than people.
- German: the tagger's number before "weitere" / "andere" that the chunker leaves out of the
  phrase ("Drei | weitere") is read with it.
"""

from __future__ import annotations

import pytest

from tests.coded_events import sectored as _events


@pytest.mark.parametrize("text, lang, expected", [
    ("Die Polizei in Istanbul nahm am Sonntag vierzig Studenten fest. Drei weitere wurden verletzt.", "de",
     ("UNK/None", "18", "TUR/EDU")),
    ("Police in Lahore detained thirty students on Monday. Two others were injured.", "en",
     ("UNK/None", "18", "PAK/EDU")),
    ("Security forces in Harare arrested 50 opposition supporters. Another 20 were detained on Tuesday.", "en",
     ("ZWE/GOV", "173", "ZWE/OPP")),
    ("Gunmen in Kaduna kidnapped twelve villagers. Three others were shot dead.", "en",
     ("UNK/None", "18", "NGA/CVL")),
])
def test_headless_number_counts_the_people_before(text, lang, expected):
    assert expected in _events(text, lang)


def test_headless_number_takes_the_counted_group_not_the_last_guess():
    # main read "Zwei andere" as civilians of the place; they are more of the journalists
    text = "In Lagos wurden fünf Journalisten von Soldaten verprügelt. Zwei andere wurden später festgenommen."
    assert ("NGA/GOV", "173", "NGA/MED") in _events(text, "de")


def test_headless_number_in_the_same_sentence_as_its_group():
    text = "In Caracas wurden sechs Polizisten erschossen. Vier weitere wurden schwer verletzt."
    assert _events(text, "de").count(("UNK/None", "18", "VEN/COP")) == 2


@pytest.mark.parametrize("text, lang", [
    # two kinds of people counted before: whom "two others" are is not told
    ("Police in Lima arrested ten protesters and wounded three soldiers. Two others were injured.", "en"),
    ("Die Polizei in Lima nahm zehn Demonstranten fest und verletzte drei Soldaten. Zwei weitere wurden verletzt.",
     "de"),
    # things counted, no people
    ("Three tankers were damaged near Odessa. Two others were sunk.", "en"),
])
def test_headless_number_without_one_group_before_is_no_one(text, lang):
    events = _events(text, lang)
    assert len(events) == len(_events(text.rsplit(". ", 1)[0] + ".", lang))
