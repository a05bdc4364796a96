"""The Middle East 2023-2024 (the Gaza war, Houthi attacks in the Red Sea, the Saudi-Iranian deal)
in both languages (sentences written for these tests, branch art49b).

- A body noun that is the head of an organisation's name before a word that joins the rest
  (``name_links`` in en/words.yaml: "of") is that organisation named before, as one that ends its
  name is (``coref._linked_head``): "South Africa took Israel to the International Court of
  Justice. The court ordered Israel to halt the offensive" is IGO:ICJ 10 ISR (was no event, "the
  court" read as no one).
- German "abstellen" with power, water or gas is an embargo (163, de/frames-art49b.yaml): "Israel
  hat dem Gazastreifen Strom und Wasser abgestellt" ISR 163 PSE (was no event).
"""

from __future__ import annotations

import pytest

from tests.coded_events import coded


def _events(text: str, lang: str) -> list[tuple[str, str, str]]:
    return [(s, c, t) for s, c, t, _ in coded(text, lang)]


@pytest.mark.parametrize("text, expected", [
    ("South Africa took Israel to the International Court of Justice. The court urged Israel to "
     "halt the offensive in Rafah.", ("IGO:ICJ", "02", "ISR")),
    ("Ukraine filed a case against Russia at the International Court of Justice. The court "
     "ordered Moscow to suspend its military operations.", ("IGO:ICJ", "10", "RUS")),
])
def test_court_named_by_the_head_of_its_name(text, expected):
    assert expected in _events(text, "en")


def test_court_still_the_one_named_by_its_last_noun():
    assert ("IGO:ICC", "02", "ISR") in _events(
        "South Africa took Israel to the International Criminal Court. The court urged Israel to stop.", "en")


def test_power_and_water_switched_off():
    assert ("ISR", "163", "PSE") in _events("Israel hat dem Gazastreifen Strom und Wasser abgestellt.", "de")
