"""Parties named by words that several countries' parties share ("Democrats", "Labour", "die
Grünen"), in sentences written for these tests: two of them named apart in one act are two
sides, each of the article's country, not one party acting on itself; and a short sentence
"Trump criticized Democrats", which the parser reads as a noun phrase, has its verb."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.coded_events import events

PUBLISHED = dt.date(2018, 10, 1)


@pytest.mark.parametrize("text, lang, event", [
    ("LONDON - Labour criticized the Conservatives over the rail strikes.", "en", ("GBR", "ACCUSE", "GBR")),
    ("WASHINGTON - Democrats accused Republicans of blocking the bill.", "en", ("USA", "ACCUSE", "USA")),
    ("BERLIN - The Greens criticized the Social Democrats.", "en", ("DEU", "ACCUSE", "DEU")),
    ("Berlin – Die Grünen kritisierten die Sozialdemokraten scharf.", "de", ("DEU", "ACCUSE", "DEU")),
    ("Trump criticized Democrats.", "en", ("USA", "ACCUSE", "USA")),
], ids=["labour-tories", "democrats-republicans", "greens-spd", "grüne-spd", "short-sentence"])
def test_two_parties_named_apart_are_two_sides(text, lang, event):
    assert event in set(events(text, lang, PUBLISHED))


def test_one_party_named_twice_is_one():
    assert set(events("LONDON - The Greens praised Greens across Europe.", "en", PUBLISHED)) == set()
