"""The SQL Chronist sends to a store besides the Store's own (chronist.store.db, .queries): the
filters and groups of the aggregates, the pages of the web view, the assignment of stories.

Written once for SQLite and PostgreSQL; what the two spell differently comes from the
connection's :class:`~chronist.store.dialect.Dialect`. No value from outside reaches the text
of a statement: values are bound parameters, names are checked against fixed lists first.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from chronist.coding.ontology import QUADS, current_type
from chronist.errors import InputError
from chronist.store.dialect import SQLITE, Dialect
from chronist.store.queries import date_bounds
from chronist.store.search import text_condition

# -- filters (chronist.aggregate.Filters) ------------------------------------------------------


def filter_conditions(f: Any, *, per_row: bool = False, dialect: Dialect = SQLITE,
                      trigrams: bool = False) -> tuple[list[str], list[Any]]:
    """SQL conditions over ``events e`` for the filters ``f`` (a chronist.aggregate.Filters) with
    their parameters; see ``Filters.where``. ``trigrams``: the store has the sentences' trigram
    index (chronist.store.search)."""
    where: list[str] = []
    params: list[Any] = []
    if f.actor:
        where.append(actor_condition(None, f.actor, params, per_row=per_row))
    if f.source:
        where.append(actor_condition("source", f.source, params, per_row=per_row))
    if f.target:
        where.append(actor_condition("target", f.target, params, per_row=per_row))
    if f.dyad:
        one, two = f.dyad
        if per_row:
            p1: list[Any] = []
            forward = (actor_condition("source", one, p1, per_row=True) + " AND "
                       + actor_condition("target", two, p1, per_row=True))
            backward = (actor_condition("source", two, p1, per_row=True) + " AND "
                        + actor_condition("target", one, p1, per_row=True))
            where.append(f"(({forward}) OR ({backward}))")
            params += p1
        else:
            where.append(dyad_condition(one, two, params))
    _column_conditions(f, where, params, columns=_EVENT_COLUMNS)
    if f.lang:
        where.append("e.article IN (SELECT id FROM articles WHERE lang = ?)")
        params.append(f.lang)
    if f.text:
        where.append(text_condition(f.text, params, dialect=dialect, trigrams=trigrams))
    return where, params


# the columns of the filters that are an event's own, in events e and in daily_counts d
_EVENT_COLUMNS = {"category": "e.plover", "quad": "e.quad", "day": "e.date_from", "modality": "e.modality",
                  "country": "e.location_country"}
_DAILY_COLUMNS = {"category": "d.plover", "quad": "d.quad", "day": "d.day", "modality": "d.modality",
                  "country": "d.country", "lang": "d.lang"}


def day_bounds(f: Any) -> tuple[str | None, str | None]:
    """The first and last day (YYYY-MM-DD) the filters' ``since`` and ``until`` allow."""
    out: list[str | None] = []
    for name, value, last in (("since", f.since, False), ("until", f.until, True)):
        if not value:
            out.append(None)
        elif isinstance(value, dt.date):
            out.append(value.isoformat())
        else:
            bounds = date_bounds(str(value))
            if bounds is None:
                raise InputError(f"{name}={value!r} is not a date; write it as YYYY-MM-DD, YYYY-MM, "
                                 "YYYY-Www or YYYY")
            out.append(bounds[1 if last else 0].isoformat())
    return out[0], out[1]


def _column_conditions(f: Any, where: list[str], params: list[Any], *, columns: dict[str, str]) -> None:
    """The filters compared with one column each: type, quad class, days, modality, country."""
    if f.category:
        where.append(f"{columns['category']} = ?")
        params.append(current_type(f.category.strip().upper()))
    if f.quad:
        if f.quad not in QUADS:
            raise InputError(f"quad={f.quad!r} is not a quad class; use one of {', '.join(QUADS)}")
        where.append(f"{columns['quad']} = ?")
        params.append(f.quad)
    since, until = day_bounds(f)
    for bound, op in ((since, ">="), (until, "<=")):
        if bound:
            where.append(f"{columns['day']} {op} ?")
            params.append(bound[:7] if columns['day'] == "d.month" else bound)
    if f.modality:
        where.append(f"{columns['modality']} = ?")
        params.append(f.modality)
    if f.country:
        where.append(f"{columns['country']} = ?")
        params.append(f.country.strip().upper())


