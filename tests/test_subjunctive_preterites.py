"""The subjunctive II of German strong verbs (sentences written for these tests).

German reported speech uses the subjunctive II where the subjunctive I would read as the
indicative: "die Türken brächen das Völkerrecht", "die USA würfen Russland Einmischung vor".
HanTa knows the preterite stems of strong verbs (brach, schoss, grub, warf) but not all of
their umlauted forms: such a word was its own lemma, or a noun ("würfen" as "Wurf"), and the
clause had no known verb. Now a lower-case word with an umlaut that HanTa does not know as a
verb stem is read as the subjunctive II of the verb whose preterite stem it umlauts; a verb
HanTa knows (lösen, führen, drängen, zählen) keeps its own lemma."""
from __future__ import annotations

import pytest

from chronist.lang.de import tag
from tests.coded_events import coded


@pytest.mark.parametrize("word, lemma", [
    ("brächen", "brechen"), ("bräche", "brechen"), ("schössen", "schießen"),
    ("beschössen", "beschießen"), ("würfen", "werfen"), ("untergrüben", "untergraben"),
    ("bewürfen", "bewerfen"), ("schlügen", "schlagen"),
])
def test_subjunctive_of_a_strong_verb(word: str, lemma: str) -> None:
    assert tag._subjunctive_lemma(word) == lemma


@pytest.mark.parametrize("word", ["lösen", "führen", "drängen", "zählen", "fördern", "wählen",
                                  "zerstören", "prüfen", "übernehmen", "gehören", "töten"])
def test_a_known_verb_keeps_its_lemma(word: str) -> None:
    assert tag._subjunctive_lemma(word) is None


def _lemmas(text: str) -> dict[str, tuple[str, str]]:
    return {t.text: (t.lemma, t.pos) for t in tag.tokens(text, 0, len(text))}


def test_lower_case_subjunctive_read_as_a_noun_is_the_verb() -> None:
    assert _lemmas("Er sagte, die Milizen würfen Steine auf die Soldaten.")["würfen"] == ("werfen", "VVFIN")


def test_present_plural_of_a_known_verb_is_unchanged() -> None:
    assert _lemmas("Die Demonstranten fordern, dass die Minister das Problem lösen.")["lösen"] == ("lösen", "VVFIN")


@pytest.mark.parametrize("text, expected", [
    ("Der Sprecher der Hamas sagte, die Israelis beschössen den Gazastreifen.", ("ISR", "194", "PSE")),
    ("Peking erklärte, die Amerikaner untergrüben das Vertrauen zwischen den Staaten.", ("CHN", "112", "USA")),
    ("Moskau sagte, die Vereinigten Staaten würfen Russland Einmischung vor.", ("USA", "1123", "RUS")),
])
def test_reported_speech_in_the_subjunctive_ii_is_coded(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in {event[:3] for event in coded(text, "de")}
