"""Aid received as a sum, an actor in an object's modifier, deployments told in the passive, and
criticism in words said of another (sentences written for these tests).

- English: the "in" phrase after a sum is what the sum is of, and belongs to the verb as a "for"
  phrase there does (lexicon ``amount_preps``): "received an estimated $1.5 billion in American
  aid" is USA 07 JOR; it coded nothing where the parser hung the phrase on the sum.
- A frame's "@sector" condition on the object is met by an actor the object's head names
  ("received the army chief"), not by one in a modifier of a thing: "Egypt received military aid
  from the United States" was EGY 043 EGY (a visit received from its own army), now USA 07 EGY.
- Forces or weapons moved in the passive with no mover named, as a government or an army tells
  it, were moved by that side, whenever it was (``coder._announcer``): "Russia's defence
  ministry said Iskander missiles had been stationed in Kaliningrad" is RUS 154; "Das Pentagon
  teilte mit, es würden 1000 weitere Soldaten nach Polen verlegt" USA 154. A side that says
  another's forces were moved keeps them theirs.
- English has one list of the words of scorn (class ``scorn``, frames-light.yaml) for "called X
  a Y", "described X as a Y" and "X is a Y, Z said", as German's ``&scorn`` is: "China said
  Washington's decision was a serious mistake" was nothing, now CHN 111 USA.
- Wrongs one side says another does (frames-wrongs.yaml in both packs): stoking, sowing or fanning
  strife, bullying, cheating, exploiting a crisis, playing a dangerous game, spreading lies,
  distorting history; German säen, ausnutzen, untergraben, täuschen, spielen, verbreiten,
  verdrehen. Told by no one, they are no event.
- A weapon's test or a missile launch named by its noun (English "test", "launch" among the
  lexicon's event nouns; German "Test"): "Kim Jong Un oversaw the test of a new multiple rocket
  launcher" is PRK 15, in German too, where the genitive that names the weapon no longer stands
  for an unnamed owner (``Coder._owned_by_other``, for shows of force only).
"""

from __future__ import annotations

import pytest

from tests.coded_events import triples as _events



@pytest.mark.parametrize("text, expected", [
    ("Jordan received an estimated $1.5 billion in American aid in 2018.", ("USA", "07", "JOR")),
    ("Egypt receives about $1.3 billion in American military aid every year.", ("USA", "07", "EGY")),
    ("Lebanon received some 200 million euros in French aid last year.", ("FRA", "07", "LBN")),
])
def test_aid_received_as_a_sum(text, expected):
    assert _events(text, "en") == [expected]


def test_aid_given_as_a_sum_keeps_its_receiver():
    assert _events("Washington provided $70 million in military aid for Ukraine.", "en") == [("USA", "07", "UKR")]


def test_sector_condition_wants_the_object_head():
    assert _events("Egypt received military aid from the United States.", "en") == [("USA", "07", "EGY")]
    assert _events("Erdogan received the Syrian opposition leaders in Ankara.", "en") == [("TUR", "043", "SYR")]


@pytest.mark.parametrize("text, lang, expected", [
    ("Russia's defence ministry said Iskander missiles had been stationed in Kaliningrad.", "en", [("RUS", "154", "")]),
    ("Das Pentagon teilte mit, es würden 1000 weitere Soldaten nach Polen verlegt.", "de", [("USA", "154", "")]),
    ("Die Bundeswehr erklärte, zwei Kampfjets seien nach Jordanien verlegt worden.", "de", [("DEU", "154", "")]),
])
def test_deployment_told_by_its_side(text, lang, expected):
    assert _events(text, lang) == expected


def test_deployment_of_named_forces_stays_theirs():
    assert _events("Ukraine said Russian tanks had been moved to the border.", "en") == [("RUS", "154", "")]


@pytest.mark.parametrize("text, expected", [
    # a word that makes "called X a Y" criticism makes "X is a Y, said Z" criticism too
    ("China said Washington's decision was a serious mistake.", ("CHN", "111", "USA")),
    ("The Kremlin said the American sanctions were a sham.", ("RUS", "111", "USA")),
])
def test_said_to_be_one_of_the_words_of_scorn(text, expected):
    assert _events(text, "en") == [expected]


@pytest.mark.parametrize("text, lang, expected", [
    ("Beijing said the United States is bullying smaller countries.", "en", ("CHN", "111", "USA")),
    ("Russia is stoking tensions in the Balkans, Serbia's president said.", "en", ("SRB", "111", "RUS")),
    ("Die USA spielten ein gefährliches Spiel, sagte der russische Außenminister.", "de", ("RUS", "112", "USA")),
    ("Die Türkei nutze die Not der Flüchtlinge aus, sagte der griechische Regierungschef.", "de", ("GRC", "112", "TUR")),
])
def test_wrong_said_of_another(text, lang, expected):
    assert _events(text, lang) == [expected]


def test_wrong_told_by_no_one_is_no_event():
    assert _events("Russia is stoking tensions in the Balkans.", "en") == []


@pytest.mark.parametrize("text, lang", [
    ("Kim Jong Un oversaw the test of a new multiple rocket launcher.", "en"),
    ("Kim Jong Un watched the launch of two short-range missiles.", "en"),
    ("Kim Jong Un überwachte den Test eines neuen Mehrfachraketenwerfers.", "de"),
    ("Nordkorea führte einen Test einer neuen Kurzstreckenrakete durch.", "de"),
])
def test_weapon_test_named_by_its_noun(text, lang):
    assert _events(text, lang) == [("PRK", "15", "")]


def test_launch_of_a_campaign_is_no_show_of_force():
    assert _events("Kim Jong Un announced the launch of a new economic campaign.", "en") == []
