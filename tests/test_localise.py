"""Actors of unknown nationality ("die Kanzlerin", "the police") take a country from the sentence's
places, the scene, the article's country or the other party (``_localise``): never one that makes
them one party with the other side of an act between parties, in both languages."""
from __future__ import annotations

import datetime as dt

import pytest

from coded_events import events


def coded(text: str, lang: str) -> list[tuple[str, str, str]]:
    return events(text, lang, dt.date(2016, 2, 15))


@pytest.mark.parametrize("text, lang", [
    ("Die Kanzlerin traf den Präsidenten in Paris.", "de"),
    ("In Paris kritisierte die Kanzlerin die französische Regierung.", "de"),
    ("Der Außenminister forderte in Madrid die spanische Regierung zu Reformen auf.", "de"),
    ("The chancellor met the president in Paris.", "en"),
    ("In Paris, the chancellor criticised the French government.", "en"),
    ("The chancellor urged the president in Paris to act.", "en"),
], ids=["de-meet", "de-criticise", "de-demand", "en-meet", "en-criticise", "en-demand"])
def test_an_unknown_official_is_not_of_the_government_it_deals_with(text: str, lang: str) -> None:
    assert not [e for e in coded(text, lang) if e[0] == e[2]]


@pytest.mark.parametrize("text, lang", [
    ("Die deutsche Regierung will Deutschland reformieren, sagte der deutsche Außenminister in Berlin. "
     "Die Kanzlerin traf Präsident Hollande in Paris.", "de"),
    ("The German government wants to reform Germany, the German foreign minister said in Berlin. "
     "The chancellor met President Hollande in Paris.", "en"),
], ids=["de", "en"])
def test_the_article_country_is_taken_when_the_place_is_the_other_side(text: str, lang: str) -> None:
    assert ("DEU", "CONSULT", "FRA") in coded(text, lang)


@pytest.mark.parametrize("text, lang, event", [
    ("Die Polizei nahm in Frankreich zwei Demonstranten fest.", "de", ("FRA", "COERCE", "FRA")),
    ("Police in France arrested two protesters.", "en", ("FRA", "COERCE", "FRA")),
    ("In Frankreich kritisierte die Opposition die Regierung.", "de", ("FRA", "ACCUSE", "FRA")),
    ("In France, the opposition criticised the government.", "en", ("FRA", "ACCUSE", "FRA")),
    ("Malische Soldaten griffen Dschihadisten an.", "de", ("MLI", "ASSAULT", "MLI")),
    ("Malian soldiers attacked jihadists.", "en", ("MLI", "ASSAULT", "MLI")),
], ids=["de-police", "en-police", "de-opposition", "en-opposition", "de-army", "en-army"])
def test_acts_within_a_state_keep_its_country(text: str, lang: str, event: tuple[str, str, str]) -> None:
    assert event in coded(text, lang)


@pytest.mark.parametrize("text, lang", [
    ("Die Regierung von Kolumbien ging auf Forderungen von Rebellen ein.", "de"),
], ids=["de-possessor-read-as-target"])
def test_a_target_that_would_be_the_source_itself_is_left_out(text: str, lang: str) -> None:
    assert coded(text, lang) == [("COL", "CONCEDE", "COL")]
