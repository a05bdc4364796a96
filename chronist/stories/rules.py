"""When two event mentions report the same real-world event: the clustering rules.

A *story* is the set of events (mentions) that report one real-world event. Two mentions
may be in one story when

- they have the same PLOVER type and the same polarity (a denied meeting is not the meeting);
- they have the same dyad: the same actor codes as source and as target (compounds as sets),
  order-insensitive for the symmetric types (CONSULT, AGREE, COOPERATE: "Kim met Moon" and
  "Moon met Kim", or "Kim and Moon met" with no target, are one dyad). Sectors count only
  where a country is on both sides (a domestic event: the government against the opposition
  is not the opposition against the government); across borders "Trump" (USA/GOV) and "the
  US" (USA) are one actor, since languages and reporters differ in how they name it;
- their dates are compatible at their precision: each mention's date covers an interval of days
  (a day ± :data:`SLACK` for time zones and "yesterday"; a week, month or year as a whole; a
  date taken from the publication day, with no time phrase of its own, the :data:`LAG` days
  before it; an undated event of a dated article the :data:`LAG` days around its publication;
  a date taken from a time phrase elsewhere in the sentence, not the event's own, its interval
  joined to the publication's when the two are near, the publication's alone for a far bare
  year, its own for a far day, week or month),
  and all intervals of a story share at least one day. A story's interval is the
  intersection of its mentions', so stories never drift along a chain of reports;
- their places are compatible: unknown on one side, the same country, or within
  :data:`NEAR_KM` of each other.

Dates decide how far a mention may reach. A mention whose interval is at most
:data:`WINDOW` days wide is looked up among stories of its key whose interval starts at most
:data:`WINDOW` days earlier (an index range, never all pairs). A coarser one (a year, a
quarter) joins another article's story only when that story has exactly its interval and was
reported within :data:`REPORT_WINDOW` days. An undated mention joins only stories of its own
article (a headline without a date and the body's dated sentence).

These functions are pure; :mod:`chronist.stories.assign` applies them to a store.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import math
import re
from dataclasses import dataclass, field

from chronist.store.queries import date_bounds, date_precision

SYMMETRIC = frozenset({"CONSULT", "AGREE", "COOPERATE"})
SLACK = 1            # days either side of a day-precise date
LAG = 3              # days before the publication day that a publication-dated event may lie
WINDOW = 35          # widest interval (days) that is looked up by date; wider ones are coarse
REPORT_WINDOW = 7    # days between reports for coarse mentions of different articles
NEAR_KM = 300.0      # places closer than this are compatible even across a border


@dataclass(slots=True)
class Mention:
    """One event as the clustering sees it."""

    event: int                      # events.id
    article: int                    # articles.id
    sentence: int
    plover: str
    key: str                        # type, polarity and dyad: see :func:`story_key`
    dyad: str
    lo: dt.date | None              # the interval of days the date allows (None: undated)
    hi: dt.date | None
    report: dt.date | None          # publication day (else the day it was stored)
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    text: int = 0                   # hash of the sentence's words (for weak dyads)
    names: frozenset[str] = frozenset()   # capitalised words and numbers of the sentence

    @property
    def span(self) -> int | None:
        return None if self.lo is None else (self.hi - self.lo).days

    @property
    def coarse(self) -> bool:
        return self.lo is not None and (self.hi - self.lo).days > WINDOW

    @property
    def weak(self) -> bool:
        """A dyad that names no one for sure: an unknown actor (UNK), a directed event without its
        source or target, a symmetric one of a single party, the same actors on both sides. Such
        mentions join stories of other articles only where one of them has the same sentence
        (a copy of the same report)."""
        if "UNK" in self.dyad.replace("/", "+").replace(">", "+").replace("~", "+").split("+"):
            return True
        if ">" in self.dyad:
            src, tgt = self.dyad.split(">", 1)
            return not src or not tgt or src == tgt
        return "~" not in self.dyad


@dataclass(slots=True)
class StoryState:
    """What the rules need to know of a story (a row of ``stories``)."""

    id: int
    key: str
    plover: str
    dyad: str
    lo: dt.date | None
    hi: dt.date | None
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    root_event: int | None = None
    first_report: dt.date | None = None
    last_report: dt.date | None = None
    mentions: int = 0
    changed: bool = False
    members: list[int] = field(default_factory=list)   # mentions joined in this run (events.id)
    texts: set[int] | None = None   # sentence hashes of its mentions, where known
    names: set[str] | None = None   # their capitalised words and numbers, where known
    filed: object = None            # where an in-memory index keeps it

    @property
    def span(self) -> int | None:
        return None if self.lo is None else (self.hi - self.lo).days


# A run of letters and digits (str.isalnum: re's \w is isalnum or "_"): a word of the sentence.
_WORD = re.compile(r"[^\W_]+")


def text_hash(sentence: str | None) -> int:
    """A hash of a sentence's words, blind to case, spacing and punctuation."""
    words = _WORD.findall((sentence or "").lower())
    return int.from_bytes(hashlib.blake2b(" ".join(words).encode("utf-8"), digest_size=8).digest(), "big") >> 1


