"""Arms control, manoeuvres, nuclear and missile programmes and humanitarian crises in whole
news reports (sentences written for these tests).

Exercises a state or an army holds alone are a show of force (150), with a partner military
cooperation (062; Frame.alone); "the agency" and "die Behörde" refer back to the one
organisation named shortly before (words.yaml: organisation_nouns); a hyphenated compound in a
prepositional phrase names what its last part names ("aus dem INF-Vertrag"), as an object does;
an event noun named as a pretext ("ein Vorwand für eine Militärintervention", "a pretext for a
U.S. military strike"; also with the doer's name before an adjective: "fears of a U.S. military
strike") is no act done (mentions); a treaty withdrawn from or suspended is
reduced relations (frames-art27d.yaml); "das Nachbarland" is the state named last other than the
subject's; an infinitive after "ließ" that the tagger took for a finite verb before "und" is the
infinitive; a family name put first ("spokesman Geng Shuang ... Geng") names the person again; aircraft and ships a state scrambles or sends to do something are its
own, so it does it; the body named before a document in a hyphenated word ("UN-Bericht") is its
author; "the North" is North Korea when the article named it before; what someone is barred from doing
is not done."""
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
    # "das Nachbarland", "the neighbouring country": the state named last other than the subject's
    # (words.yaml: neighbour_words)
    ("Kolumbien schloss die Grenze zu Venezuela und brach die diplomatischen Beziehungen zu dem Nachbarland ab.", "de",
     ("COL", "SANCTION", "VEN")),
    ("Russland hat am Montag Gaslieferungen an die Ukraine gestoppt. Moskau warf dem Nachbarland vor, Gas abzuzweigen.",
     "de", ("RUS", "ACCUSE", "UKR")),
    ("Colombia accused Venezuela of harbouring rebels and cut diplomatic ties with the neighbouring country.",
     "en", ("COL", "SANCTION", "VEN")),
    # an infinitive after "ließ" before "und" and a finite verb (tag.py: _governed_infinitives)
    ("Lukaschenko ließ die Demonstranten am Sonntag verhaften und warf dem Westen Einmischung vor.", "de",
     ("BLR", "COERCE", "BLR")),
    # a family name put first, named again alone ("spokesman Geng Shuang ... Geng said")
    ("China's foreign ministry spokesman Lu Kang said Beijing was firmly opposed to the move. "
     "\"We urge the United States to stop interfering,\" Lu told a regular news briefing.", "en", ("CHN", "REQUEST", "USA")),
    # aircraft and ships a state scrambles, sends or uses are its own: it does the infinitive's
    # act (lexicon.yaml: instrument_verbs, instrument_nouns)
    ("The Saudi-led coalition used warplanes to attack Houthi positions near Saada.", "en", ("SAU", "ASSAULT", "YEM")),
    # the author of a document named in a hyphenated word (words.yaml: document_nouns)
    ("Ein neuer UN-Bericht wirft der Armee Myanmars schwere Verbrechen an den Rohingya vor.", "de", ("IGO:UN", "ACCUSE", "MMR")),
    ("Ein EU-Bericht wirft der rumänischen Regierung Versäumnisse im Kampf gegen Korruption vor.", "de",
     ("IGO:EU", "ACCUSE", "ROU")),
    # "the North" for North Korea named before (words.yaml: half_states)
    ("North Korea test-fired a new short-range missile on Saturday. "
     "South Korea's defence ministry urged the North to stop acts that raise tension.", "en", ("KOR", "REQUEST", "PRK")),
    # an arms sale approved (frames-art27d.yaml: approve)
    ("The State Department approved a $2.2 billion arms sale to Taiwan on Monday.", "en", ("USA", "COOPERATE", "TWN")),
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


def test_the_north_of_a_country_is_no_state():
    # "the north" in lower case is a region, and with no North Korea named no state at all
    assert ("MLI", "MOBILIZE", "PRK") not in events("Islamists attacked a town in Mali. The army sent troops to the North.", "en")
    assert [e for e in events("Fighting spread to the north of the country on Monday, the army said.", "en")
            if e[2] == "PRK"] == []


@pytest.mark.parametrize("text, lang, kind", NOT_CODED, ids=[t[:40] for t, _, _ in NOT_CODED])
def test_not_coded(text, lang, kind):
    assert [e for e in events(text, lang) if e[1] == kind] == []


def test_jets_scrambled_are_the_scramblers():
    # the interception is Japan's, not the bombers' own (was RUS 190 RUS: the jets of no country)
    text = "Japan scrambled fighter jets to intercept Russian bombers."
    found = events(text, "en")
    assert found and all(source == "JPN" for source, _, _ in found)


BARRED = [
    # what someone is banned, barred or prevented from doing is not done (lexicon.yaml: avoiding_preps)
    ("The INF treaty bans Russia and the United States from deploying ground-launched missiles in Europe.", "en"),
    ("A court in Islamabad barred the army from deploying troops in the capital.", "en"),
]


@pytest.mark.parametrize("text, lang", BARRED, ids=[t[:40] for t, _ in BARRED])
def test_barred_from_is_not_done(text, lang):
    found = [c for c in coded(text, lang) if c[1].startswith("15")]
    assert found and all(modality == "negated" for _, _, _, modality in found)


def test_exercises_held_alone_are_150():
    assert ("RUS", "150", "", "asserted") in coded("Russia held military exercises near the Ukrainian border on Monday.", "en")
