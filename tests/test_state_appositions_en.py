"""An apposition that says what a state is ("Russia, a close ally of Damascus,") names no second
party of the act: the state it relates to is no source. A person's apposition still gives his
state ("Sergei Lavrov, Russia's foreign minister,"). Sentences written for these tests."""
import pytest

from tests.coded_events import coded


@pytest.mark.parametrize("text,expected", [
    ("Russia, a close ally of Damascus, called the U.S. military presence in Syria illegal.", ("RUS", "111", "USA")),
    ("Iran, a key backer of Hamas, denounced Israel.", ("IRN", "111", "ISR")),
    ("Sergei Lavrov, Russia's foreign minister, criticised the United States.", ("RUS", "111", "USA")),
], ids=["ally-of", "backer-of", "person-apposition"])
def test_apposition(text, expected):
    assert [e[:3] for e in coded(text, "en")] == [expected]
