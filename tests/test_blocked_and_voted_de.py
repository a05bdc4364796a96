"""German "blockieren" of a thing that names no one rejects it, no blockade, while ports, coasts
and towns stay blockaded; "abstimmen mit" consults only in its reflexive sense ("stimmte sich mit
Paris ab"), a vote with someone is no talks (sentences written for these tests)."""
import pytest

from tests.coded_events import coded


@pytest.mark.parametrize("text,expected", [
    ("Ein Richter in Kalifornien blockierte die Asyl-Beschränkungen der US-Regierung.", ("USA", "12", "USA")),
    ("Polen blockierte die neuen Maßnahmen der EU.", ("POL", "12", "IGO:EU")),
    ("Die Türkei blockierte die Häfen Zyperns.", ("TUR", "191", "CYP")),
    ("Russland blockierte die ukrainischen Häfen.", ("RUS", "191", "UKR")),
    ("Israel blockiert den Gazastreifen.", ("ISR", "191", "PSE")),
], ids=["restrictions", "measures", "ports-possessor", "ports-adjective", "territory"])
def test_what_is_blocked(text, expected):
    assert expected in [e[:3] for e in coded(text, "de")]


def test_blocking_a_thing_is_no_blockade():
    assert all(e[1] != "191" for e in coded("Ein Richter blockierte die Asyl-Beschränkungen der US-Regierung.", "de"))


@pytest.mark.parametrize("text", [
    "Die Mazedonier haben in einem Referendum über das Namensabkommen mit Griechenland abgestimmt.",
    "Die Abgeordneten der SPD stimmten mit der CDU für das Gesetz ab.",
], ids=["referendum", "voted-with"])
def test_voting_with_someone_is_no_consultation(text):
    assert all(e[1] != "040" for e in coded(text, "de"))


def test_coordinating_with_someone_is_consultation():
    assert ("AUT", "040", "DEU") in [e[:3] for e in coded("Die österreichische Regierung stimmte sich mit Berlin ab.", "de")]
