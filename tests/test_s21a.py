"""English misses of the twenty-first session, branch s21a (sentences written for these tests).

- A passive that leaves its preposition behind ("were fired on", "was spied upon", "were cracked
  down on") takes its subject for that preposition's noun, as the active has it
  (``_stranded_prep`` in chronist/lang/en/clauses.py, the lexicon's ``stranded_preps``):
  "Syrian protesters were fired on by government troops" is SYR 190 SYR as "Government troops
  fired on Syrian protesters" is (was no event: the parser's particle made "fire on" a verb no
  frame knows, and the subject was read as the verb's object); "to" too ("was appealed to by"); and in a headline's passive, with no auxiliary
  ("Venezuelan protesters fired on by National Guard troops").
- Acts told from the side of the one they are done to, the doer in a "from" phrase
  (chronist/lang/en/frames-s21a.yaml, chronist/lang/de/frames-s21a.yaml): under pressure from
  someone is pressed by them (10), as "faced pressure from": "Ecuador came under pressure from
  Washington" USA 10 ECU, "Ecuador geriet unter den Druck Washingtons" (were no event); a
  phone call received from someone is a call between them (041), as "phoned": "Duterte received
  a phone call from Xi Jinping" CHN 041 PHL, "Duterte erhielt einen Anruf von Xi Jinping";
  resistance or opposition faced or encountered from someone is a rejection (12), as "drew a
  rejection from": "Abe's plan faced opposition from Seoul" KOR 12 JPN (not troops facing
  resistance, which is fighting).
- Condolences or sympathy extended to someone are support (051), as those offered or sent
  (frames-02-05.yaml): "Turkey extended its condolences to Iran" TUR 051 IRN (was no event).
- Pressure heaped, mounted or applied on or to someone is pressing them (10), as pressure piled
  or exerted: "Canada heaped pressure on Beijing" CAN 10 CHN (was no event); "applied pressure
  on Tehran" was a sanction (163, with "apply sanctions").
- An "at" phrase the parser hangs on the object belongs to the verb, as "on" and "against" do (the
  lexicon's object_preps): "Trump took a jab at Trudeau" USA 111 CAN (was no event; "took jabs
  at" was read).
"""

from __future__ import annotations

import pytest

from tests.coded_events import triples as _events


@pytest.mark.parametrize("text, expected", [
    ("Sudanese demonstrators were fired on by the army in Khartoum.", ("SDN", "190", "SDN")),
    ("Iraqi protesters were fired upon by security forces in Basra.", ("IRQ", "190", "IRQ")),
    ("The Turkish opposition leader was spied on by the Turkish intelligence service.", ("TUR", "176", "TUR")),
    ("Uighur activists were cracked down on by the Chinese police.", ("CHN", "175", "CHN")),
    ("The Indian ambassador was lashed out at by Pakistan.", ("PAK", "111", "IND")),
    ("Palestinian protesters, who were fired on by Israeli troops, left the border area.", ("ISR", "190", "PSE")),
    ("The Security Council was appealed to by Ukraine.", ("UKR", "02", "IGO:UN")),
    ("Moon Jae-in was reached out to by Kim Jong Un.", ("PRK", "040", "KOR")),
    # a headline's passive, with no auxiliary
    ("Venezuelan protesters fired on by National Guard troops", ("VEN", "190", "VEN")),
])
def test_passive_with_stranded_preposition(text, expected):
    assert expected in _events(text, "en")


@pytest.mark.parametrize("text, lang, expected", [
    ("Ecuador came under pressure from Washington.", "en", ("USA", "10", "ECU")),
    ("The Serbian government is under pressure from the European Union.", "en", ("IGO:EU", "10", "SRB")),
    ("Ecuador geriet unter den Druck Washingtons.", "de", ("USA", "10", "ECU")),
    ("Die serbische Regierung steht unter Druck der Europäischen Union.", "de", ("IGO:EU", "10", "SRB")),
])
def test_under_pressure_from_someone(text, lang, expected):
    assert expected in _events(text, lang)


@pytest.mark.parametrize("text, lang, expected", [
    ("Duterte received a phone call from Xi Jinping.", "en", ("CHN", "041", "PHL")),
    ("Orban got a call from Erdogan on Sunday.", "en", ("TUR", "041", "HUN")),
    ("Duterte erhielt einen Anruf von Xi Jinping.", "de", ("CHN", "041", "PHL")),
    ("Orban bekam am Sonntag einen Anruf von Erdogan.", "de", ("TUR", "041", "HUN")),
])
def test_call_received_from_someone(text, lang, expected):
    assert expected in _events(text, lang)



@pytest.mark.parametrize("text, lang, expected", [
    ("Abe's plan faced opposition from Seoul.", "en", ("KOR", "12", "JPN")),
    ("Orban encountered stiff resistance from Germany.", "en", ("DEU", "12", "HUN")),
])
def test_resistance_faced_from_someone(text, lang, expected):
    assert expected in _events(text, lang)


@pytest.mark.parametrize("text, expected", [
    ("Turkey extended its condolences to Iran after the earthquake.", ("TUR", "051", "IRN")),
    ("Canada extended its sympathies to the people of Sri Lanka.", ("CAN", "051", "LKA")),
])
def test_condolences_extended(text, expected):
    assert expected in _events(text, "en")


@pytest.mark.parametrize("text, expected", [
    ("Canada heaped pressure on Beijing.", ("CAN", "10", "CHN")),
    ("The European Commission mounted pressure on Budapest.", ("IGO:EU", "10", "HUN")),
    ("The United States applied pressure on Tehran.", ("USA", "10", "IRN")),
    ("The United States applied pressure to Ankara.", ("USA", "10", "TUR")),
])
def test_pressure_heaped_mounted_applied(text, expected):
    assert expected in _events(text, "en")


def test_at_phrase_on_the_object_belongs_to_the_verb():
    assert ("USA", "111", "CAN") in _events("Trump took a jab at Trudeau.", "en")
