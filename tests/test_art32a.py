"""Israel and the Palestinians in the news (sentences written for these tests, branch art32a).

- Where force is launched from: a state named by a phrase of the pack's launch_prepositions
  ("from Gaza", "aus dem Gazastreifen") is the country of attackers the text names without one
  ("Militants fired rockets at Israel from Gaza" were Israeli, the other party's) and of the
  unnamed ones of a passive ("Rockets were fired from Lebanon into northern Israel" had no
  source's country; "Two rockets were fired from Gaza at Sderot" coded nothing, as the town is
  taken as attacked once the attack has a state behind it).
- English: force fired or launched "towards" a place is aimed at it, as "at" ("Islamic Jihad
  fired rockets towards Israel" coded nothing); the parser hangs the phrase of where the force
  went on the place it came from ("fired rockets from the Gaza Strip towards Ashkelon"), and the
  clause builder puts it back on the verb (lexicon launch_preps, course_preps).
- German: harm done by weapons or attacks that a phrase of the clause names is launched from where
  they came ("Bei Raketenangriffen aus dem Gazastreifen wurden zwei Israelis verletzt" had no
  source's country).
- A fight's noun that names no one's but where it was launched from is that state's ("Der
  Raketenbeschuss aus dem Gazastreifen auf Südisrael dauerte an", "Rocket fire from Gaza on
  southern Israel continued" coded nothing).
- German: prisoners, detainees or hostages discharged ("entließ 90 palästinensische Häftlinge")
  are released (084), also where no "aus der Haft" says it; a minister dismissed is not.
- An embassy moved or relocated to a city of another state ("moved its embassy to Jerusalem",
  "verlegte ihre Botschaft nach Jerusalem") recognises it as that state's seat (054), as an
  embassy opened there does.
- English: an offensive expanded or widened is a fight (190: "Israel expanded its ground
  offensive in Gaza"), as German "weitete ... aus".
- Actors: Jewish settlers ("jüdische Siedler") are Israeli civilians, not of the Palestinian
  village they attack; Israel's settlement building named by its noun alone ("verurteilte den
  Siedlungsbau", "criticised the settlement expansion") is Israel's act, the target of the
  condemnation, but no government that "die Bundesregierung" could refer back to.
- Coreference: a definite description of a group with no name ("the prisoners", "die
  Häftlinge") is the group named before by the same noun with its country ("90 Palestinian
  prisoners ... Israel freed the prisoners" freed Palestinians, not Israel's own prisoners),
  when no named actor of its sector came later.
- Aid stopped into a place is aid stopped for its people ("Israel halted aid deliveries into
  Gaza", "stoppte die Hilfslieferungen in den Gazastreifen"), as aid stopped to or for them.
"""
from __future__ import annotations

import datetime as dt

import pytest

from tests.coded_events import coded

DATE = dt.date(2024, 6, 15)


def _triples(text: str, lang: str) -> list[tuple[str, str, str]]:
    return [e[:3] for e in coded(text, lang, DATE)]


@pytest.mark.parametrize("text, lang, expected", [
    ("Militants fired rockets at Israel from Gaza.", "en", [("PSE", "190", "ISR")]),
    ("Two rockets were fired from Gaza at Sderot.", "en", [("PSE", "190", "ISR")]),
    ("Rockets were fired from Lebanon into northern Israel.", "en", [("LBN", "190", "ISR")]),
    ("Militante feuerten Raketen aus dem Gazastreifen auf Israel ab.", "de", [("PSE", "195", "ISR")]),
    ("Aus dem Gazastreifen wurden Raketen auf Israel abgefeuert.", "de", [("PSE", "195", "ISR")]),
], ids=["militants-from-gaza", "passive-from-gaza-at-town", "passive-from-lebanon",
        "militante-aus-gaza", "passiv-aus-gaza"])
def test_attackers_come_from_where_the_force_was_launched(text, lang, expected):
    assert _triples(text, lang) == expected


@pytest.mark.parametrize("text, expected", [
    # a named attacker keeps its own country; a place it fires from is no one's
    ("Hamas fired rockets from Gaza into southern Israel.", [("PSE", "190", "ISR")]),
    ("Russia fired missiles from Belarus at Kyiv.", [("RUS", "195", "UKR")]),
], ids=["named-attacker", "named-state"])
def test_launch_place_leaves_named_attackers(text, expected):
    assert _triples(text, "en") == expected


@pytest.mark.parametrize("text, expected", [
    ("Islamic Jihad fired rockets towards Israel.", [("PSE", "190", "ISR")]),
    ("Hamas launched rockets toward Tel Aviv.", [("PSE", "190", "ISR")]),
    ("Militants fired rockets from the Gaza Strip towards Ashkelon.", [("PSE", "190", "ISR")]),
    ("Islamic Jihad fired more than 30 rockets from Gaza towards Sderot and Ashkelon on Tuesday evening.",
     [("PSE", "190", "ISR")]),
], ids=["towards-state", "toward-city", "from-strip-towards-town", "from-gaza-towards-towns"])
def test_force_fired_towards_a_place_is_aimed_at_it(text, expected):
    assert _triples(text, "en") == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("Israel entließ 90 palästinensische Häftlinge.", "de", [("ISR", "084", "PSE")]),
    ("Israel entließ im Gegenzug 90 palästinensische Gefangene.", "de", [("ISR", "084", "PSE")]),
    ("Der Präsident entließ den Innenminister.", "de", []),
], ids=["häftlinge", "gefangene", "minister-dismissed"])
def test_prisoners_discharged_are_released(text, lang, expected):
    assert _triples(text, lang) == expected


