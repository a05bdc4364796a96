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


@pytest.mark.parametrize("text, lang", [
    ("After the attacks on Kyiv, the EU imposed new sanctions on Russia.", "en"),
    ("Nach den Angriffen auf Kiew verhängte die EU neue Sanktionen gegen Russland.", "de"),
], ids=["en", "de"])
def test_attacks_before_an_answer_of_no_force_are_not_the_answerers(text: str, lang: str) -> None:
    # the attacks' doer is not the EU that answers them with sanctions
    assert not [e for e in coded(text, lang) if e[0] == "IGO:EU" and e[1].startswith(("18", "19", "20"))]


def test_attacks_before_a_withdrawal_keep_the_troops_as_their_doers() -> None:
    assert ("RUS", "190", "UKR") in [e[:3] for e in coded("Nach Angriffen auf Kiew zogen sich die russischen Truppen zurück.", "de")]
