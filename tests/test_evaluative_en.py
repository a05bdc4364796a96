"""Saying that someone is undemocratic, inhumane, partisan or biased against others condemns them:
the speaker accuses the one it is said of (lexicon evaluative_adjectives, the "be" frame of
frames-light.yaml, the participle "biased"). Sentences written for these tests; each coded
nothing before."""
from __future__ import annotations

import pytest

from tests.coded_events import events


@pytest.mark.parametrize("text, expected", [
    ("The Hungarian prime minister said the European Commission was undemocratic.", ("HUN", "ACCUSE", "IGO:EU")),
    ("The Iranian foreign minister said the US sanctions were inhumane.", ("IRN", "ACCUSE", "USA")),
    ("The Turkish foreign minister said the Greek government was biased against Turkish Cypriots.",
     ("TUR", "ACCUSE", "GRC")),
], ids=["undemocratic", "inhumane", "biased-against"])
def test_a_condemning_word_said_of_someone_accuses_them(text, expected):
    assert events(text, "en") == [expected]


@pytest.mark.parametrize("text", [
    "Turkey is biased against Greece.",
    "The weather was unjust to farmers in Kenya.",
], ids=["said-by-no-one", "no-actor"])
def test_no_accusation_without_speaker_and_actor(text):
    assert events(text, "en") == []
