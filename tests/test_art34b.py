"""Afghanistan, Pakistan and India in the news (sentences written for these tests, branch art34b).

- German: airspace closed to a state's aircraft restricts its movement (191), as "sperrte den
  Luftraum für": "Pakistan hat seinen Luftraum für indische Maschinen geschlossen" coded nothing
  (English "closed its airspace to" is 163). (A border closed, "closed its border with", 191, was
  tried and dropped: one more false positive in each plover gold file.)
- Visas suspended for a state's citizens are revoked (172): "India suspended the visas of Pakistani
  nationals", "Indien setzte die Visa für pakistanische Staatsbürger aus" coded nothing.
- A water treaty is a treaty: "Indien hat das Indus-Wasserabkommen mit Pakistan ausgesetzt" coded
  nothing (the compound now reads as "Abkommen", 160 as "setzte das Abkommen aus").
- Coreference: the two powers are the two states named last: "Beide Atommächte beschuldigten sich
  gegenseitig", "die beiden Nuklearmächte", "both powers" coded nothing.
- Actors: the Pakistani Taliban by their full name "Tehrik-i-Taliban Pakistan" (was split into the
  group and Pakistan's government), India's national security adviser Ajit Doval, Pakistan's
  foreign minister Bilawal Bhutto Zardari, Jammu and Kashmir's chief ministers Omar Abdullah (was
  coded Jordan's government, as King Abdullah) and Mehbooba Mufti.
- Trade with a state halted, stopped or suspended is a sanction (163), as German "setzte den Handel
  mit Indien aus": "Pakistan halted trade with India", "stopped" and "stoppte den Handel mit Indien"
  coded nothing, "suspended all trade with India" only reduced relations (16).
- German: an expulsion ordered is the orderer's, as a deportation is: "Indien ordnete die Ausweisung
  pakistanischer Staatsbürger an" was PAK 174 PAK (the expelled took it for their own), now IND.
- An organisation's entry may have dated roles as a person's: a group that came to rule a state is
  its government while it rules. The Taliban are AFG/GOV from 2021-08-15 (as their leaders and
  spokesmen already were), AFG/REB before: "The Taliban detained two American citizens" in 2024
  had an armed group for its source.
"""
from __future__ import annotations

import datetime as dt

import pytest

from chronist.model import Article
from tests.coded_events import PIPELINE, coded

DATE = dt.date(2025, 5, 8)


def _triples(text: str, lang: str, date: dt.date = DATE) -> list[tuple[str, str, str]]:
    return [e[:3] for e in coded(text, lang, date)]


@pytest.mark.parametrize("text, lang, expected", [
    ("Islamabad – Pakistan hat seinen Luftraum für indische Maschinen geschlossen.", "de", [("PAK", "191", "IND")]),
    ("Pakistan schloss den Luftraum für indische Fluggesellschaften.", "de", [("PAK", "191", "IND")]),
    # a school closed is no one's airspace
    ("Die Behörden haben die Schulen in Kabul geschlossen.", "de", []),
    ("India suspended the visas of Pakistani nationals.", "en", [("IND", "172", "PAK")]),
    ("Neu-Delhi – Indien setzte die Visa für pakistanische Staatsbürger aus.", "de", [("IND", "172", "PAK")]),
    ("Indien hat die Visavergabe für Pakistaner ausgesetzt.", "de", [("IND", "172", "PAK")]),
    # a visa agreement suspended stays the treaty suspended
    ("India suspended its visa agreement with Pakistan.", "en", [("IND", "160", "PAK")]),
], ids=["luftraum-maschinen", "luftraum-fluggesellschaften", "schulen", "visas-of", "visa-fuer", "visavergabe",
        "visa-agreement"])
def test_airspace_closed_and_visas_suspended(text, lang, expected):
    assert _triples(text, lang) == expected