def daily_conditions(f: Any, time: str = "day") -> tuple[list[str], list[Any]]:
    """The conditions of ``filters_conditions`` over a table of counts ``d`` (simple events: one
    actor a role at most) whose time column is ``time`` (``day``, or ``month`` when the bounds
    are whole months); the text filter has none (the caller reads the events)."""
    if f.text:
        raise ValueError("the daily counts know no sentences; read the events for a text filter")
    where: list[str] = []
    params: list[Any] = []
    if f.actor:
        either = [_daily_actor(role, f.actor, params) for role in ("source", "target")]
        where.append(f"({either[0]} OR {either[1]})")
    for role, value in (("source", f.source), ("target", f.target)):
        if value:
            where.append(_daily_actor(role, value, params))
    if f.dyad:
        one, two = f.dyad
        _split(one, f.dyad)
        _split(two, f.dyad)
        forward = _daily_actor("source", one, params) + " AND " + _daily_actor("target", two, params)
        backward = _daily_actor("source", two, params) + " AND " + _daily_actor("target", one, params)
        where.append(f"(({forward}) OR ({backward}))")
    _column_conditions(f, where, params, columns={**_DAILY_COLUMNS, "day": f"d.{time}"})
    if f.until:
        where.append(f"d.{time} != ''")             # undated cells come before every day
    if f.lang:
        where.append("d.lang = ?")
        params.append(f.lang)
    return where, params


def _daily_actor(role: str, value: str, params: list[Any]) -> str:
    code, _, sector = value.strip().partition("/")
    if not code:
        raise InputError(f"actor {value!r} is not an actor code; give one such as 'USA' or 'USA/GOV'")
    params.append(code)
    if sector:
        params.append(sector)
        return f"(d.{role}_code = ? AND d.{role}_sector = ?)"
    return f"d.{role}_code = ?"


def _split(value: str, dyad: tuple[str, str]) -> None:
    if not value.strip().partition("/")[0]:
        raise InputError(f"dyad {dyad[0]!r}, {dyad[1]!r} needs two actor codes, e.g. USA and PRK")


def actor_condition(role: str | None, value: str, params: list[Any], *, per_row: bool = False) -> str:
    # An IN over event_actors (indexed by code, role, event) lets SQLite start from the actor;
    # EXISTS looks the event's own actor rows up by the primary key (event, role, position).
    code, _, sector = value.strip().partition("/")
    if not code:
        raise InputError(f"actor {value!r} is not an actor code; give one such as 'USA' or 'USA/GOV'")
    if per_row:
        sql = "EXISTS (SELECT 1 FROM event_actors x WHERE x.event = e.id AND x.code = ?"
    else:
        sql = "e.id IN (SELECT x.event FROM event_actors x WHERE x.code = ?"
    params.append(code)
    if role:
        sql += " AND x.role = ?"
        params.append(role)
    if sector:
        sql += " AND x.sector = ?"
        params.append(sector)
    return sql + ")"


def dyad_condition(one: str, two: str, params: list[Any]) -> str:
    """Events from ``one`` to ``two`` or back: one join of the source and target rows per direction."""
    parts = []
    for a, b in ((one, two), (two, one)):
        sql = ("SELECT s.event FROM event_actors s JOIN event_actors t ON t.event = s.event AND t.role = 'target' "
               "AND t.code = ?")
        code_a, _, sector_a = a.strip().partition("/")
        code_b, _, sector_b = b.strip().partition("/")
        if not code_a or not code_b:
            raise InputError(f"dyad {one!r}, {two!r} needs two actor codes, e.g. USA and PRK")
        params.append(code_b)
        if sector_b:
            sql += " AND t.sector = ?"
            params.append(sector_b)
        sql += " WHERE s.code = ? AND s.role = 'source'"
        params.append(code_a)
        if sector_a:
            sql += " AND s.sector = ?"
            params.append(sector_a)
        parts.append(sql)
    return f"e.id IN ({' UNION '.join(parts)})"



# -- aggregates (chronist.aggregate.aggregate) -------------------------------------------------

# "USA/GOV" where the actor has a sector, "USA" where it has none.
ACTOR_KEY = "{t}.code || CASE WHEN coalesce({t}.sector, '') != '' THEN '/' || {t}.sector ELSE '' END"


