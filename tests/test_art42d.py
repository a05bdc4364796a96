"""Africa, Asia and Latin America 2019-2020 in both languages (sentences written for these tests,
branch art42d).

- A state's indigenous peoples are its civilians (agents-groups.yaml): English "indigenous
  groups", "indigenous leaders", "indigenous communities", German "Indigene", "indigene Gruppen",
  "Ureinwohner" (were no actor): "Indigenous groups in Ecuador demanded the reinstatement of fuel
  subsidies" is ECU/CVL 10 ECU/GOV after a sentence naming Ecuador's government.
- Investigators, an investigative team or a fact-finding body sent or dispatched to a state
  investigate there (090; frames-art42d.yaml of both packs): "The United Nations sent
  investigators to Chile", "Die Vereinten Nationen schickten ein Ermittlerteam nach Chile" are
  IGO:UN 090 CHL (were no event).
- Captured pilots, sailors, crews and captives returned or handed back are released (English
  return:0841 and hand back:084 of frames-probe.yaml take them, as hand over did; German
  "zurückgeben" with them is 0841, frames-art42d.yaml, not property returned, 0842): "Pakistan
  returned the captured Indian pilot to India", "Pakistan gab den gefangenen indischen Piloten an
  Indien zurück" are PAK 0841 IND (were no event, and 0842). Soldiers returned stay no event.
- A place a dependent act of cooperation is done at is no party to it (``Coder._complement``:
  a phrase of a location preposition of a dependent clause whose frame is cooperative, 03-07,
  is no fallback target): "Haftar refused to sign the ceasefire agreement in Moscow" is LBY 12
  with no target (was LBY 12 RUS), "Iran agreed to hold talks in Vienna" IRN 036 with none (was
  IRN 036 AUT), German "Äthiopien lehnte es ab, das Abkommen in Washington zu unterzeichnen" no
  longer ETH 12 USA. A threatened attack keeps its place: "Russia threatened to strike targets
  in Syria" stays RUS 13 SYR.
- German "wiederöffnen" of a border, a crossing or the airspace eases restrictions (081,
  frames-art42d.yaml; the particle verb had no frame, as "öffnen ... zu" and English "reopen"
  have): "Äthiopien und Eritrea öffneten ihre Grenzübergänge wieder" ETH+ERI 081 ETH+ERI,
  "Pakistan öffnete seinen Luftraum für indische Flugzeuge wieder" PAK 081 IND (were no event).
- Places (geo/data/places.yaml): Balakot (PAK), Indelimane and Boulkessi (MLI), which the city
  list lacks: "Indian jets struck a militant camp near Balakot" is IND 190 PAK (was IND 190 IND,
  the militants taking the attacker's country).
- German tagging (``tag._months_after_time_nouns``): a time noun right after another is a noun,
  not a name; HanTa reads the Austrian months "Jänner" and "Feber" as names, and "Die Polizei
  nahm Nawalny Ende Jänner fest" lost its object to a name "Nawalny Ende Jänner" (no event; now
  RUS 173 RUS, as with "Ende Juli"). "Feber" is a month of the pack (time.yaml, lexicon.yaml).
"""

from __future__ import annotations

import pytest

from chronist.lang.de import tag
from tests.coded_events import sectored, triples as _events



@pytest.mark.parametrize("text, lang, expected", [
    ("Ecuador's government raised fuel prices. Indigenous groups demanded the reinstatement of the subsidies.",
     "en", ("ECU/CVL", "10", "ECU/GOV")),
    ("Ecuador's government raised fuel prices. Indigenous communities blocked roads in protest.",
     "en", ("ECU/CVL", "144", "ECU/GOV")),
    ("Die Regierung Ecuadors erhöhte die Treibstoffpreise. Indigene Gruppen forderten die Wiedereinführung der Subventionen.",
     "de", ("ECU/CVL", "10", "ECU/GOV")),
])
def test_indigenous_peoples_are_civilians(text, lang, expected):
    assert expected in sectored(text, lang)


@pytest.mark.parametrize("text, lang, expected", [
    ("The United Nations sent investigators to Chile.", "en", ("IGO:UN", "090", "CHL")),
    ("The United Nations dispatched a team of investigators to Bolivia.", "en", ("IGO:UN", "090", "BOL")),
    ("Die Vereinten Nationen schickten ein Ermittlerteam nach Chile.", "de", ("IGO:UN", "090", "CHL")),
    ("Die EU entsandte eine Untersuchungsmission nach Griechenland.", "de", ("IGO:EU", "090", "GRC")),
])
def test_investigators_sent_investigate(text, lang, expected):
    assert _events(text, lang) == [expected]


