"""Trade disputes, export controls and economic sanctions in the news (sentences written for
these tests, branch art31b).

- German: HanTa leaves the plural of a tariff compound it does not know as its lemma
  ("Gegenzölle" -> "Gegenzöll", "Antidumpingzöllen" -> "Antidumpingzölle"); the lexicon's
  wrong_lemma_endings put the end right, so the frames of "Gegenzoll" fit ("kündigte Gegenzölle
  an" is the threat of a sanction, 1312).
- German: tariffs, export controls and bans lifted, eased, suspended, lowered, scrapped or
  struck off are eased economic sanctions (085, the class Handelsmaßnahmen of
  frames-art31b.yaml); before, "hob die Zölle ... auf" coded nothing and "senkten die Zölle auf
  chinesische Waren" or "hob die Antidumpingzölle gegen China auf" a new tariff (163). An
  export control's country follows nach ("Exportbeschränkungen für Chipsoftware nach China").
- German: an import ban's country may be the goods' origin after aus ("verbot die Einfuhr von
  Lebensmitteln aus der EU"); firms put on a list that bars them from a state's trade ("auf die
  Entity-Liste", "auf die Exportkontrollliste") are sanctioned; not a town put on the list of
  the world heritage (tests/test_art27c.py).
- English: tariffs lowered, cut, reduced or slashed are eased economic sanctions (085).
- A complaint, lawsuit or protest against a measure that a compound names as an international
  body's ("Beschwerde gegen die EU-Zölle", "protestierte gegen die EU-Sanktionen") is aimed at that
  body, as one against "US-Zölle" is at the United States; not against "den EU-Beitritt", which the
  body does not do.
- Sanctions on firms or people of no country named are not on the sanctioning state's own
  ("Britain imposed sanctions on 50 companies" is no British company sanctioned by Britain).
- English: a state that owns a thing or a firm is its actor ("a Chinese-owned refinery").
- English: a state that sanctions someone imposes sanctions (163, as German "sanktionierte"; was
  16); the firms of a sanctions list are business actors ("300 entities in Russia", "Indian
  refiners", "Chinese suppliers"); the "entity list" names none.
- English: a partner's phrase the parser hangs on the topic of talks belongs to the talks
  ("suspended talks on a trade agreement with India": 164 India), unless they have their own.
- English: a retaliation against a trade measure is a sanction (163), by whatever means; one
  against an armed group stays a fight (190).
- Firms of the chip, app and energy disputes are their states' business actors (Micron, Lukoil,
  Lockheed Martin, ...).
- Trade defence inquiries aim at the state the goods come from ("launched an anti-dumping
  investigation into pork imports from the EU"; German "leitete ein Antidumpingverfahren gegen
  Biodiesel aus China ein", whose lemma HanTa cut to "Antidumpingverfahre": wrong_lemma_endings).
- A price cap on a state's oil is a sanction, whoever imposes or lowers it ("price cap",
  "Preisdeckel"); one on rents or energy bills names no state and codes nothing.
- A state removed from a partner's white list of trusted traders is sanctioned (163); one struck
  off a sanctions list is not.
"""
from __future__ import annotations

import datetime as dt

import pytest

from tests.coded_events import coded

DATE = dt.date(2024, 6, 15)


def _triples(text: str, lang: str) -> list[tuple[str, str, str]]:
    return [e[:3] for e in coded(text, lang, DATE)]


