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


GREECE_DE = "Griechenland verhandelt mit den Geldgebern. Athen legte neue Vorschläge vor. "
GREECE_EN = "Greece is negotiating with its lenders. Athens presented new proposals. "


@pytest.mark.parametrize("text, lang", [
    (GREECE_DE + "Die Gläubiger forderten Griechenland zu weiteren Reformen auf.", "de"),
    (GREECE_DE + "Die Gläubiger fordern, dass Griechenland noch mehr Reformen umsetzt.", "de"),
    (GREECE_DE + "Die Gläubiger kritisierten Griechenland scharf.", "de"),
    (GREECE_EN + "Lawmakers urged Greece to pass more reforms.", "en"),
    (GREECE_EN + "Activists criticised Greece sharply.", "en"),
], ids=["de-creditors", "de-creditors-content", "de-creditors-criticise", "en-lawmakers", "en-activists"])
def test_unnamed_actors_do_not_take_the_country_of_the_state_they_address(text: str, lang: str) -> None:
    # the text does not say whose the creditors are: not the state's own (GRC ... GRC)
    assert not [e for e in coded(text, lang) if e[0] == e[2]]


@pytest.mark.parametrize("text, lang, event", [
    ("Die Türkei hat Journalisten verhaftet. Ankara verteidigte das Vorgehen. "
     "Demonstranten forderten Erdogan zum Rücktritt auf.", "de", ("TUR", "REQUEST", "TUR")),
    ("Die Türkei hat Journalisten verhaftet. Die Türkei verteidigte das Vorgehen. "
     "Die Opposition kritisierte die Regierung scharf.", "de", ("TUR", "ACCUSE", "TUR")),
    (GREECE_EN + "Protesters urged the government to reject the reforms.", "en", ("GRC", "REQUEST", "GRC")),
    (GREECE_EN + "Germany urged Greece to pass more reforms.", "en", ("DEU", "REQUEST", "GRC")),
    ("Kamerun hat Truppen in den Westen geschickt. Jaunde lehnte Gespräche ab. "
     "Die Separatisten forderten von Kamerun die Unabhängigkeit.", "de", ("CMR", "REQUEST", "CMR")),
    ("Cameroon has deployed troops in the west. Yaounde rejected talks. "
     "The separatists demanded independence from Cameroon.", "en", ("CMR", "REQUEST", "CMR")),
], ids=["de-protesters-leader", "de-opposition-government", "en-protesters-government", "en-named-state",
        "de-separatists", "en-separatists"])
def test_a_states_own_people_addressing_its_government_or_leaders_keep_its_country(
        text: str, lang: str, event: tuple[str, str, str]) -> None:
    assert event in coded(text, lang)


@pytest.mark.parametrize("text, lang", [
    ("Westliche Minister forderten, dass Kriegsverbrechen in Syrien vom Internationalen Gerichtshof "
     "in Den Haag geahndet werden müssten.", "de"),
    ("Western ministers demanded that war crimes in Syria be prosecuted by the International Court "
     "of Justice in The Hague.", "en"),
], ids=["de", "en"])
def test_the_place_of_a_party_named_in_a_demanded_act_is_no_target(text: str, lang: str) -> None:
    targets = {code for e in coded(text, lang) for code in e[2].split("+")}
    assert "NLD" not in targets and "SYR" not in targets
