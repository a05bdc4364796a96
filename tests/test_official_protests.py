"""A government's protest is an official complaint (CAMEO 114, ACCUSE), whether it is made to
another government or against its act; a protest of a people, of farmers or of students stays
a demonstration (14, PROTEST). Before, only "protested to" was 114 in English and only
"protestierte bei" in German; "Japan protested the ruling" was a demonstration of Japan against
Korea. Sentences written for these tests."""
from __future__ import annotations

import pytest

from tests.coded_events import events


@pytest.mark.parametrize("text, lang, expected", [
    ("Japan protested the South Korean court ruling.", "en", ("JPN", "ACCUSE", "KOR")),
    ("Hungary protested strongly against the remarks of the Austrian chancellor.", "en", ("HUN", "ACCUSE", "AUT")),
    ("Ungarn protestierte scharf gegen die Äußerungen des österreichischen Kanzlers.", "de", ("HUN", "ACCUSE", "AUT")),
    ("China protestierte bei den USA gegen den Waffenverkauf an Taiwan.", "de", ("CHN", "ACCUSE", "USA")),
], ids=["protested-the-ruling", "protested-against", "protestierte-gegen", "protestierte-bei"])
def test_a_government_protest_is_an_official_complaint(text, lang, expected):
    assert events(text, lang) == [expected]


@pytest.mark.parametrize("text, lang, expected", [
    ("Thousands of French farmers protested against the government's plans.", "en", ("FRA", "PROTEST", "FRA")),
    ("Tausende Studenten protestierten in Budapest gegen die ungarische Regierung.", "de", ("HUN", "PROTEST", "HUN")),
], ids=["farmers", "Studenten"])
def test_a_protest_of_people_stays_a_demonstration(text, lang, expected):
    assert events(text, lang) == [expected]
