"""Verbs of PETRARCH's CAMEO verb dictionary that the frames did not know, in the patterns in
which they code a political event, and their German counterparts (sentences and reports written
for these tests, branch art29a).

- A state or its acts said by someone to pose a threat or a danger: the speaker accuses it
  (English "pose", German "eine Bedrohung darstellen", "von Iran gehe eine Gefahr aus"); said by
  no one, or of a storm, no event.
- Talks that collapsed, broke down, failed or stalled, or were suspended or broken off with no one
  named who did it, were broken off (164, pack words ``failing_verbs``: "scheiterten", "gerieten
  ins Stocken", "wurden abgebrochen"), not held (040, 046); a failed attack is still an attack, a
  failed attempt to mediate still one, talks held or resumed still talks.
- An attack warded off, fended off, fought off, beaten or driven back is fought (190), as one
  repelled; a crisis warded off is none.
- Ships that trespass into a state's waters show force there (150), as those that enter them.
- Power grids, radars or launchers knocked out or taken out ("schalteten ... aus") by strikes are
  attacked (190); by hackers, attacked cybernetically (176); a loan taken out, a boxer or a storm
  attacks no one.
- A village wiped off the map, or ausradiert, is destroyed by force (190).
- Fighters flushed, rooted or smoked out, pinned down or aufgerieben are fought (190); corruption
  rooted out is not.
- Someone identified as the perpetrator of an attack is accused of it (112); victims identified
  are no one accused.
- A state said to be involved in an attack ("an einem Anschlag beteiligt") is accused of it by
  the speaker, also in the passive (the speaker stays the doer of a frame that names it); said by
  no one, or of an accident, no event.
"""
from __future__ import annotations

import pytest

from tests.coded_events import coded


def _triples(text: str, lang: str) -> list[tuple[str, str, str]]:
    return [e[:3] for e in coded(text, lang)]


@pytest.mark.parametrize("text, lang, expected", [
    ("Iran poses a serious threat to the security of the region, Netanyahu said.", "en", ("ISR", "111", "IRN")),
    ("North Korea's missile programme poses a danger to Japan, Abe said on Tuesday.", "en", ("JPN", "111", "PRK")),
    ("Die Ukraine stelle eine Bedrohung für die Sicherheit Russlands dar, sagte Peskow.", "de", ("RUS", "110", "UKR")),
    ("Chinas militärische Aktivitäten stellen eine ernste Bedrohung für Japan dar, sagte der japanische "
     "Verteidigungsminister.", "de", ("JPN", "110", "CHN")),
    ("Von Iran gehe eine große Gefahr für die Region aus, sagte Netanjahu.", "de", ("ISR", "110", "IRN")),
])
def test_a_threat_posed_is_an_accusation(text, lang, expected):
    assert expected in _triples(text, lang)


@pytest.mark.parametrize("text, lang", [
    ("The storm poses a danger to shipping in the Baltic.", "en"),
    ("Russia poses a threat to Europe.", "en"),
    ("Der Sturm stellt eine Gefahr für die Schifffahrt dar.", "de"),
    ("Die Polizei geht von einer Gefahr für die Bevölkerung aus.", "de"),
    ("Von Russland geht eine Bedrohung für Europa aus.", "de"),
])
def test_a_threat_said_by_no_one_is_no_event(text, lang):
    assert _triples(text, lang) == []


@pytest.mark.parametrize("text, lang, expected", [
    ("Talks between Israel and Hamas collapsed on Tuesday.", "en", ("ISR+PSE", "164", "ISR+PSE")),
    ("Talks between Israel and Hamas broke down on Monday.", "en", ("ISR+PSE", "164", "ISR+PSE")),
    ("Negotiations between Russia and Ukraine stalled in March.", "en", ("RUS+UKR", "164", "RUS+UKR")),
    ("Armenia's negotiations with Azerbaijan failed.", "en", ("ARM", "164", "AZE")),
    ("Die Gespräche zwischen Russland und der Ukraine sind am Montag gescheitert.", "de",
     ("RUS+UKR", "164", "RUS+UKR")),
    ("Die Verhandlungen zwischen Serbien und dem Kosovo gerieten ins Stocken.", "de", ("SRB+XKX", "164", "SRB+XKX")),
    ("Talks between Israel and Hamas were suspended on Monday.", "en", ("ISR+PSE", "164", "ISR+PSE")),
    ("Die Gespräche zwischen Russland und der Ukraine wurden am Montag abgebrochen.", "de",
     ("RUS+UKR", "164", "RUS+UKR")),
])
def test_failed_talks_were_broken_off(text, lang, expected):
    events = _triples(text, lang)
    assert expected in events
    assert not any(code.startswith("04") for _, code, _ in events)


@pytest.mark.parametrize("text, lang, expected", [
    ("The Russian attack on Kyiv failed, Ukrainian officials said.", "en", ("RUS", "190", "UKR")),
    ("Die Offensive der russischen Armee auf Charkiw scheiterte.", "de", ("RUS", "190", "UKR")),
    ("Talks between Serbia and Kosovo resumed on Monday.", "en", ("SRB+XKX", "040", "SRB+XKX")),
    ("Talks between Israel and Hamas were held in Cairo.", "en", ("ISR+PSE", "040", "ISR+PSE")),
    ("Israel suspended talks with Hamas on Monday.", "en", ("ISR", "164", "PSE")),
])
def test_other_failures_and_talks_held_keep_their_code(text, lang, expected):
    assert expected in _triples(text, lang)


