"""Russia's war against Ukraine, Belarus, the Caucasus and the Western Balkans (branch art31a),
with sentences written for it.

Covers: the dateline of the AP and of American papers, a city and its country or state before the
agency ("KYIV, Ukraine (AP) — "), which is no actor of the sentence; a town's name the English
tagger takes for an adverb right after a verb ("Russia attacked Bakhmut"), which is the verb's
object and a place.
"""
from __future__ import annotations

import datetime as dt

import pytest

from chronist.geo.locate import is_place
from chronist.lang.segments import find_dateline
from coded_events import coded

WAR = dt.date(2023, 6, 1)


@pytest.mark.parametrize(("text", "places", "body"), [
    ("KYIV, Ukraine (AP) — Russian forces shelled Kharkiv.", "KYIV", "Russian forces shelled Kharkiv."),
    ("PRISTINA, Kosovo — Serbia criticised Kosovo.", "PRISTINA", "Serbia criticised Kosovo."),
], ids=["agency", "no-agency"])
def test_a_dateline_of_a_city_and_its_country(text, places, body):
    found = find_dateline(text, is_place)
    assert found is not None and found.places == places and text[found.end:] == body


def test_a_comma_between_names_that_are_no_places_is_no_dateline():
    assert find_dateline("Merkel, Macron — Die Gespräche gingen weiter.", is_place) is None


@pytest.mark.parametrize(("text", "event"), [
    ("KYIV, Ukraine (AP) — Russian forces shelled Kharkiv overnight, killing at least four civilians, "
     "the regional governor said.", ("RUS", "194", "UKR", "reported")),
    ("PRISTINA, Kosovo (AP) — Serbia accused Kosovo of provoking violence.", ("SRB", "112", "XKX", "asserted")),
], ids=["kyiv", "pristina"])
def test_the_country_of_a_dateline_is_no_actor(text, event):
    found = coded(text, "en", WAR)
    assert event in found and all(e[0] == event[0] for e in found)


@pytest.mark.parametrize(("text", "event"), [
    ("Russia attacked Bakhmut.", ("RUS", "190", "UKR", "asserted")),
    ("Russian forces shelled Bakhmut overnight.", ("RUS", "194", "UKR", "asserted")),
], ids=["attacked", "shelled"])
def test_a_town_the_tagger_took_for_an_adverb(text, event):
    assert event in coded(text, "en", WAR)