def aggregate_sql(dims: Sequence[str], *, per: str | None, where: list[str], params: list[Any], actors: str,
                  stories: bool, order: str, limit: int | None, dialect: Dialect) -> tuple[str, list[str]]:
    """The grouping query of ``aggregate`` over the events (dimensions and period checked by the
    caller); adds to ``where`` and ``params``. Returns the SQL and the names of its key columns, in order."""
    inner, names = _event_rows(dims, per=per, where=where, actors=actors, stories=stories, dialect=dialect)
    group = [f"k_{name}" for name in names]
    sql = (f"SELECT {', '.join(group + ['count(*)', 'coalesce(sum(g), 0.0)', 'avg(g)'] + _quad_counts('count(*)'))}"
           + (", count(DISTINCT st) + count(*) FILTER (WHERE st IS NULL)" if stories else "")
           + f" FROM ({inner}) AS grouped"
           + (f" GROUP BY {', '.join(group)}" if group else ""))
    return _ordered(sql, group, per=per, order=order, limit=limit, params=params), names


def _event_rows(dims: Sequence[str], *, per: str | None, where: list[str], actors: str, stories: bool,
                dialect: Dialect) -> tuple[str, list[str]]:
    """One row per event and group it falls in (keys k_*, id ev, Goldstein g, quad q, story st)."""
    joins = [f"LEFT JOIN event_actors {d[0]}a ON {d[0]}a.event = e.id AND {d[0]}a.role = '{d}'"
             for d in dims if d in ("source", "target")]
    keys = _keys(dims, actor=lambda d: f"{d[0]}a.code" if actors == "code" else ACTOR_KEY.format(t=d[0] + "a"),
                 columns={"category": "e.plover", "quad": "e.quad", "country": "e.location_country"})
    if per is not None:
        keys.append(("period", dialect.period(per, "e.date_from")))
        where = [*where, "e.date_from IS NOT NULL"]
    cols = [f"{expr} AS k_{name}" for name, expr in keys]
    cols += ["e.id AS ev", "e.goldstein AS g", "e.quad AS q"] + (["e.story AS st"] if stories else [])
    # DISTINCT only where actor joins can repeat an event within a group (compound actors)
    distinct = "DISTINCT " if joins else ""
    inner = (f"SELECT {distinct}{', '.join(cols)} FROM events e {' '.join(joins)}"
             + (" WHERE " + " AND ".join(where) if where else ""))
    return inner, [name for name, _ in keys]


def _keys(dims: Sequence[str], *, actor: Any, columns: dict[str, str]) -> list[tuple[str, str]]:
    """(dimension, expression) of each dimension: ``actor(role)`` for source and target, else ``columns``."""
    return [(dim, actor(dim) if dim in ("source", "target") else columns[dim]) for dim in dims]


def _quad_counts(total: str, column: str = "q") -> list[str]:
    return [f"{total} FILTER (WHERE {column} = '{quad}')" for quad in QUADS]


def _ordered(sql: str, group: list[str], *, per: str | None, order: str, limit: int | None,
             params: list[Any], events: str = "count(*)") -> str:
    """``sql`` ordered by ``order`` ("events": most ``events`` first; else by period, then key) and limited."""
    # NULLS FIRST: SQLite's order of an empty key, asked of PostgreSQL too
    ordered = [f"{name} NULLS FIRST" for name in group]
    if order == "events":
        sql += f" ORDER BY {events} DESC" + (", " + ", ".join(ordered) if group else "")
    elif group:
        sql += " ORDER BY " + ", ".join(([ordered[-1]] if per else []) + (ordered[:-1] if per else ordered))
    if limit is not None:
        sql += " LIMIT ?"
        params.append(int(limit))
    return sql


# -- aggregates over the daily counts (chronist.store.daily) ---------------------------------

