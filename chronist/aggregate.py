"""Event data in aggregate: counts and Goldstein scores per actor, dyad, category, quad class,
country and period, over a store opened read-only.

>>> conn = open_readonly("chronist.db")                        # doctest: +SKIP
>>> aggregate(conn, by=("source", "target"), per="week",
...           filters=Filters(category="REQUEST"))             # doctest: +SKIP
[AggregateRow(key={'source': 'USA/GOV', 'target': 'PRK/GOV'}, period='2018-05-21', events=3, ...)]

The same filters select the rows of ``chronist aggregate`` and of every page of ``chronist
serve`` (chronist.web). ``open_readonly`` (from :mod:`chronist.store.readonly`) opens a SQLite
file or a PostgreSQL database with two views for any SQL client on the same connection:
``event_view`` (one row per event with its actors, article and sentence) and ``dyad_view``
(one row per source-target pair of an event). The SQL here is the same for both databases;
what differs is asked of the connection's dialect (:mod:`chronist.store.dialect`).
"""
from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from chronist.coding.ontology import QUADS
from chronist.errors import InputError
from chronist.store.dialect import SQLITE, Dialect, dialect_of
from chronist.store.readonly import create_views, has_stories, open_readonly, views_sql  # noqa: F401 (re-exported)
from chronist.store.daily import ANY_COMPOUND, RETOLD, present
from chronist.store.search import has_trigrams
from chronist.store.sql import aggregate_sql, daily_aggregate_sql, filter_conditions

log = logging.getLogger(__name__)

DIMENSIONS = ("source", "target", "category", "quad", "country")
PERIODS = ("day", "week", "month", "year")
ACTOR_LEVELS = ("sector", "code")


VIEWS_SQL = views_sql(SQLITE)     # the views in SQLite's SQL (chronist.store.readonly.views_sql for others)


# -- filters ---------------------------------------------------------------------------------


@dataclass(slots=True, frozen=True, kw_only=True)
class Filters:
    """Which events to read; every field left None selects all.

    ``actor`` matches either role, ``source``/``target`` one role, each by code (``USA``) or
    code and sector (``USA/GOV``). ``dyad`` is two actors in either direction (``("USA",
    "PRK")``). ``since``/``until`` are inclusive and take a day, ISO week, month or year.
    ``text`` is a case-insensitive substring of the sentence.
    """

    actor: str | None = None
    source: str | None = None
    target: str | None = None
    dyad: tuple[str, str] | None = None
    category: str | None = None
    quad: str | None = None
    since: str | dt.date | None = None
    until: str | dt.date | None = None
    modality: str | None = None
    lang: str | None = None
    country: str | None = None
    text: str | None = None

    def where(self, *, per_row: bool = False, dialect: Dialect = SQLITE,
              trigrams: bool = False) -> tuple[list[str], list[Any]]:
        """SQL conditions over ``events e`` with their parameters (in ``dialect``'s SQL).

        Actor conditions select the actor's events first (``e.id IN (...)``, best when they are
        few); ``per_row`` checks them on each event instead (``EXISTS``, best when walking many
        events in date order to find a page of a frequent actor's events). ``trigrams``: look
        the text up in the sentences' trigram index (chronist.store.search.has_trigrams).
        """
        return filter_conditions(self, per_row=per_row, dialect=dialect, trigrams=trigrams)


def actor_codes(filters: Filters) -> list[str]:
    """The actor codes a filter names (for estimating how many events it selects)."""
    values = [filters.actor, filters.source, filters.target, *(filters.dyad or ())]
    return [v.strip().partition("/")[0] for v in values if v and v.strip()]


def parse_by(value: str | Sequence[str] | None) -> tuple[str, ...]:
    """``"source,target"`` or a sequence of dimension names, checked against DIMENSIONS."""
    if not value:
        return ()
    names = [v.strip() for v in (value.split(",") if isinstance(value, str) else value) if v.strip()]
    unknown = [n for n in names if n not in DIMENSIONS]
    if unknown:
        raise InputError(f"cannot aggregate by {', '.join(unknown)}; use any of {', '.join(DIMENSIONS)}")
    return tuple(dict.fromkeys(names))


def period_sql(per: str, column: str = "e.date_from", dialect: Dialect = SQLITE) -> str:
    """The period an event's first day falls in: the day, the Monday of its week, YYYY-MM or YYYY."""
    if per not in PERIODS:
        raise InputError(f"unknown period {per!r}; use one of {', '.join(PERIODS)}")
    return dialect.period(per, column)


# -- aggregation -----------------------------------------------------------------------------


@dataclass(slots=True)
class AggregateRow:
    """One group: its key (dimension -> value), its period, counts and Goldstein figures."""

    key: dict[str, str | None]
    period: str | None
    events: int
    goldstein_sum: float
    goldstein_mean: float | None
    quads: dict[str, int] = field(default_factory=dict)
    stories: int | None = None

    def record(self) -> dict[str, Any]:
        """A flat dict: the key, period, events, stories, Goldstein sum and mean, one count per quad."""
        out: dict[str, Any] = dict(self.key)
        if self.period is not None:
            out["period"] = self.period
        out["events"] = self.events
        if self.stories is not None:
            out["stories"] = self.stories
        out["goldstein_sum"] = round(self.goldstein_sum, 3)
        out["goldstein_mean"] = None if self.goldstein_mean is None else round(self.goldstein_mean, 3)
        for quad in QUADS:
            out[quad.replace(" ", "_")] = self.quads.get(quad, 0)
        return out


