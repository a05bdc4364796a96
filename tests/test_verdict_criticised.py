"""Criticism of a verdict, a charge or a state's own act that names whom it was aimed at, when no
such act was told before ("The US criticised the verdict against the Russian opposition leader",
"Deutschland kritisierte die Anklage gegen die türkischen Journalisten"), is aimed at the state
of those it hit: such acts are mostly a state's against its own people. Before, it had no target.
A court's verdict is a noun of its own (English "verdict", German "Urteil": 116), its doer the
court named as its possessor. Criticism of sanctions against a state names no one (the doer is
not the state they hit)."""
from __future__ import annotations

import pytest

from coded_events import coded


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "The US criticised the verdict against the Russian opposition leader.", [("USA", "111", "RUS")]),
    ("de", "Die USA kritisierten das Urteil gegen den russischen Oppositionsführer.", [("USA", "111", "RUS")]),
    ("de", "Deutschland kritisierte die Anklage gegen die türkischen Journalisten.", [("DEU", "111", "TUR")]),
    ("en", "China criticised the sanctions against Iran.", []),
])
def test_criticism_of_a_verdict(lang, text, expected):
    assert [e[:3] for e in coded(text, lang)] == expected


@pytest.mark.parametrize("lang, text", [
    ("en", "A Russian court's verdict against the American journalist was criticised."),
    ("de", "Das Urteil eines russischen Gerichts gegen den amerikanischen Journalisten stieß auf Kritik."),
])
def test_a_courts_verdict(lang, text):
    assert [e[:3] for e in coded(text, lang)] == [("RUS", "116", "USA")]
