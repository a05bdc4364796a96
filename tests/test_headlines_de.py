"""A German headline on a line of its own (no final punctuation, a line break, a line that opens
a sentence) is a sentence of its own: before, the splitter ran it into the lead, and the two
finite verbs of one "sentence" left the headline's act uncoded. A hard-wrapped paragraph (a line
with no punctuation that goes on in a lower-case word) keeps its sentences whole."""
from __future__ import annotations

import pytest

from chronist.lang.de.split import split_sentences
from tests.coded_events import events


def sentences(text: str) -> list[str]:
    return [text[a:b] for a, b in split_sentences(text)]


def test_headline_line_is_a_sentence():
    text = "Merkel trifft Putin in Sotschi\nDie Kanzlerin will über die Ukraine sprechen. Dann reist sie weiter."
    assert sentences(text) == ["Merkel trifft Putin in Sotschi", "Die Kanzlerin will über die Ukraine sprechen.",
                               "Dann reist sie weiter."]


def test_headline_and_subtitle_with_closing_quote():
    text = "Kurz: Keine Gespräche mit der „FPÖ“\nKanzler bleibt hart\n„Wir reden nicht“, sagte er."
    assert sentences(text) == ["Kurz: Keine Gespräche mit der „FPÖ“", "Kanzler bleibt hart", "„Wir reden nicht“, sagte er."]


@pytest.mark.parametrize("text", [
    "Die Regierung in Berlin hat am Montag die\nneuen Sanktionen gegen Russland beschlossen. Das sagte\nder Sprecher.",
    "Er sagte: „Wir kommen\nMorgen kommen wir.“",
], ids=["hard-wrapped", "open-quote"])
def test_wrapped_lines_stay_whole(text):
    assert len(sentences(text)) == 1 + text.count(". ")


@pytest.mark.parametrize("text, expected", [
    ("Türkei bestellt deutschen Botschafter ein\nDie Regierung in Ankara reagierte damit auf eine Resolution.",
     ("TUR", "ACCUSE", "DEU")),
    ("Polizei nimmt Demonstranten in Moskau fest\nTausende Menschen waren am Samstag auf die Straße gegangen.",
     ("RUS", "COERCE", "RUS")),
    ("Merkel trifft Putin in Sotschi\nDie Kanzlerin will mit ihm über die Ukraine sprechen.",
     ("DEU", "CONSULT", "RUS")),
], ids=["einbestellen", "festnehmen", "treffen"])
def test_headline_act_is_coded(text, expected):
    assert expected in events(text, "de")


def test_place_before_colon_is_no_actor():
    text = "Berlin: Demonstration gegen Rassismus\nTausende Menschen zogen am Samstag durch die Innenstadt."
    assert not [e for e in events(text, "de") if e[0] == "DEU" and e[2] == ""]
    assert events("Berlin: Demonstration gegen Rassismus", "de") == []


@pytest.mark.parametrize("text, expected", [
    ("Seehofer: Wir werden mehr Afghanen abschieben", ("DEU", "THREATEN", "AFG")),
    ("Merkel: Wir verhandeln nicht mit den Taliban", ("DEU", "CONSULT", "AFG")),
], ids=["abschieben", "verhandeln"])
def test_name_before_headline_colon_speaks_for_wir(text, expected):
    assert expected in events(text, "de")


def test_topic_before_headline_colon_is_no_speaker():
    assert events("Brexit: Wir werden die EU verlassen", "de") == []
