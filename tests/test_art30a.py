"""English constructions that carry events in wire reports, and their German counterparts
(sentences and reports written for these tests, branch art30a).

- An organ of an international body named with the body ("the United Nations Security Council",
  "the General Assembly of the United Nations", "der Sicherheitsrat der Vereinten Nationen") is
  one actor, not the body and its organ side by side (was IGO:UN+IGO:UN); two bodies stay two.
- The act a state is criticised, condemned or praised for ("condemned Russia and Belarus for the
  attack on Ukraine", "praised Poland for its support for Ukraine", "dankte der Türkei für ihre
  Vermittlung") is that state's, as the act one is blamed for; a possessive pronoun there is its
  too, not the subject's ("criticised Russia for its attack": Russia attacked, not the critic).
- So is the act a state is sanctioned for ("sanctioned Russia for its invasion of Ukraine",
  "verhängte Sanktionen gegen Russland wegen des Angriffs auf die Ukraine": the one the sanctions
  are aimed at, also in a phrase of the frame's target).
- An act whose own doer a by-phrase names keeps it ("criticised Russia for the arrest of a
  journalist by Belarusian police": Belarus arrested), also under "blamed".
- Left as they were: "thanked Germany for its help", passives, named possessors.
- An act blamed on someone ("Israel blamed the attack on Hamas") accuses him (112); blamed on
  no actor ("blamed the price rise on Western sanctions") it is none.
- German: a state's name after the finite verb followed by a name it does not go on with is two
  phrases, subject and object ("Nach Angaben der Ukraine hat Russland Charkiw beschossen" was
  no event: "Russland Charkiw" one subject); "Israel Katz" stays one name.
- English: a name the tagger ran over a finite verb ("Biden hosts Zelenskiy at White House",
  one entity) is two names and the verb between them.
- English: a participle of mediation joined by a hyphen to a name ("the Qatar-mediated talks
  between the US and the Taliban", "a US-brokered truce between Israel and Hezbollah") is a
  mediation (045) of that name between the parties, as German "die von Katar vermittelten
  Gespräche"; a participle of a standing state ("Russian-occupied Crimea") reports no act.
- English: an act blamed on someone in the passive with no blamer named ("The attack was blamed
  on the PKK", "a bombing attributed to the Islamic State") is no accusation by a state authority
  (pack ``blaming_verbs``, as German "verantwortlich gemacht"): was PKK's state accusing it.
- English: criticism of an act that names its doer with others ("condemned Israel's bombardment
  of Gaza", "criticised the Russian invasion of Ukraine") targets the doer (was ISR+PSE, RUS+UKR);
  the sides of a ceasefire between two stay both. German: of two genitives, the one before the
  noun is the doer ("verurteilte Israels Beschießung des Gazastreifens": ISR, was ISR+PSE).
- German: a participle between the agent phrase that opens a sentence and its noun, which the
  tagger reads as the past tense in a long sentence, is an attribute when a finite verb follows
  in its stretch ("Von Katar vermittelte Gespräche zwischen Israel und der Hamas wurden
  fortgesetzt" was no event); "Von Berlin reiste Scholz nach Paris" keeps its verb.
- English: the state an extradition belongs to ("Sweden's extradition of Kurdish activists to
  Turkey") is its source, as a by-phrase is (the noun frame "extradition" took only "by").
"""
from __future__ import annotations

import datetime as dt

import pytest

from tests.coded_events import coded


def _triples(text: str, lang: str) -> list[tuple[str, str, str]]:
    return [e[:3] for e in coded(text, lang)]


@pytest.mark.parametrize("text, lang, expected", [
    ("The United Nations Security Council condemned Russia.", "en", ("IGO:UN", "111", "RUS")),
    ("Russia's annexation of Crimea was condemned by the United Nations General Assembly.", "en",
     ("IGO:UN", "111", "RUS")),
    ("The General Assembly of the United Nations condemned Russia.", "en", ("IGO:UN", "111", "RUS")),
    ("Der Sicherheitsrat der Vereinten Nationen verurteilte Russland.", "de", ("IGO:UN", "111", "RUS")),
    ("Die Generalversammlung der Vereinten Nationen verurteilte Russland.", "de", ("IGO:UN", "111", "RUS")),
], ids=["en-unsc", "en-unga-passive", "en-of", "de-sicherheitsrat", "de-generalversammlung"])
def test_organ_of_a_body_is_one_actor(text: str, lang: str, expected: tuple[str, str, str]) -> None:
    assert expected in _triples(text, lang)


