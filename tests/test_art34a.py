"""Latin America in the news (sentences written for these tests, branch art34a): Venezuela,
Colombia, Mexico, the Andes, Nicaragua and Cuba.

- English parser repair: a name right after a verb that hands something over ("grant", "give",
  "deny", ... lexicon.yaml granting_verbs), which the parser made a compound of the object noun
  of what is handed over (granted_nouns: asylum, amnesty, access, ...), is the verb's indirect
  object: "Spain granted Edmundo Gonzalez asylum" coded nothing ("granted asylum to" did).
- A state, or its government, that arrests or frees unnamed people (dissidents, opposition
  members) arrests or frees its own, as its police and army did already: in an article filed
  elsewhere they took the dateline's country ("Managua – Kuba nahm Dutzende Oppositionelle fest"
  was CUB 173 NIC, "MANAGUA - Cuba released dozens of dissidents" CUB 0841 NIC).
- A ceasefire or truce suspended by one of its sides is broken (196), as ended or called off:
  "setzte die Waffenruhe mit der ELN aus" was a rejection (12), "suspended its ceasefire" nothing.
- Cartel bosses and traffickers handed over to another state are judicial cooperation (063) as
  suspects and fugitives are: "Mexico handed over 29 cartel bosses to the United States", "Mexiko
  übergab 29 Kartellbosse an die USA" coded nothing.
- Sanctions on a country's oil, energy or banks are sanctions for every frame of "Sanktion" (a
  compounds list): "Die USA verschärften die Ölsanktionen gegen Venezuela" and "hoben die
  Ölsanktionen auf" coded nothing ("verhängten Ölsanktionen" was coded already).
- Actors: Daniel Ortega, Pedro Castillo, Luis Arce and Bernardo Arévalo by their surname alone
  while in office ("Die Regierung Ortega bürgerte 94 Regierungskritiker aus" was UNK 172 UNK).
- A demand that its target leave the country is an expulsion (166), not a demand (10): "Venezuela
  ordered the Chilean ambassador to leave the country", "forderte die chilenischen Diplomaten auf,
  das Land zu verlassen" (words.yaml departure_verbs, departure_places); not when both sides share a
  state ("urged American citizens to leave the country"), nor when told to leave a building.
- Two acts of one sentence of the same PLOVER category between the same parties are one event by
  the coder's deduplication (one event per category and dyad a sentence): recalling one's
  ambassador and declaring the other's persona non grata is one SANCTION (the first, 161).
"""
from __future__ import annotations

import datetime as dt

import pytest

from tests.coded_events import coded

DATE = dt.date(2024, 10, 10)


def _triples(text: str, lang: str) -> list[tuple[str, str, str]]:
    return [e[:3] for e in coded(text, lang, DATE)]


@pytest.mark.parametrize("text, expected", [
    ("Spain granted Edmundo Gonzalez asylum.", [("ESP", "075", "VEN")]),
    ("Spain granted Edmundo Gonzalez political asylum.", [("ESP", "075", "VEN")]),
    ("Spain granted asylum to Edmundo Gonzalez.", [("ESP", "075", "VEN")]),
    # no verb that hands over: the name stays a modifier of the noun
    ("The US approved Ukraine aid.", []),
], ids=["granted-name-asylum", "political-asylum", "asylum-to", "approved"])
def test_receiver_read_as_compound(text, expected):
    assert _triples(text, "en") == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("Managua – Kuba nahm Dutzende Oppositionelle fest.", "de", [("CUB", "173", "CUB")]),
    ("MANAGUA - Cuba released dozens of dissidents.", "en", [("CUB", "0841", "CUB")]),
    ("Managua – Die nicaraguanische Regierung hat 222 politische Gefangene freigelassen. "
     "Kuba ließ Dutzende Regimekritiker frei.", "de", [("NIC", "0841", "NIC"), ("CUB", "0841", "CUB")]),
    # the police of no country named: the dateline's
    ("Managua – Die Polizei nahm Dutzende Oppositionelle fest.", "de", [("NIC", "173", "NIC")]),
    # people the text says are others' stay theirs
    ("BOGOTA - Venezuela released six Americans.", "en", [("VEN", "0841", "USA")]),
], ids=["kuba-festnahme", "cuba-released", "regimekritiker", "polizei", "americans"])
def test_state_arrests_and_frees_its_own(text, lang, expected):
    assert _triples(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("Die kolumbianische Regierung setzte die Waffenruhe mit der ELN aus.", "de", [("COL", "196", "COL")]),
    ("Colombia's government suspended its ceasefire with the ELN.", "en", [("COL", "196", "COL")]),
    # suspended talks stay suspended talks
    ("Colombia's government suspended peace talks with the ELN.", "en", [("COL", "164", "COL")]),
], ids=["waffenruhe-ausgesetzt", "ceasefire-suspended", "talks-suspended"])
def test_suspended_ceasefire(text, lang, expected):
    assert _triples(text, lang) == expected


@pytest.mark.parametrize("text, lang", [
    ("Mexico handed over 29 cartel bosses to the United States.", "en"),
    ("Mexiko übergab 29 Kartellbosse an die USA.", "de"),
], ids=["cartel-bosses", "kartellbosse"])
def test_cartel_bosses_handed_over(text, lang):
    assert _triples(text, lang) == [("MEX", "063", "USA")]


def test_two_sanctions_of_one_dyad_are_one_event():
    text = "Peru zog seinen Botschafter aus Mexiko ab und erklärte den mexikanischen Botschafter zur unerwünschten Person."
    assert _triples(text, "de") == [("PER", "161", "MEX")]


@pytest.mark.parametrize("text, expected", [
    ("Die USA verschärften die Ölsanktionen gegen Venezuela.", [("USA", "163", "VEN")]),
    ("Die USA hoben die Ölsanktionen gegen Venezuela auf.", [("USA", "085", "VEN")]),
], ids=["verschärft", "aufgehoben"])
def test_oil_sanctions_are_sanctions(text, expected):
    assert _triples(text, "de") == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("Die Regierung Ortega bürgerte 94 Regierungskritiker aus.", "de", [("NIC", "172", "NIC")]),
    ("Ortega criticised the United States.", "en", [("NIC", "111", "USA")]),
    ("Arce accused the United States of plotting a coup.", "en", [("BOL", "112", "USA")]),
], ids=["regierung-ortega", "ortega", "arce"])
def test_leaders_by_surname(text, lang, expected):
    assert _triples(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("Venezuela ordered the Chilean ambassador to leave the country within 72 hours.", "en", [("VEN", "166", "CHL")]),
    ("Venezuela forderte die chilenischen Diplomaten auf, das Land binnen 72 Stunden zu verlassen.", "de",
     [("VEN", "166", "CHL")]),
    ("Venezuela ordered the Chilean ambassador to leave the building.", "en", [("VEN", "10", "CHL")]),
    ("Venezuela forderte die chilenischen Diplomaten auf, das Land nicht zu verlassen.", "de", [("VEN", "10", "CHL")]),
    ("The United States urged American citizens to leave the country.", "en", [("USA", "02", "USA")]),
], ids=["ordered-to-leave", "aufgefordert-zu-verlassen", "building", "nicht-verlassen", "own-citizens"])
def test_ordered_to_leave_the_country_is_expelled(text, lang, expected):
    assert _triples(text, lang) == expected
