"""A mediation that names no one is offered in the dispute just reported: its sides are the
parties of the latest act of conflict of the last sentences, none of them the mediator.
Sentences written for these tests."""
import pytest

from tests.coded_events import coded


@pytest.mark.parametrize("text,expected", [
    ("Egypt accused Ethiopia of endangering its water supply. The United States offered to mediate.",
     ("USA", "039", "EGY+ETH")),
    ("Russia attacked Ukraine on Thursday. Turkey offered to mediate in the conflict.", ("TUR", "039", "RUS+UKR")),
], ids=["accusation", "attack"])
def test_mediation_offered_in_the_dispute(text, expected):
    assert expected in [e[:3] for e in coded(text, "en")]


def test_no_dispute_no_sides():
    events = coded("Egypt and Ethiopia signed a trade deal. The United States offered to mediate.", "en")
    assert ("USA", "039", "EGY+ETH") not in [e[:3] for e in events]


def test_mediator_is_no_side():
    events = coded("Turkey accused Russia of lying. Turkey offered to mediate.", "en")
    assert not [e for e in events if e[1] == "039" and e[2]]


def test_german_offer_to_mediate_in_the_dispute():
    events = coded("Ägypten warf Äthiopien vor, die Wasserversorgung zu gefährden. Die USA boten an, in dem Streit "
                   "zu vermitteln.", "de")
    assert ("USA", "039", "EGY+ETH") in [e[:3] for e in events]
