"""A German indirect question ("prüft, ob ...") asks, it does not tell: neither its verb nor its
event nouns are acts (lexicon question_openers; English "whether" is such a mark too)."""
from __future__ import annotations

import pytest

from tests.coded_events import coded as coded_in


def coded(text: str) -> list[tuple[str, str, str, str]]:
    return coded_in(text, "de")


@pytest.mark.parametrize("text", [
    # each was coded as an asserted act before
    "Die Staatsanwaltschaft untersucht, ob die Regierung in Kiew die Rebellen angegriffen hat.",
    "Der Sonderermittler prüft, ob Trumps Wahlkampfteam mit Russland zusammengearbeitet hat.",
    "Journalisten fragten den Minister, ob Israel Ziele in Syrien bombardiert habe.",
    "Die EU prüft, ob neue Sanktionen gegen Russland nötig sind.",
], ids=["verb-untersucht-ob", "verb-prüft-ob", "verb-fragten-ob", "noun-prüft-ob"])
def test_what_an_indirect_question_asks_is_no_act(text: str) -> None:
    assert coded(text) == []


@pytest.mark.parametrize("text, event", [
    ("Nachdem Russland die Ukraine angegriffen hatte, prüfte die EU, ob sie Sanktionen verhängt.",
     ("RUS", "190", "UKR", "asserted")),
    ("Obama traf Merkel in Berlin, obwohl die Kanzlerin ihn kritisiert hatte.", ("USA", "040", "DEU", "asserted")),
    ("Obama traf Merkel in Berlin, obwohl die Kanzlerin ihn kritisiert hatte.", ("DEU", "111", "USA", "asserted")),
], ids=["fact-before-question", "obwohl-main", "obwohl-clause"])
def test_acts_beside_a_question_stay(text: str, event: tuple[str, str, str, str]) -> None:
    assert event in coded(text)
