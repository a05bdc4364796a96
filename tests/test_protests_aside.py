"""A protest named in a phrase of what came before or during the act ('nach', 'während', 'after',
'during': aside_prepositions) is the crowd's, not the clause subject's: the German counterpart of
the English 'resign' frame that takes 'in protest' only (a2d9f5a). A resignation 'aus Protest'
stays a protest; force named there keeps the subject as its doer."""
from __future__ import annotations

import pytest

from tests.coded_events import coded


@pytest.mark.parametrize("text", [
    "Der serbische Innenminister trat nach den Protesten in Belgrad zurück.",
    "Der slowakische Innenminister trat nach Massenprotesten zurück.",
    "Während der Proteste in Teheran nahm die iranische Polizei Hunderte Menschen fest.",
    "Nach den Protesten in Hongkong verurteilte China die USA.",
], ids=["nach-protesten", "massenprotesten", "waehrend", "reaction"])
def test_a_protest_before_the_act_is_not_the_subjects(text):
    found = coded(text, "de")
    assert not [e for e in found if e[1].startswith("14") or e[1].startswith("114")], found


@pytest.mark.parametrize("text, event", [
    ("Der israelische Verteidigungsminister trat aus Protest gegen die Waffenruhe zurück.", ("ISR", "114")),
    ("Nach Angriffen auf Kiew zogen sich die russischen Truppen zurück.", ("RUS", "190")),
    ("Die ukrainische Regierung protestierte nach dem Treffen scharf gegen den Angriff Russlands.", ("UKR", "114")),
], ids=["aus-protest", "force-stays", "protest-verb"])
def test_own_protests_and_force_stay(text, event):
    found = coded(text, "de")
    assert any(e[0] == event[0] and e[1].startswith(event[1]) for e in found), found
