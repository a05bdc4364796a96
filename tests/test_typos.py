"""A long agent word misspelt by one letter, left out or one too many, names that agent: wire copy
has typos ("die Staatanwaltschaft", "Staatsanwalltschaft", "Regierungsssprecher"). Only words of
``TYPO_LENGTH`` letters or more, only one-word agents, never a form that is a word of the tables
itself or that two agent words share."""
from __future__ import annotations

import pytest

from chronist.actors.dictionary import TYPO_LENGTH, ActorDictionary
from coded_events import sectored


@pytest.mark.parametrize("text", [
    "Die türkische Staatanwaltschaft ermittelt gegen den Chef der HDP.",
    "Die türkische Staatsanwalltschaft ermittelt gegen den Chef der HDP.",
])
def test_a_misspelt_agent_is_the_agent(text):
    assert sectored(text, "de") == [("TUR/JUD", "09", "TUR/PTY")]


def test_short_words_and_real_words_are_not_corrected():
    d = ActorDictionary.default()
    assert d.corrected("de", "staatanwaltschaft") == "staatsanwaltschaft"
    assert d.corrected("en", "govermnent") is None          # one letter swapped: not a typo of this kind
    assert d.corrected("de", "minister") is None            # too short
    assert all(len(word) >= TYPO_LENGTH for word in d.misspelt["de"].values())
    assert not any(form in d.agents["de"] for form in d.misspelt["de"])


def test_another_words_ending_is_no_typo():
    """"Botschaften" (messages) is no "Botschaftern" (ambassadors) with a letter left out: the
    last letters are where inflected words differ."""
    d = ActorDictionary.default()
    assert d.corrected("de", "botschaften") is None
    assert sectored("In der Serie erhält der Richter Botschaften von Gott, die ihn zur Güte mahnen.", "de") == []
