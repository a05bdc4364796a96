"""Frequent English event nouns that had no frame (sentences and reports written for these tests,
branch art39d; frames in chronist/lang/en/frames-art39d.yaml).

- Two-word event nouns whose head was no event noun before: "military operation" and "ground
  operation" are fighting (190) in or against what they name, "work stoppage" a strike (143);
  a bare "operation" (a surgery, a firm's business) codes nothing.
- Discussions with someone are consultations (040), restrictions a state imposes on another a
  sanction (163), an impeachment an accusation (112) of whom its possessor names ("Yoon's
  impeachment by the National Assembly"), condolences to someone support (051);
  condolences offered to someone are one event, not the verb's and the noun's.
- An army's advance on or into a place and its capture of a town are fighting (190); the capture
  of persons (soldiers, a cartel leader) is their arrest (173), as the verb's; an advance on a
  salary or in technology names no actor. Rioting against someone is a riot (145).
- Hostage-taking and the taking of hostages are hostage-taking (181), also when condemned
  ("The hostage-taking by Hamas was condemned by Germany" was no event: now Germany's
  condemnation of Hamas); the taking of a town or of photos is none.
- An offensive, attack or invasion begun or started against someone is fighting (190), air strikes
  begun air strikes (195), as those launched; operations begun (a rescue) are none.
- The "by" phrase after an event noun's own prepositional phrase names its doer, not the verb's
  agent ("condemned the attack on Israel by Hamas" was no event, "condemned the invasion of
  Ukraine by Russia" condemned Ukraine): the repair that did so for a noun with a compound before
  it (repairs.doers_read_as_verb_phrases) takes it too; a number or an -ing act after "by" stays
  the verb's.
- An event noun that is the subject of a passive verb that keeps it from happening ("The protest
  by Kenyan teachers against the government was cancelled", "The summit between Biden and Xi was
  cancelled") reports no act, as the object of the active verb does (was 141 and 040); talks
  suspended stay a suspension of talks (164).
"""
from __future__ import annotations

import pytest

from tests.coded_events import coded


def _triples(text: str) -> list[tuple[str, str, str]]:
    return [e[:3] for e in coded(text, "en")]


@pytest.mark.parametrize("text, expected", [
    ("Israel's military operation in Gaza entered its second month.", ("ISR", "190", "PSE")),
    ("Turkey's ground operation against Kurdish militants in Syria drew criticism.", ("TUR", "190", "SYR")),
    ("A work stoppage by French air traffic controllers against the government grounded hundreds of flights.",
     ("FRA", "143", "FRA")),
    ("Chancellor Scholz's discussions with President Xi in Beijing covered trade and Ukraine.", ("DEU", "040", "CHN")),
    ("China's restrictions on Australia hurt wine exporters.", ("CHN", "163", "AUS")),
    ("The impeachment of President Yoon by the National Assembly shocked South Korea.", ("KOR", "112", "KOR")),
    ("Yoon's impeachment by the National Assembly shocked South Korea.", ("KOR", "112", "KOR")),
    ("Putin's condolences to Erdogan after the earthquake were published by the Kremlin.", ("RUS", "051", "TUR")),
], ids=["military-operation", "ground-operation", "work-stoppage", "discussion", "restriction", "impeachment",
        "impeachment-possessor", "condolence"])
