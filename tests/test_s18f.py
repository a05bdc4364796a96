"""Violence told from its victims' side, the doer only in the attack or fight noun (sentences
written for these tests, branch s18f).

- Victims of unknown country hurt in an attack or a fight whose doer only its noun names ("bei
  einem Angriff der russischen Armee getötet", "bei Kämpfen mit Dschihadisten getötet", "died in
  an attack by the army") coded nothing: they may be foreigners, so they were kept from the
  attacker's country. When the sentence places the harm in one state ("in Idlib", "in der
  Provinz Kandahar"), they are that state's, as a named agent's victims are ("von der russischen
  Armee in Idlib getötet" was RUS 18 SYR already). With no place named, or a place of no state,
  nothing stays coded; an attack with a target of its own is still coded on its own.
"""
from __future__ import annotations

import pytest

from tests.coded_events import sectored


@pytest.mark.parametrize("text, lang, expected", [
    ("In Aleppo wurden am Dienstag sieben Zivilisten bei einem Luftangriff der russischen Armee getötet.", "de",
     [("RUS/MIL", "195", "SYR/CVL")]),
    ("In Mosul kamen am Abend zwei Bauern bei einem Angriff der irakischen Armee ums Leben.", "de",
     [("IRQ/MIL", "190", "IRQ/CVL")]),
    ("In der Provinz Kandahar wurden drei Polizisten bei Gefechten mit Aufständischen verletzt.", "de",
     [("AFG/REB", "190", "AFG/COP")]),
    ("In Charkiw wurden zwei Reporter bei einem Angriff der russischen Armee verwundet.", "de",
     [("RUS/MIL", "190", "UKR/MED")]),
    ("In Mosul, two farmers died in an attack by the Iraqi army.", "en", [("IRQ/MIL", "190", "IRQ/CVL")]),
    ("In Kandahar, three police officers were wounded in clashes with insurgents.", "en",
     [("AFG/REB", "190", "AFG/COP")]),
], ids=["aleppo", "mosul-de", "helmand-de", "charkiw", "mosul-en", "helmand-en"])
def test_victims_take_the_scene(text, lang, expected):
    assert sectored(text, lang) == expected


@pytest.mark.parametrize("text, lang", [
    # no place named, or none of a state: whose the victims are is not told
    ("Sieben Zivilisten wurden bei einem Luftangriff der russischen Armee getötet.", "de"),
    ("In Kaschmir wurden zwei Bauern bei einem Angriff der indischen Armee getötet.", "de"),
    ("Drei Polizisten wurden bei Gefechten mit Aufständischen verletzt.", "de"),
    ("Two farmers died in an attack by the Iraqi army.", "en"),
], ids=["ohne-ort", "kaschmir", "ohne-ort-gefechte", "no-place"])
def test_no_scene_no_country(text, lang):
    assert sectored(text, lang) == []


@pytest.mark.parametrize("german, english", [
    ("In Aleppo wurden vier Lehrer bei einem Angriff der syrischen Luftwaffe verletzt.",
     "In Aleppo, four teachers were wounded in an attack by the Syrian air force."),
    ("In Mosul wurden sechs Bauern bei einem Angriff der irakischen Armee getötet.",
     "In Mosul, six farmers were killed in an attack by the Iraqi army."),
], ids=["lehrer", "bauern"])
def test_parity(german, english):
    assert sectored(german, "de") == sectored(english, "en") != []


# - English: the doer of a passive's harm named by "by" after the attack noun of its phrase ("were
#   killed in an air strike by the Russian army") was taken for the verb's own agent, so victims
#   of unknown country took the attacker's country (RUS 18 RUS), where German "bei einem
#   Luftangriff der russischen Armee getötet" and English "in a Russian air strike" code nothing.
#   Now as those: rebels' victims in the security forces still take a country, a place still names it.
@pytest.mark.parametrize("text, expected", [
    ("Nine villagers were killed in an air strike by the Turkish air force.", []),
    ("Two nurses were injured in a rocket attack by the Syrian army.", []),
    ("Two soldiers were wounded in an ambush by the Taliban.", [("AFG/REB", "18", "AFG/MIL")]),
    ("In Hama, two nurses were injured in a rocket attack by the Russian army.", [("RUS/MIL", "190", "SYR/HLH")]),
], ids=["villagers", "nurses", "taliban-soldiers", "hama"])
def test_doer_of_the_attack_noun(text, expected):
    assert sectored(text, "en") == expected


