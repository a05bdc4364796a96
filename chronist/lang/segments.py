"""Sentence spans shared by the front-ends."""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from chronist.model import Article

Splitter = Callable[[str], list[tuple[int, int]]]


def join_sentences(sentences: list[str]) -> str:
    """The article text for pre-split sentences: joined by single spaces."""
    return " ".join(sentences)


def sentence_spans(article: Article, split: Splitter) -> list[tuple[int, int]]:
    """Spans of the article's sentences: the pre-split ones when given, else ``split``'s."""
    if article.sentences is None:
        return split(article.text)
    spans, pos = [], 0
    for sentence in article.sentences:
        start = article.text.find(sentence, pos) if sentence else pos
        if start < 0:
            start = pos
        spans.append((start, start + len(sentence)))
        pos = start + len(sentence)
    return spans



# A dateline opens an article's body: "Genf – ", "Warschau/Washington – ", "Seoul (dpa) - ",
# "BEIRUT (Reuters) — ", "KYIV, Ukraine (AP) — ". One to three capitalised words a place, places
# joined by "/", after a comma the country or state of the place (the style of the AP and of
# American papers), an agency in brackets, then a dash (after an agency also a colon).
_PLACE = r"[A-ZÄÖÜÀ-Þ][\w.'’-]*(?: [A-ZÄÖÜÀ-Þ][\w.'’-]*){0,2}"
_DATELINE = re.compile(rf"(?P<places>{_PLACE}(?:\s*/\s*{_PLACE})*)(?:,\s(?P<region>{_PLACE}))?"
                       rf"(?:\s*\((?P<agency>[^()]{{1,30}})\)\s*[-–—:]{{1,2}}\s*|\s+[-–—]{{1,2}}\s+)(?=\S)")
# Where a dateline may stand: the start of the text, of a line, or of a sentence.
_OPENING = re.compile(r"(?:\A|\n|(?<=[.!?:\"“”»«])\s)\s*")
#: A dateline is looked for in this many first characters of an article.
DATELINE_REACH = 1500

PlaceCheck = Callable[[str], bool]


@dataclass(frozen=True, slots=True)
class Dateline:
    """A dateline's span in the article text and its place words ("Warschau/Washington")."""

    start: int
    end: int
    places: str


def find_dateline(text: str, is_place: PlaceCheck, starts: Iterable[int] = ()) -> Dateline | None:
    """The first dateline among the first DATELINE_REACH characters of ``text``, or None.

    With an agency ("Seoul (dpa) -") the words before it are taken as the place; without one,
    every place ("Warschau/Washington") must pass ``is_place``, so that "Stankovic – ..." keeps
    its first word; so must a region after a comma ("KYIV, Ukraine"), which is not one of the
    places. What follows must open a sentence (a capital, a digit or a quote).
    ``starts`` are offsets where the input itself says a sentence begins (pre-split sentences):
    openings too, also after a headline that ends with no full stop.
    """
    openings = {o.end() for o in _OPENING.finditer(text, 0, DATELINE_REACH)}
    openings.update(s for s in starts if 0 <= s < DATELINE_REACH)
    for opening in sorted(openings):
        match = _DATELINE.match(text, opening)
        if match is None:
            continue
        places = [p.strip() for p in match.group("places").split("/")]
        region = [match.group("region")] if match.group("region") else []
        if match.group("agency") is None and not all(is_place(p) for p in places + region):
            continue
        following = text[match.end():match.end() + 1]
        if following.isupper() or following.isdigit() or following in "\"„«‚'“":
            return Dateline(match.start(), match.end(), match.group("places"))
    return None


def blank(text: str, start: int, end: int) -> str:
    """``text`` with ``start:end`` replaced by spaces (offsets stay valid)."""
    return text[:start] + " " * (end - start) + text[end:]
