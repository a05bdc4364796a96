"""The type of an act, and whether it was done, set by what its clause says around it, both
languages, branch s21b (sentences written for these tests).

- An attack of any kind (CAMEO 19: "launched an attack on", "mounted an attack on") that a
  politician, a party or the opposition makes on another politician of their state is one of
  words, criticism (111), as the armed attack (190) of the verb "attack" already was: "Jeremy
  Corbyn launched an attack on Theresa May" was ASSAULT 19. (German "startete einen Angriff auf"
  was already 111.) ``coder._verbal_attack``.
- An act named by a noun that its subject forgoes is not done: the object, or the noun in the
  phrase, of "refrained from", "decided against", "backed away from", "stopped short of", "held
  off on", "renounced" (the pack's ``forgoing_phrases``) is negated, as "did not impose sanctions"
  is: "The EU backed away from sanctions against Hungary" was an asserted sanction. German
  "verzichtete auf Sanktionen" already was; "sah von Sanktionen ab" ("absehen von", and its
  zu-infinitive "sah davon ab, ... zu verhängen") now is too.
"""

from __future__ import annotations

import pytest

from tests.coded_events import coded, triples


@pytest.mark.parametrize("text, lang, expected", [
    ("Jeremy Corbyn launched an attack on Theresa May over the budget.", "en", ("GBR", "111", "GBR")),
    ("Nancy Pelosi launched an attack on Donald Trump.", "en", ("USA", "111", "USA")),
    ("Martin Schulz startete einen Angriff auf Angela Merkel.", "de", ("DEU", "111", "DEU")),
])
def test_attack_of_a_politician_on_another_is_criticism(text, lang, expected):
    assert expected in triples(text, lang)
    assert not any(code.startswith("19") for _, code, _ in triples(text, lang))


@pytest.mark.parametrize("text, lang, expected", [
    ("Russia launched an attack on Ukraine.", "en", ("RUS", "19", "UKR")),
    ("The Russian army launched an attack on Ukrainian positions.", "en", ("RUS", "19", "UKR")),
])
def test_attack_of_states_and_armies_stays_force(text, lang, expected):
    assert expected in triples(text, lang)


@pytest.mark.parametrize("text, lang, expected", [
    ("The EU backed away from sanctions against Hungary.", "en", ("IGO:EU", "163", "HUN", "negated")),
    ("Germany decided against sanctions on Turkey.", "en", ("DEU", "163", "TUR", "negated")),
    ("Britain stopped short of sanctions against Saudi Arabia.", "en", ("GBR", "163", "SAU", "negated")),
    ("France refrained from criticism of Italy.", "en", ("FRA", "111", "ITA", "negated")),
    ("Japan decided against a visit to China.", "en", ("JPN", "042", "CHN", "negated")),
    ("The United States held off on new sanctions against Turkey.", "en", ("USA", "163", "TUR", "negated")),
    ("Die EU sah von Sanktionen gegen Ungarn ab.", "de", ("IGO:EU", "163", "HUN", "negated")),
    ("Deutschland sah davon ab, Sanktionen gegen die Türkei zu verhängen.", "de", ("DEU", "163", "TUR", "negated")),
])
def test_forgone_act_is_negated(text, lang, expected):
    assert expected in coded(text, lang)


@pytest.mark.parametrize("text, lang, expected", [
    ("The EU did not shy away from criticism of China.", "en", ("IGO:EU", "111", "CHN", "asserted")),
    ("Die EU verhängte Sanktionen gegen Ungarn.", "de", ("IGO:EU", "163", "HUN", "asserted")),
])
def test_act_not_forgone_stays_asserted(text, lang, expected):
    assert expected in coded(text, lang)
