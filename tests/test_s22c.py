"""German translations of English news, branch s22c (sentences written for these tests).

Translated news tells what someone "faced" from the side of the one who faced it: "sah sich
scharfer Kritik aus Kanada ausgesetzt", "ist mit Forderungen aus Brüssel konfrontiert".

- Exposed to an act ("einem Tun ausgesetzt sein"): pressure, threats and attacks one is exposed to
  are done by the one the aus-, von- or seitens-phrase or the dative noun's genitive names
  (chronist/lang/de/frames-s22c.yaml; criticism in frames-parallel-4.yaml): "Die Türkei ist dem
  Druck der USA ausgesetzt" USA 10 TUR. The noun stands in the dative, and the construction's noun
  holds the phrases of its doer there as in a prepositional phrase (``_source_of_noun`` in
  chronist/coding/coder.py); was no event, "war der Kritik Washingtons ausgesetzt" was described
  as unread in frames-parallel-4.yaml.
- A participle with "sein" takes no accusative: beside its subject a phrase that may be dative is
  the dative ("ist ständigen Angriffen der Rebellen ausgesetzt", chronist/lang/de/clauses.py), and
  a frame that reads the object of the verb does not read the noun of a stative clause's dative
  (``Frame.fits``): "suspended the attacks" (087) is no reading of being exposed to them (was
  an 087 de-escalation).
- A verb of the lexicon's ``state_reflexive_verbs`` ("sehen") with a reflexive pronoun and a
  participle of its ``state_reflexive_participles`` tells the state as "sein" does: "sah sich
  Kritik ausgesetzt" as "war Kritik ausgesetzt", "sieht sich mit Drohungen konfrontiert" as "ist
  mit Drohungen konfrontiert" (were no event); not a feeling ("sieht sich bedroht", no threat made).
- Confronting someone with criticism, demands, threats or sanctions is criticising, pressing,
  threatening or punishing them, as with accusations (frames-art39a.yaml); in the passive and as a
  state ("ist mit Forderungen aus Brüssel konfrontiert") the one confronted is the subject, the
  doer in the von- or aus-phrase; a state that names no doer is no event.
- An extended participle attribute ("die von den USA gegen den Iran erhobenen Vorwürfe"): its
  agent runs to the first preposition that does not qualify it (the lexicon's
  ``agent_attribute_prepositions``: "von der Regierung in Kiew"), the phrases after it are the
  participle's own, and the agent may stand further from the participle
  (``SentenceAnalyser._participles``): USA 112 IRN (was no event: the agent was taken five words
  back at most, and "gegen den Iran" was part of it).
- "seitens" gives the agent of a passive as "von" and "durch" do (the lexicon's
  ``passive_agent_prepositions``): "Israel wurde seitens der Türkei scharf kritisiert" TUR 111 ISR
  (was no event), in a participle attribute too ("die seitens der EU verhängten Sanktionen").
- Aid a state accepts ("akzeptieren") or takes receipt of ("entgegennehmen") from another was given
  by that one (07), as aid "angenommen" and English "accepted aid from" (frames-s22c.yaml): "Nepal
  akzeptierte Hilfe aus Indien" IND 07 NPL (was no event).
- Concern or criticism voiced "zu" or "gegenüber" someone, as "über" (frames-vocab5.yaml): "Der
  Iran äußerte sich kritisch zu den Plänen der USA" IRN 11 USA (was no event).
- The seats of government that German translations of English news write as the English do
  (chronist/actors/data/countries.yaml): Pyongyang, Beijing, Kyiv, Taipei, Brasilia beside
  Pjöngjang, Peking, Kiew, Taipeh, Brasília.
- Aircraft of another state that fighter jets intercept ("abfangen") are harassed (17), as English
  "intercepted a US reconnaissance plane" (frames-s22c.yaml): "Chinesische Kampfjets fingen ein
  australisches Aufklärungsflugzeug ab" CHN 17 AUS (was no event); missiles intercepted are defence.
"""

from __future__ import annotations

import pytest

from tests.coded_events import triples as _events


@pytest.mark.parametrize("text, expected", [
    ("Die pakistanische Regierung ist starkem Druck aus Washington ausgesetzt.", ("USA", "10", "PAK")),
    ("Die Ukraine ist dem wachsenden Druck der Europäischen Union ausgesetzt.", ("IGO:EU", "10", "UKR")),
    ("Litauen war Drohungen aus Moskau ausgesetzt.", ("RUS", "13", "LTU")),
    ("Die irakische Armee ist heftigen Angriffen der Kurden ausgesetzt.", ("IRQ", "190", "IRQ")),
])
def test_exposed_to_an_act(text, expected):
    assert expected in _events(text, "de")


@pytest.mark.parametrize("text", [
    "Die jemenitischen Rebellen sind seit Monaten Luftangriffen ausgesetzt.",
    "Die Armee im Norden Malis ist ständigen Angriffen ausgesetzt.",
])
def test_exposed_to_attacks_is_no_suspension(text):
    assert not any(c == "087" for _, c, _ in _events(text, "de"))


@pytest.mark.parametrize("text, expected", [
    ("Die saudische Regierung sieht sich scharfer Kritik aus Kanada ausgesetzt.", ("CAN", "111", "SAU")),
    ("Die Regierung in Islamabad sah sich dem Druck der amerikanischen Regierung ausgesetzt.", ("USA", "10", "PAK")),
    ("Kuba sieht sich mit Drohungen aus Washington konfrontiert.", ("USA", "13", "CUB")),
    ("Die Regierung in Belgrad sah sich mit Forderungen aus Brüssel konfrontiert.", ("IGO:EU", "10", "SRB")),
])
def test_sees_itself_exposed_or_confronted(text, expected):
    assert expected in _events(text, "de")


