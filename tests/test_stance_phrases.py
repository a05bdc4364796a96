"""An act that a stand is about, named in the phrase the stand takes ("sprach sich für Sanktionen
gegen Russland aus", "pressed for sanctions against Iran"), is not an act of whoever takes the
stand: speaking for sanctions imposes none (sentences written for these tests)."""
from __future__ import annotations

import datetime as dt

import pytest

from coded_events import events



@pytest.mark.parametrize("text, lang, act", [
    ("Polen sprach sich für neue Sanktionen gegen Russland aus.", "de", "SANCTION"),
    ("Die Opposition setzte sich für einen Militärschlag gegen Syrien ein.", "de", "ASSAULT"),
    ("Die Grünen setzten sich für Gespräche mit dem Iran ein.", "de", "CONSULT"),
    ("Sweden pressed for sanctions against Iran.", "en", "SANCTION"),
])
def test_the_act_a_stand_is_about_is_not_the_speakers(text: str, lang: str, act: str) -> None:
    assert not [e for e in events(text, lang) if e[1] == act], events(text, lang)


@pytest.mark.parametrize("text, lang, expected", [
    # the stand's own frame still codes when it names whom it is for or against
    ("Polen sprach sich gegen den Vorschlag Russlands aus.", "de", ("POL", "REJECT", "RUS")),
    # an act that is the subject's own stays his ("verhängte Sanktionen gegen Russland")
    ("Polen verhängte neue Sanktionen gegen Russland.", "de", ("POL", "SANCTION", "RUS")),
    ("Sweden imposed sanctions against Iran.", "en", ("SWE", "SANCTION", "IRN")),
])
def test_stands_and_own_acts_still_code(text: str, lang: str, expected: tuple[str, str, str]) -> None:
    assert expected in events(text, lang), events(text, lang)


@pytest.mark.parametrize("text, lang, expected", [
    # a call for sanctions is rallying opposition against whom they would hit (CAMEO 113) ...
    ("Die Regierung Litauens sprach sich für Sanktionen gegen Belarus aus.", "de", ("LTU", "ACCUSE", "BLR")),
    ("Lithuania called for sanctions against Belarus.", "en", ("LTU", "ACCUSE", "BLR")),
])
def test_a_call_for_sanctions_rallies_opposition(text: str, lang: str, expected: tuple[str, str, str]) -> None:
    assert events(text, lang) == [expected]


@pytest.mark.parametrize("text, lang", [
    # ... but not a call for easing them: the phrase's head says what it is about
    ("Die Regierung Ungarns sprach sich für eine Lockerung der Sanktionen gegen Belarus aus.", "de"),
    ("Hungary called for the lifting of sanctions against Belarus.", "en"),
])
def test_a_call_for_easing_sanctions_is_none(text: str, lang: str) -> None:
    assert not [e for e in events(text, lang) if e[1] in ("ACCUSE", "SANCTION")], events(text, lang)