def test_frequent_event_nouns(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _triples(text)


@pytest.mark.parametrize("text", [
    "Surgeons said the operation on the boy went well.",
    "Airbus said its operations in China grew.",
    "The IDF said its operation in Rafah would continue.",
    "Covid restrictions on travel were lifted in March.",
    "The discussion in parliament lasted six hours.",
    # (the impeachment compound before a noun of no act; "the impeachment trial of Donald Trump"
    # is since s19b a trial of him, 112, tests/test_me19.py)
    "The Senate debated the impeachment process against Donald Trump.",
], ids=["surgery", "business", "bare-operation", "restriction-no-actor", "discussion-no-partner", "impeachment-compound"])
def test_no_actor_or_a_bare_operation_codes_nothing(text: str) -> None:
    assert _triples(text) == []


def test_condolences_offered_are_one_event() -> None:
    assert _triples("President Biden offered condolences to Turkey after the earthquake.") == [("USA", "051", "TUR")]


def test_a_report_of_an_impeachment() -> None:
    text = ("South Korea's National Assembly voted on Saturday to impeach President Yoon Suk Yeol. "
            "The impeachment of Yoon by lawmakers followed his short-lived declaration of martial law. "
            "The Constitutional Court now has 180 days to rule on the impeachment.")
    assert _triples(text) == [("KOR", "112", "KOR"), ("KOR", "112", "KOR")]


@pytest.mark.parametrize("text, expected", [
    ("Ukraine's advance into Russia's Kursk region surprised the Kremlin.", ("UKR", "190", "RUS")),
    ("Russia's capture of Avdiivka was its biggest gain in months.", ("RUS", "190", "UKR")),
    ("The capture of two North Korean soldiers by Ukrainian troops was confirmed by Kyiv.", ("UKR", "173", "PRK")),
    ("Kenyan protesters' rioting against the government left five dead.", ("KEN", "145", "KEN")),
], ids=["advance", "capture-town", "capture-soldiers", "rioting"])
def test_advance_capture_and_rioting(text: str, expected: tuple[str, str, str]) -> None:
    found = _triples(text)
    assert expected in found
    assert len(found) == 1


@pytest.mark.parametrize("text", [
    "Workers asked for an advance on their salaries.",
    "Advances in technology helped Nvidia.",
    "The advance of the Chinese economy slowed.",
], ids=["salary", "technology", "economy"])
def test_an_advance_of_no_army_codes_nothing(text: str) -> None:
    assert _triples(text) == []


@pytest.mark.parametrize("text, expected", [
    ("Hamas's hostage-taking shocked Israel.", ("PSE", "181", "")),
    ("The taking of Israeli hostages by Hamas shocked the world.", ("PSE", "181", "ISR")),
    ("The hostage-taking by Hamas was condemned by Germany.", ("DEU", "111", "PSE")),
    ("Turkey began an offensive against Kurdish militants in Syria.", ("TUR", "190", "SYR")),
    ("Israel began an assault on Rafah.", ("ISR", "190", "PSE")),
    ("Israel began airstrikes on Lebanon.", ("ISR", "195", "LBN")),
    ("The United States started airstrikes against the Houthis in Yemen.", ("USA", "195", "YEM")),
], ids=["hostage-taking", "taking-of-hostages", "hostage-taking-condemned", "begin-offensive", "begin-assault",
        "begin-airstrikes", "start-airstrikes"])
def test_hostage_taking_and_attacks_begun(text: str, expected: tuple[str, str, str]) -> None:
    assert _triples(text) == [expected]


@pytest.mark.parametrize("text", [
    "The taking of Kherson by Ukrainian forces was celebrated.",
    "The taking of photos is banned.",
    "Rescuers began operations in Turkey.",
    "The attacks began on Monday.",
], ids=["taking-town", "taking-photos", "rescue-operations", "attacks-began"])
def test_takings_and_beginnings_of_no_act_code_nothing(text: str) -> None:
    assert _triples(text) == []


@pytest.mark.parametrize("text, expected", [
    ("Germany condemned the attack on Israel by Hamas.", [("DEU", "111", "PSE")]),
    ("Germany condemned the invasion of Ukraine by Russia.", [("DEU", "111", "RUS")]),
    ("Britain criticised the ban on Al Jazeera by Israel.", [("GBR", "111", "ISR")]),
    ("Germany condemned the sanctions against Iran by the United States.", [("DEU", "111", "USA")]),
], ids=["attack-on", "invasion-of", "ban-on", "sanctions-against"])
def test_by_phrase_after_the_nouns_own_phrase_names_its_doer(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _triples(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The US raised the tariffs on Chinese steel by 25 percent.", ("USA", "163", "CHN")),
    ("Israel responded to the attack on its embassy by bombing Gaza.", ("ISR", "195", "PSE")),
    ("Turkey accepted mediation by Qatar.", ("TUR", "038", "QAT")),
], ids=["number", "ing-act", "noun-alone"])
def test_by_phrase_of_the_verb_stays(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _triples(text)


@pytest.mark.parametrize("text, expected", [
    ("The protest by Kenyan teachers against the government was cancelled.", []),
    ("The summit between Biden and Xi was cancelled.", []),
    ("The attack on the embassy was foiled by police.", []),
    ("The talks between Israel and Hamas were suspended on Monday.", [("ISR+PSE", "164", "ISR+PSE")]),
], ids=["protest-cancelled", "summit-cancelled", "attack-foiled", "talks-suspended"])
def test_an_event_noun_kept_from_happening_in_the_passive(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _triples(text) == expected
