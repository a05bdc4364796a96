"""Protesters at a state's embassy or consulate are not of that state, and the embassy does not
make the article about it; German "sich versammeln vor der US-Botschaft" is a demonstration aimed
at the embassy's state, as English "rallied outside the US embassy" is. Sentences written for
these tests."""
import pytest

from tests.coded_events import coded


@pytest.mark.parametrize("text,lang,target", [
    ("Hundreds of protesters rallied outside the US embassy.", "en", "USA"),
    ("Protesters gathered outside the Russian embassy on Friday.", "en", "RUS"),
    ("Hunderte Demonstranten versammelten sich vor der US-Botschaft.", "de", "USA"),
], ids=["en-us", "en-russian", "de-us-botschaft"])
def test_protesters_are_not_the_missions(text, lang, target):
    events = [e[:3] for e in coded(text, lang)]
    assert [e for e in events if e[1].startswith("14") and e[2] == target]
    assert not [e for e in events if e[0] == target]


@pytest.mark.parametrize("text,lang,expected", [
    ("Hunderte Demonstranten versammelten sich vor der US-Botschaft in Bagdad.", "de", ("IRQ", "141", "USA")),
    ("Protesters stormed the German embassy in Tehran.", "en", ("IRN", "145", "DEU")),
    ("Protesters rallied against the Russian government.", "en", ("RUS", "141", "RUS")),
    ("Hundreds of protesters rallied outside the US embassy in Baghdad.", "en", ("IRQ", "141", "USA")),
    ("Protesters gathered outside the Russian embassy in Kyiv on Friday.", "en", ("UKR", "141", "RUS")),
], ids=["de-placed", "en-stormed", "government-still", "en-placed-capital", "en-placed-kyiv"])
def test_protests_placed(text, lang, expected):
    assert expected in [e[:3] for e in coded(text, lang)]
