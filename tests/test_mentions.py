"""An event noun linked to a noun that mentions it without reporting it, what is feared, hoped,
risked or rumoured ("fears of a war", "hopes for talks") or remembered from long ago ("the
anniversary of the invasion"), is no act the sentence reports (frames.yaml mentions); event
nouns of acts done keep their events (sentences written for these tests)."""
from __future__ import annotations

import pytest

from tests.coded_events import events


@pytest.mark.parametrize("text", [
    "Oil prices rose on fears of a war between Iran and Saudi Arabia.",
    "Markets fell on fears of a trade war between the United States and China.",
    "Hopes of a meeting between Modi and Sharif faded on Monday.",
    "Analysts warned of the risk of clashes between Turkish and Greek ships.",
    "The chances of talks between Serbia and Kosovo are slim.",
    "Merkel voiced hope for a ceasefire between Russia and Ukraine.",
    "The minister marked the anniversary of the Russian invasion of Ukraine.",
    "The lessons of the US invasion of Iraq are clear.",
], ids=["fears-of-war", "fears-of-trade-war", "hopes-of-meeting", "risk-of-clashes", "chances-of-talks",
        "hope-for-ceasefire", "anniversary-of-invasion", "lessons-of-US-invasion"])
def test_what_is_feared_or_hoped_is_no_act(text):
    assert events(text, "en") == []


@pytest.mark.parametrize("text, expected", [
    ("Israel and Hamas held talks on a ceasefire in Cairo.", ("ISR+PSE", "CONSULT", "ISR+PSE")),
    ("Hamas attacked Israel despite fears of a war.", ("PSE", "ASSAULT", "ISR")),
    ("The talks between Serbia and Kosovo ended without a deal.", ("SRB+XKX", "CONSULT", "SRB+XKX")),
], ids=["talks-held", "attack-despite-fears", "talks-between"])
def test_acts_done_stay(text, expected):
    found = events(text, "en")
    assert expected in found, found


@pytest.mark.parametrize("text", [
    "Die Ölpreise stiegen aus Angst vor einem Krieg zwischen Iran und Saudi-Arabien.",
    "Die Hoffnung auf Gespräche zwischen Israel und den Palästinensern schwindet.",
    "Analysten warnten vor der Gefahr von Zusammenstößen zwischen türkischen und griechischen Schiffen.",
    "Merkel äußerte die Hoffnung auf eine Waffenruhe zwischen Russland und der Ukraine.",
    "Die Erinnerung an den deutschen Überfall auf Polen bleibt lebendig.",
    "Die Lehren aus dem Einmarsch der USA in den Irak sind klar.",
], ids=["de-Angst-vor", "de-Hoffnung-auf", "de-Gefahr-von", "de-Hoffnung-Waffenruhe", "de-Erinnerung-an",
        "de-Lehren-aus"])
def test_german_what_is_feared_or_hoped_is_no_act(text):
    assert events(text, "de") == []


@pytest.mark.parametrize("text, expected", [
    ("Israel und die Hamas führten in Kairo Gespräche über eine Waffenruhe.", ("ISR+PSE", "CONSULT", "ISR+PSE")),
    ("Deutschland überfiel 1939 Polen.", ("DEU", "ASSAULT", "POL")),
], ids=["de-talks-held", "de-invasion-told"])
def test_german_acts_done_stay(text, expected):
    found = events(text, "de")
    assert expected in found, found


@pytest.mark.parametrize("text", [
    "The minister in charge of negotiations with the EU resigned on Monday.",
    "The German diplomat in charge of the talks with Iran left office in May.",
], ids=["minister-in-charge", "diplomat-in-charge"])
def test_the_office_of_one_in_charge_of_talks_is_no_act(text):
    # a role: no negotiations held that day
    assert events(text, "en") == []


def test_one_in_charge_of_talks_still_meets():
    found = events("The British minister in charge of Brexit met Michel Barnier in Brussels on Monday.", "en")
    assert ("GBR", "CONSULT", "IGO:EU") in found, found