def test_release_after_a_comma_is_coded():
    text = "Die Hamas ließ drei Geiseln frei, Israel entließ im Gegenzug 90 palästinensische Häftlinge."
    assert ("ISR", "084", "PSE") in _triples(text, "de")


@pytest.mark.parametrize("text, lang, expected", [
    ("The United States moved its embassy to Jerusalem in 2018.", "en", [("USA", "054", "ISR")]),
    ("Guatemala relocated its embassy from Tel Aviv to Jerusalem.", "en", [("GTM", "054", "ISR")]),
    ("Die USA hatten ihre Botschaft 2018 nach Jerusalem verlegt.", "de", [("USA", "054", "ISR")]),
    ("Russia moved troops to the border.", "en", [("RUS", "154", "")]),
], ids=["moved", "relocated", "verlegt", "troops-moved"])
def test_embassy_moved_to_a_capital(text, lang, expected):
    assert _triples(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("Israel expanded its ground offensive in Gaza.", "en", [("ISR", "190", "PSE")]),
    ("Russia widened its offensive in eastern Ukraine.", "en", [("RUS", "190", "UKR")]),
    ("Russia expanded sanctions against Iran.", "en", [("RUS", "163", "IRN")]),
], ids=["expanded-offensive", "widened-offensive", "expanded-sanctions"])
def test_offensives_expanded(text, lang, expected):
    assert _triples(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("Jewish settlers attacked a Palestinian village near Nablus.", "en", [("ISR", "190", "PSE")]),
    ("Jüdische Siedler griffen ein palästinensisches Dorf an.", "de", [("ISR", "190", "PSE")]),
    ("The US State Department criticised the settlement expansion.", "en", [("USA", "111", "ISR")]),
    ("Das Auswärtige Amt verurteilte den Siedlungsbau scharf.", "de", [("DEU", "111", "ISR")]),
], ids=["jewish-settlers", "jüdische-siedler", "settlement-expansion", "siedlungsbau"])
def test_settlers_and_settlement_building_are_israeli(text, lang, expected):
    assert _triples(text, lang) == expected


def test_settlement_building_is_no_government_to_refer_back_to():
    text = ("Jerusalem – Die israelische Regierung hat den Bau von 2000 neuen Wohnungen im Westjordanland "
            "genehmigt. Das Auswärtige Amt verurteilte den Siedlungsbau scharf. Palästinenserpräsident "
            "Mahmud Abbas warf Israel Kriegsverbrechen vor. Die Bundesregierung rief Israel auf, den "
            "Siedlungsbau zu stoppen.")
    assert _triples(text, "de") == [("DEU", "111", "ISR"), ("PSE", "1124", "ISR"), ("DEU", "02", "ISR")]


@pytest.mark.parametrize("text, lang, expected", [
    ("Hamas released three hostages in exchange for 90 Palestinian prisoners held by Israel. "
     "Israel freed the prisoners on Sunday.", "en", ("ISR", "0841", "PSE")),
    ("Die Hamas verlangt die Freilassung palästinensischer Häftlinge. Israel ließ die Häftlinge am "
     "Sonntag frei.", "de", ("ISR", "0841", "PSE")),
], ids=["the-prisoners", "die-häftlinge"])
def test_a_group_described_again_keeps_its_country(text, lang, expected):
    assert expected in _triples(text, lang)


def test_a_group_of_no_country_named_before_is_left_alone():
    # (prisoners named with no country before: Myanmar's own, as the act's place tells)
    text = "Myanmar freed 20,000 prisoners. Police arrested the prisoners again."
    assert _triples(text, "en") == [("MMR", "0841", "MMR"), ("MMR", "173", "MMR")]


@pytest.mark.parametrize("text, lang, expected", [
    ("Israel halted aid deliveries into Gaza.", "en", [("ISR", "162", "PSE")]),
    ("Israel stoppte die Hilfslieferungen in den Gazastreifen.", "de", [("ISR", "1623", "PSE")]),
    ("The US halted aid to Ukraine.", "en", [("USA", "162", "UKR")]),
], ids=["into-gaza", "in-den-gazastreifen", "to-ukraine"])
def test_aid_stopped_into_a_place(text, lang, expected):
    assert _triples(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("Der Raketenbeschuss aus dem Gazastreifen auf Südisrael dauerte die ganze Nacht an.", "de",
     [("PSE", "194", "ISR")]),
    ("Rocket fire from Gaza on southern Israel continued overnight.", "en", [("PSE", "190", "ISR")]),
    # (a noun with a doer of its own keeps it)
    ("Hezbollah rocket fire from Lebanon on northern Israel continued overnight.", "en", [("LBN", "190", "ISR")]),
], ids=["raketenbeschuss", "rocket-fire", "own-doer"])
def test_fight_nouns_launched_from_a_state(text, lang, expected):
    assert _triples(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("Bei Raketenangriffen aus dem Gazastreifen wurden zwei Israelis verletzt.", "de", [("PSE", "18", "ISR")]),
    # (where the victim came from is no place the attack was launched from)
    ("Ein Mann aus Syrien wurde bei einem Messerangriff verletzt.", "de", []),
], ids=["raketenangriffe-aus-gaza", "victim-from"])
def test_harm_by_weapons_launched_from_a_state(text, lang, expected):
    assert _triples(text, lang) == expected