def test_two_bodies_stay_two() -> None:
    assert ("IGO:UN+IGO:EU", "111", "RUS") in _triples("The UN and the EU condemned Russia.", "en")


@pytest.mark.parametrize("text, lang, expected", [
    ("Germany condemned Russia and Belarus for the attack on Ukraine.", "en", ("RUS+BLR", "190", "UKR")),
    ("The German foreign minister criticised Russia for its attack on Ukraine.", "en", ("RUS", "190", "UKR")),
    ("Britain praised Poland for its support for Ukraine.", "en", ("POL", "05", "UKR")),
    ("Germany thanked Turkey for its mediation between Russia and Ukraine.", "en", ("TUR", "045", "RUS+UKR")),
    ("The US criticised China for its crackdown on protesters in Hong Kong.", "en", ("CHN", "175", "HKG")),
    ("The EU sanctioned Russia for its invasion of Ukraine.", "en", ("RUS", "192", "UKR")),
    ("Deutschland verurteilte Russland für seinen Angriff auf die Ukraine.", "de", ("RUS", "190", "UKR")),
    ("Berlin dankte der Türkei für ihre Vermittlung zwischen Russland und der Ukraine.", "de",
     ("TUR", "045", "RUS+UKR")),
    ("Die EU verhängte Sanktionen gegen Russland wegen des Angriffs auf die Ukraine.", "de", ("RUS", "190", "UKR")),
], ids=["en-condemn-pair", "en-criticise-its", "en-praise-its", "en-thank-its", "en-crackdown", "en-sanction-its",
        "de-verurteilen-sein", "de-danken-ihr", "de-sanktionen-wegen"])
def test_act_one_is_criticised_praised_or_sanctioned_for_is_ones_own(
        text: str, lang: str, expected: tuple[str, str, str]) -> None:
    found = _triples(text, lang)
    assert expected in found
    critic = found[0][0]
    assert not any(s == critic and c == expected[1] for s, c, _ in found)


@pytest.mark.parametrize("text, lang, expected", [
    ("The EU criticised Russia for the arrest of a journalist by Belarusian police.", "en", ("BLR", "173", "BLR")),
    ("The US blamed Russia for the arrest of a journalist by Belarusian police.", "en", ("BLR", "173", "BLR")),
    ("Die EU kritisierte Russland für die Festnahme eines Journalisten durch die belarussische Polizei.", "de",
     ("BLR", "173", "BLR")),
], ids=["en-criticise-by", "en-blame-by", "de-durch"])
def test_own_doer_named_by_phrase_kept(text: str, lang: str, expected: tuple[str, str, str]) -> None:
    found = _triples(text, lang)
    assert expected in found
    assert not any(s == "RUS" and c == "173" for s, c, _ in found)


@pytest.mark.parametrize("text, lang, expected", [
    ("Poland thanked Germany for its help.", "en", [("POL", "051", "DEU")]),
    ("Poland blamed Belarus for its attack on Lithuania.", "en", [("POL", "112", "BLR"), ("BLR", "190", "LTU")]),
    ("Sanctions were imposed on Iran by the European Union.", "en", [("IGO:EU", "163", "IRN")]),
], ids=["thank", "blame-its", "passive-by"])
def test_unchanged(text: str, lang: str, expected: list[tuple[str, str, str]]) -> None:
    assert _triples(text, lang) == expected


