"""A lawsuit that lawyers bring for no named actor against a paper, a firm or a private person
is a private civil suit, no political event (pack words counsel_nouns); lawyers suing a
government, and a government or prosecutors suing, stay (sentences written for these tests)."""
from __future__ import annotations

import pytest

from tests.coded_events import events


@pytest.mark.parametrize("text", [
    "His lawyers are set to sue German news magazine Der Spiegel.",
    "Lawyers for the singer sued the newspaper over the allegations.",
    "The actor's lawyers sued the British tabloid for defamation.",
], ids=["his-lawyers-magazine", "lawyers-for-singer", "actors-lawyers-tabloid"])
def test_a_private_civil_suit_is_no_event(text):
    assert events(text, "en") == []


@pytest.mark.parametrize("text, expected", [
    ("Lawyers for the activists sued the Turkish government.", ("TUR", "ACCUSE", "TUR")),
    ("The German government sued the newspaper.", ("DEU", "ACCUSE", "DEU")),
    ("Prosecutors sued the German carmaker Volkswagen.", ("DEU", "ACCUSE", "DEU")),
], ids=["lawyers-sue-government", "government-sues", "prosecutors-sue"])
def test_suits_of_and_against_the_state_stay(text, expected):
    found = events(text, "en")
    assert expected in found, found
