"""A relative clause that tells what its antecedent did next ("China, das daraufhin London
kritisierte", "China, which then summoned the British ambassador") is an act of its own, not what
the criticism before it is about; one without such an adverb stays what is criticised. Sentences
written for these tests."""
import pytest

from tests.coded_events import coded


@pytest.mark.parametrize("text,lang,expected", [
    ("Großbritannien kritisierte China, das daraufhin London kritisierte.", "de", ("CHN", "111", "GBR")),
    ("Britain criticised China, which then summoned the British ambassador.", "en", ("CHN", "114", "GBR")),
], ids=["daraufhin", "then"])
def test_sequel_is_coded(text, lang, expected):
    events = [e[:3] for e in coded(text, lang)]
    assert expected in events
    assert ("GBR", "111", "CHN") in events


def test_relative_without_sequel_is_what_is_criticised():
    events = [e[:3] for e in coded("Britain criticised China, which had detained two activists.", "en")]
    assert events == [("GBR", "111", "CHN")]
