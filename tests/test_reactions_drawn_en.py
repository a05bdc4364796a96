"""A reaction drawn by an act ("..., drawing a sharp rebuke from Beijing") is the reacting party's
act on the one who acted: not the content of the act before it (what was criticised or asked), and
not aimed at whom an infinitive of that act names. Sentences written for these tests."""
import pytest

from tests.coded_events import coded


@pytest.mark.parametrize("text,expected,absent", [
    ("Britain criticised the bill, drawing a sharp rebuke from Beijing.", ("CHN", "111", "GBR"), ("GBR", "111", "CHN")),
    ("Britain urged the Hong Kong government to listen to its people, drawing a sharp rebuke from Beijing.",
     ("CHN", "111", "GBR"), ("CHN", "111", "HKG")),
    ("Britain criticised the bill, prompting a rebuke from Beijing.", ("CHN", "111", "GBR"), ("GBR", "111", "CHN")),
    ("Turkey threatened to attack Kurdish fighters, drawing criticism from Washington.",
     ("USA", "111", "TUR"), ("TUR", "13", "USA")),
], ids=["criticised-drawing", "urged-infinitive", "prompting", "threat-not-aimed-at-critic"])
def test_reaction_drawn(text, expected, absent):
    events = [e[:3] for e in coded(text, "en")]
    assert expected in events
    assert absent not in events


def test_criticism_of_a_state_still_coded():
    events = [e[:3] for e in coded("Britain criticised China, drawing a sharp rebuke from Beijing.", "en")]
    assert ("GBR", "111", "CHN") in events and ("CHN", "111", "GBR") in events
