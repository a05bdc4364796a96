"""German constructions left open (sentences written for these tests, branch art36a).

- A body's commissioner of whatever portfolio is that body ("der UN-Menschenrechtskommissar",
  "die EU-Justizkommissarin", "der UN-Hochkommissar für Menschenrechte"), as the English "EU
  commissioner": "Kommissar" keeps a compound an actor (agents.yaml ``org_heads``); alone ("der
  Kommissar", a police rank in a crime report) it names no one.
- A verb of agreement whose kind comes from the event noun it agrees to ("stimmte einem
  Gefangenenaustausch mit der Ukraine zu", "stimmte einer Waffenruhe mit der Hamas zu") and that
  names no other party itself takes the party that noun names in its own phrases; the noun's act
  is what was agreed, no act of its own, unless the noun is an accord, which was made ("stimmte dem
  Abkommen mit Russland zu": 057 stays).
- A participle attribute of mediation ("eine von den USA vermittelte Waffenruhe", "die von Katar
  vermittelten Gespräche") hangs from the noun it qualifies, as the English "a US-brokered truce":
  its agent mediates (045) between the parties of the clause the noun is in.
- A main clause after a comma with a subject of its own, in the indicative, after a main clause
  that has its (noun) object already tells an act of its own, no content of the clause before
  ("Die Opposition kritisierte die Regierung, die Polizei setzte Tränengas gegen Demonstranten
  ein": the police's act is coded; "Mazedonien ließ nur wenige Flüchtlinge passieren, ..."); a
  clause in the subjunctive stays the content of the one before.
- Frame: demonstrators, students, the opposition or unionists who march through a town ("zogen
  durch Tiflis") demonstrate (140), as "marschieren" and English "marched"; whom police then use
  tear gas on are they. Refugees and troops on the move do not.
"""
from __future__ import annotations

import pytest

from tests.coded_events import coded


def _has(events, source: str, cameo: str, target: str) -> bool:
    return any(e[0] == source and e[1] == cameo and e[2] == target for e in events)


@pytest.mark.parametrize("text,source,target", [
    ("Der UN-Menschenrechtskommissar verurteilte die Angriffe der RSF-Miliz auf Zivilisten in Darfur.", "IGO:UN", "SDN"),
    ("Die EU-Justizkommissarin kritisierte Polen wegen der Justizreform.", "IGO:EU", "POL"),
    ("Die EU-Kommissarin kritisierte die ungarische Regierung.", "IGO:EU", "HUN"),
    ("Der UN-Hochkommissar für Menschenrechte verurteilte Belarus.", "IGO:UN", "BLR"),
    ("Der EU-Handelskommissar kritisierte China.", "IGO:EU", "CHN"),
], ids=["menschenrechtskommissar", "justizkommissarin", "kommissarin", "hochkommissar", "handelskommissar"])
def test_commissioner_compound_is_the_body(text, source, target):
    events = coded(text, "de")
    assert any(e[0] == source and e[2] == target for e in events), events


def test_commissioner_alone_is_no_actor():
    assert coded("Der Kommissar kritisierte den Bürgermeister.", "de") == []


@pytest.mark.parametrize("text,source,cameo,target", [
    ("Russland stimmte einem Gefangenenaustausch mit der Ukraine zu.", "RUS", "0353", "UKR"),
    ("Israel stimmte einer Waffenruhe mit der Hamas zu.", "ISR", "0356", "PSE"),
    ("Armenien stimmte Friedensgesprächen mit Aserbaidschan zu.", "ARM", "036", "AZE"),
], ids=["exchange", "truce", "talks"])
def test_agreement_takes_the_party_of_its_noun(text, source, cameo, target):
    events = coded(text, "de")
    assert _has(events, source, cameo, target), events
    # the noun's act is agreed, not done
    assert len(events) == 1, events


def test_agreeing_to_an_accord_keeps_the_accord():
    events = coded("Die Ukraine stimmte dem Abkommen mit Russland zu.", "de")
    assert _has(events, "UKR", "032", "RUS") and _has(events, "UKR", "057", "RUS"), events


@pytest.mark.parametrize("text,source,target", [
    ("Israel akzeptierte eine von den USA vermittelte Waffenruhe.", "USA", "ISR"),
    ("Die Taliban lehnten die von Katar vermittelten Gespräche ab.", "QAT", "AFG"),
    ("Armenien und Aserbaidschan unterzeichneten ein von Russland vermitteltes Abkommen.", "RUS", "ARM+AZE"),
], ids=["truce", "talks", "accord"])
def test_mediating_participle_names_the_mediator(text, source, target):
    events = coded(text, "de")
    assert _has(events, source, "045", target), events


@pytest.mark.parametrize("text", [
    "Die USA kritisierten die von Russland vermittelten Gespräche.",
    "Nach der von Katar vermittelten Freilassung der Geiseln kehrte Biden nach Washington zurück.",
], ids=["critic", "prepositional"])
def test_mediation_names_no_outsider_as_party(text):
    assert not any(e[1] == "045" for e in coded(text, "de")), coded(text, "de")


def test_march_through_a_town_is_a_protest_and_its_crowd_is_gassed():
    events = coded("Tausende Demonstranten zogen durch Tiflis. Die Polizei setzte Tränengas ein.", "de")
    assert _has(events, "GEO", "140", "GEO") and _has(events, "GEO", "175", "GEO"), events


@pytest.mark.parametrize("text", [
    "Tausende Flüchtlinge zogen durch Serbien.",
    "Die Truppen zogen durch die Stadt.",
], ids=["refugees", "troops"])
def test_others_on_the_move_do_not_protest(text):
    assert coded(text, "de") == []


@pytest.mark.parametrize("text,source,cameo,target", [
    ("Die Opposition kritisierte die georgische Regierung, die Polizei setzte Tränengas gegen Demonstranten ein.",
     "GEO", "175", "GEO"),
    ("In Belgrad blockierten Tausende Studenten die Hauptstraße, die Polizei nahm 30 Studenten fest.",
     "SRB", "173", "SRB"),
], ids=["after-criticism", "after-blockade"])
def test_comma_joined_main_clause_is_an_act_of_its_own(text, source, cameo, target):
    events = coded(text, "de")
    assert _has(events, source, cameo, target), events