@pytest.mark.parametrize("text, expected", [
    ("Indien hat das Indus-Wasserabkommen mit Pakistan ausgesetzt.", [("IND", "160", "PAK")]),
    ("Die indische Regierung setzte den Indus-Wasservertrag mit Pakistan aus.", [("IND", "160", "PAK")]),
], ids=["wasserabkommen", "wasservertrag"])
def test_water_treaty_suspended(text, expected):
    assert _triples(text, "de") == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("Neu-Delhi – Indien und Pakistan stehen nach dem Anschlag in Kaschmir am Rand eines Krieges. "
     "Beide Atommächte beschuldigten sich gegenseitig.", "de", [("IND+PAK", "112", "IND+PAK")]),
    ("Indien und Pakistan stehen am Rand eines Krieges. Die beiden Nuklearmächte beschuldigten sich gegenseitig.",
     "de", [("IND+PAK", "112", "IND+PAK")]),
    ("India and Pakistan are on the brink of war. Both powers accused each other of violating the ceasefire.",
     "en", [("IND+PAK", "112", "IND+PAK")]),
], ids=["beide-atommaechte", "beiden-nuklearmaechte", "both-powers"])
def test_the_two_powers(text, lang, expected):
    assert _triples(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("Tehrik-i-Taliban Pakistan claimed responsibility for the attack on a police station in Bannu.", "en",
     [("PAK", "18", "PAK")]),
    ("Ajit Doval met Wang Yi in Beijing.", "en", [("IND", "040", "CHN")]),
    ("Bilawal Bhutto Zardari criticised India.", "en", [("PAK", "111", "IND")]),
    ("Omar Abdullah kritisierte Pakistan scharf.", "de", [("IND", "111", "PAK")]),
], ids=["ttp-full-name", "doval", "bilawal", "omar-abdullah"])
def test_actors(text, lang, expected):
    assert _triples(text, lang) == expected


def test_mehbooba_mufti_in_office():
    assert _triples("Mehbooba Mufti criticised Pakistan.", "en", dt.date(2017, 5, 2)) == [("IND", "111", "PAK")]


@pytest.mark.parametrize("text, lang, date, expected", [
    ("The Taliban detained two American citizens in Kabul.", "en", dt.date(2024, 5, 1), ("AFG", "GOV")),
    ("Die Taliban haben Frauen den Besuch von Universitäten verboten.", "de", dt.date(2022, 12, 21), ("AFG", "GOV")),
    # before the fall of Kabul an armed group
    ("The Taliban detained two American citizens in Kabul.", "en", dt.date(2019, 5, 1), ("AFG", "REB")),
], ids=["2024", "2022-de", "2019"])
def test_taliban_rule_from_august_2021(text, lang, date, expected):
    doc = PIPELINE.process(Article(text=text, id="t", date=date), lang=lang)
    assert [(a.code, a.sector) for a in doc.events[0].source] == [expected]


@pytest.mark.parametrize("text, lang, expected", [
    ("Pakistan suspended all trade with India on Thursday.", "en", [("PAK", "163", "IND")]),
    ("Pakistan halted trade with India.", "en", [("PAK", "163", "IND")]),
    ("Pakistan stopped trade with India.", "en", [("PAK", "163", "IND")]),
    ("Islamabad – Pakistan stoppte den gesamten Handel mit Indien.", "de", [("PAK", "163", "IND")]),
    # trade halted by no state is no sanction
    ("The strike halted trade at the port.", "en", []),
    ("Der Streik stoppte den Handel im Hafen.", "de", []),
], ids=["suspended-trade", "halted-trade", "stopped-trade", "stoppte-handel", "strike-en", "streik-de"])
def test_trade_halted(text, lang, expected):
    assert _triples(text, lang) == expected


@pytest.mark.parametrize("text, expected", [
    ("Indien ordnete die Ausweisung pakistanischer Staatsbürger an.", [("IND", "174", "PAK")]),
    ("Indien ordnete die Ausweisung pakistanischer Militärberater an.", [("IND", "174", "PAK")]),
    ("Die Ausweisung der Afghanen durch Pakistan wurde kritisiert.", [("PAK", "174", "AFG")]),
], ids=["staatsbuerger", "militaerberater", "durch"])
def test_expulsion_ordered(text, expected):
    assert _triples(text, "de") == expected
