"""A span of time given to someone to do something is an ultimatum, also where the parser reads
the receiver as the object and the span as an adverb ("ECOWAS gave Niger's military junta one week
to reinstate the president"). A time that counts nothing ("met Putin last week to discuss trade")
is left as it is. Sentences written for these tests."""
import pytest

from tests.coded_events import coded


@pytest.mark.parametrize("text,expected", [
    ("ECOWAS gave Niger's military junta one week to reinstate the president.", ("IGO:ECOWAS", "139", "NER")),
    ("Russia gave Ukraine's negotiators one day to respond.", ("RUS", "139", "UKR")),
    ("The EU gave Britain two weeks to present new proposals.", ("IGO:EU", "139", "GBR")),
    # (a time given to leave the country is an expulsion, as an order to leave it is: 166, see
    # tests/test_deadlines.py; the receiver is still read as the one the time is given)
    ("Venezuela gave Colombian diplomats 24 hours to leave the country.", ("VEN", "166", "COL")),
], ids=["junta", "negotiators", "dative-already", "hours"])
def test_deadline_given(text, expected):
    assert expected in [e[:3] for e in coded(text, "en")]


def test_time_of_a_meeting_is_no_deadline():
    events = coded("Macron met Putin last week to discuss trade.", "en")
    assert [e[:3] for e in events if e[1] == "139"] == []
    assert ("FRA", "040", "RUS") in [e[:3] for e in events]