def daily_aggregate_sql(dims: Sequence[str], *, per: str | None, filters: Any, actors: str, stories: bool,
                        order: str, limit: int | None, dialect: Dialect, tables: Sequence[Any],
                        compound: bool = True) -> tuple[str, list[Any], list[str]]:
    """The grouping query of ``aggregate`` over the daily counts, with the same rows as
    :func:`aggregate_sql`: the cells of simple events, plus the events with a compound actor
    read one by one (``compound``: the store has some), less one for each further mention of a
    story within a group (``stories``: the store has stories of several mentions). The cells
    come from the smallest of ``tables`` (chronist.store.daily.Rollup) that answers. Returns
    the SQL, its parameters and the names of its key columns.

    Where only the first ``limit`` groups in key order are asked for and the table has an index
    in the order of those groups (chronist.store.daily.Rollup.groups), the cells of those groups
    alone are read, in the index's order: no other group can come before them, since every group
    of the events is a group of cells or of the compound part, which is read whole."""
    from chronist.store.daily import COMPOUND, QUAD_COLUMNS, actor_key
    rollup = choose_rollup(tables, dims, per=per, filters=filters, actors=actors)
    where, params = daily_conditions(filters, rollup.time)
    keys = _keys(dims, actor=lambda d: actor_key(d, actors, dialect),
                 columns={"category": "d.plover", "quad": "NULLIF(d.quad, '')", "country": "NULLIF(d.country, '')"})
    if per is not None:
        keys.append(("period", dialect.period(per, f"d.{rollup.time}")))
        where.append(f"d.{rollup.time} != ''")
    group = [f"k_{name}" for name, _ in keys]
    columns = ", ".join(f"{expr} AS k_{name}" for name, expr in keys) + (", " if keys else "")
    table = f" FROM {rollup.name} d" + (" WHERE " + " AND ".join(where) if where else "")
    if _first_groups(rollup, dims, per=per, actors=actors, order=order, limit=limit):
        # grouped by the index's own columns, so its order gives the groups one after another
        # (the time column is never NULL; the actors' NULLs come first, as the index has them)
        actor_keys = [expr for name, expr in keys if name != "period"]
        cells = (f"SELECT {columns}sum(d.events) AS n, sum(d.goldstein_sum) AS gs, sum(d.goldstein_n) AS gn, "
                 + ", ".join(f"sum(d.{c}) AS {c}" for c in QUAD_COLUMNS) + f", 0 AS dup{table}"
                 f" GROUP BY {', '.join([f'd.{rollup.time}', *actor_keys])}"
                 f" ORDER BY {', '.join([f'd.{rollup.time}', *(f'{k} NULLS FIRST' for k in actor_keys)])} LIMIT ?")
        params.append(int(limit))
    else:
        cells = (f"SELECT {columns}d.events AS n, d.goldstein_sum AS gs, d.goldstein_n AS gn, "
                 + ", ".join(f"d.{c} AS {c}" for c in QUAD_COLUMNS) + f", 0 AS dup{table}")
    event_where, event_params = filter_conditions(filters, dialect=dialect)
    by_key = f" GROUP BY {', '.join(group)}" if group else ""
    parts = [cells]
    if compound:
        rows, _ = _event_rows(dims, per=per, where=[*event_where, f"e.id IN ({COMPOUND})"], actors=actors,
                              stories=False, dialect=dialect)
        parts.append(f"SELECT {', '.join(group + ['count(*)', 'coalesce(sum(g), 0.0)', 'count(g)'])}, "
                     + ", ".join(_quad_counts("count(*)")) + f", 0 FROM ({rows}) AS c{by_key}")
        params += event_params
    if stories:
        # a story with m mentions in a group counts m - 1 times too often in the sums
        mentions, _ = _event_rows(dims, per=per, actors=actors, stories=True, dialect=dialect,
                                  where=[*event_where, "e.story IN (SELECT m.id FROM stories m WHERE m.mentions > 1)"])
        parts.append(f"SELECT {', '.join(group)}{', ' if group else ''}0, 0.0, 0, 0, 0, 0, 0, count(*) - 1 "
                     f"FROM ({mentions}) AS m GROUP BY {', '.join(group + ['st'])} HAVING count(*) > 1")
        params += event_params
    union = " UNION ALL ".join(f"SELECT * FROM ({part}) AS p{i}" for i, part in enumerate(parts))
    sql = (f"SELECT {', '.join(group)}{', ' if group else ''}sum(n), coalesce(sum(gs), 0.0), "
           "sum(gs) / CAST(nullif(sum(gn), 0) AS DOUBLE PRECISION), "
           + ", ".join(f"sum({c})" for c in QUAD_COLUMNS)
           + (", sum(n) - sum(dup)" if stories else "")
           + f" FROM ({union}) AS parts" + by_key)
    sql = _ordered(sql, group, per=per, order=order, limit=limit, params=params, events="sum(n)")
    return sql, params, [name for name, _ in keys]


def _first_groups(rollup: Any, dims: Sequence[str], *, per: str | None, actors: str, order: str,
                  limit: int | None) -> bool:
    """Whether the aggregate asks for its first ``limit`` groups in key order and ``rollup`` has an
    index in that order: period (the table's own), then source, then target, by ``actors``."""
    return (limit is not None and order == "key" and per == rollup.time and rollup.groups == actors
            and tuple(dims) in (("source",), ("source", "target")))


