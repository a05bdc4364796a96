"""Crime, terrorism, police and justice news in German and English (arrests, charges,
extraditions, trials and sentences, raids, attacks and claims of responsibility, kidnappings and
releases), in sentences and reports written for these tests (branch art31c).

- German: the past tense of a weak verb with an inseparable prefix after a prepositional phrase
  that opens a sentence ("In Mali entführten Islamisten zwei Touristen", "Am Montag verhafteten
  Polizisten ...") is the finite verb, which HanTa read as an attribute of the noun after it; not
  in a sentence with another finite verb ("In Mali entführte Touristen sind frei") or a headline.
- An "in" phrase that names a group, not a place ("wegen Mitgliedschaft in der Terrormiliz IS",
  "membership in the Islamic State group"), puts no event in that group's country: a court of
  unknown country takes the article's, not Syria's.
"""
from __future__ import annotations

import pytest

from chronist.lang.de.tag import tokens
from tests.coded_events import coded


def _triples(text: str, lang: str) -> list[tuple[str, str, str]]:
    return [e[:3] for e in coded(text, lang)]


@pytest.mark.parametrize("text, expected", [
    ("In Mali entführten Islamisten zwei italienische Touristen.", ("MLI", "181", "ITA")),
    ("Am Montag verhafteten Polizisten in Istanbul zwei Journalisten.", ("TUR", "173", "TUR")),
    ("Im Norden Malis entführten Dschihadisten einen deutschen Entwicklungshelfer.", ("MLI", "181", "DEU")),
])
def test_a_preterite_after_an_opening_phrase_is_the_verb(text, expected):
    assert expected in _triples(text, "de")


@pytest.mark.parametrize("text", [
    "In Mali entführte Touristen sind wieder frei.",
    "In Mali entführte Touristen wieder frei",
])
def test_a_participle_before_its_noun_stays_an_attribute(text):
    assert not any(t.pos == "VVFIN" and t.text.startswith("entführte") for t in tokens(text, 0, len(text)))


@pytest.mark.parametrize("text, lang, expected", [
    ("Karlsruhe – Das Oberlandesgericht Frankfurt verurteilte einen Syrer wegen Mitgliedschaft in der Terrormiliz "
     "IS zu acht Jahren Haft.", "de", ("DEU", "172", "SYR")),
    ("Wien – Die Polizei nahm einen Mann wegen Mitgliedschaft in der Terrormiliz IS fest.", "de", ("AUT", "173", "AUT")),
])
def test_a_group_one_is_in_is_no_scene(text, lang, expected):
    assert expected in _triples(text, lang)

