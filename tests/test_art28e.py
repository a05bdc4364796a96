"""Security and diplomacy in East Asia and the Pacific as wire reports tell them (sentences
written for these tests, branch art28e): China and Taiwan, the South China Sea, the Koreas, Japan.

- Warplanes that enter a state's air defence zone show force (15), as entering its airspace or
  waters does; warships a state or a navy sends into a state's waters or airspace are aimed at
  it. German "eindringen" into airspace, an air defence zone or waters shows force (150), no fight
  (190), which it stays for troops that enter a town.
- Arms sales approved ("genehmigte Waffenverkäufe an Taiwan", "billigte ein Rüstungsgeschäft mit
  Taipeh") and the sale of weapons to a state ("den Verkauf von Raketen an Taiwan") are military
  cooperation (062) with the buyer.
- English: a "to" phrase after a noun of goods handed over that ends the verb's object or the
  object of its preposition is the noun's receiver, not the verb's addressee ("protested against
  U.S. arms sales to Taiwan" is no protest to Taiwan); any weapon approved for a state is military
  cooperation with it ("approved the sale of missiles to Taiwan").
- Drills a state or an army kicks off (English), or widens, steps up or intensifies (German
  "weiteten ihr Manöver aus") are a show of force (150), as those it begins.
- A protest against an act whose doer only a compound names ("gegen US-Waffenlieferungen an
  Taiwan") is aimed at that doer, a state, as a tariff on "US-Produkte" hits the United States.
"""
from __future__ import annotations

import datetime as dt

import pytest

from tests.coded_events import coded

DATE = dt.date(2025, 8, 4)


@pytest.mark.parametrize("sentence, lang, expected", [
    ("Forty-five Chinese military aircraft entered Taiwan's air defence identification zone.", "en", ("CHN", "15", "TWN")),
    ("Chinese warplanes entered Taiwan's ADIZ on Sunday.", "en", ("CHN", "15", "TWN")),
    ("China sent warships into Japanese waters near the disputed islands.", "en", ("CHN", "15", "JPN")),
    ("The Chinese navy sent warplanes into Taiwan's air defence zone.", "en", ("CHN", "150", "TWN")),
    ("Am Samstag drangen 20 chinesische Kampfflugzeuge in Taiwans Luftverteidigungszone ein.", "de", ("CHN", "150", "TWN")),
    ("Schiffe der chinesischen Küstenwache drangen in japanische Hoheitsgewässer ein.", "de", ("CHN", "150", "JPN")),
])
def test_incursions_show_force(sentence, lang, expected):
    assert expected in [e[:3] for e in coded(sentence, lang, DATE)]


@pytest.mark.parametrize("sentence, lang", [
    ("Investors entered the zone.", "en"),
    ("The government sent aid into the zone.", "en"),
])
def test_other_entries_are_no_incursions(sentence, lang):
    assert [e for e in coded(sentence, lang, DATE) if e[1].startswith("15")] == []


def test_troops_entering_a_town_still_fight():
    assert ("RUS", "190", "UKR") in [e[:3] for e in coded("Russische Truppen drangen in die Stadt Sumy ein.", "de", DATE)]


@pytest.mark.parametrize("sentence, expected", [
    ("Die USA genehmigten Waffenverkäufe an Taiwan im Wert von 500 Millionen Dollar.", ("USA", "062", "TWN")),
    ("Washington billigte ein Rüstungsgeschäft mit Taipeh.", ("USA", "062", "TWN")),
    ("Das US-Außenministerium genehmigte den Verkauf von Raketen an Taiwan.", ("USA", "062", "TWN")),
])
def test_arms_sales_approved(sentence, expected):
    assert expected in [e[:3] for e in coded(sentence, "de", DATE)]


def test_sale_of_other_goods_is_no_arms_sale():
    assert [e for e in coded("Die USA kündigten den Verkauf von Staatsanleihen an Japan an.", "de", DATE)
            if e[1] == "062"] == []


@pytest.mark.parametrize("sentence, expected", [
    ("China hat scharf gegen neue US-Waffenlieferungen an Taiwan protestiert.", ("CHN", "114", "USA")),
    ("China protestierte gegen die US-Waffenverkäufe an Taiwan.", ("CHN", "114", "USA")),
])
def test_protest_against_an_act_a_compound_names_the_doer_of(sentence, expected):
    assert expected in [e[:3] for e in coded(sentence, "de", DATE)]


@pytest.mark.parametrize("sentence, expected, wrong", [
    ("China protested against U.S. arms sales to Taiwan.", ("CHN", "114", "USA"), ("CHN", "114", "TWN")),
    ("The United States approved the sale of missiles to Taiwan.", ("USA", "062", "TWN"), None),
    ("The State Department approved a possible sale of Patriot missiles to Taiwan.", ("USA", "062", "TWN"), None),
])
def test_receivers_of_goods(sentence, expected, wrong):
    found = [e[:3] for e in coded(sentence, "en", DATE)]
    assert expected in found and wrong not in found


@pytest.mark.parametrize("sentence, expected", [
    ("Germany sent the weapons shipment to Ukraine.", ("DEU", "072", "UKR")),
    ("Russia protested to Norway.", ("RUS", "114", "NOR")),
])
def test_verbs_keep_their_receivers(sentence, expected):
    assert expected in [e[:3] for e in coded(sentence, "en", DATE)]


@pytest.mark.parametrize("sentence, lang, expected", [
    ("South Korea and the United States kicked off joint military exercises.", "en", ("KOR+USA", "150", "")),
    ("Die USA und Südkorea weiteten ihr gemeinsames Manöver aus.", "de", ("USA+KOR", "150", "")),
    ("Die chinesische Armee intensivierte ihre Militärübungen.", "de", ("CHN", "150", "")),
])
def test_drills_widened_or_kicked_off(sentence, lang, expected):
    assert expected in [e[:3] for e in coded(sentence, lang, DATE)]


def test_a_school_drill_is_no_show_of_force():
    assert coded("The school kicked off its fire drills.", "en", DATE) == []
