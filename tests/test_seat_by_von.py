"""A government or an official named with "von" and a state is that state's ("kritisierten die
Regierung von Venezuela"), as with "in"; troops and envoys taken "aus" a state stay their
own state's. Sentences written for these tests."""
import pytest

from tests.coded_events import coded


@pytest.mark.parametrize("text,expected", [
    ("Die USA kritisierten die Regierung von Venezuela.", ("USA", "111", "VEN")),
    ("Russland kritisierte den Bürgermeister von Kiew.", ("RUS", "111", "UKR")),
], ids=["regierung", "buergermeister"])
def test_von_names_the_state(text, expected):
    assert expected in [e[:3] for e in coded(text, "de")]


@pytest.mark.parametrize("text,lang,expected", [
    ("Die Türkei zog ihre Truppen aus Syrien ab.", "de", ("TUR", "0874", "SYR")),
    ("Österreich rief seinen Botschafter aus der Türkei zurück.", "de", ("AUT", "161", "TUR")),
], ids=["truppen-aus", "botschafter-aus"])
def test_taken_out_of_a_state_stays_own(text, lang, expected):
    assert expected in [e[:3] for e in coded(text, lang)]
