"""Whose fight a noun of violence names when it stands in a prepositional phrase of another verb.

- A verb of backing, cooperation or aid: the act is the one helped's, not the helper's ("Iran
  helped the Houthis in their attacks on Saudi Arabia", "Der Iran unterstützte die Huthis bei
  ihren Angriffen auf Saudi-Arabien": the Houthis attack; before, Iran did).
- A verb that is no act of force, with a subject that is no armed force: what befell the subject,
  not its fight ("Tausende Syrer flohen vor den Angriffen auf Aleppo" coded the fleeing Syrians
  attacking Aleppo). An army's or rebels' verb keeps the fight its own ("Die syrischen Rebellen zogen sich nach
  heftigen Angriffen auf die Armee zurück").
- English "continue" and "resume" with a fight, a battle, an offensive or a war against someone
  are that fight, as with strikes ("The Syrian army continued the fight against the rebels");
  against no actor, nothing ("continue the fight against corruption").
"""
from __future__ import annotations

import pytest

from coded_events import coded


@pytest.mark.parametrize("lang, text", [
    ("en", "Iran helped the Houthis in their attacks on Saudi Arabia."),
    ("de", "Der Iran unterstützte die Huthis bei ihren Angriffen auf Saudi-Arabien."),
])
def test_the_helped_party_fights(lang, text):
    events = [e[:3] for e in coded(text, lang)]
    assert ("YEM", "190", "SAU") in events
    assert not any(e[0] == "IRN" and e[1] == "190" for e in events)


@pytest.mark.parametrize("lang, text", [
    ("de", "Tausende Syrer flohen vor den Angriffen auf Aleppo."),
    ("de", "Die Familien suchten während der Angriffe auf die Stadt Schutz in Kellern."),
])
def test_those_who_flee_an_attack_do_not_attack(lang, text):
    assert [e for e in coded(text, lang) if e[1].startswith(("18", "19", "20"))] == []


def test_an_armed_force_keeps_its_fight():
    events = [e[:3] for e in coded("Die syrischen Rebellen zogen sich nach heftigen Angriffen auf die Armee zurück.", "de")]
    assert ("SYR", "190", "SYR") in events


@pytest.mark.parametrize("text, expected", [
    ("The Syrian army continued the fight against the rebels.", [("SYR", "190", "SYR")]),
    ("Israel resumed its offensive against Hamas.", [("ISR", "190", "PSE")]),
    ("The Egyptian government will continue the fight against corruption.", []),
])
def test_a_fight_continued(text, expected):
    assert [e[:3] for e in coded(text, "en")] == expected