def names_of(sentence: str | None) -> frozenset[str]:
    """Capitalised words and numbers of a sentence, lower-cased: what a German and an English
    report of one event share (Pompeo, Ri, 2018), for choosing among candidate stories."""
    words = _WORD.findall(sentence or "")
    return frozenset(w.lower() for i, w in enumerate(words) if (w[0].isupper() and i > 0) or w.isdigit())


def dyad_key(plover: str, source: list[tuple[str, str | None]], target: list[tuple[str, str | None]]) -> str:
    """The dyad part of a story key: ``"USA>PRK"``, ``"KOR~PRK"`` (symmetric), ``"USA/GOV>USA/OPP"``.

    ``source`` and ``target`` are (code, sector) pairs. Codes are compared in upper case.
    """
    src = {(c.upper(), (s or "").upper()) for c, s in source}
    tgt = {(c.upper(), (s or "").upper()) for c, s in target}
    domestic = {c for c, _ in src} & {c for c, _ in tgt}

    def names(side: set[tuple[str, str]]) -> list[str]:
        return sorted({f"{c}/{s}" if c in domestic and s else c for c, s in side})

    if plover.upper() in SYMMETRIC:
        return "~".join(sorted(set(names(src)) | set(names(tgt))))
    return "+".join(names(src)) + ">" + "+".join(names(tgt))


def story_key(plover: str, modality: str | None, dyad: str) -> str:
    """Type, polarity and dyad: mentions with different keys are never in one story."""
    polarity = "no" if modality == "negated" else "yes"
    return f"{plover.upper()}|{polarity}|{dyad}"


def interval(date: str | None, basis: str | None,
             pub: dt.date | None = None) -> tuple[dt.date | None, dt.date | None]:
    """The days an event date allows, at its precision (see the module's text). An event without
    a date (the time stage dates only past, asserted events by their publication) in an article
    with a publication day ``pub`` allows the :data:`LAG` days either side of it."""
    bounds = date_bounds(date)
    if bounds is None:
        if pub is not None:
            return pub - dt.timedelta(days=LAG), pub + dt.timedelta(days=LAG)
        return None, None
    lo, hi = bounds
    if date_precision(date) == "day" and basis == "publication":
        return lo - dt.timedelta(days=LAG), hi + dt.timedelta(days=SLACK)
    lo, hi = lo - dt.timedelta(days=SLACK), hi + dt.timedelta(days=SLACK)
    if basis == "sentence" and pub is not None:
        # a time phrase elsewhere in the sentence, not the event's own, and the other language's
        # coder may have dated the event by the publication instead. Near the publication (the two
        # together no wider than WINDOW) either may be right. A far bare year is more often
        # another noun's ("angry about the 2016 election", "the 2015 agreement") than the
        # event's time: the publication's window stands for it. A far day or month ("early
        # June at the FPÖ protest") stays.
        seen = pub - dt.timedelta(days=LAG), pub + dt.timedelta(days=SLACK)
        hull = min(lo, seen[0]), max(hi, seen[1])
        if (hull[1] - hull[0]).days <= WINDOW:
            return hull
        return seen if date_precision(date) == "year" else (lo, hi)
    return lo, hi


