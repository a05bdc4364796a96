"""A reaction quoted with only a pronoun for what it reacts to, whose verb of saying names that
thing by its topic phrase (sentences written for these tests): "\"This is a violation of
international law,\" Erdogan said of the Israeli strikes", "„Das weisen wir entschieden zurück“,
sagte Peskow zu den britischen Vorwürfen" had no target; the doer of the act the topic phrase
names (or the party it names) is the target (words.yaml ``topic_phrases``, ``topic_pronouns``).
A quotation with no topic phrase stays without one."""
from __future__ import annotations

import pytest

from tests.coded_events import coded


@pytest.mark.parametrize("text, lang, expected", [
    ("\"This is a crime,\" Erdogan said of the Israeli strikes.", "en", ("TUR", "111", "ISR")),
    ("\"We firmly reject this,\" Peskov said of the British accusations.", "en", ("RUS", "12", "GBR")),
    ("„Das ist ein Verbrechen“, sagte Erdogan zu den israelischen Angriffen.", "de", ("TUR", "111", "ISR")),
    ("„Das weisen wir entschieden zurück“, sagte Peskow zu den britischen Vorwürfen.", "de", ("RUS", "12", "GBR")),
    ("„Das ist eine Provokation“, sagte der chinesische Außenminister über die amerikanischen Sanktionen.", "de",
     ("CHN", "111", "USA")),
])
def test_pronoun_stands_for_what_the_speaker_speaks_of(text: str, lang: str, expected: tuple[str, str, str]) -> None:
    assert expected in [e[:3] for e in coded(text, lang)]


@pytest.mark.parametrize("text, lang", [
    ("\"This is a crime,\" Erdogan said.", "en"),
    ("„Das ist ein Verbrechen“, sagte Erdogan.", "de"),
])
def test_no_topic_phrase_no_target(text: str, lang: str) -> None:
    assert coded(text, lang) == []
