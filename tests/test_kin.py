"""Kin named with a possessive ("seine Frau", "his wife") are private persons, not the possessor:
a president meeting his wife is no meeting of the president with himself (sentences written for
these tests)."""
from __future__ import annotations

import datetime as dt

import pytest

from coded_events import events



@pytest.mark.parametrize("text, lang", [
    ("Paris – Präsident Macron traf am Sonntag seine Ehefrau.", "de"),
    ("Moskau – Der russische Präsident besuchte am Montag seinen Sohn.", "de"),
    ("President Macron met his wife in Paris on Sunday.", "en"),
    ("The Russian president visited his daughter on Monday.", "en"),
])
def test_meeting_ones_kin_is_no_event(text: str, lang: str) -> None:
    assert not any(source == target for source, _, target in events(text, lang)), events(text, lang)


@pytest.mark.parametrize("text, lang, expected", [
    ("Moskau – Der russische Präsident traf am Montag seinen chinesischen Amtskollegen.", "de", ("RUS", "CONSULT", "CHN")),
    ("The Russian president met his Chinese counterpart on Monday.", "en", ("RUS", "CONSULT", "CHN")),
])
def test_a_possessive_before_an_office_still_names_the_other_side(text: str, lang: str, expected) -> None:
    assert expected in events(text, lang)


@pytest.mark.parametrize("text, lang", [
    ("Der guatemaltekische Präsident unterstützte seine Familie.", "de"),
    ("Als Junge habe der guatemaltekische Präsident Bananen verkauft, um seine Familie zu unterstützen.", "de"),
    ("As a boy, the Guatemalan president sold bananas to support his family.", "en"),
    ("The Russian president visited his parents in St Petersburg on Sunday.", "en"),
])
def test_cooperation_with_ones_own_kin_is_no_event(text: str, lang: str) -> None:
    assert events(text, lang) == []


@pytest.mark.parametrize("text, lang, expected", [
    ("The French president met the family of the victim.", "en", ("FRA", "CONSULT", "FRA")),
    ("Der französische Präsident traf die Familie des Opfers.", "de", ("FRA", "CONSULT", "FRA")),
    ("The Russian president supported his Chinese counterpart.", "en", ("RUS", "SUPPORT", "CHN")),
])
def test_someone_elses_kin_or_an_office_stays(text: str, lang: str, expected) -> None:
    assert expected in events(text, lang)
