"""Several parties of one state that act on each other are several parties: "SPÖ und ÖVP
einigten sich", "Regierung und Opposition einigten sich" are agreements between two sides, as
"Kanada und Mexiko vereinbarten" is; one party alone ("die EU-Außenminister einigten sich") is
still none (sentences written for these tests)."""
from __future__ import annotations

import pytest

from tests.coded_events import events


@pytest.mark.parametrize("text, expected", [
    ("ÖVP und FPÖ haben sich in Wien auf eine Koalition geeinigt.", ("AUT", "AGREE", "AUT")),
    ("Die SPÖ und die ÖVP einigten sich am Montag auf ein Budget.", ("AUT", "AGREE", "AUT")),
    ("Die Regierung und die Opposition in Caracas einigten sich auf einen Dialog.", ("VEN", "AGREE", "VEN")),
    ("Die kolumbianische Regierung und die FARC-Rebellen haben sich auf einen Waffenstillstand geeinigt.",
     ("COL", "AGREE", "COL")),
], ids=["two-parties", "parties-with-article", "government-opposition", "government-rebels"])
def test_two_parties_of_one_state_agree(text, expected):
    state, plover, _ = expected
    assert any(p == plover and set(s.split("+")) == {state} == set(t.split("+"))
               for s, p, t in events(text, "de"))


def test_two_sides_of_one_state_that_fight_each_other():
    found = events("Im Osten Libyens bekämpfen sich die Regierungstruppen und die Milizen gegenseitig.", "de")
    assert any(p == "ASSAULT" and set(s.split("+")) == {"LBY"} for s, p, t in found)


@pytest.mark.parametrize("text", [
    "Die EU-Außenminister einigten sich in Brüssel auf neue Regeln.",
    "Die österreichischen Minister haben sich am Montag auf ein Budget geeinigt.",
    "Im Zentrum Bagdads lieferten sich irakische Soldaten und Polizisten heftige Gefechte.",
    "Die Familie des Opfers und die Behörden verhandeln über eine Entschädigung.",
], ids=["one-body", "one-government", "allied-forces", "no-state-named"])
def test_one_party_alone_makes_no_agreement(text):
    assert not events(text, "de")
