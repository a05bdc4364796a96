"""Aid received as a sum, an actor in an object's modifier, and deployments told in the passive
(sentences written for these tests).

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
"""

from __future__ import annotations

import pytest

from tests.coded_events import coded


def _events(text: str, lang: str) -> list[tuple[str, str, str]]:
    return [(s, c, t) for s, c, t, _ in coded(text, lang)]


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
