"""Blaming an act on someone accuses that someone ("blamed the bombing on India"), as blaming
them for it does (sentences written for these tests)."""
import pytest

from tests.coded_events import coded


@pytest.mark.parametrize("text,expected", [
    ("Pakistan blamed the bombing on India.", ("PAK", "112", "IND")),
    ("Moscow blames the violence on Kiev.", ("RUS", "112", "UKR")),
    ("The Hungarian government blamed the unrest on the opposition.", ("HUN", "112", "HUN")),
    ("Pakistan blamed India for the bombing.", ("PAK", "112", "IND")),
], ids=["on-state", "on-capital", "on-opposition", "for-still"])
def test_blame_on_accuses(text, expected):
    assert expected in [e[:3] for e in coded(text, "en")]


def test_blame_on_a_day_names_no_one():
    assert coded("The minister blamed the weather on Monday.", "en") == []