@pytest.mark.parametrize("text, expected", [
    ("Die EU kündigte Gegenzölle auf amerikanische Waren im Wert von 26 Milliarden Euro an.",
     [("IGO:EU", "1312", "USA")]),
    ("Die EU hob die Antidumpingzölle gegen China auf.", [("IGO:EU", "085", "CHN")]),
], ids=["gegenzoelle", "antidumpingzoelle"])
def test_plural_tariff_compounds_take_their_singular_lemma(text, expected):
    assert _triples(text, "de") == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("Die USA hoben die Zölle auf Stahl aus der EU auf.", "de", [("USA", "085", "IGO:EU")]),
    ("Washington hob die Exportbeschränkungen für Chipsoftware nach China wieder auf.", "de", [("USA", "085", "CHN")]),
    ("China setzte die Gegenzölle auf US-Waren aus.", "de", [("CHN", "085", "USA")]),
    ("Die USA senkten die Zölle auf chinesische Waren.", "de", [("USA", "085", "CHN")]),
    ("Kanada schaffte die Gegenzölle auf US-Produkte ab.", "de", [("CAN", "085", "USA")]),
    ("Die EU strich die Zölle auf ukrainische Agrarprodukte.", "de", [("IGO:EU", "085", "UKR")]),
    ("Die Regierung senkte die Steuern.", "de", []),
    ("Washington lowered tariffs on Chinese goods.", "en", [("USA", "085", "CHN")]),
    ("The US cut tariffs on steel imports from Canada.", "en", [("USA", "085", "CAN")]),
    ("China reduced its tariffs on American soybeans.", "en", [("CHN", "085", "USA")]),
    ("The government cut taxes on fuel.", "en", []),
], ids=["aufheben", "aufheben-nach", "aussetzen", "senken", "abschaffen", "streichen", "steuern",
        "lower", "cut", "reduce", "taxes"])
def test_trade_measures_eased(text, lang, expected):
    assert _triples(text, lang) == expected


@pytest.mark.parametrize("text, expected", [
    ("Russland verbot die Einfuhr von Lebensmitteln aus der EU.", [("RUS", "163", "IGO:EU")]),
    ("Washington setzte Huawei auf die Entity-Liste.", [("USA", "163", "CHN")]),
    ("Das US-Handelsministerium setzte elf chinesische Firmen auf die Exportkontrollliste.", [("USA", "163", "CHN")]),
], ids=["einfuhr-aus", "entity-liste", "exportkontrollliste"])
def test_german_bans_and_lists(text, expected):
    assert _triples(text, "de") == expected


@pytest.mark.parametrize("text, expected", [
    ("China hat bei der Welthandelsorganisation eine Beschwerde gegen die EU-Zölle auf Elektroautos eingereicht.",
     [("CHN", "114", "IGO:EU")]),
    ("China reichte Klage gegen die EU-Zölle ein.", [("CHN", "115", "IGO:EU")]),
    ("Russland protestierte gegen die Nato-Manöver.", [("RUS", "114", "IGO:NATO")]),
    ("China reichte Klage gegen die US-Zölle ein.", [("CHN", "115", "USA")]),
    ("Die Opposition protestierte gegen den EU-Beitritt.", [("UNK", "14", "")]),
], ids=["beschwerde-eu", "klage-eu", "nato-manoever", "klage-us", "eu-beitritt"])
def test_measures_of_a_body_named_by_a_compound(text, expected):
    assert _triples(text, "de") == expected


@pytest.mark.parametrize("text, expected", [
    ("Britain imposed sanctions on 50 companies.", [("GBR", "163", "UNK")]),
    ("The EU imposed sanctions on Russian oligarchs.", [("IGO:EU", "163", "RUS")]),
], ids=["unnamed-companies", "named"])
def test_sanctions_are_on_others(text, expected):
    assert _triples(text, "en") == expected


def test_owned_by_a_state():
    assert _triples("Washington imposed sanctions on a Chinese-owned refinery.", "en") == [("USA", "163", "CHN")]


def test_report_de():
    """A German report of the tariff dispute: tariffs doubled, counter-tariffs announced, an easing."""
    text = ("Washington – Die US-Regierung hat die Zölle auf Stahl und Aluminium aus der EU verdoppelt. "
            "Die EU-Kommission kündigte Gegenzölle auf amerikanische Waren an. "
            "Washington hob die Exportbeschränkungen für Chipsoftware nach China wieder auf.")
    assert _triples(text, "de") == [("USA", "163", "IGO:EU"), ("IGO:EU", "1312", "USA"), ("USA", "085", "CHN")]


