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
- A state defended against an attack, an invasion or aggression is protected by arms (074, AID;
  intended: 0334), not defended in words (052, SUPPORT, as "Trump defended Saudi Arabia after the
  killing" stays): "NATO will defend Estonia against any Russian attack" was AGREE 032. Both
  languages (frames-s21b.yaml). And attacks faced from someone are attacks from them ("Nigerian
  soldiers faced attacks from Boko Haram"), of words between politicians.
- A strike begun, continued or organised is a hunger strike (142) or a strike or walkout (143),
  as German "begannen einen Hungerstreik", "organisierten einen Generalstreik" already were, not a
  protest of no kind (14): "Kurdish prisoners began a hunger strike" was PROTEST 14 (frames.yaml
  keeps demonstrations and protests at 14; frames-s21b.yaml).
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


@pytest.mark.parametrize("text, lang, expected", [
    ("Kenya vowed to defend Somalia against any attack by the militants.", "en", ("KEN", "0334", "SOM")),
    ("NATO will defend Estonia against any Russian attack.", "en", ("IGO:NATO", "0334", "EST")),
    ("Die NATO wird Estland gegen jeden russischen Angriff verteidigen.", "de", ("IGO:NATO", "0334", "EST")),
])
def test_defence_by_arms_is_protection(text, lang, expected):
    assert expected in triples(text, lang)


@pytest.mark.parametrize("text, lang, expected", [
    ("Donald Trump defended Saudi Arabia after the killing of the journalist.", "en", ("USA", "052", "SAU")),
    ("Trump verteidigte Saudi-Arabien nach dem Mord an dem Journalisten.", "de", ("USA", "052", "SAU")),
])
def test_defence_in_words_stays_support(text, lang, expected):
    assert expected in triples(text, lang)


@pytest.mark.parametrize("text, lang, expected", [
    ("The Malian army faced attacks from Tuareg rebels.", "en", ("MLI", "190", "MLI")),
    ("Angela Merkel faced attacks from the Social Democrats.", "en", ("DEU", "111", "DEU")),
])
def test_attacks_faced_from_someone(text, lang, expected):
    assert expected in triples(text, lang)


@pytest.mark.parametrize("text, lang, expected", [
    ("Kurdish prisoners began a hunger strike against the government of Turkey.", "en", ("TUR", "142", "TUR")),
    ("Kurdische Häftlinge begannen einen Hungerstreik gegen die türkische Regierung.", "de", ("TUR", "142", "TUR")),
    ("The unions organized a general strike against the government of Greece.", "en", ("GRC", "143", "GRC")),
    ("Die Gewerkschaften organisierten einen Generalstreik gegen die griechische Regierung.", "de", ("GRC", "143", "GRC")),
    ("Teachers began a protest against the government of Kenya.", "en", ("KEN", "14", "KEN")),
])
def test_strikes_begun_or_organised_by_kind(text, lang, expected):
    assert expected in triples(text, lang)
