"""Branch s17c: German (and English) coding of international news, from misses and wrong events on
unseen 10kGNAD articles (sentences written for these tests).

- Those killed in a fight with a named side were killed by that side (``Coder._foe_in_fight``):
  "Bei Gefechten mit den Taliban wurden sechs afghanische Polizisten getötet" AFG/REB 18 AFG/COP,
  "killed in clashes with the Taliban" (was no event: fighting has two sides, and the attacker
  of a fight noun was left unknown, which dropped the event).
- Two offices of one state's government, each named by its own word, are two sides
  (``Coder._offices``): "Der französische Präsident forderte den französischen Innenminister zum
  Rücktritt auf" FRA 1041 FRA (was no event, while "... den Innenminister ..." was coded).
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
