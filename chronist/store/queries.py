"""Reading events back: filters, SQL and the rebuilding of event records.

Records come back in the shape of :meth:`chronist.model.Event.record`, so a
record read from the store equals the record of the event that was written.
"""
from __future__ import annotations

import datetime as dt
import re
import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from chronist.coding.ontology import current_type
from chronist.errors import InputError

_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:$|[T ])")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_WEEK = re.compile(r"^(\d{4})-?W(\d{2})$")
_YEAR = re.compile(r"^(\d{4})$")

# Event rows are read in batches; the actors of one batch are fetched in one query.
BATCH = 500


def date_bounds(value: str | None) -> tuple[dt.date, dt.date] | None:
    """First and last day covered by an ISO date of any precision, or None.

    ``2018-05-26`` covers one day, ``2018-05`` a month, ``2018-W21`` an ISO
    week (Monday to Sunday), ``2018`` a year. A timestamp counts as its day.
    """
    if not value:
        return None
    text = value.strip()
    try:
        if m := _DAY.match(text):
            day = dt.date(int(m[1]), int(m[2]), int(m[3]))
            return day, day
        if m := _MONTH.match(text):
            first = dt.date(int(m[1]), int(m[2]), 1)
            following = dt.date(first.year + first.month // 12, first.month % 12 + 1, 1)
            return first, following - dt.timedelta(days=1)
        if m := _WEEK.match(text):
            year, week = int(m[1]), int(m[2])
            return dt.date.fromisocalendar(year, week, 1), dt.date.fromisocalendar(year, week, 7)
        if m := _YEAR.match(text):
            return dt.date(int(m[1]), 1, 1), dt.date(int(m[1]), 12, 31)
    except ValueError:
        return None
    return None


def date_precision(value: str | None) -> str | None:
    """How much of a date is known: ``day``, ``week``, ``month`` or ``year`` (None when not an ISO date)."""
    if date_bounds(value) is None:
        return None
    text = value.strip()
    for precision, pattern in (("day", _DAY), ("month", _MONTH), ("week", _WEEK), ("year", _YEAR)):
        if pattern.match(text):
            return precision
    return None


def date_from(value: str | None) -> str | None:
    """The first day covered by an event date, as YYYY-MM-DD (None when unparseable)."""
    bounds = date_bounds(value)
    return bounds[0].isoformat() if bounds else None


def _bound(name: str, value: str | dt.date, *, last: bool) -> str:
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    bounds = date_bounds(value) if isinstance(value, str) else None
    if bounds is None:
        raise InputError(f"{name}={value!r} is not an ISO date; "
                         "give YYYY-MM-DD (or YYYY-MM, YYYY-Www, YYYY)")
    return (bounds[1] if last else bounds[0]).isoformat()


def _actor_filter(role: str, value: str, params: list[Any]) -> str:
    if not isinstance(value, str) or not value.strip():
        raise InputError(f"{role}={value!r} is not an actor code; give a code such as 'USA' or 'USA/GOV'")
    code, _, sector = value.strip().partition("/")
    sql = ("EXISTS (SELECT 1 FROM event_actors x WHERE x.event = e.id "
           "AND x.role = ? AND x.code = ?")
    params += [role, code]
    if sector:
        sql += " AND x.sector = ?"
        params.append(sector)
    return sql + ")"


@dataclass(slots=True)
class EventQuery:
    """The SQL (and its parameters) that selects event rows for the given filters."""

    sql: str
    params: list[Any] = field(default_factory=list)
    with_article: bool = False
    stories: bool = False


_SQL_MAX = 2**63 - 1

def build_query(*, source: str | None = None, target: str | None = None,
                category: str | None = None, since: str | dt.date | None = None,
                until: str | dt.date | None = None, limit: int | None = None,
                with_article: bool = False, stories: bool = False, dedup: bool = False) -> EventQuery:
    """Translate the filters of ``Store.events`` into one SELECT over events.

    ``source``/``target`` match any actor of the compound by code (``"USA"``)
    or by code and sector (``"USA/GOV"``), case-insensitively. ``category`` is
    a PLOVER category, case-insensitive. ``since``/``until`` are inclusive and
    compare to the first day an event's date covers (a month-precise date
    ``2018-05`` counts as 2018-05-01); events without a date are left out
    when either is given. ``until="2018-05"`` means up to 2018-05-31.
    ``with_article`` adds what exports need besides the event record: the
    article's publication date, language, url, source, title and the time it
    was coded under ``"story"``, the sentence's character span under
    ``"sentence_span"``, and the canonical names of the actors (None where
    an actor was found by its country or sector alone) under ``"actor_names"``.
    ``stories`` adds the event's story under ``"story_info"`` (see :data:`STORY_SQL`);
    ``dedup`` (implies ``stories``) keeps one event per story, its first mention (the root),
    and filters apply to that mention. Events without a story count as stories of their own.
    """
    stories = stories or dedup
    where: list[str] = []
    params: list[Any] = []
    if source is not None:
        where.append(_actor_filter("source", source, params))
    if target is not None:
        where.append(_actor_filter("target", target, params))
    if category is not None:
        if not isinstance(category, str) or not category.strip():
            raise InputError(f"category={category!r} is not a PLOVER category; give one such as 'REQUEST'")
        where.append("e.plover = ?")
        params.append(current_type(category))
    if since is not None:
        where.append("e.date_from >= ?")
        params.append(_bound("since", since, last=False))
    if until is not None:
        where.append("e.date_from <= ?")
        params.append(_bound("until", until, last=True))
    sql = ("SELECT e.id, e.event_id, a.article_id, e.sentence_idx, s.text, e.plover, e.mode, e.context, e.cameo, e.quad, "
           "e.goldstein, e.modality, e.event_text, e.trigger_start, e.trigger_end, e.date, "
           "e.date_basis, e.location, e.location_country, e.lat, e.lon, e.confidence" +
           (", a.pub_date, a.lang, a.url, a.source, a.title, a.ingested_at, s.start, s.\"end\""
            if with_article else "") + (STORY_SQL if stories else "") +
           " FROM events e JOIN articles a ON a.id = e.article "
           "JOIN sentences s ON s.article = e.article AND s.idx = e.sentence_idx" +
           (STORY_JOINS if stories else ""))
    if dedup:
        where.append("(e.story IS NULL OR st.root_event = e.id)")
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY e.article, e.sentence_idx, e.trigger_start, e.trigger_end, e.id"
    if limit is not None:
        if isinstance(limit, bool) or not isinstance(limit, int) or limit < 0:
            raise InputError(f"limit={limit!r} is not a count; give a whole number >= 0 or None")
        if limit < _SQL_MAX:            # a larger one (SQLite's integers end at 2**63 - 1) limits nothing
            sql += " LIMIT ?"
            params.append(limit)
    return EventQuery(sql, params, with_article=with_article, stories=stories)


# The story of an event (``stories`` of build_query): the story's id (its first mention's event id),
# GDELT's counts, the time its first mention was stored and the mention's article length.
_REPORT_DAY = "coalesce(a.pub_date, substr(a.ingested_at, 1, 10))"
STORY_SQL = (", coalesce(r.event_id, e.event_id), coalesce(st.mentions, 1), coalesce(st.articles, 1), "
             f"coalesce(st.sources, 1), coalesce(st.first_report, {_REPORT_DAY}), "
             f"coalesce(st.last_report, {_REPORT_DAY}), coalesce(ra.ingested_at, a.ingested_at), "
             "length(a.text), st.date_lo, st.date_hi")
STORY_JOINS = (" LEFT JOIN stories st ON st.id = e.story LEFT JOIN events r ON r.id = st.root_event "
               "LEFT JOIN articles ra ON ra.id = r.article")
_STORY_KEYS = ("id", "mentions", "articles", "sources", "first_report", "last_report", "first_added",
               "article_chars", "date_lo", "date_hi")


def stories(conn: sqlite3.Connection, *, min_mentions: int = 1, limit: int | None = None) -> list[dict[str, Any]]:
    """Stories, most mentioned first: id (the first mention's event id), type, dyad, the days its
    mentions' dates allow, counts, and the event ids of its mentions in the order they were stored."""
    sql = ("SELECT st.id, r.event_id, st.plover, st.dyad, st.date_lo, st.date_hi, st.country, st.mentions, "
           "st.articles, st.sources, st.first_report, st.last_report FROM stories st "
           "LEFT JOIN events r ON r.id = st.root_event WHERE st.mentions >= ? "
           "ORDER BY st.mentions DESC, st.id")
    params: list[Any] = [min_mentions]
    if limit is not None:
        sql += " LIMIT ?"
        params.append(limit)
    out = []
    for (sid, root, plover, dyad, lo, hi, country, mentions, articles, sources, first,
         last) in conn.execute(sql, params).fetchall():
        members = [row[0] for row in conn.execute("SELECT event_id FROM events WHERE story = ? ORDER BY id",
                                                  (sid,))]
        out.append({"id": root, "plover": plover, "dyad": dyad, "date_lo": lo, "date_hi": hi, "country": country,
                    "mentions": mentions, "articles": articles, "sources": sources, "first_report": first,
                    "last_report": last, "events": members})
    return out


def story_counts(conn: sqlite3.Connection) -> dict[str, int]:
    """Stories, stories of more than one mention, and events without a story (to recluster)."""
    stories, multi = conn.execute("SELECT count(*), count(*) FILTER (WHERE mentions > 1) FROM stories").fetchone()
    loose = conn.execute("SELECT count(*) FROM events WHERE story IS NULL").fetchone()[0]
    return {"stories": stories, "multi": multi, "unassigned": loose}


def iter_records(conn: sqlite3.Connection, query: EventQuery) -> Iterator[dict[str, Any]]:
    """Run ``query`` and yield event records, reading in batches."""
    cursor = stream(conn, query.sql, query.params)
    try:
        while rows := cursor.fetchmany(BATCH):
            actors = _actors(conn, [row[0] for row in rows])
            for row in rows:
                record = _record(row, actors.get(row[0], {}), with_article=query.with_article)
                if query.stories:
                    record["story_info"] = dict(zip(_STORY_KEYS, row[-len(_STORY_KEYS):]))
                yield record
    finally:
        cursor.close()


def stream(conn: Any, sql: str, params: list[Any]) -> Any:
    """A cursor over a result that may be large, read in batches with ``fetchmany``: SQLite's steps
    through it already; PostgreSQL's is a server-side cursor (chronist.store.pg)."""
    opener = getattr(conn, "stream", None)
    return opener(sql, params) if opener is not None else conn.execute(sql, params)


def _actors(conn: sqlite3.Connection, event_ids: Iterable[int]) -> dict[int, dict[str, list[tuple]]]:
    ids = list(event_ids)
    out: dict[int, dict[str, list[tuple]]] = {}
    marks = ", ".join("?" * len(ids))
    for event, role, code, sector, text, start, end, name in conn.execute(
            f'SELECT event, role, code, sector, text, start, "end", name FROM event_actors '
            f"WHERE event IN ({marks}) ORDER BY event, role, position", ids):
        out.setdefault(event, {}).setdefault(role, []).append((code, sector, text, start, end, name))
    return out


def _actor_record(code: str, sector: str | None, text: str) -> dict[str, Any]:
    # Same shape as chronist.model.Actor.record()
    out: dict[str, Any] = {"actor": code}
    if sector:
        out["sector"] = sector
    out["text"] = text
    return out


_EVENT_COLUMNS = 22       # the event's own columns in a row of ``event_query``; article fields follow


def _record(row: tuple, actors: dict[str, list[tuple]], *, with_article: bool = True) -> dict[str, Any]:
    (_, event_id, article, sentence_idx, sentence, plover, mode, context, cameo, quad, goldstein, modality, event_text,
     trigger_start, trigger_end, date, date_basis, location, country, lat, lon, confidence) = row[:_EVENT_COLUMNS]
    source = actors.get("source", [])
    target = actors.get("target", [])
    record = {
        "id": event_id,
        "article": article,
        "sentence_index": sentence_idx,
        "sentence": sentence,
        "source": [_actor_record(a[0], a[1], a[2]) for a in source],
        "target": [_actor_record(a[0], a[1], a[2]) for a in target],
        "plover": plover,
        "mode": mode,
        "context": [c for c in (context or "").split(";") if c],
        "cameo": cameo,
        "quad": quad,
        "goldstein": goldstein,
        "modality": modality,
        "event_text": event_text,
        "date": date,
        "date_basis": date_basis,
        "location": location,
        "location_country": country,
        "lat": lat,
        "lon": lon,
        "confidence": confidence,
        "spans": {
            "source": [[a[3], a[4]] for a in source],
            "target": [[a[3], a[4]] for a in target],
            "trigger": [trigger_start, trigger_end],
        },
    }
    if with_article and len(row) > _EVENT_COLUMNS:
        pub_date, lang, url, publisher, title, coded_at, start, end = row[_EVENT_COLUMNS:_EVENT_COLUMNS + 8]
        record["story"] = {"pub_date": pub_date, "lang": lang, "url": url, "source": publisher, "title": title,
                           "coded_at": coded_at}
        record["sentence_span"] = [start, end]
        record["actor_names"] = {"source": [a[5] for a in source], "target": [a[5] for a in target]}
    return record


def counts(conn: sqlite3.Connection, states: Iterable[str]) -> dict[str, Any]:
    """Articles by state, sentences and events."""
    by_state = {state: 0 for state in states}
    for state, n in conn.execute("SELECT state, count(*) FROM articles GROUP BY state"):
        by_state[state] = n
    sentences = conn.execute("SELECT count(*) FROM sentences").fetchone()[0]
    events = conn.execute("SELECT count(*) FROM events").fetchone()[0]
    return {"articles": by_state, "sentences": sentences, "events": events}


def reason_group(reason: str) -> str:
    """What a reason is about, without its details: the part before the first colon,
    parenthesis or semicolon ("not valid JSON (...); one JSON object a line" -> "not valid JSON")."""
    return re.split(r"[:;(]", reason, maxsplit=1)[0].strip() or reason


def reasons(conn: sqlite3.Connection, state: str, *, limit: int) -> list[tuple[str, int]]:
    """Reasons of the articles in ``state`` grouped by :func:`reason_group`, most frequent first."""
    groups: dict[str, int] = {}
    for reason, n in conn.execute("SELECT reason, count(*) FROM articles WHERE state = ? GROUP BY reason",
                                  (state,)):
        key = reason_group(reason or "(no reason given)")
        groups[key] = groups.get(key, 0) + n
    return sorted(groups.items(), key=lambda item: (-item[1], item[0]))[:limit]
