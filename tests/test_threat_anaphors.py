"""A threat or a warning referred back to ("Tokyo condemned the threat", "Berlin wies die Drohung
zurück") is aimed at whoever threatened or warned in the last sentences, as "the move" is at
whoever moved (words threat_anaphors; sentences written for these tests)."""
from __future__ import annotations

import pytest

from tests.coded_events import events


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "North Korea threatened Japan with a nuclear strike. Tokyo condemned the threat.", ("JPN", "ACCUSE", "PRK")),
    ("en", "Washington warned Iran against attacking U.S. forces. Tehran dismissed the warning as propaganda.",
     ("IRN", "REJECT", "USA")),
    ("de", "Pompeo drohte deutschen Firmen mit Sanktionen. Berlin wies die Drohung zurück.", ("DEU", "REJECT", "USA")),
    ("de", "Nordkorea drohte Japan mit einem Atomschlag. Tokio verurteilte die Drohung scharf.", ("JPN", "ACCUSE", "PRK")),
])
def test_a_threat_referred_back_to_is_the_threateners(lang, text, expected):
    assert expected in events(text, lang)


def test_a_threat_of_no_one_named_before_is_no_ones():
    # no threat in the sentences before: the reaction has no target to take
    assert events("Tokyo condemned the threat.", "en") in ([], [("JPN", "ACCUSE", "")])
