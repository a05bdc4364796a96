"""Myanmar 2021 and the Galwan valley 2020 in both languages (sentences written for these tests,
branch art46a).

- A ruler noun ("the junta", "die Junta") no longer takes the state of a capital named only as the
  place of what others did ("At a summit in Jakarta ASEAN leaders met Min Aung Hlaing") when other
  states were named as parties before: it is left to take the article's country
  (``coref.Mentions.describe``): "The junta later ruled out talks with the National Unity
  Government" is Myanmar's refusal, not Indonesia's. A state named as a place ("the coup in
  Niger") still counts.
- A refusal that names no one answers a request made of the troops, police or officials its own
  government commands (``coder._answered`` with ``_commands``): "Germany asked the army of Sudan
  to release the protesters, but Sudan's government refused" is SDN 12 DEU (was no event).
- A crowd of protesters that sets fire to or damages a building of the police or the army riots
  (145), as one that attacks the police does (``RIOTING_CODES`` with 171 and 1712):
  "Protesters set fire to a police station in Khartoum" (was 171), "Demonstranten steckten in
  Khartum eine Polizeiwache in Brand" (was 1712). Fighters who burn one down stay 171, and an
  embassy or a party's office protesters burn stays damage to property (frame sentences kept).
- English "burned down" as "torched" (171, frames-art46a.yaml).
- A crowd of protesters that throws petrol bombs at the police or soldiers riots too (145, was
  183 bombing): "Protesters hurled stones and petrol bombs at the police in Mandalay"; at an
  embassy it stays 183.
- An act asked for after a noun of asking with a compound of nouns before it ("calls for a UN arms
  embargo on Myanmar", ``Coder._after_planning_noun``) is only asked for, as one after a single
  noun ("trade talks") is: "Russia turned down calls for a UN arms embargo on Myanmar" codes no
  UN embargo (was IGO:UN 163 MMR).
- A claim to land, waters or sovereignty (a claim noun after one of the frames' ``demanded_claims``,
  frames-art46a.yaml: territorial, maritime ...) is a demand, whose rejection is a refusal, not a
  denial of what was said: "India opposed China's territorial claims in Ladakh" IND 12 CHN (was no
  event); "India rejected China's claims" stays a denial (no event).
- German compounds of embargo and sanction (Waffenembargo, Handelsembargo, Wirtschaftssanktion ...;
  compounds in de/frames-art46a.yaml) meet a frame's condition on "Embargo" or "Sanktion": "Die
  EU forderte ein Waffenembargo gegen Myanmar" is EU 113 MMR, as "forderte Sanktionen gegen
  Myanmar" (was 10 aimed at no one).
- "the two armies", "die beiden Armeen" (side_nouns in both words.yaml) are the two sides named
  before, as "the two sides" are: "India and China blamed each other for the clash. Corps
  commanders of the two armies met at Moldo" codes the meeting IND+CHN 040 (was no event).
"""

from __future__ import annotations

import pytest

from tests.coded_events import triples as _events



@pytest.mark.parametrize("text, lang, expected", [
    ("The United States sanctioned Myanmar's generals. At a summit in Jakarta ASEAN leaders met "
     "Min Aung Hlaing. The junta later ruled out talks with the National Unity Government.", "en",
     ("MMR", "125", "MMR")),
    ("Die USA verhängten Sanktionen gegen Myanmars Generäle. Bei einem Gipfel in Jakarta trafen "
     "ASEAN-Staatschefs Min Aung Hlaing. Die Junta schloss später Gespräche mit der Regierung der "
     "Nationalen Einheit aus.", "de", ("MMR", "125", "MMR")),
])
def test_ruler_noun_not_of_a_meeting_place(text, lang, expected):
    assert _events(text, lang)[-1] == expected


def test_ruler_noun_of_a_state_named_as_place():
    assert _events("Russia and Britain criticised the coup in Niger. The junta rejected the ultimatum.", "en")[-1][0] == "NER"


@pytest.mark.parametrize("text, lang", [
    ("Germany asked the army of Sudan to release the protesters, but Sudan's government refused.", "en"),
    ("Deutschland forderte die Armee des Sudan auf, die Demonstranten freizulassen, doch die "
     "sudanesische Regierung lehnte ab.", "de"),
])
def test_government_refuses_request_made_of_its_army(text, lang):
    assert ("SDN", "12", "DEU") in _events(text, lang)


@pytest.mark.parametrize("text, lang, expected", [
    ("Protesters set fire to a police station in Khartoum.", "en", "145"),
    ("Protesters torched an army post in Mandalay.", "en", "145"),
    ("Demonstranten steckten in Khartum eine Polizeiwache in Brand.", "de", "145"),
    # (nor is an embassy or a party's office they burn: that stays damage to property)
    ("Wütende Demonstranten zündeten in Dhaka die Zentrale der Regierungspartei an.", "de", "1712"),
    # (fighters are no crowd of protesters: their arson stays damage to property)
    ("Boko Haram fighters burned down a police station in Maiduguri.", "en", "171"),
])
def test_protesters_arson_is_a_riot(text, lang, expected):
    assert [c for _, c, _ in _events(text, lang)] == [expected]


@pytest.mark.parametrize("text, expected", [
    ("Protesters hurled stones and petrol bombs at the police in Mandalay.", ["145"]),
    ("Protesters threw petrol bombs at the US embassy in Baghdad.", ["183"]),
])
def test_protesters_petrol_bombs_at_police_riot(text, expected):
    assert [c for _, c, _ in _events(text, "en")] == expected


@pytest.mark.parametrize("text", [
    "Russia turned down calls for a UN arms embargo on Myanmar.",
    "Britain rejected the demand for a UN arms embargo on Myanmar.",
])
def test_compound_after_noun_of_asking_is_only_asked_for(text):
    assert not any(c.startswith("16") for _, c, _ in _events(text, "en"))


@pytest.mark.parametrize("text, expected", [
    ("India strongly opposed China's territorial claims in Ladakh.", [("IND", "12", "CHN")]),
    ("Manila rejected Beijing's maritime claims in the South China Sea.", [("PHL", "12", "CHN")]),
    ("India rejected China's claims.", []),
])
def test_claim_to_land_is_a_demand(text, expected):
    assert _events(text, "en") == expected


@pytest.mark.parametrize("text, expected", [
    ("Die EU forderte ein Waffenembargo gegen Myanmar.", [("IGO:EU", "113", "MMR")]),
    ("Die USA verlangten Wirtschaftssanktionen gegen Russland.", [("USA", "113", "RUS")]),
])
def test_embargo_compounds_called_for(text, expected):
    assert _events(text, "de") == expected


@pytest.mark.parametrize("text, lang", [
    ("India and China blamed each other for the clash. Corps commanders of the two armies met at Moldo.", "en"),
    ("Indien und China gaben sich gegenseitig die Schuld. Die Kommandeure der beiden Armeen trafen "
     "sich in Moldo.", "de"),
])
def test_two_armies_are_the_sides_named(text, lang):
    assert ("IND+CHN", "040", "IND+CHN") in _events(text, lang)
