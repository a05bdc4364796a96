"""A state's sovereignty, airspace or border violated defies its norms (128) in English as in
German ("verletzte die Souveränität"); sentences written for these tests."""
import pytest

from tests.coded_events import coded


@pytest.mark.parametrize("text,lang,expected", [
    ("The United States violated Iraq's sovereignty.", "en", ("USA", "128", "IRQ")),
    ("Turkish jets violated Greek airspace.", "en", ("TUR", "128", "GRC")),
    ("Russian troops violated the Georgian border.", "en", ("RUS", "128", "GEO")),
    ("Die USA haben die irakische Souveränität verletzt.", "de", ("USA", "128", "IRQ")),
], ids=["sovereignty", "airspace", "border", "de-souveraenitaet"])
def test_violated_sovereignty(text, lang, expected):
    assert expected in [e[:3] for e in coded(text, lang)]


def test_a_violation_reported_by_the_victim():
    events = coded("Iraq said the United States had violated Iraqi sovereignty.", "en")
    assert ("USA", "128", "IRQ", "reported") in events
