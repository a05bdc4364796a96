"""Actors named by a continent's adjective ("European companies", "afrikanische Staatschefs")
are of many countries, as "Western governments" are: they keep an unknown country and never take
the other party's or the article's (words foreign_modifiers; sentences written for these tests)."""
from __future__ import annotations

import pytest

from tests.coded_events import events


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "The United States threatened European companies with sanctions.", ("USA", "THREATEN", "UNK")),
    ("en", "China criticised European firms for their lobbying.", ("CHN", "ACCUSE", "UNK")),
    ("de", "Pompeo drohte europäischen Firmen mit Sanktionen.", ("USA", "THREATEN", "UNK")),
    ("de", "China kritisierte europäische Unternehmen.", ("CHN", "ACCUSE", "UNK")),
])
def test_a_continents_actors_keep_an_unknown_country(lang, text, expected):
    assert events(text, lang) == [expected]


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "The European Union criticised China.", ("IGO:EU", "ACCUSE", "CHN")),
    ("de", "Die Europäische Union kritisierte China.", ("IGO:EU", "ACCUSE", "CHN")),
    ("de", "Die Afrikanische Union kritisierte die Regierung Malis.", ("IGO:AU", "ACCUSE", "MLI")),
])
def test_a_continents_organisations_are_named(lang, text, expected):
    assert expected in events(text, lang)
