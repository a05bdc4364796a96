"""A commitment reaffirmed or reiterated to do something for a state supports that state, named
in the infinitive ("reaffirmed its commitment to defend the Philippines"), as one "to" it does; a
commitment to a thing names no one. Sentences written for these tests."""
import pytest

from tests.coded_events import coded


@pytest.mark.parametrize("text,expected", [
    ("The United States reaffirmed its commitment to defend the Philippines.", ("USA", "051", "PHL")),
    ("Biden reaffirmed the US commitment to defend Taiwan.", ("USA", "051", "TWN")),
    ("France reiterated its commitment to work with Italy.", ("FRA", "051", "ITA")),
    ("The United States reaffirmed its commitment to the Philippines.", ("USA", "051", "PHL")),
], ids=["defend", "defend-possessor", "work-with", "to-state"])
def test_commitment_to_act_for_a_state(text, expected):
    assert expected in [e[:3] for e in coded(text, "en")]


def test_commitment_to_a_thing():
    assert coded("Germany reiterated its commitment to cut emissions.", "en") == []
