"""Branch s17h: English events coded with the wrong category, from unseen NTREX articles
(sentences written for these tests).

- People freed, rescued or pulled from rubble, debris or wreckage are helped (073 AID), not
  released captives (0841): "Turkish soldiers freed two children from the rubble"; German the
  same ("befreiten zwei Kinder aus den Trümmern", which coded nothing).
"""

from __future__ import annotations

import pytest

from tests.coded_events import triples


@pytest.mark.parametrize("text, lang, expected", [
    ("Turkish soldiers freed two children from the rubble.", "en", ("TUR", "073", "TUR")),
    ("Peruvian police rescued three children from the debris of the market.", "en", ("PER", "073", "PER")),
    ("Chilean troops pulled a boy from the wreckage of the bus.", "en", ("CHL", "073", "CHL")),
    ("Türkische Soldaten befreiten zwei Kinder aus den Trümmern.", "de", ("TUR", "073", "TUR")),
    ("Peruanische Polizisten retteten drei Kinder aus den Trümmern des Marktes.", "de", ("PER", "073", "PER")),
    ("Chilenische Soldaten zogen drei Kinder aus dem Wrack des Busses.", "de", ("CHL", "073", "CHL")),
    ("Italienische Soldaten retteten drei Kinder aus dem Schutt.", "de", ("ITA", "073", "ITA")),
])
def test_rescue_from_rubble_is_aid(text, lang, expected):
    assert expected in triples(text, lang)


@pytest.mark.parametrize("text, lang", [
    ("Turkish soldiers freed two children from the rubble.", "en"),
    ("Turkish soldiers rescued two children from the rubble.", "en"),
])
def test_rescue_from_rubble_is_no_release(text, lang):
    assert not any(c.startswith("084") for _, c, _ in triples(text, lang))
