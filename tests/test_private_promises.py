"""A firm's promise to no one is business, no political event ("Google verspricht viel für sein
neues Smartphone"), as cooperation between private parties is; a government's stays one.
Sentences written for these tests."""
import pytest

from tests.coded_events import coded


@pytest.mark.parametrize("text,lang", [
    ("Google verspricht viel für sein neues Smartphone.", "de"),
    ("Kleine Verbesserungen verspricht Microsoft bei der Zoom-Funktion.", "de"),
    ("Apple promised better batteries for its next phone.", "en"),
], ids=["google-de", "microsoft-de", "apple-en"])
def test_a_firms_promise_to_no_one_is_no_event(text, lang):
    assert coded(text, lang) == []


def test_a_governments_promise_stays():
    assert [e[:2] for e in coded("Die Bundesregierung in Berlin versprach Reformen.", "de")] == [("DEU", "034")]
