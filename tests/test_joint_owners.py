"""An event noun of an act done with someone (its frame's target a phrase of "mit" or
"zwischen") whose possessor names two or more parties is an act of them on each other ("das
Treffen Putins und Erdoğans", "das letzte Telefonat der beiden Präsidenten"); a genitive
attribute "der beiden ..." and two names in the genitive belong to the noun before them
(sentences written for these tests)."""
from __future__ import annotations

import pytest

from tests.coded_events import events


@pytest.mark.parametrize("text, expected", [
    ("Das Treffen Putins und Erdoğans in Sotschi dauerte drei Stunden.", ("RUS+TUR", "CONSULT", "RUS+TUR")),
    ("Das Gespräch Lawrows und Kerrys in Genf brachte keinen Durchbruch.", ("RUS+USA", "CONSULT", "RUS+USA")),
    ("Modi und Scholz sprachen am Montag miteinander. Das letzte Telefonat der beiden Regierungschefs hatte "
     "im Juni stattgefunden.", ("IND+DEU", "CONSULT", "IND+DEU")),
], ids=["treffen-genitive-names", "gespraech-genitive-names", "telefonat-der-beiden"])
def test_a_noun_of_an_act_with_someone_owned_by_two_parties(text, expected):
    assert expected in events(text, "de")


@pytest.mark.parametrize("text", [
    "Die USA und Japan begrüßten das Treffen.",
    "Putins Treffen in Sotschi dauerte drei Stunden.",
], ids=["welcomed-by-two", "one-owner"])
def test_no_act_on_each_other_without_two_owners(text):
    assert not any(kind == "CONSULT" for _, kind, _ in events(text, "de"))


@pytest.mark.parametrize("text, lang", [
    ("Pompeo is planning to visit Pyongyang next month to prepare for a second Kim-Trump summit.", "en"),
    ("Blinken reiste nach Peking, um ein Xi-Biden-Gipfeltreffen vorzubereiten.", "de"),
], ids=["kim-trump-summit", "xi-biden-gipfeltreffen"])
def test_a_compound_of_two_names_is_no_act_of_theirs(text, lang):
    # it names the kind of meeting, here one only planned
    assert not any(kind == "CONSULT" and "+" in src for src, kind, _ in events(text, lang))


def test_their_meeting_after_a_pair_is_theirs():
    text = "Im November hatten Xi und Biden ihr Treffen in Bali genutzt, um gemeinsame Ziele zu verkünden."
    assert ("CHN+USA", "CONSULT", "CHN+USA") in events(text, "de")
