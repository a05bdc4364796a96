"""German constructions left open (sentences written for these tests, branch art36a).

- A body's commissioner of whatever portfolio is that body ("der UN-Menschenrechtskommissar",
  "die EU-Justizkommissarin", "der UN-Hochkommissar für Menschenrechte"), as the English "EU
  commissioner": "Kommissar" keeps a compound an actor (agents.yaml ``org_heads``); alone ("der
  Kommissar", a police rank in a crime report) it names no one.
- A verb of agreement whose kind comes from the event noun it agrees to ("stimmte einem
  Gefangenenaustausch mit der Ukraine zu", "stimmte einer Waffenruhe mit der Hamas zu") and that
  names no other party itself takes the party that noun names in its own phrases; the noun's act
  is what was agreed, no act of its own.
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

