"""Blocking a decision, a package of measures or someone's bid is a rejection (REJECT), not a
blockade (191): "Hungary blocked the EU aid package", "Ungarn blockierte das EU-Hilfspaket"
(coded as a blockade of the EU before). Roads blocked by a crowd stay a protest, a port or a
border blocked by a state stays a blockade."""
from __future__ import annotations

import pytest

from tests.coded_events import coded


@pytest.mark.parametrize("text, lang, expected", [
    ("Slovakia blocked the EU sanctions package against Russia.", "en", ("SVK", "REJECT")),
    ("Greece blocked North Macedonia's bid to join the EU.", "en", ("GRC", "REJECT")),
    ("Die Slowakei blockierte das EU-Sanktionspaket gegen Russland.", "de", ("SVK", "REJECT")),
    ("Polen blockierte den Haushalt der EU.", "de", ("POL", "REJECT")),
], ids=["en-package", "en-bid", "de-paket", "de-haushalt"])
def test_blocking_a_decision_is_a_rejection(text: str, lang: str, expected: tuple[str, str]) -> None:
    from chronist.coding.ontology import cameo
    assert expected in [(e[0], cameo(e[1]).plover) for e in coded(text, lang)]


@pytest.mark.parametrize("text, lang, code", [
    ("Israel blockierte den Gazastreifen.", "de", "191"),
    ("Protesters blocked the main road to the capital.", "en", "144"),
], ids=["de-hafen", "en-road"])
def test_blocking_a_place_is_no_rejection(text: str, lang: str, code: str) -> None:
    assert [e[1] for e in coded(text, lang)] == [code]
