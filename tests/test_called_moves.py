"""What a state calls another's act ("China called the US move a provocation") criticises the
act's doer: the noun after the name is the object, not a verb, and the call no telephone call
(sentences written for these tests)."""
import pytest

from tests.coded_events import coded


@pytest.mark.parametrize("text,expected", [
    ("China called the US move a provocation.", ("CHN", "111", "USA")),
    ("Iraq called the U.S. strike a violation of its sovereignty.", ("IRQ", "111", "USA")),
    ("Moscow called the NATO deployment a threat to its security.", ("RUS", "111", "IGO:NATO")),
], ids=["move", "strike", "deployment"])
def test_a_name_before_the_noun_called(text, expected):
    events = [e[:3] for e in coded(text, "en")]
    assert expected in events
    assert not any(e[1] == "041" for e in events)

