"""Code a text written for a test and give its events as (source, type, target): the actor codes
of each side joined by "+" in their order, "" for no target. One pipeline for all test files."""
from __future__ import annotations

import datetime as dt

from chronist.model import Article
from chronist.pipeline import Pipeline

PIPELINE = Pipeline.default()


def events(text: str, lang: str, date: dt.date = dt.date(2019, 3, 4)) -> list[tuple[str, str, str]]:
    doc = PIPELINE.process(Article(text=text, id="test", date=date), lang=lang)
    return [("+".join(a.code for a in e.source), e.plover, "+".join(a.code for a in e.target)) for e in doc.events]


def coded(text: str, lang: str, date: dt.date = dt.date(2019, 3, 4)) -> list[tuple[str, str, str, str]]:
    """As ``events``, with the CAMEO code for the type and the event's modality as a fourth field."""
    doc = PIPELINE.process(Article(text=text, id="test", date=date), lang=lang)
    return [("+".join(a.code for a in e.source), e.cameo, "+".join(a.code for a in e.target), e.modality)
            for e in doc.events]


def triples(text: str, lang: str, date: dt.date = dt.date(2019, 3, 4)) -> list[tuple[str, str, str]]:
    """As ``coded``, without the modality: (source, CAMEO code, target)."""
    return [(s, c, t) for s, c, t, _ in coded(text, lang, date)]


def sectored(text: str, lang: str, date: dt.date = dt.date(2019, 3, 4)) -> list[tuple[str, str, str]]:
    """Events as (source, CAMEO code, target), each actor as its code and sector ("MMR/OPP")."""
    doc = PIPELINE.process(Article(text=text, id="test", date=date), lang=lang)
    return [("+".join(f"{a.code}/{a.sector}" for a in e.source), e.cameo,
             "+".join(f"{a.code}/{a.sector}" for a in e.target)) for e in doc.events]
