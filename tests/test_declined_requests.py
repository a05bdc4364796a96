"""Declining what was asked rejects the asker ("Iran asked Iraq ..., but Baghdad declined"), as
refusing does (what it declines to do is coded as a refusal of that act, see test_refusals.py); a
thing that declines in number is no rejection. Sentences written for these tests."""
import pytest

from tests.coded_events import coded


@pytest.mark.parametrize("text,expected", [
    ("Iran asked Iraq to extradite the suspect, but Baghdad declined.", ("IRQ", "12", "IRN")),
    ("Russia declined an invitation from NATO.", ("RUS", "12", "IGO:NATO")),
], ids=["asker", "invitation"])
def test_declined(text, expected):
    assert expected in [e[:3] for e in coded(text, "en")]


@pytest.mark.parametrize("text", [
    "Germany's exports declined sharply in May.",
    "China's exports to the United States declined by 5 percent.",
    "Iran's oil output declined after the US sanctions.",
], ids=["exports", "exports-to", "output"])
def test_declining_numbers(text):
    assert [e for e in coded(text, "en") if e[1] == "12"] == []
