"""Everyday uses of the verbs framed in chronist/lang/en/frames-petrarch-b.yaml and
chronist/lang/de/frames-petrarch-b.yaml (sentences written for these tests): with political actors
around, they tell no event. Jumping into a lake is no defence of anyone, weaknesses exposed or
people exposed to radiation are no uncovered plot, cheers and volcanoes are no protest, looking
for a driver, for returns or for guidance is no appeal for aid; nor, in German, "deckte
Schwächen auf", "sucht nach dem Fahrer", "suchten Schutz in den Kellern"."""
from __future__ import annotations

import datetime as dt

import pytest

from chronist.model import Article
from chronist.pipeline import Pipeline

PIPELINE = Pipeline.default()
PUBLISHED = dt.date(2019, 6, 1)


@pytest.mark.parametrize("text, lang", [
    ("The German chancellor jumped into the lake after the summit.", "en"),
    ("Chinese shares leapt to a two-year high on Monday.", "en"),
    ("The French president hopped on a train to Brussels.", "en"),
    ("Russian soldiers were exposed to radiation near Chernobyl.", "en"),
    ("The Indian report exposed weaknesses in the country's health system.", "en"),
    ("Brazilian fans erupted in cheers after the goal against Argentina.", "en"),
    ("A volcano erupted in Indonesia on Friday.", "en"),
    ("The Italian government will look at aid to Ukraine next week.", "en"),
    ("British police are looking for the driver of the car.", "en"),
    ("The Japanese central bank looked to the United States for guidance on interest rates.", "en"),
    ("German investors are looking for higher returns in China.", "en"),
    ("The Turkish minister rushed to the airport after the talks.", "en"),
    ("Die indische Studie deckte Schwächen im Gesundheitssystem des Landes auf.", "de"),
    ("Die britische Polizei sucht nach dem Fahrer des Wagens.", "de"),
    ("Ukrainische Familien suchten in den Kellern Schutz vor den russischen Bomben.", "de"),
    ("Deutsche Firmen suchen in Indien dringend Fachkräfte.", "de"),
    ("Die Zeitung enttarnte den Autor des anonymen Romans.", "de"),
    ("Die Hilfe kam für die Menschen in Syrien zu spät.", "de"),
])
def test_everyday_use_codes_no_event(text: str, lang: str) -> None:
    doc = PIPELINE.process(Article(text=text, id="t", date=PUBLISHED), lang=lang)
    assert [(e.cameo, e.plover) for e in doc.events] == []