@pytest.mark.parametrize("text, expected", [
    ("Ukrainian forces warded off a Russian assault on Bakhmut.", ("UKR", "190", "RUS")),
    ("Ukrainian forces fended off a Russian assault on Bakhmut.", ("UKR", "190", "RUS")),
    ("The Malian army drove back a jihadist assault on Timbuktu.", ("MLI", "190", "MLI")),
])
def test_an_attack_warded_off_is_fought(text, expected):
    assert expected in _triples(text, "en")


@pytest.mark.parametrize("text, lang", [
    ("The government warded off a financial crisis.", "en"),
    ("Police identified the victims of the attack.", "en"),
    ("She wiped the table before the guests arrived.", "en"),
])
def test_everyday_uses_give_no_event(text, lang):
    assert _triples(text, lang) == []


@pytest.mark.parametrize("text, lang, expected", [
    ("Chinese coast guard vessels trespassed into Japanese territorial waters near the Senkaku islands.", "en",
     ("CHN", "150", "JPN")),
    ("Russian bombers wiped the Ukrainian town of Marinka off the map.", "en", ("RUS", "190", "UKR")),
    ("Russische Bomber radierten das ukrainische Dorf Marjinka aus.", "de", ("RUS", "190", "UKR")),
    ("Ukraine identified Russia as the culprit of the cyberattack.", "en", ("UKR", "112", "RUS")),
    ("Israel identifizierte die Hisbollah als Urheber des Anschlags.", "de", ("ISR", "112", "LBN")),
])
def test_petrarch_verbs_in_their_political_patterns(text, lang, expected):
    assert expected in _triples(text, lang)


def test_a_report_of_collapsed_talks():
    text = ("Talks between Israel and Hamas on a hostage deal collapsed on Tuesday, Egyptian officials said. "
            "Israel's prime minister accused Hamas of sabotaging the negotiations. Hamas said Israel poses a "
            "threat to any agreement in the region. Qatar's foreign minister urged both sides to return to the table.")
    events = _triples(text, "en")
    assert ("ISR+PSE", "164", "ISR+PSE") in events
    assert ("ISR", "112", "PSE") in events
    assert ("PSE", "111", "ISR") in events
    assert not any(code.startswith("04") for _, code, _ in events)


@pytest.mark.parametrize("text, lang, expected", [
    ("Iran was involved in the attack on the tanker, the US said.", "en", ("USA", "112", "IRN")),
    ("Washington said Tehran was involved in the attack on the tanker.", "en", ("USA", "112", "IRN")),
    ("Der Iran sei an dem Anschlag beteiligt gewesen, sagte Blinken.", "de", ("USA", "112", "IRN")),
])
def test_a_state_said_to_be_involved_in_an_attack_is_accused(text, lang, expected):
    assert expected in _triples(text, lang)


@pytest.mark.parametrize("text, lang", [
    ("Two Russian citizens were involved in the car accident.", "en"),
    ("Zwei Russen waren an dem Verkehrsunfall beteiligt.", "de"),
    ("Deutschland beteiligte sich an der Mission in Mali.", "de"),
])
def test_involvement_in_no_attack_or_said_by_no_one_is_no_event(text, lang):
    assert _triples(text, lang) == []


@pytest.mark.parametrize("text, lang, expected", [
    ("Russian missiles knocked out the power grid in Kharkiv.", "en", ("RUS", "190", "UKR")),
    ("Ukrainian drones took out a Russian radar station in Crimea.", "en", ("UKR", "190", "RUS")),
    ("Russian hackers knocked out Ukraine's power grid.", "en", ("RUS", "176", "UKR")),
    ("Ukrainische Drohnen schalteten eine russische Radarstation auf der Krim aus.", "de", ("UKR", "190", "RUS")),
])
def test_targets_knocked_out_are_attacked(text, lang, expected):
    assert expected in _triples(text, lang)


@pytest.mark.parametrize("text, lang", [
    ("The Kenyan government took out a loan from China.", "en"),
    ("The boxer knocked out his opponent in Las Vegas.", "en"),
    ("The storm knocked out power stations across Florida.", "en"),
    ("Er schaltete das Licht aus.", "de"),
])
def test_loans_boxers_and_storms_attack_no_one(text, lang):
    assert _triples(text, lang) == []


@pytest.mark.parametrize("text, lang, expected", [
    ("Iraqi forces flushed out Islamic State militants from Mosul.", "en", ("IRQ", "190", "SYR")),
    ("Ukrainian troops pinned down Russian forces near Bakhmut.", "en", ("UKR", "190", "RUS")),
    ("Die syrische Armee rieb die Rebellen in Idlib auf.", "de", ("SYR", "190", "SYR")),
])
def test_fighters_flushed_out_or_pinned_down_are_fought(text, lang, expected):
    assert expected in _triples(text, lang)


@pytest.mark.parametrize("text, lang", [
    ("The government rooted out corruption in the police.", "en"),
    ("The reporter pinned down the date of the summit.", "en"),
    ("Die Arbeit reibt ihn auf.", "de"),
])
def test_corruption_rooted_out_is_no_fight(text, lang):
    assert _triples(text, lang) == []
