"""Strikes from the air told in two words (frames-me18.yaml): "air strike", "air raid", "air
attack", "drone strike", "drone attack", "missile strike" are aerial weapons (195), as "airstrike"
and German "Luftangriff", "Drohnenangriff" are; before, English read them as any strike or attack
(190), so the two sides of one report differed in the code. Sentences written for these tests."""
from __future__ import annotations

import pytest

from tests.coded_events import triples


@pytest.mark.parametrize("text, expected", [
    ("Israel's air strike on the Hamas camp killed six fighters.", ("ISR", "195", "PSE")),
    ("Ukraine's drone attack on the Russian port caused a fire.", ("UKR", "195", "RUS")),
    ("Russia's missile strike on Kyiv killed three people.", ("RUS", "195", "UKR")),
], ids=["air-strike", "drone-attack", "missile-strike"])
def test_strikes_from_the_air_are_aerial_weapons(text, expected):
    assert expected in triples(text, "en")


@pytest.mark.parametrize("german, english", [
    ("In Aleppo wurden am Dienstag sieben Zivilisten bei einem Luftangriff der russischen Armee getötet.",
     "In Aleppo, seven civilians were killed on Tuesday in an air strike by the Russian army."),
    ("Der Drohnenangriff der Ukraine auf den russischen Hafen löste einen Brand aus.",
     "Ukraine's drone attack on the Russian port caused a fire."),
], ids=["aleppo", "hafen"])
def test_both_languages_give_one_code(german, english):
    assert [e[1] for e in triples(german, "de")] == [e[1] for e in triples(english, "en")] == ["195"]


@pytest.mark.parametrize("text, code", [
    ("Workers went on strike against the government in Paris.", "143"),
    ("The army's attack on the rebel stronghold lasted three days.", "190"),
], ids=["labour-strike", "ground-attack"])
def test_other_strikes_and_attacks_keep_their_codes(text, code):
    assert [e[1] for e in triples(text, "en")] == [code]
