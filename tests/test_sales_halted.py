"""Sales halted, stopped or suspended to a state are an embargo on it, as exports and deliveries
are ("Beijing halted sales of natural sand to Taiwan"). Sentences written for these tests."""
import pytest

from tests.coded_events import coded


@pytest.mark.parametrize("text,expected", [
    ("Beijing halted sales of natural sand to Taiwan.", ("CHN", "163", "TWN")),
    ("Canada suspended sales of drones to Turkey.", ("CAN", "163", "TUR")),
], ids=["halted", "suspended"])
def test_sales_halted(text, expected):
    assert expected in [e[:3] for e in coded(text, "en")]


def test_sales_in_a_market_name_no_target():
    assert coded("The company halted sales in the spring.", "en") == []