@pytest.mark.parametrize("text, expected", [
    ("The US Treasury sanctioned 300 entities in Russia.", [("USA", "163", "RUS")]),
    ("The United States sanctioned two Indian refiners.", [("USA", "163", "IND")]),
    ("Britain sanctioned three Chinese suppliers of the Russian military.", [("GBR", "163", "CHN")]),
    ("Washington placed Huawei on its entity list.", [("USA", "163", "CHN")]),
], ids=["entities", "refiners", "suppliers", "entity-list"])
def test_sanctioned_firms(text, expected):
    assert _triples(text, "en") == expected


@pytest.mark.parametrize("text, expected", [
    ("Canada suspended talks on a trade agreement with India.", [("CAN", "164", "IND")]),
    ("The EU held talks over a trade deal with Australia.", [("IGO:EU", "040", "AUS")]),
    ("Canada suspended talks with Japan on a trade agreement with India.", [("CAN", "164", "JPN")]),
    ("Trump defended his approach in talking about relations with Kim.", []),
], ids=["suspended", "held", "own-partner", "verb-of-talking"])
def test_partner_hung_on_the_topic_of_talks(text, expected):
    assert _triples(text, "en") == expected


@pytest.mark.parametrize("text, expected", [
    ("China retaliated against the new US chip restrictions by banning exports of rare earth technology.",
     [("CHN", "163", "USA")]),
    ("China retaliated against the US tariffs by raising duties on American soybeans.", [("CHN", "163", "USA")]),
    ("Israel retaliated against Hezbollah.", [("ISR", "190", "LBN")]),
], ids=["against-restrictions", "against-tariffs", "military"])
def test_retaliation_against_a_trade_measure_is_a_sanction(text, expected):
    assert _triples(text, "en") == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("Beijing barred Micron from supplying critical infrastructure projects.", "en", [("CHN", "172", "USA")]),
    ("The US sanctioned Lukoil and Rosneft.", "en", [("USA", "163", "RUS+RUS")]),
    ("China verhängte Sanktionen gegen Lockheed Martin.", "de", [("CHN", "163", "USA")]),
], ids=["micron", "lukoil", "lockheed"])
def test_firms_of_trade_disputes(text, lang, expected):
    assert _triples(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("Beijing launched an anti-dumping investigation into pork imports from the EU.", "en", [("CHN", "09", "IGO:EU")]),
    ("The EU opened an anti-subsidy probe into electric cars from China.", "en", [("IGO:EU", "09", "CHN")]),
    ("Die EU leitete ein Antidumpingverfahren gegen Biodiesel aus China ein.", "de", [("IGO:EU", "09", "CHN")]),
], ids=["launch", "open", "antidumpingverfahren"])
def test_trade_defence_inquiries_aim_at_the_goods_origin(text, lang, expected):
    assert _triples(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("The G7 lowered the price cap on Russian oil to 47.60 dollars.", "en", [("IGO:G7", "163", "RUS")]),
    ("The government introduced a price cap on energy bills.", "en", []),
    ("Die G7 senkten den Preisdeckel für russisches Öl auf 47,60 Dollar pro Barrel.", "de", [("IGO:G7", "163", "RUS")]),
    ("Die Regierung führte eine Preisobergrenze für Mieten ein.", "de", []),
], ids=["en-lowered", "en-energy-bills", "de-gesenkt", "de-mieten"])
def test_a_price_cap_on_a_states_oil_is_a_sanction(text, lang, expected):
    assert _triples(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("Japan removed South Korea from its whitelist.", "en", [("JPN", "163", "KOR")]),
    ("Japan strich Südkorea von seiner weißen Liste.", "de", [("JPN", "163", "KOR")]),
    ("Die EU strich zwei russische Geschäftsleute von der Sanktionsliste.", "de", [("IGO:EU", "081", "RUS")]),
], ids=["en-whitelist", "de-weisse-liste", "de-sanktionsliste"])
def test_struck_off_a_white_list(text, lang, expected):
    assert _triples(text, lang) == expected