def choose_rollup(tables: Sequence[Any], dims: Sequence[str], *, per: str | None, filters: Any,
                  actors: str) -> Any:
    """Of ``tables`` (chronist.store.daily.Rollup) the one of fewest keys with a column for every
    dimension and filter, and days where the period or bounds within a month need them."""
    need: set[str] = set()
    for dim in dims:
        if dim in ("source", "target"):
            need |= {f"{dim}_code"} | ({f"{dim}_sector"} if actors == "sector" else set())
        else:
            need.add({"category": "plover", "quad": "quad", "country": "country"}[dim])
    named = [("source", filters.source), ("target", filters.target)]
    named += [(role, v) for v in (filters.actor, *(filters.dyad or ())) for role in ("source", "target")]
    for role, value in named:
        if value:
            need |= {f"{role}_code"} | ({f"{role}_sector"} if "/" in value.strip() else set())
    need |= {column for column, value in (("plover", filters.category), ("quad", filters.quad),
                                          ("country", filters.country), ("lang", filters.lang),
                                          ("modality", filters.modality)) if value}
    since, until = day_bounds(filters)
    whole_months = (per not in ("day", "week") and (since is None or since.endswith("-01"))
                    and (until is None or date_bounds(until[:7])[1].isoformat() == until))
    fitting = [t for t in tables if need <= set(t.keys) and (t.time == "day" or whole_months)]
    return min(fitting, key=lambda t: (len(t.keys), t.time == "day"))


# -- the web view (chronist.web.data) ---------------------------------------------------------

LAST_EVENT = "SELECT max(id) FROM events"
LAST_ARTICLE = "SELECT max(id), count(*) FROM articles"
LAST_DATE = "SELECT max(date_from) FROM events"
ACTOR_ROWS_CAPPED = "SELECT count(*) FROM (SELECT 1 FROM event_actors WHERE code = ? LIMIT ?) AS capped"
ARTICLE = "SELECT id, article_id, title, source, url, pub_date, lang, state, reason, text FROM articles WHERE id = ?"
ARTICLE_ACTOR_SPANS = ('SELECT e.event_id, x.role, x.start, x."end" FROM event_actors x JOIN events e ON e.id = x.event '
                       "WHERE e.article = ? AND x.start IS NOT NULL ORDER BY x.event, x.role, x.position")
ARTICLE_TRIGGERS = ("SELECT event_id, trigger_start, trigger_end FROM events WHERE article = ? "
                    "AND trigger_start IS NOT NULL")
EVENT_ARTICLE = "SELECT article FROM events WHERE event_id = ?"
STATES = "SELECT state, count(*) FROM articles GROUP BY state"
REASONS = "SELECT reason, count(*) FROM articles WHERE state = ? GROUP BY reason"
LATEST_NOT_CODED = ("SELECT id, article_id, state, reason, ingested_at FROM articles WHERE state != 'coded' "
                    "ORDER BY id DESC LIMIT ?")
MIGRATIONS = "SELECT version, name, applied_at FROM migrations ORDER BY version"
LANGUAGES = "SELECT DISTINCT lang FROM articles WHERE lang IS NOT NULL ORDER BY lang"
_TABLES = ("articles", "sentences", "events", "event_actors", "stories")


def count_of(table: str) -> str:
    if table not in _TABLES:
        raise ValueError(f"not a table of the store: {table!r}")
    return f"SELECT count(*) FROM {table}"


def events_capped(where: str) -> str:
    """How many events match ``where`` (a WHERE clause over ``events e``), counting up to a bound (?)."""
    return f"SELECT count(*) FROM (SELECT 1 FROM events e{where} LIMIT ?) AS capped"


def events_page(columns: str, where: str, *, by_date: bool, dialect: Dialect) -> str:
    """A page (LIMIT ? OFFSET ?) of ``event_view`` rows matching ``where``, newest first. ``by_date``:
    walk the date index newest first and stop at the page (many matches: SQLite takes the hint);
    else let the filters' own indexes find the rows and sort what they give."""
    index = dialect.indexed_by("events_date_from") if by_date else ""
    desc = dialect.desc()
    ids = f"SELECT e.id FROM events e{index}{where} ORDER BY e.date_from{desc}, e.id DESC LIMIT ? OFFSET ?"
    return (f"SELECT {columns} FROM event_view v WHERE v.rowid_ IN ({ids}) "
            f"ORDER BY v.date_from{desc}, v.rowid_ DESC")


def selected(where: str) -> str:
    """The WHERE clause limiting the export query to the events matching ``where``."""
    return f" WHERE e.id IN (SELECT e.id FROM events e{where})"


