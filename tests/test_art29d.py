"""The wars and disputes of Iran, Iraq, Syria, Yemen, Lebanon and the Gulf states as whole wire
reports tell them (sentences written for these tests, branch art29d).

- A weapon of no named state ("mit einer Drohne", "with drones") is no armed force of the
  article: rebels who attack a ship with a drone fight no army of their own state.
- A group's own state named before it ("Yemen's Houthi rebels", "Lebanon's Hezbollah") says whose
  group it is; it is no second actor.
- Seas, straits, provinces and sites of the region that the city list lacks or reads as a city
  at the end of the name ("Gulf of Aden" is not Aden; Abqaiq, Anbar, Saraqib, Fordow).
- German: a von-phrase right after the noun that opens the Vorfeld is that noun's attribute,
  no phrase of the verb ("Die Armee von Präsident Assad eroberte Dörfer von Rebellen zurück"),
  and its actor places the noun ("Die Regierung von Präsident Maduro").
"""
from __future__ import annotations

import pytest

from tests.coded_events import events


@pytest.mark.parametrize("text, lang", [
    ("Die Huthi-Rebellen haben ein Containerschiff im Roten Meer mit einer Drohne angegriffen.", "de"),
    ("Houthi fighters attacked a commercial ship in the Red Sea with drones.", "en"),
])
def test_weapon_is_no_army(text, lang):
    assert not any(e[1] == "ASSAULT" and e[2] == "YEM" for e in events(text, lang))


@pytest.mark.parametrize("text, expected", [
    ("Yemen's Houthi rebels attacked a Saudi border post.", ("YEM", "ASSAULT", "SAU")),
    ("Lebanon's Hezbollah fired rockets at Israel.", ("LBN", "ASSAULT", "ISR")),
    ("Iran's Quds Force attacked US troops in Syria.", ("IRN", "ASSAULT", "USA")),
])
def test_group_of_its_own_state(text, expected):
    assert expected in events(text, "en")


def test_group_and_state_joined_stay_two():
    assert ("USA", "ACCUSE", "LBN+LBN") in events("The United States condemned Lebanon and Hezbollah.", "en")


@pytest.mark.parametrize("text, lang, unexpected", [
    ("The Houthis claimed a drone attack on an oil tanker in the Gulf of Aden.", "en", ("YEM", "ASSAULT", "YEM")),
    ("Die Huthis bekannten sich zu dem Angriff auf einen Tanker im Golf von Aden.", "de", ("YEM", "ASSAULT", "YEM")),
])
def test_seas_are_no_state(text, lang, unexpected):
    assert unexpected not in events(text, lang)


@pytest.mark.parametrize("text, lang, expected", [
    ("Die Huthis bekannten sich zu dem Angriff auf die Ölanlage in Abkaik.", "de", ("YEM", "ASSAULT", "SAU")),
    ("Türkische Kampfflugzeuge bombardierten Dörfer in Sindschar.", "de", ("TUR", "ASSAULT", "IRQ")),
    ("Die Huthis griffen die Stadt Dschasan mit Raketen an.", "de", ("YEM", "ASSAULT", "SAU")),
])
def test_places_of_the_region(text, lang, expected):
    assert expected in events(text, lang)


@pytest.mark.parametrize("text, expected", [
    ("Die Regierung von Präsident Maduro wies den amerikanischen Botschafter aus.", ("VEN", "SANCTION", "USA")),
    ("Die Armee von Präsident Baschar al-Assad eroberte mehrere Dörfer von Rebellen zurück.", ("SYR", "ASSAULT", "SYR")),
    ("Kämpfer von der Hisbollah griffen Israel an.", ("LBN", "ASSAULT", "ISR")),
])
def test_vorfeld_attribute(text, expected):
    assert events(text, "de") == [expected]
