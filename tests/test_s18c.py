"""Branch s18c (sentences written for these tests).

- German: a fight or a war that a state, an army or an armed group goes on with is an act of
  force against the one it is fought against (frames-s18c.yaml), as English "continued the fight
  against" is (en/frames-art40c.yaml): "Die Armee Nigerias setzte den Kampf gegen Boko Haram fort"
  NGA 19 NGA (was no event), "führte den Krieg gegen ... fort", "führte den Kampf ... weiter".
  A fight against poverty or corruption, or one a party or a charity carries on, is none.
- German: an act of violence a private person named by a noun confesses ("der Mann habe die
  Schüsse auf den Soldaten gestanden") is that person's, a civilian of the article's country
  (``Coder._confessor``), not the act of the police that report the confession (was UGA/COP 193
  UGA/MIL for "Die Polizei Ugandas sagte, der Mann habe ... gestanden").
"""

from __future__ import annotations

import pytest

from tests.coded_events import sectored, triples as _events


@pytest.mark.parametrize("text, expected", [
    ("Die Armee Nigerias setzte den Kampf gegen Boko Haram im Nordosten fort.", ("NGA", "19", "NGA")),
    ("Die Ukraine setzt den Krieg gegen Russland fort.", ("UKR", "19", "RUS")),
    ("Die sudanesische Armee führte den Kampf gegen die RSF in Khartum fort.", ("SDN", "19", "SDN")),
    ("Aserbaidschan führte die Gefechte gegen Armenien an der Grenze weiter.", ("AZE", "19", "ARM")),
])
def test_fight_or_war_carried_on(text, expected):
    assert expected in _events(text, "de")


@pytest.mark.parametrize("text", [
    "Die Hilfsorganisation setzt den Kampf gegen den Hunger in Somalia fort.",
    "Die Regierung Nigerias setzt den Kampf gegen die Korruption fort.",
    "Die Grünen führen ihren Kampf gegen das neue Gesetz weiter.",
])
def test_no_fight_without_an_armed_side_and_a_foe(text):
    assert _events(text, "de") == []


@pytest.mark.parametrize("text, expected", [
    ("Die Polizei Ugandas sagte, der Mann habe die Schüsse auf den Soldaten gestanden.",
     [("UGA/CVL", "193", "UGA/MIL")]),
    ("Laut der tansanischen Polizei hat eine Frau den Angriff auf den Polizisten gestanden.",
     [("TZA/CVL", "190", "TZA/COP")]),
])
def test_confessed_violence_is_the_confessors(text, expected):
    assert sectored(text, "de") == expected
