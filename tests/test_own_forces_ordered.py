"""Forces or officials of a state that its leader orders to act do the act ordered: the order is
no demand made of another party ("Trump ordered US forces to strike Iranian targets" is the
strike, not USA 10 USA), while an order to another state stays a demand (sentences written for
these tests)."""
import pytest

from tests.coded_events import coded


@pytest.mark.parametrize("text,lang,expected", [
    ("Trump ordered US forces to strike Iranian targets.", "en", ("USA", "190", "IRN")),
    ("Trump ordered the Pentagon to strike Iranian targets.", "en", ("USA", "190", "IRN")),
    ("Erdogan befahl der türkischen Armee, kurdische Stellungen in Syrien anzugreifen.", "de", ("TUR", "190", "SYR")),
], ids=["forces", "pentagon", "de-armee"])
def test_the_ordered_act_is_coded(text, lang, expected):
    events = [e[:3] for e in coded(text, lang)]
    assert expected in events
    assert not any(e[1] == "10" for e in events)


def test_an_order_to_another_state_stays_a_demand():
    assert ("USA", "10", "IRN") in [e[:3] for e in coded("Trump ordered Iran to release the sailors.", "en")]
