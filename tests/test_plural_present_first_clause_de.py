"""A main clause that opens a sentence with its verb last before a comma, a plural present the
tagger took for an infinitive or a participle ("Die EU-Staaten verurteilen, dass ...", "Die
Vereinten Nationen untersuchen, ob ..."), is a clause, not a stub whose dependent clause stands
in for it; an indirect question ("prüft, ob ...") tells no act, in any tense; and a verb of
disapproval with a dass-clause ("kritisierte, dass die USA Waffen lieferten") disapproves of that
clause's subject (sentences written for these tests)."""
from __future__ import annotations

import pytest

from tests.coded_events import events


@pytest.mark.parametrize("text, expected", [
    ("Die EU-Staaten verurteilen, dass Russland die Krim annektiert hat.", ("IGO:EU", "ACCUSE", "RUS")),
    ("Die USA und Großbritannien verurteilen, dass Russland die Ukraine angreift.", ("USA+GBR", "ACCUSE", "RUS")),
    ("Kiew – Tausende Ukrainer demonstrieren, weil die Regierung mit Moskau verhandelt.", ("UKR", "PROTEST", "UKR")),
], ids=["verurteilen-dass", "coordinated-subject", "after-dateline"])
def test_a_first_clause_with_its_plural_present_last_before_a_comma_is_a_clause(text, expected):
    assert expected in events(text, "de")


@pytest.mark.parametrize("text", [
    "Die Vereinten Nationen untersuchen, ob Israel Schulen in Gaza bombardierte.",
    "Die Regierung prüft, ob russische Truppen ukrainische Stellungen angriffen.",
    "Die Vereinten Nationen untersuchten, ob Israel Schulen in Gaza bombardierte.",
], ids=["untersuchen-ob", "prueft-ob-past", "untersuchten-ob"])
def test_an_indirect_question_tells_no_act(text):
    assert not any(kind == "ASSAULT" for _, kind, _ in events(text, "de"))


@pytest.mark.parametrize("text, expected", [
    ("Peking kritisierte, dass die USA Waffen an Taiwan lieferten.", ("CHN", "ACCUSE", "USA")),
    ("Die Regierung in Kabul verurteilte, dass die Taliban ein Dorf überfallen hatten.", ("AFG", "ACCUSE", "AFG")),
    ("Die Ukraine prangerte an, dass russische Truppen die Waffenruhe gebrochen hätten.", ("UKR", "ACCUSE", "RUS")),
], ids=["kritisierte-dass", "verurteilte-dass", "prangerte-an-dass"])
def test_a_verb_of_disapproval_disapproves_of_the_subject_of_its_dass_clause(text, expected):
    assert expected in events(text, "de")


def test_an_act_an_indirect_question_presents_as_a_fact_stays():
    # the cooperation is asked about; the attack "bei dessen Angriff" is told as a fact
    found = events("Der Sonderermittler prüft, ob Trumps Team mit Russland bei dessen Angriff auf die Ukraine "
                   "zusammenarbeitete.", "de")
    assert ("RUS", "ASSAULT", "UKR") in found
    assert not any(kind == "COOPERATE" for _, kind, _ in found)