@pytest.mark.parametrize("faced, felt, expected", [
    ("Estland sieht sich mit Drohungen aus Moskau konfrontiert.", "Estland sieht sich von Russland bedroht.",
     ("RUS", "13", "EST")),
    ("Die Regierung in Tallinn sah sich dem Druck aus Moskau ausgesetzt.",
     "Die Regierung in Tallinn sieht sich durch das Manöver Russlands bedroht.", ("RUS", "10", "EST")),
    ("Die Regierung in Minsk sah sich Drohungen aus Warschau ausgesetzt.",
     "Die Regierung sah sich gezwungen, die Grenze zu Belarus zu schließen.", ("POL", "13", "BLR")),
])
def test_sees_itself_faced_with_an_act_not_a_feeling(faced, felt, expected):
    """Only the participles of facing an act tell a state with "sieht sich": a feeling of being
    threatened is how one sees oneself, no threat made."""
    assert expected in _events(faced, "de")
    assert _events(felt, "de") == []


@pytest.mark.parametrize("text, expected", [
    ("Die EU-Kommission konfrontierte Polen mit scharfer Kritik.", ("IGO:EU", "111", "POL")),
    ("Die USA konfrontierten Kuba mit neuen Sanktionen.", ("USA", "163", "CUB")),
    ("Die Türkei wurde von der EU mit Forderungen konfrontiert.", ("IGO:EU", "10", "TUR")),
    ("Serbien ist mit Forderungen aus Brüssel konfrontiert.", ("IGO:EU", "10", "SRB")),
    ("Russland wurde von Kanada mit neuen Sanktionen konfrontiert.", ("CAN", "163", "RUS")),
])
def test_confronted_with_an_act(text, expected):
    assert expected in _events(text, "de")


def test_confronted_by_no_one_is_no_event():
    """A state that names no doer is no event; with the doer named it is."""
    assert _events("Serbien ist mit neuen Forderungen konfrontiert.", "de") == []
    assert ("IGO:EU", "10", "SRB") in _events("Serbien ist seit Monaten mit Forderungen aus Brüssel konfrontiert.", "de")


@pytest.mark.parametrize("text, expected", [
    ("Die von Indien gegen Pakistan erhobenen Vorwürfe wiegen schwer.", ("IND", "112", "PAK")),
    ("Die von der Regierung in Ankara gegen Schweden verhängten Sanktionen bleiben in Kraft.", ("TUR", "163", "SWE")),
    ("Die von Kanada gegen chinesische Stahlimporte verhängten Zölle treffen die Industrie.", ("CAN", "163", "CHN")),
    ("Die von der ägyptischen Polizei am Montag bei einer Kundgebung festgenommenen Aktivisten kamen frei.", ("EGY", "173", "EGY")),
])
def test_participle_attribute_with_its_own_phrases(text, expected):
    assert expected in _events(text, "de")


@pytest.mark.parametrize("text, expected", [
    ("Serbien wurde seitens der EU scharf kritisiert.", ("IGO:EU", "111", "SRB")),
    ("Seitens Australiens wurden neue Sanktionen gegen Myanmar verhängt.", ("AUS", "163", "MMR")),
    ("Die seitens Japans gegen Südkorea erhobenen Vorwürfe sind haltlos.", ("JPN", "112", "KOR")),
])
def test_seitens_gives_the_agent(text, expected):
    assert expected in _events(text, "de")


@pytest.mark.parametrize("text, expected", [
    ("Sri Lanka akzeptierte die Militärhilfe Indiens.", ("IND", "07", "LKA")),
    ("Die Regierung von Haiti nahm Hilfsgüter aus Kanada entgegen.", ("CAN", "07", "HTI")),
])
def test_aid_accepted_from_someone(text, expected):
    assert expected in _events(text, "de")


@pytest.mark.parametrize("text, expected", [
    ("Der Iran äußerte sich kritisch zu den Plänen Israels.", ("IRN", "11", "ISR")),
    ("Die Regierung in Hanoi äußerte sich besorgt zu den Manövern Chinas.", ("VNM", "11", "CHN")),
    ("Kolumbien äußerte sich verärgert gegenüber Venezuela.", ("COL", "11", "VEN")),
])
def test_concern_voiced_on_or_towards_someone(text, expected):
    assert expected in _events(text, "de")


@pytest.mark.parametrize("text, expected", [
    ("Pyongyang warf Seoul Verrat vor.", ("PRK", "1125", "KOR")),
    ("Beijing kritisierte Tokio scharf.", ("CHN", "111", "JPN")),
    ("Die Regierung in Kyiv kritisierte Minsk.", ("UKR", "111", "BLR")),
    ("Taipei protestierte bei Peking.", ("TWN", "114", "CHN")),
    ("Brasilia kritisierte Caracas.", ("BRA", "111", "VEN")),
])
def test_seats_of_government_in_english_spelling(text, expected):
    assert expected in _events(text, "de")


@pytest.mark.parametrize("text, expected", [
    ("Türkische Kampfjets fingen ein griechisches Aufklärungsflugzeug über der Ägäis ab.", ("TUR", "17", "GRC")),
    ("Ein amerikanisches Spionageflugzeug wurde von russischen Kampfjets abgefangen.", ("RUS", "17", "USA")),
])
def test_aircraft_intercepted(text, expected):
    assert expected in _events(text, "de")


def test_missile_intercepted_is_no_event():
    assert not any(c == "17" for _, c, _ in _events("Die israelische Armee fing eine Rakete aus dem Gazastreifen ab.", "de"))
    assert ("ISR", "17", "LBN") in _events("Israelische Kampfjets fingen ein libanesisches Transportflugzeug ab.", "de")