@pytest.mark.parametrize("text, lang, expected", [
    ("Russia sent envoys to Damascus.", "en", ("RUS", "042", "SYR")),
    ("Der Iran schickte eine Delegation nach Moskau.", "de", ("IRN", "042", "RUS")),
])
def test_envoys_sent_stay_visits(text, lang, expected):
    assert _events(text, lang) == [expected]


@pytest.mark.parametrize("text, lang, expected", [
    ("Pakistan returned the captured Indian pilot to India.", "en", ("PAK", "0841", "IND")),
    ("Russia returned the 24 Ukrainian sailors to Kyiv.", "en", ("RUS", "0841", "UKR")),
    ("Pakistan handed back the captured Indian pilot.", "en", ("PAK", "084", "IND")),
    ("Pakistan gab den gefangenen indischen Piloten an Indien zurück.", "de", ("PAK", "0841", "IND")),
    ("Russland gab der Ukraine die festgesetzten Seeleute zurück.", "de", ("RUS", "0841", "UKR")),
])
def test_captives_returned_are_released(text, lang, expected):
    assert _events(text, lang) == [expected]


@pytest.mark.parametrize("text, lang", [
    ("The United States returned troops to their bases.", "en"),
    ("The United States returned soldiers to Iraq.", "en"),
])
def test_soldiers_returned_are_no_release(text, lang):
    assert all(c != "0841" for _, c, _ in _events(text, lang))


@pytest.mark.parametrize("text, expected", [
    ("Die Polizei nahm Nawalny Ende Jänner fest.", ("RUS", "173", "RUS")),
    ("Die russische Regierung ließ Nawalny Mitte Jänner frei.", ("RUS", "0841", "RUS")),
    ("Die russische Regierung ließ Nawalny Anfang Feber frei.", ("RUS", "0841", "RUS")),
])
def test_austrian_months_after_a_time_noun(text, expected):
    assert _events(text, "de") == [expected]


def test_month_after_a_time_noun_is_a_noun_but_a_first_name_stays_a_name():
    text = "Ende Jänner kritisierte ÖVP-Klubchef August Wöginger den Kanzler."
    words = tag.tokens(text, 0, len(text))
    pos = {t.text: t.pos for t in words}
    assert pos["Jänner"] == "NN" and pos["August"] == "NE"


@pytest.mark.parametrize("text, lang, expected", [
    ("Haftar refused to sign the ceasefire agreement in Moscow.", "en", [("LBY", "12", "")]),
    ("Iran agreed to hold talks in Vienna.", "en", [("IRN", "036", "")]),
    ("Ethiopia refused to sign the deal in Washington.", "en", [("ETH", "12", "")]),
    ("Äthiopien lehnte es ab, das Abkommen in Washington zu unterzeichnen.", "de", []),
])
def test_the_place_of_a_dependent_cooperation_is_no_party(text, lang, expected):
    assert _events(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("Russia threatened to strike targets in Syria.", "en", [("RUS", "13", "SYR")]),
    ("Haftar refused to meet Sarraj in Moscow.", "en", [("LBY", "12", "LBY")]),
])
def test_places_of_attacks_and_named_partners_stay(text, lang, expected):
    assert _events(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("Indian jets struck a militant camp near Balakot.", "en", ("IND", "190", "PAK")),
    ("Indische Kampfflugzeuge griffen ein Lager von Extremisten bei Balakot an.", "de", ("IND", "190", "PAK")),
    ("Jihadists attacked the army base in Boulkessi.", "en", ("MLI", "190", "MLI")),
])
def test_places_of_the_2019_strikes(text, lang, expected):
    assert _events(text, lang) == [expected]


@pytest.mark.parametrize("text, expected", [
    ("Äthiopien und Eritrea öffneten ihre Grenzübergänge wieder.", ("ETH+ERI", "081", "ETH+ERI")),
    ("Pakistan öffnete seinen Luftraum für indische Flugzeuge wieder.", ("PAK", "081", "IND")),
    ("Österreich öffnete die Grenze zu Italien wieder.", ("AUT", "081", "ITA")),
])
def test_borders_reopened_de(text, expected):
    assert _events(text, "de") == [expected]
