""""Both governments", "beide Regierungen" are the two states named just before, as "both
countries" and "beide Länder" are (words countries_nouns; sentences written for these tests)."""
from __future__ import annotations

import pytest

from tests.coded_events import events


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "Italy and Malta refused to let the rescue ship dock. "
           "The European Commission urged both governments to find a solution.", ("IGO:EU", "REQUEST", "ITA+MLT")),
    ("en", "Armenia and Azerbaijan accused each other of shelling villages. "
           "Russia called on the two governments to respect the ceasefire.", ("RUS", "REQUEST", "ARM+AZE")),
    ("de", "Italien und Malta verweigerten dem Rettungsschiff die Einfahrt. "
           "Die EU-Kommission forderte beide Regierungen auf, rasch eine Lösung zu finden.", ("IGO:EU", "REQUEST", "ITA+MLT")),
])
def test_both_governments_are_the_two_states_named_before(lang, text, expected):
    assert expected in events(text, lang)