# --- blame on, names side by side ---------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Israel blamed the attack on Hamas.", ("ISR", "112", "PSE")),
    ("Kyiv blamed the shelling of the nuclear plant on Russian forces.", ("UKR", "112", "RUS")),
], ids=["attack-on", "shelling-on"])
def test_act_blamed_on_someone_accuses_him(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _triples(text, "en")


def test_blamed_on_no_one_named_is_no_accusation() -> None:
    assert _triples("Russia blamed the price rise on Western sanctions.", "en") == []


@pytest.mark.parametrize("text", [
    "The attack was blamed on the PKK.",
    "Two Turkish soldiers were killed in an attack blamed on the PKK.",
    "Ten people died in a bombing attributed to the Islamic State.",
], ids=["passive", "participle", "attributed"])
def test_blamed_by_no_one_named_accuses_no_one(text: str) -> None:
    # (English ``blaming_verbs``: the blamer of a passive is no state authority, and no one
    # accuses the accused himself)
    assert not any(c.startswith("112") for _, c, _ in _triples(text, "en"))


@pytest.mark.parametrize("text, expected", [
    ("Am Montag beschoss Russland Charkiw.", [("RUS", "194", "UKR")]),
    ("Nach Angaben der Ukraine hat Russland Charkiw in der Nacht beschossen.", [("RUS", "194", "UKR")]),
    ("Am Montag griff Russland Odessa an.", [("RUS", "190", "UKR")]),
    ("Am Dienstag besuchte Israel Katz Berlin.", [("ISR", "042", "DEU")]),
], ids=["beschoss-charkiw", "nach-angaben", "griff-odessa", "israel-katz"])
def test_state_then_place_are_two_phrases_de(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _triples(text, "de") == expected


def test_name_does_not_go_on_over_a_finite_verb_en() -> None:
    assert ("USA", "043", "UKR") in [e[:3] for e in coded("Biden hosts Zelenskiy at White House.", "en",
                                                           dt.date(2023, 5, 1))]


# --- participles joined to the name of their doer -------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("The Qatar-mediated talks between the US and the Taliban ended without agreement.", ("QAT", "045", "USA+AFG")),
    ("A US-brokered truce between Israel and Hezbollah took effect.", ("USA", "045", "ISR+LBN")),
    ("The Turkey-hosted talks between Russia and Ukraine ended.", ("TUR", "045", "RUS+UKR")),
], ids=["qatar-mediated", "us-brokered", "turkey-hosted"])
def test_hyphened_mediator_mediates(text: str, expected: tuple[str, str, str]) -> None:
    found = _triples(text, "en")
    assert expected in found
    assert any(c != "045" for _, c, _ in found)       # the talks or the truce themselves stay


@pytest.mark.parametrize("text", [
    "Russian-occupied Crimea held elections.",
    "Israeli-occupied territories saw protests.",
], ids=["occupied", "occupied-territories"])
def test_participle_of_a_standing_state_is_no_act(text: str) -> None:
    assert not any(c.startswith("19") for _, c, _ in _triples(text, "en"))


# --- criticism of an act: its doer ----------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Turkey condemned Israel's bombardment of Gaza.", ("TUR", "111", "ISR")),
    ("Turkey condemned the Israeli bombardment of Gaza.", ("TUR", "111", "ISR")),
    ("Germany criticised Russia's invasion of Ukraine.", ("DEU", "111", "RUS")),
], ids=["possessor", "adjective", "invasion"])
def test_criticism_of_an_act_targets_its_doer(text: str, expected: tuple[str, str, str]) -> None:
    found = _triples(text, "en")
    assert expected in found
    assert not any(c == "111" and "+" in t for _, c, t in found)


@pytest.mark.parametrize("text, expected", [
    ("The EU criticised the ceasefire between Israel and Hamas.", ("IGO:EU", "111", "ISR+PSE")),
    ("Russia criticised Germany's support for Ukraine.", ("RUS", "111", "DEU")),
], ids=["between-both", "support"])
def test_criticism_of_an_act_of_both_sides_or_no_other(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _triples(text, "en")


@pytest.mark.parametrize("text, expected", [
    ("Die Türkei verurteilte Israels Beschießung des Gazastreifens.", ("TUR", "111", "ISR")),
    ("Die Türkei verurteilte die Beschießung des Gazastreifens durch Israel.", ("TUR", "111", "ISR")),
], ids=["genitive-before", "durch"])
def test_criticism_of_an_act_targets_its_doer_de(text: str, expected: tuple[str, str, str]) -> None:
    assert _triples(text, "de") == [expected]


@pytest.mark.parametrize("text, expected", [
    ("Von Katar vermittelte Gespräche zwischen Israel und der Hamas wurden in Doha fortgesetzt.",
     [("QAT", "045", "ISR+PSE"), ("ISR+PSE", "040", "ISR+PSE")]),
    ("Von Berlin reiste Scholz nach Paris.", [("DEU", "042", "FRA")]),
], ids=["vermittelte-gespraeche", "von-berlin-reiste"])
def test_participle_after_opening_agent_is_an_attribute_de(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _triples(text, "de") == expected


@pytest.mark.parametrize("text, expected", [
    ("Sweden's extradition of Kurdish activists to Turkey angered the opposition.", ("SWE", "063", "TUR")),
    ("The extradition of two activists to Turkey by Sweden was approved.", ("SWE", "063", "TUR")),
], ids=["possessor", "by"])
def test_extradition_by_its_owner(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _triples(text, "en")


def test_extradition_blocked_is_none() -> None:
    assert not any(c == "063" for _, c, _ in _triples(
        "A British court blocked the extradition of Assange to the United States.", "en"))