def dates_meet(story: StoryState, mention: Mention) -> bool:
    if story.lo is None or mention.lo is None:
        return True
    return mention.lo <= story.hi and story.lo <= mention.hi


def places_meet(story: StoryState, mention: Mention) -> bool:
    """Unknown on one side, the same country, or near each other."""
    if not story.country or not mention.country or story.country == mention.country:
        return True
    if None in (story.lat, story.lon, mention.lat, mention.lon):
        return False
    return km(story.lat, story.lon, mention.lat, mention.lon) <= NEAR_KM


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(a)))


def compatible(story: StoryState, mention: Mention, *, same_article: bool,
               sentences: set[int] | None = None, names: set[str] | None = None) -> bool:
    """Whether ``mention`` may join ``story``.

    Within one article (``same_article``, ``sentences`` the story's sentences in it, ``names``
    their names) a mention joins a story of its own sentence or, when either is the lead
    (sentence 0: the headline or teaser that sums up the body) and the two share a name (a
    capitalised word or number, see :func:`names_of`), of another: later sentences with the same actors and type are as often
    background or the next step as the same event, and a lead sums up those that name what it
    names ("HDP-Chef Demirtaş wird ... vorgeworfen" goes with Erdoğan's accusation of Demirtaş,
    not with the inquiry into another HDP leader eight sentences on).

    Across articles an undated mention joins nothing, and a coarse one only a story with
    exactly its interval reported within :data:`REPORT_WINDOW` days (the caller's index
    finds those; this checks them again).
    """
    if story.key != mention.key or not dates_meet(story, mention) or not places_meet(story, mention):
        return False
    if same_article:
        if sentences is None or mention.sentence in sentences:
            return True
        return (mention.sentence == 0 or 0 in sentences) and bool(mention.names & (names or set()))
    if mention.lo is None or story.lo is None:
        return False
    if mention.weak and mention.text not in (story.texts or ()):
        return False
    if mention.coarse:
        if (story.lo, story.hi) != (mention.lo, mention.hi):
            return False
        if mention.report and story.last_report and story.first_report:
            reach = dt.timedelta(days=REPORT_WINDOW)
            return story.first_report - reach <= mention.report <= story.last_report + reach
        return False
    return (story.span or 0) <= WINDOW


def best(candidates: list[StoryState], mention: Mention) -> StoryState | None:
    """The story a mention joins among compatible ones: the one sharing most names with it (where
    known), then the nearest in time, then the largest, then the oldest."""
    if not candidates:
        return None

    def centre(lo: dt.date | None, hi: dt.date | None) -> float:
        return 0.0 if lo is None else (lo.toordinal() + hi.toordinal()) / 2

    here = centre(mention.lo, mention.hi)
    return min(candidates, key=lambda s: (-len(mention.names & (s.names or set())), abs(centre(s.lo, s.hi) - here) if s.lo and mention.lo else 0.0,
                                          -s.mentions, s.id))


def join(story: StoryState, mention: Mention) -> None:
    """Add ``mention`` to ``story``: narrow its interval, take a place it lacked, widen its reports."""
    if mention.lo is not None:
        if story.lo is None:
            story.lo, story.hi = mention.lo, mention.hi
        else:
            story.lo, story.hi = max(story.lo, mention.lo), min(story.hi, mention.hi)
    if not story.country and mention.country:
        story.country, story.lat, story.lon = mention.country, mention.lat, mention.lon
    if mention.report:
        story.first_report = min(filter(None, (story.first_report, mention.report)))
        story.last_report = max(filter(None, (story.last_report, mention.report)))
    story.mentions += 1
    if story.texts is not None:
        story.texts.add(mention.text)
    if story.names is not None:
        story.names |= mention.names
    story.changed = True
    story.members.append(mention.event)


def opened_by(story_id: int, mention: Mention) -> StoryState:
    """A new story holding only ``mention``."""
    story = StoryState(id=story_id, key=mention.key, plover=mention.plover, dyad=mention.dyad,
                       lo=None, hi=None, root_event=mention.event, texts=set(), names=set())
    join(story, mention)
    return story
