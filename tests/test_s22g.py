"""Answers given by a measure (twenty-second session, round 2, branch s22g).

Trade-war news tells a retaliation as an answer with a measure: "revanchierte sich mit Zöllen",
"responded with threats against". The measure answered with decides the code (163 for tariffs,
sanctions, an embargo; 13 for threats), as it already did for "reagierte/antwortete/responded/
hit back with tariffs"; the target is whom the measure is aimed at or whose measures are
answered ("für die amerikanischen Zölle"). A threat's target is also found in the phrase of the
threat noun when the frame names that noun with its preposition ("with threats"). An answer with
a statement, with calm or with a victory is no sanction.
"""

from __future__ import annotations

import pytest

from tests.coded_events import coded as _coded


@pytest.mark.parametrize("text, lang, expected", [
    ("Peking revanchierte sich für die amerikanischen Zölle mit eigenen Gegenzöllen.", "de", ("CHN", "163", "USA", "asserted")),
    ("Die Türkei revanchierte sich mit Zöllen auf US-Produkte.", "de", ("TUR", "163", "USA", "asserted")),
    ("Iran responded with threats against Saudi Arabia.", "en", ("IRN", "13", "SAU", "asserted")),
    ("Turkey reacted with threats against Greece.", "en", ("TUR", "13", "GRC", "asserted")),
    ("Venezuela hit back with threats against Colombia.", "en", ("VEN", "13", "COL", "asserted")),
])
def test_the_measure_answered_with_decides_the_code(text, lang, expected):
    assert expected in _coded(text, lang)


@pytest.mark.parametrize("text, lang", [
    ("Russia responded with a statement.", "en"),
    ("Russland reagierte mit Gelassenheit.", "de"),
    ("Die Mannschaft revanchierte sich mit einem Sieg.", "de"),
    ("Iran responded to threats from Israel.", "en"),
])
def test_an_answer_with_no_measure_is_no_sanction(text, lang):
    assert not [e for e in _coded(text, lang) if e[1] in ("163", "13")]