@pytest.mark.parametrize("german, english", [
    ("Neun Dorfbewohner wurden bei einem Luftangriff der türkischen Luftwaffe getötet.",
     "Nine villagers were killed in an air strike by the Turkish air force."),
    ("Zwei Soldaten wurden bei einem Hinterhalt der Taliban verwundet.",
     "Two soldiers were wounded in an ambush by the Taliban."),
], ids=["dorfbewohner", "hinterhalt"])
def test_parity_without_place(german, english):
    assert sectored(german, "de") == sectored(english, "en")


# - Those who died in a fight with a side its "mit"/"with" names were killed by that side, as with
#   the passive ("bei Gefechten mit den Taliban getötet"): German "starben bei Gefechten mit
#   türkischen Truppen" coded the dead's side attacking the other (SYR 190 TUR), English "died in
#   clashes with" nothing. With no side named, nothing.
@pytest.mark.parametrize("text, lang, expected", [
    ("Sechs armenische Soldaten starben bei Gefechten mit aserbaidschanischen Truppen.", "de",
     [("AZE/MIL", "18", "ARM/MIL")]),
    ("Zwei indische Soldaten kamen bei Kämpfen mit chinesischen Truppen ums Leben.", "de",
     [("CHN/MIL", "18", "IND/MIL")]),
    ("Six Armenian soldiers died in clashes with Azerbaijani troops.", "en", [("AZE/MIL", "18", "ARM/MIL")]),
    ("Two Indian soldiers died in fighting with Chinese troops.", "en", [("CHN/MIL", "18", "IND/MIL")]),
    ("Six soldiers died in clashes.", "en", []),
], ids=["armenien", "indien", "armenia", "india", "no-side"])
def test_died_in_a_fight_with(text, lang, expected):
    assert sectored(text, lang) == expected


# - A sentence that names no place goes on where the one before was (``_scene``), as for a named
#   agent's victims ("Sechs Bauern wurden von der saudischen Luftwaffe getötet" after Yemen).
#   (The article's home country as a last resort was tried and dropped: one more wrong event.)
# (the act is the one the attack noun names: "Luftangriff", "air strike" an air strike, 195)
@pytest.mark.parametrize("text, lang", [
    ("Die Lage im Jemen bleibt angespannt. Bei einem Luftangriff der saudischen Luftwaffe wurden sechs Bauern getötet.", "de"),
    ("The situation in Yemen remains tense. Six farmers were killed in an air strike by the Saudi air force.", "en"),
], ids=["jemen", "yemen"])
def test_scene_of_the_sentence_before(text, lang):
    assert sectored(text, lang) == [("SAU/MIL", "195", "YEM/CVL")]


# - A fight's side of unknown country ("mit Dschihadisten", "with jihadists") in a sentence placed
#   in one state is that state's, as the dead are; with no place named nothing is coded, as before.
@pytest.mark.parametrize("text, lang, expected", [
    ("In Niger starben vier Soldaten bei Gefechten mit Dschihadisten.", "de", [("NER/REB", "190", "NER/MIL")]),
    ("In Niger, four soldiers died in clashes with jihadists.", "en", [("NER/REB", "190", "NER/MIL")]),
    ("Vier Soldaten starben bei Gefechten mit Dschihadisten.", "de", []),
    ("Four soldiers died in clashes with jihadists.", "en", []),
], ids=["niger-de", "niger-en", "ohne-ort", "no-place"])
def test_unknown_side_of_a_fight_placed(text, lang, expected):
    assert sectored(text, lang) == expected