def aggregate(conn: Any, *, by: str | Iterable[str] = (), per: str | None = None,
              filters: Filters | None = None, actors: str = "sector", limit: int | None = None,
              order: str = "key", daily: bool = True) -> list[AggregateRow]:
    """Events grouped by ``by`` (DIMENSIONS) and ``per`` period, with counts and Goldstein figures.

    An event counts once in each group it falls in: an event with two source actors counts for
    both when grouped by source, once otherwise. ``actors="code"`` groups actors by their code
    alone (USA), ``"sector"`` by code and sector (USA/GOV). Events without a date are left out
    when ``per`` is given. ``order`` is ``"key"`` (period, then key) or ``"events"`` (largest
    first). Stories are counted when the store clusters events into them (an event not yet in
    a story counts as a story of its own).

    The store's daily counts (chronist.store.daily) answer when it keeps them and no text is
    searched (``daily=False`` reads the events always); the rows are the same either way.
    """
    dims = parse_by(by if isinstance(by, str) else tuple(by))
    if actors not in ACTOR_LEVELS:
        raise InputError(f"actors={actors!r}; use one of {', '.join(ACTOR_LEVELS)}")
    if order not in ("key", "events"):
        raise InputError(f"order={order!r}; use 'key' or 'events'")
    if per is not None and per not in PERIODS:
        raise InputError(f"unknown period {per!r}; use one of {', '.join(PERIODS)}")
    dialect = dialect_of(conn)
    filters = filters or Filters()
    stories = has_stories(conn)
    rollups = present(conn) if daily and not filters.text else ()
    if rollups:
        # the parts for compound actors and retold stories only where the store has any
        retold = stories and conn.execute(RETOLD).fetchone() is not None
        any_compound = ANY_COMPOUND.format(index=dialect.indexed_by("event_actors_compound"))
        compound = conn.execute(any_compound).fetchone() is not None
        sql, params, names = daily_aggregate_sql(dims, per=per, filters=filters, actors=actors, stories=retold,
                                                 order=order, limit=limit, dialect=dialect, compound=compound,
                                                 tables=rollups)
    else:
        where, params = filters.where(dialect=dialect, trigrams=has_trigrams(conn))
        sql, names = aggregate_sql(dims, per=per, where=where, params=params, actors=actors, stories=stories,
                                   order=order, limit=limit, dialect=dialect)
    rows: list[AggregateRow] = []
    n_keys = len(names)
    for row in conn.execute(sql, params):
        if not names and not row[n_keys]:           # no group and no events: no row
            break
        key = {name: row[i] for i, name in enumerate(names) if name != "period"}
        rest = row[n_keys:]
        rows.append(AggregateRow(
            key=key, period=row[n_keys - 1] if per else None, events=int(rest[0]),
            goldstein_sum=float(rest[1] or 0.0), goldstein_mean=None if rest[2] is None else float(rest[2]),
            quads={quad: int(rest[3 + i] or 0) for i, quad in enumerate(QUADS)},
            stories=(int(rest[7]) if len(rest) > 7 else int(rest[0])) if stories else None))
    return rows


def records(rows: Iterable[AggregateRow]) -> list[dict[str, Any]]:
    """The flat records of ``rows`` (AggregateRow.record)."""
    return [row.record() for row in rows]


def format_table(rows: Sequence[dict[str, Any]]) -> str:
    """Aggregate records as an aligned text table for reading."""
    if not rows:
        return "(no events)\n"
    header = list(rows[0])
    cells = [["" if r.get(h) is None else str(r.get(h)) for h in header] for r in rows]
    widths = [max(len(h), *(len(c[i]) for c in cells)) for i, h in enumerate(header)]
    numeric = {h for h in header if all(isinstance(r.get(h), (int, float)) or r.get(h) is None for r in rows)}

    def line(values: Sequence[str]) -> str:
        return "  ".join(v.rjust(w) if h in numeric else v.ljust(w)
                         for v, w, h in zip(values, widths, header)).rstrip()

    out = [line(header), "  ".join("-" * w for w in widths)] + [line(c) for c in cells]
    return "\n".join(out) + f"\n({len(rows)} rows)\n"


def write_csv(rows: Sequence[dict[str, Any]], out: Any) -> None:
    import csv
    if not rows:
        return
    writer = csv.DictWriter(out, fieldnames=list(rows[0]), lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)


def write_parquet(rows: Sequence[dict[str, Any]], path: str | Path) -> None:
    """Aggregate records as a Parquet file with typed columns (through DuckDB)."""
    import duckdb
    if not rows:
        raise InputError("no events match; nothing to write to a Parquet file")
    columns = list(rows[0])
    types = []
    for name in columns:
        values = [r[name] for r in rows if r[name] is not None]
        if values and all(isinstance(v, int) and not isinstance(v, bool) for v in values):
            types.append("BIGINT")
        elif values and all(isinstance(v, (int, float)) for v in values):
            types.append("DOUBLE")
        else:
            types.append("VARCHAR")
    with duckdb.connect() as con:
        con.execute("CREATE TABLE agg (" + ", ".join(f'"{c}" {t}' for c, t in zip(columns, types)) + ")")
        con.executemany(f"INSERT INTO agg VALUES ({', '.join('?' * len(columns))})",
                        [[r[c] for c in columns] for r in rows])
        target = str(path).replace("'", "''")
        try:
            con.execute(f"COPY agg TO '{target}' (FORMAT parquet)")
        except duckdb.Error as exc:
            raise InputError(f"cannot write {path}: {exc}; check the folder is writable") from None
