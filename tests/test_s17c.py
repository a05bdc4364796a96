"""Branch s17c: German (and English) coding of international news, from misses and wrong events on
unseen 10kGNAD articles (sentences written for these tests).

- Those killed in a fight with a named side were killed by that side (``Coder._foe_in_fight``):
  "Bei Gefechten mit den Taliban wurden sechs afghanische Polizisten getötet" AFG/REB 18 AFG/COP,
  "killed in clashes with the Taliban" (was no event: fighting has two sides, and the attacker
  of a fight noun was left unknown, which dropped the event).
- Two offices of one state's government, each named by its own word, are two sides
  (``Coder._offices``): "Der französische Präsident forderte den französischen Innenminister zum
  Rücktritt auf" FRA 1041 FRA (was no event, while "... den Innenminister ..." was coded).
- An army's units named with their state: "US-Einheiten" USA/MIL (agents-s17c.yaml); not
  "Wohneinheiten", not "die deutsche Einheit".
- A call to hatred or violence aimed at no one is no appeal (frames-s17c.yaml): "Prediger, die zu
  Hass aufrufen" (was 02 with no target).
- A person hit fatally was killed (frames-s17c.yaml): "wurde bei einem US-Luftangriff tödlich
  getroffen" USA 18 (was a meeting, 040, dropped for want of a partner).
"""

from __future__ import annotations

import pytest

from tests.coded_events import sectored, triples


@pytest.mark.parametrize("text, lang, expected", [
    ("Bei Gefechten mit den Taliban wurden in der Provinz Helmand sechs afghanische Polizisten getötet.", "de",
     ("AFG/REB", "18", "AFG/COP")),
    ("Bei schweren Kämpfen mit der kolumbianischen Armee wurden elf Kämpfer der FARC getötet.", "de",
     ("COL/MIL", "18", "COL/REB")),
    ("Six Afghan policemen were killed in clashes with the Taliban in Helmand.", "en",
     ("AFG/REB", "18", "AFG/COP")),
])
def test_killed_in_a_fight_with_a_named_side(text, lang, expected):
    assert expected in sectored(text, lang)


def test_fight_with_the_harmed_side_names_no_attacker():
    # the side named is the one harmed: who fought it is not told; another side named is the attacker
    assert not any(c == "18" for _, c, _ in sectored(
        "Bei Kämpfen mit der Armee wurden zwölf syrische Soldaten getötet.", "de"))
    assert ("SYR/REB", "18", "SYR/MIL") in sectored(
        "Bei Kämpfen mit den Rebellen wurden zwölf syrische Soldaten getötet.", "de")


@pytest.mark.parametrize("text, lang, expected", [
    ("Der französische Präsident forderte den französischen Innenminister zum Rücktritt auf.", "de",
     ("FRA", "1041", "FRA")),
    ("Die Regierung in Bukarest kritisierte den Präsidenten Rumäniens scharf.", "de", ("ROU", "111", "ROU")),
    ("The Romanian president criticised the Romanian prime minister.", "en", ("ROU", "111", "ROU")),
])
def test_two_offices_of_one_government(text, lang, expected):
    assert expected in triples(text, lang)


def test_one_office_named_twice_is_one_side():
    assert triples("Der französische Präsident kritisierte den Präsidenten Frankreichs.", "de") == []
    assert triples("Der französische Präsident kritisierte den französischen Premierminister.", "de") == [
        ("FRA", "111", "FRA")]


def test_offices_of_no_known_state_are_one_side():
    """Two offices of a state no one names give no event of UNK on UNK (an idiom matched by
    mistake, "in der Frage der Flüchtlinge", is not coded either)."""
    assert triples("Die Regierung stellte in der Frage der Flüchtlinge die Kanzlerin in den Mittelpunkt.", "de") == []
    assert triples("The government thanked the prime minister.", "en") == []


def test_units_of_a_state_are_its_army():
    assert ("USA/MIL", "18", "SYR/REB") in sectored(
        "In Syrien haben US-Einheiten am Sonntag einen Kommandanten des IS getötet.", "de")


def test_housing_units_and_unity_are_no_army():
    for text in ("Israel genehmigte den Bau von 400 Wohneinheiten im Westjordanland.",
                 "Die Einheit Deutschlands wurde 1990 vollendet."):
        assert not any("MIL" in s for s, _, _ in sectored(text, "de"))
    assert ("USA/MIL", "18", "IRQ/REB") in sectored(
        "Nach Angaben des Pentagons töteten US-Einheiten im Irak zwei Anführer der irakischen Miliz.", "de")


@pytest.mark.parametrize("text", [
    "Der ägyptische Innenminister sagte, die Muslimbrüder hätten zu Hass aufgerufen.",
    "Die iranische Führung habe erneut zur Vernichtung des Landes aufgerufen, sagte der Senator.",
])
def test_call_to_hatred_is_no_appeal(text):
    assert not any(c.startswith("02") for _, c, _ in triples(text, "de"))


@pytest.mark.parametrize("text, expected", [
    ("Ein Anführer der Miliz Al-Shabaab wurde am Freitag bei einem US-Luftangriff in Somalia tödlich getroffen.",
     ("USA", "18", "SOM")),
    ("Die Kugel eines indischen Polizisten traf den Demonstranten in Srinagar tödlich.", ("IND", "18", "IND")),
])
def test_hit_fatally_is_killed(text, expected):
    assert expected in triples(text, "de")


def test_meeting_is_no_killing():
    assert triples("Der ägyptische Außenminister traf am Montag in Kairo den Gesandten Katars.", "de") == [
        ("EGY", "040", "QAT")]
    assert ("ISR", "18", "PSE") in triples("Ein Palästinenser wurde in Hebron von israelischen Soldaten tödlich getroffen.", "de")


@pytest.mark.parametrize("text, expected", [
    ("Ein belarussischer Blogger landete nach der Demonstration in Untersuchungshaft.", ("BLR/GOV", "173", "BLR/MED")),
    ("Der iranische Menschenrechtsaktivist wanderte für fünf Jahre hinter Gitter.", ("IRN/GOV", "173", "IRN/CVL")),
])
def test_ended_up_in_custody_is_an_arrest(text, expected):
    assert expected in sectored(text, "de")