def article_events(columns: str) -> str:
    return f"SELECT {columns} FROM event_view v WHERE v.article_row = ? ORDER BY v.sentence_idx, v.rowid_"


def places(where: str, *, dialect: Dialect) -> str:
    """Events matching ``where`` grouped by their coordinates to a tenth of a degree, most first (LIMIT ?)."""
    where += (" AND " if where else " WHERE ") + "e.lat IS NOT NULL AND e.lon IS NOT NULL"
    return (f"SELECT {dialect.round1('e.lat')} AS la, {dialect.round1('e.lon')} AS lo, min(e.location), "
            f"min(e.location_country), count(*), avg(e.goldstein) FROM events e{where} GROUP BY la, lo "
            "ORDER BY count(*) DESC, la, lo LIMIT ?")


# -- stories (chronist.stories.assign) --------------------------------------------------------

# the day an article was reported: its publication day, else the day it was stored
_REPORT_DAY = "coalesce(a.pub_date, substr(a.ingested_at, 1, 10))"


def mentions(dialect: Dialect) -> str:
    """The rows chronist.stories.assign.mention_of reads: an event, its article's days, its actors,
    its sentence (add a WHERE over ``events e``)."""
    actors = dialect.concat_agg("x.role || ' ' || x.code || ' ' || coalesce(x.sector, '')", "|",
                                table="event_actors x", where="x.event = e.id")
    return ("SELECT e.id, e.article, e.sentence_idx, e.plover, e.modality, e.date, e.date_basis, e.location_country, "
            f"e.lat, e.lon, {_REPORT_DAY}, a.pub_date, {actors}, "
            "(SELECT s.text FROM sentences s WHERE s.article = e.article AND s.idx = e.sentence_idx) "
            "FROM events e JOIN articles a ON a.id = e.article")


# the columns chronist.stories.assign reads a story's state from, in its order
STORY_COLUMNS = ("id, skey, plover, dyad, date_lo, date_hi, country, lat, lon, root_event, first_report, "
                 "last_report, mentions")
STORIES_SAME_DAYS = f"SELECT {STORY_COLUMNS} FROM stories WHERE skey = ? AND date_lo = ? AND date_hi = ?"
STORIES_IN_WINDOW = (f"SELECT {STORY_COLUMNS} FROM stories WHERE skey = ? AND date_lo BETWEEN ? AND ? "
                     "AND date_hi >= ? AND span <= ?")
STORY_SENTENCES = ("SELECT s.text FROM events e JOIN sentences s ON s.article = e.article "
                   "AND s.idx = e.sentence_idx WHERE e.story = ?")
OPEN_STORY = "INSERT INTO stories (skey, plover, dyad, root_event) VALUES (?, ?, ?, ?) RETURNING id"
STORY_PLACE = "UPDATE stories SET date_lo = ?, date_hi = ?, span = ?, country = ?, lat = ?, lon = ? WHERE id = ?"
EVENT_STORY = "UPDATE events SET story = ? WHERE id = ?"
RECOUNT = ("UPDATE stories SET (mentions, articles, sources, first_report, last_report) = "
           "(SELECT count(*), count(DISTINCT e.article), count(DISTINCT coalesce(a.source, '#' || a.id)), "
           f"min({_REPORT_DAY}), max({_REPORT_DAY}) "
           "FROM events e JOIN articles a ON a.id = e.article WHERE e.story = stories.id) WHERE id = ?")
ARTICLES_WITHOUT_STORIES = "SELECT DISTINCT article FROM events WHERE story IS NULL ORDER BY article"
EVENTS_WITHOUT_STORY = "SELECT id FROM events WHERE article = ? AND story IS NULL"
UNLINK_STORIES = "UPDATE events SET story = NULL WHERE story IS NOT NULL"
FORGET_STORIES = "DELETE FROM stories"
INSERT_STORY = ("INSERT INTO stories (id, skey, plover, dyad, date_lo, date_hi, span, country, lat, lon, root_event) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
RECOUNT_ALL = ("UPDATE stories SET mentions = c.n, articles = c.na, sources = c.ns, first_report = c.f, "
               "last_report = c.l FROM (SELECT e.story AS sid, count(*) AS n, count(DISTINCT e.article) AS na, "
               "count(DISTINCT coalesce(a.source, '#' || a.id)) AS ns, "
               f"min({_REPORT_DAY}) AS f, max({_REPORT_DAY}) AS l "
               "FROM events e JOIN articles a ON a.id = e.article WHERE e.story IS NOT NULL GROUP BY e.story) AS c "
               "WHERE c.sid = stories.id")
