"""An event told in a phrase of "after", "during", "nach", "während" beside a verb's act is news
of its own: a verb frame with a condition ("imposed sanctions", "verhängte Sanktionen") used to
take every phrase of its clause with it, so the talks before the sanctions were lost. A phrase
the frame reads its parties from ("kamen bei einem Anschlag ums Leben") stays the frame's."""
from __future__ import annotations

import pytest

from tests.coded_events import coded


@pytest.mark.parametrize("text, lang, expected", [
    ("After talks with France, Germany imposed sanctions on Belarus.", "en",
     {("DEU", "040", "FRA"), ("DEU", "163", "BLR")}),
    ("Nach Gesprächen mit Frankreich verhängte Deutschland Sanktionen gegen Belarus.", "de",
     {("DEU", "040", "FRA"), ("DEU", "163", "BLR")}),
], ids=["en-after", "de-nach"])
def test_the_event_of_a_settled_phrase_is_coded_too(text: str, lang: str, expected: set) -> None:
    found = {e[:3] for e in coded(text, lang)}
    assert {(s, c[:2], t) for s, c, t in expected} <= {(s, c[:2], t) for s, c, t in found}, found


def test_a_phrase_the_frame_reads_stays_its_own() -> None:
    events = coded("Bei einem Anschlag der Taliban in Kabul kamen drei britische Soldaten ums Leben.", "de")
    assert [e[:3] for e in events] == [("AFG", "18", "GBR")]
