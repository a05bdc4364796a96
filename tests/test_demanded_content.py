"""What was asked for, demanded or proposed is no act, also when the parse finds no one who asked
(a passive with no agent, or a subject the parse missed): "Iran was urged to resume talks with the
EU" reports no talks (sentences written for these tests)."""
from __future__ import annotations

import pytest

from tests.coded_events import events


@pytest.mark.parametrize("text, lang", [
    ("Iran was urged to resume talks with the European Union.", "en"),
    ("Russia has been asked to withdraw its troops from Syria.", "en"),
    ("Es wurde vorgeschlagen, dass Deutschland die Verhandlungen mit dem Iran führen solle.", "de"),
], ids=["urged-to-resume-talks", "asked-to-withdraw", "vorgeschlagen-Verhandlungen"])
def test_what_was_asked_for_is_no_act(text: str, lang: str) -> None:
    assert events(text, lang) == []


def test_a_proposal_in_a_clause_of_while_is_coded_as_in_a_main_clause():
    # the dass-clause is the complement of the "während" clause's verb, not of "erklärte": the
    # negotiations are what was proposed, no act, and the proposal is coded as the same words
    # in a main clause are (the parse once missed the "während" clause, and with it the proposer)
    text = ("Der ehemalige Parteichef erklärte, Politiker müssten den Druck spüren, während ein Abgeordneter "
            "von Theresa Mays Partei vorschlug, dass Farage die Verhandlungen mit der EU leiten sollte.")
    alone = "Ein Abgeordneter von Theresa Mays Partei schlug vor, dass Farage die Verhandlungen mit der EU leiten sollte."
    found = events(text, "de")
    assert not [e for e in found if e[1] == "CONSULT"]
    assert found == events(alone, "de")


@pytest.mark.parametrize("text, lang, expected", [
    ("The French president urged Iran to resume talks with the European Union.", "en", ("FRA", "REQUEST", "IRN")),
    ("Russian troops withdrew from Syria after the talks with Turkey.", "en", ("RUS", "RETREAT", "SYR")),
    ("Merkel forderte Russland auf, seine Truppen aus Syrien abzuziehen.", "de", ("DEU", "REQUEST", "RUS")),
], ids=["urged-Iran", "withdrew", "forderte-Russland-auf"])
def test_the_demand_and_acts_stay(text: str, lang: str, expected: tuple[str, str, str]) -> None:
    assert expected in events(text, lang)
