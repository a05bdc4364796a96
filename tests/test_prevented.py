"""An act someone keeps from happening is no event: the event noun that is the object of a
preventing verb ("to prevent attacks", "Angriffe verhindern"), in German and English alike.
Prevention that failed ("did not prevent the attack") leaves the act an event. Sentences
written for these tests."""
from __future__ import annotations

import datetime as dt

import pytest

from coded_events import events as coded


def events(text: str, lang: str) -> list[tuple[str, str, str]]:
    return coded(text, lang, dt.date(2023, 5, 17))


@pytest.mark.parametrize("text, lang", [
    ("Die Armee will Angriffe auf Zivilisten verhindern.", "de"),
    ("Die Polizei nahm den Verdächtigen fest, um Angriffe auf Passanten zu verhindern.", "de"),
    ("The army wants to prevent attacks on civilians.", "en"),
    ("Police detained the suspect to prevent attacks on passers-by.", "en"),
], ids=["de-verhindern", "de-um-zu", "en-prevent", "en-to-prevent"])
def test_a_prevented_act_is_no_event(text, lang):
    assert not any(e[1] in ("ASSAULT", "THREATEN") for e in events(text, lang)), events(text, lang)


@pytest.mark.parametrize("text, lang", [
    ("Die syrische Armee griff kurdische Zivilisten an.", "de"),
    ("The Syrian army did not prevent the rebels' attack on Kurdish civilians.", "en"),
], ids=["de-plain", "en-not-prevented"])
def test_an_act_not_prevented_stays_an_event(text, lang):
    assert any(e[1] == "ASSAULT" for e in events(text, lang)), events(text, lang)


@pytest.mark.parametrize("text, lang", [
    ("The Turkish prime minister cancelled his trip to Brussels after the attack.", "en"),
    ("Der türkische Premier sagte seine Reise nach Brüssel wegen des Anschlags ab.", "de"),
], ids=["en-cancel-trip", "de-absagen-reise"])
def test_a_cancelled_visit_is_no_visit_but_the_cancellation(text, lang):
    found = events(text, lang)
    assert ("TUR", "SANCTION", "IGO:EU") in found and not any(e[1] == "CONSULT" for e in found), found

