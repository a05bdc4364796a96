"""Events told in nominal style, branch art53a (sentences written for these tests: English wire
sentences and the German a translator would give them in nominal style, "die Entscheidung
Washingtons, ... zu", "die Forderung der EU nach", "die Aussetzung der Hilfe für ... durch").

- A threat noun's zu-infinitive is what is threatened, not done (``threat_nouns`` in
  data/lexicon.yaml, ``Clauses``): "Die Drohung Chinas, Taiwan anzugreifen, wurde verurteilt" is
  CHN 13 TWN (was CHN 190 TWN, an attack told as done), as "China drohte, Taiwan anzugreifen";
  the noun "Drohung" takes its target from the infinitive (frames.yaml).
- "Ankündigung" is a noun of intent (``intent_nouns``): "Die Ankündigung Pekings, Zölle auf
  Wein aus Chile zu erheben, ..." is CHN 1312 CHL intended (was CHN 163 CHL, tariffs told as
  imposed), as "Peking kündigte an, ... zu erheben".
- New noun frames (frames-art53a.yaml): "die Forderung der EU nach einem Waffenstillstand"
  (1056, with no target unless "an" names one, as "forderte einen Waffenstillstand"); "die
  Weigerung Irans, ... zu" (12); "die Aussetzung der Hilfe für Niger durch Deutschland" (162);
  "die Ablehnung des Gesprächsangebots Pakistans durch Indien" (120); "das Einfrieren der Vermögen
  russischer Oligarchen durch Großbritannien" (163).
- English: a call for a ceasefire or a truce told by its noun (../en/frames-art53a.yaml): "The
  EU's call for a ceasefire in Gaza was repeated" IGO:EU 0256 with no target (was no event), as
  "The European Union called for a ceasefire" and German "die Forderung der EU nach einem
  Waffenstillstand".
"""

from __future__ import annotations

import pytest

from tests.coded_events import coded


def _events(text: str, lang: str = "de") -> list[tuple[str, str, str]]:
    return [(s, c, t) for s, c, t, _ in coded(text, lang)]


@pytest.mark.parametrize("text, expected", [
    ("Die Drohung Chinas, Taiwan anzugreifen, wurde verurteilt.", [("CHN", "13", "TWN")]),
    ("Moskaus Drohung, die Ukraine zu bombardieren, alarmierte die Nato.", [("RUS", "13", "UKR")]),
    ("Die Drohung Russlands, die Gaslieferungen an Moldau zu kappen, verunsichert die Regierung.",
     [("RUS", "13", "MDA")]),
])
def test_threat_noun_infinitive_is_threatened_not_done(text, expected):
    assert _events(text) == expected


def test_announcement_noun_infinitive_is_intended():
    text = "Die Ankündigung Pekings, Zölle auf Wein aus Chile zu erheben, belastet die Beziehungen."
    assert [e for e in coded(text, "de")] == [("CHN", "1312", "CHL", "intent")]


@pytest.mark.parametrize("text, expected", [
    ("Die Forderung der EU nach einem Waffenstillstand in Gaza wurde bekräftigt.", [("IGO:EU", "1056", "")]),
    ("Die Forderung der Türkei an Armenien nach einem Abzug aus der Region wurde erneuert.", [("TUR", "1056", "ARM")]),
    ("Die Weigerung Irans, Inspektoren auf das Gelände zu lassen, stößt auf Kritik.", [("IRN", "12", "")]),
    ("Die Aussetzung der Hilfe für Niger durch Deutschland erfolgte nach dem Putsch.", [("DEU", "162", "NER")]),
    ("Die Aussetzung der Militärhilfe für Ägypten durch die USA wurde bestätigt.", [("USA", "162", "EGY")]),
    ("Die Ablehnung des Gesprächsangebots Pakistans durch Indien sorgte für Enttäuschung.", [("IND", "120", "PAK")]),
    ("Die Ablehnung des Angebots Irans durch die USA sorgte für Enttäuschung.", [("USA", "120", "IRN")]),
    ("Das Einfrieren der Vermögen russischer Oligarchen durch Großbritannien wurde begrüßt.", [("GBR", "163", "RUS")]),
    ("Das Einfrieren der Konten Venezuelas durch die USA stieß auf Kritik.", [("USA", "163", "VEN")]),
])
def test_nominal_event_frames(text, expected):
    assert _events(text) == expected


@pytest.mark.parametrize("text", [
    "Die Forderung nach einem Waffenstillstand wurde lauter.",
    "Die Ablehnung des Vorschlags wurde erwartet.",
    "Die EU kritisierte das Einfrieren der Konten.",
])
def test_nominal_event_without_doer(text):
    assert _events(text) == []


@pytest.mark.parametrize("text, expected", [
    ("The EU's call for a ceasefire in Gaza was repeated.", [("IGO:EU", "0256", "")]),
    ("The call by the United Nations for a truce in Sudan went unheeded.", [("IGO:UN", "0256", "")]),
])
def test_english_call_for_ceasefire_noun(text, expected):
    assert _events(text, "en") == expected


def test_english_call_for_ceasefire_without_caller():
    assert _events("The call for a ceasefire grew louder.", "en") == []
