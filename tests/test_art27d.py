"""Arms control, manoeuvres, nuclear and missile programmes and humanitarian crises in whole
news reports (sentences written for these tests).

Exercises a state or an army holds alone are a show of force (150), with a partner military
cooperation (062; Frame.alone); "the agency" and "die Behörde" refer back to the one
organisation named shortly before (words.yaml: organisation_nouns); a hyphenated compound in a
prepositional phrase names what its last part names ("aus dem INF-Vertrag"), as an object does;
an event noun named as a pretext ("ein Vorwand für eine Militärintervention", "a pretext for a
U.S. military strike"; also with the doer's name before an adjective: "fears of a U.S. military
strike") is no act done (mentions); a treaty withdrawn from or suspended is
reduced relations (frames-art27d.yaml)."""
from __future__ import annotations

import pytest

from tests.coded_events import coded, events

CODED = [
    # exercises held alone: a show of force (frames-cameo.yaml hold/conduct, de frames.yaml
    # abhalten, frames-light.yaml durchführen: alone)
    ("Russia held large-scale military exercises in Crimea on Tuesday.", "en", ("RUS", "MOBILIZE", "")),
    ("The Iranian navy conducted drills in the Strait of Hormuz on Friday.", "en", ("IRN", "MOBILIZE", "")),
    ("NATO held a major exercise in Estonia last month.", "en", ("IGO:NATO", "MOBILIZE", "")),
    ("Die russische Armee hielt am Montag ein Großmanöver im Fernen Osten ab.", "de", ("RUS", "MOBILIZE", "")),
    ("Die türkischen Streitkräfte führten ein Manöver an der Grenze zu Griechenland durch.", "de", ("TUR", "MOBILIZE", "")),
    # ... and with a partner still cooperation
    ("India held naval exercises with France in the Arabian Sea.", "en", ("IND", "COOPERATE", "FRA")),
    ("Russland und China hielten ein gemeinsames Marinemanöver im Japanischen Meer ab.", "de", ("RUS+CHN", "COOPERATE", "RUS+CHN")),
    # "the agency", "die Behörde": the one organisation named before
    ("The International Atomic Energy Agency sent inspectors to the Fordow plant. "
     "The agency later accused Iran of failing to explain traces of uranium.", "en", ("IGO:IAEA", "ACCUSE", "IRN")),
    ("Die Internationale Atomenergiebehörde legte am Freitag ihren Bericht vor. "
     "Darin warf die Behörde dem Iran vor, Inspektoren behindert zu haben.", "de", ("IGO:IAEA", "ACCUSE", "IRN")),
    # a treaty left or suspended: 160 (hyphenated compounds in the "aus" phrase)
    ("Washington ist im vergangenen Jahr aus dem INF-Vertrag mit Moskau ausgestiegen.", "de", ("USA", "SANCTION", "RUS")),
    ("Russland hat sich aus dem KSE-Vertrag mit der NATO zurückgezogen.", "de", ("RUS", "SANCTION", "IGO:NATO")),
    ("Moscow announced it had suspended the treaty with Washington.", "en", ("RUS", "SANCTION", "USA")),
]


@pytest.mark.parametrize("text, lang, expected", CODED, ids=[t[:40] for t, _, _ in CODED])
def test_coded(text, lang, expected):
    assert expected in events(text, lang)


NOT_CODED = [
    # a pretext for an act is no act (mentions: pretext for, Vorwand für)
    ("Russia described the allegations as a pretext for a U.S. military strike on Syria.", "en", "ASSAULT"),
    ("Die Regierung in Damaskus bezeichnete die Vorwürfe als Vorwand für eine US-Militärintervention.", "de", "ASSAULT"),
    # the doer's name in a feared act's phrase, not only right before it ("a U.S. military strike")
    ("Oil prices rose on fears of a U.S. military strike on Iran.", "en", "ASSAULT"),
    # a treaty left is no troop withdrawal
    ("Nordkorea hat sich aus dem Atomwaffensperrvertrag zurückgezogen.", "de", "RETREAT"),
    # a fire brigade's or school's drill is no one's show of force
    ("Die Feuerwehr hielt am Samstag eine große Übung am Flughafen ab.", "de", "MOBILIZE"),
    ("Hundreds of schools held earthquake drills on Monday.", "en", "MOBILIZE"),
]


@pytest.mark.parametrize("text, lang, kind", NOT_CODED, ids=[t[:40] for t, _, _ in NOT_CODED])
def test_not_coded(text, lang, kind):
    assert [e for e in events(text, lang) if e[1] == kind] == []


def test_exercises_held_alone_are_150():
    assert ("RUS", "150", "", "asserted") in coded("Russia held military exercises near the Ukrainian border on Monday.", "en")
