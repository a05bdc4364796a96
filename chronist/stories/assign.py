"""Putting events into stories: incrementally as articles are stored, or all over again.

:func:`assign_article` runs inside the store's write transaction for each new article: its
events join stories found through the index ``stories (skey, date_lo)`` (same key, an interval
starting at most :data:`~chronist.stories.rules.WINDOW` days earlier) or open new ones. The
cost per event is one indexed range query, whatever the size of the store.

:func:`recluster` forgets every story and assigns all events again, in the order they were
stored (so it gives what incremental assignment gave, or what it would give under new rules),
with an in-memory index of the same shape.
"""
from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Iterable, Iterator
from typing import Any, Protocol

from chronist.store import sql as statements
from chronist.store.dialect import dialect_of
from chronist.store.queries import stream

from chronist.stories.rules import (WINDOW, Mention, StoryState, best, compatible, dyad_key, interval, join,
                                    names_of, opened_by, story_key, text_hash)

log = logging.getLogger(__name__)



def _day(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def mention_of(row: tuple) -> Mention:
    """A :class:`Mention` from a row of :func:`chronist.store.sql.mentions`."""
    event, article, sentence, plover, modality, date, basis, country, lat, lon, report, pub, actors, text = row
    source: list[tuple[str, str | None]] = []
    target: list[tuple[str, str | None]] = []
    for part in (actors or "").split("|"):
        if part:
            role, code, sector = (part.split(" ") + ["", ""])[:3]
            (source if role == "source" else target).append((code, sector or None))
    dyad = dyad_key(plover, source, target)
    lo, hi = interval(date, basis, _day(pub))
    return Mention(event=event, article=article, sentence=sentence, plover=plover.upper(), key=story_key(plover, modality, dyad),
                   dyad=dyad, lo=lo, hi=hi, report=_day(report), country=country or None, lat=lat, lon=lon,
                   text=text_hash(text), names=names_of(text))


def iter_mentions(conn: Any, *, article: int | None = None,
                  batch: int = 5000) -> Iterator[Mention]:
    """The events of one article (or of the whole store) as mentions, in the order they were stored."""
    sql, params = statements.mentions(dialect_of(conn)), []
    if article is not None:
        sql += " WHERE e.article = ?"
        params.append(article)
    cursor = stream(conn, sql + " ORDER BY e.id", params)
    try:
        while rows := cursor.fetchmany(batch):
            yield from (mention_of(row) for row in rows)
    finally:
        cursor.close()


class Index(Protocol):
    def candidates(self, mention: Mention) -> list[StoryState]: ...
    def open(self, mention: Mention) -> StoryState: ...
    def refile(self, story: StoryState) -> None: ...


def assign(mentions: Iterable[Mention], index: Index) -> list[StoryState]:
    """Give each mention its story (in order; one article's mentions together); return the
    stories touched, each with the events that joined it in ``members``."""
    touched: dict[int, StoryState] = {}
    local: dict[str, list[StoryState]] = {}
    sentences: dict[int, set[int]] = {}            # story -> its sentences in this article
    named: dict[int, set[str]] = {}                # story -> the names of those sentences
    article = None
    for mention in mentions:
        if mention.article != article:
            article, local, sentences, named = mention.article, {}, {}, {}
        here = [s for s in local.get(mention.key, [])
                if compatible(s, mention, same_article=True, sentences=sentences.get(s.id), names=named.get(s.id))]
        story = best(here, mention)
        if story is None and mention.lo is not None:
            # a story that already holds this article's mentions is judged by the in-article rule alone
            there = [s for s in index.candidates(mention)
                     if s.id not in sentences and compatible(s, mention, same_article=False)]
            story = best(there, mention)
            if story is not None:
                story = touched.get(story.id, story)    # the state this run already holds
        if story is None:
            story = index.open(mention)
        else:
            join(story, mention)
            index.refile(story)
        touched[story.id] = story
        sentences.setdefault(story.id, set()).add(mention.sentence)
        named.setdefault(story.id, set()).update(mention.names)
        if story not in local.setdefault(mention.key, []):
            local[mention.key].append(story)
    return list(touched.values())


# -- incremental: the store's write path -------------------------------------------------------


def _state(row: tuple) -> StoryState:
    sid, key, plover, dyad, lo, hi, country, lat, lon, root, first, last, mentions = row
    return StoryState(id=sid, key=key, plover=plover, dyad=dyad, lo=_day(lo), hi=_day(hi), country=country,
                      lat=lat, lon=lon, root_event=root, first_report=_day(first), last_report=_day(last),
                      mentions=mentions)


class SqlIndex:
    """Stories found and opened in the ``stories`` table (inside the caller's transaction)."""

    def __init__(self, conn: Any) -> None:
        self.conn = conn
        self.cache: dict[int, StoryState] = {}

    def candidates(self, mention: Mention) -> list[StoryState]:
        if mention.coarse:
            rows = self.conn.execute(
                statements.STORIES_SAME_DAYS,
                (mention.key, mention.lo.isoformat(), mention.hi.isoformat()))
        else:
            rows = self.conn.execute(
                statements.STORIES_IN_WINDOW,
                (mention.key, (mention.lo - dt.timedelta(days=WINDOW)).isoformat(), mention.hi.isoformat(),
                 mention.lo.isoformat(), WINDOW))
        found = [self.cache.get(row[0]) or _state(row) for row in rows]
        if mention.weak or len(found) > 1:       # the sentences decide: load them
            for story in found:
                if story.texts is None:
                    texts = [row[0] for row in self.conn.execute(statements.STORY_SENTENCES, (story.id,))]
                    story.texts = {text_hash(t) for t in texts}
                    story.names = set().union(*(names_of(t) for t in texts))
                self.cache[story.id] = story
        return found

    def open(self, mention: Mention) -> StoryState:
        sid = self.conn.execute(
            statements.OPEN_STORY,
            (mention.key, mention.plover, mention.dyad, mention.event)).fetchall()[0][0]
        story = opened_by(sid, mention)
        self.cache[sid] = story
        return story

    def refile(self, story: StoryState) -> None:
        self.cache[story.id] = story


def save(conn: Any, stories: list[StoryState]) -> None:
    """Write the touched stories' intervals and places, link their new mentions, recount them."""
    conn.executemany(
        statements.STORY_PLACE,
        [(_iso(s.lo), _iso(s.hi), s.span, s.country, s.lat, s.lon, s.id) for s in stories])
    conn.executemany(statements.EVENT_STORY, [(s.id, event) for s in stories for event in s.members])
    recount(conn, [s.id for s in stories])


def recount(conn: Any, story_ids: list[int]) -> None:
    """GDELT's counts of the given stories, from their mentions."""
    conn.executemany(statements.RECOUNT, [(sid,) for sid in story_ids])


def assign_article(conn: Any, article: int) -> int:
    """Put the events of a newly stored article (``articles.id``) into stories; return how many
    stories it touched. Call it inside the transaction that stored the article."""
    stories = assign(iter_mentions(conn, article=article), SqlIndex(conn))
    save(conn, stories)
    return len(stories)


def assign_missing(conn: Any) -> int:
    """Put events without a story (stored before stories existed) into stories, article by article."""
    articles = [row[0] for row in conn.execute(statements.ARTICLES_WITHOUT_STORIES)]
    for article in articles:
        mentions = [m for m in iter_mentions(conn, article=article)]
        unassigned = {row[0] for row in conn.execute(statements.EVENTS_WITHOUT_STORY, (article,))}
        save(conn, assign([m for m in mentions if m.event in unassigned], SqlIndex(conn)))
    return len(articles)


# -- everything again ---------------------------------------------------------------------------


class MemoryIndex:
    """The index of :class:`SqlIndex` in memory: stories by key and WINDOW-day bucket of date_lo."""

    def __init__(self) -> None:
        self.stories: list[StoryState] = []
        self.filed: dict[tuple, list[StoryState]] = {}

    @staticmethod
    def _place(story: StoryState) -> tuple | None:
        if story.lo is None:
            return None
        if story.span > WINDOW:
            return ("coarse", story.key, story.lo, story.hi)
        return ("fine", story.key, story.lo.toordinal() // WINDOW)

    def candidates(self, mention: Mention) -> list[StoryState]:
        if mention.coarse:
            return list(self.filed.get(("coarse", mention.key, mention.lo, mention.hi), ()))
        first = mention.lo - dt.timedelta(days=WINDOW)
        out = []
        for bucket in range(first.toordinal() // WINDOW, mention.hi.toordinal() // WINDOW + 1):
            out += [s for s in self.filed.get(("fine", mention.key, bucket), ())
                    if first <= s.lo <= mention.hi and s.hi >= mention.lo]
        return out

    def open(self, mention: Mention) -> StoryState:
        story = opened_by(len(self.stories) + 1, mention)
        self.stories.append(story)
        self.refile(story)
        return story

    def refile(self, story: StoryState) -> None:
        place = self._place(story)
        if place == story.filed:
            return
        if story.filed is not None:
            self.filed[story.filed].remove(story)
        if place is not None:
            self.filed.setdefault(place, []).append(story)
        story.filed = place


def recluster(conn: Any) -> tuple[int, int]:
    """Forget all stories and assign every event again; return (events, stories).

    Runs in the caller's transaction; the story ids are renumbered from 1.
    """
    index = MemoryIndex()
    n = 0

    def counted() -> Iterator[Mention]:
        nonlocal n
        for mention in iter_mentions(conn):
            n += 1
            yield mention

    assign(counted(), index)
    conn.execute(statements.UNLINK_STORIES)
    conn.execute(statements.FORGET_STORIES)
    conn.executemany(
        statements.INSERT_STORY,
        [(s.id, s.key, s.plover, s.dyad, _iso(s.lo), _iso(s.hi), s.span, s.country, s.lat, s.lon, s.root_event)
         for s in index.stories])
    dialect_of(conn).after_explicit_ids(conn, "stories")
    conn.executemany(statements.EVENT_STORY, [(s.id, event) for s in index.stories for event in s.members])
    conn.execute(statements.RECOUNT_ALL)
    log.info("reclustered %d events into %d stories", n, len(index.stories))
    return n, len(index.stories)


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day is not None else None
