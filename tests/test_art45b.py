"""The Nagorno-Karabakh war of 2020 and the Greek-Turkish standoff in the eastern Mediterranean
(sentences written for these tests, branch art45b).

- A hostile act told by a noun that is only asked for or proposed is no one's act
  (``Coder._asked_for``): after a noun and preposition of the pack's ``planning_nouns`` ("the
  Greek call for sanctions against Ankara", "die Forderung nach Sanktionen gegen die Türkei") or
  in a phrase of its verb and preposition of ``planning_phrases`` ("drängte Maas zu einem
  Waffenembargo gegen die Türkei"; German words.yaml gains "drängen zu" and "auffordern zu").
  "Germany rejected the Greek call for sanctions against Ankara" was DEU 12 GRC and DEU 163 TUR
  (the refuser imposing the sanctions), now DEU 12 GRC alone; "France backed the Greek call for
  sanctions against Ankara" FRA 05 GRC alone. Sanctions called for stay the caller's (113: "Greece
  called for sanctions against Turkey").
- English: of two nouns the parser reads as object predicates after a verb with no object, the
  first is the object (``repairs.objects_read_as_predicates``): "The Greek Foreign Ministry called
  the Turkish move a provocation" was no event (the move was lost), now GRC 111 TUR, as "Greece
  called the Turkish move a provocation" was.
- Frames: a push, a plan, a demand or a call blocked (the English block frame of 120 of
  frames-vocab8.yaml, extended: "Berlin blocked the Greek push for sanctions against Ankara", was
  no event); a deaf ear turned to calls (128, en/frames-art45b.yaml: "Greece turned a deaf ear to
  Turkish calls for talks"); sanctions wanted (113: "Greece wants sanctions against Turkey" was
  GRC 163 TUR, the sanctions imposed); a proposal slapped down (120: "Greece slapped down the
  Turkish proposal for a conference", was no event); German "wehrte sich gegen die Forderungen" (12), "pochte
  auf Sanktionen gegen Ankara" (113, was FRA 163 TUR), "drang auf", "warb für Sanktionen gegen"
  (113, de/frames-art45b.yaml).
"""

from __future__ import annotations

import pytest

from tests.coded_events import triples as _events



@pytest.mark.parametrize("text, lang, expected", [
    ("Germany rejected the Greek call for sanctions against Ankara.", "en", [("DEU", "12", "GRC")]),
    ("France backed the Greek call for sanctions against Ankara.", "en", [("FRA", "05", "GRC")]),
    ("Hungary vetoed the plan for sanctions against Turkey.", "en", []),
    ("Deutschland lehnte die griechische Forderung nach Sanktionen gegen die Türkei ab.", "de",
     [("DEU", "12", "GRC")]),
    ("Dendias drängte Maas zu einem Waffenembargo gegen die Türkei.", "de", [("GRC", "10", "DEU")]),
    # kept: sanctions called for stay the caller's, sanctions imposed the imposer's
    ("Greece called for sanctions against Turkey.", "en", [("GRC", "113", "TUR")]),
    ("Griechenland rief zu Sanktionen gegen die Türkei auf.", "de", [("GRC", "113", "TUR")]),
    ("The EU imposed sanctions on Turkey.", "en", [("IGO:EU", "163", "TUR")]),
])
def test_hostile_act_asked_for_is_no_ones(text, lang, expected):
    assert _events(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("Berlin blocked the Greek push for sanctions against Ankara.", "en", [("DEU", "120", "GRC")]),
    ("Hungary blocked the EU plan.", "en", [("HUN", "120", "IGO:EU")]),
    ("Griechenland wehrte sich gegen türkische Forderungen nach einer Entmilitarisierung der Inseln.", "de",
     [("GRC", "12", "TUR")]),
    ("Armenien wehrte sich gegen den Angriff.", "de", []),
    ("Greece turned a deaf ear to Turkish calls for talks.", "en", [("GRC", "128", "TUR")]),
    ("Greece wants sanctions against Turkey, Mitsotakis said.", "en", [("GRC", "113", "TUR")]),
    ("Frankreich pochte auf Sanktionen gegen Ankara.", "de", [("FRA", "113", "TUR")]),
    ("Griechenland pochte auf die Solidarität der EU.", "de", [("GRC", "10", "IGO:EU")]),
    ("Greece slapped down the Turkish proposal for a conference.", "en", [("GRC", "120", "TUR")]),
    ("The officer slapped the protester.", "en", [("UNK", "182", "UNK")]),
])
def test_refusals_and_calls_of_the_new_frames(text, lang, expected):
    assert _events(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("The Greek Foreign Ministry called the Turkish move a provocation.", "en", [("GRC", "111", "TUR")]),
    ("Greece's Foreign Ministry called the Turkish move a provocation.", "en", [("GRC", "111", "TUR")]),
    ("The Kremlin called the French statement a lie.", "en", [("RUS", "111", "FRA")]),
])
def test_first_of_two_predicates_is_the_object(text, lang, expected):
    assert _events(text, lang) == expected

