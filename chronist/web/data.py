"""What each page of the web view shows, read from a read-only store connection.

Every function takes a connection from :func:`chronist.store.readonly.open_readonly` (a SQLite
file or a PostgreSQL database) and returns plain rows (dicts and dataclasses); the templates and
the JSON API render the same rows. No value from a request reaches SQL except as a bound
parameter; dimension names and periods are checked against fixed lists first. What the two
databases spell differently comes from the connection's dialect (chronist.store.dialect).
"""
from __future__ import annotations

import datetime as dt
import math
import os
import threading
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import asdict, dataclass, replace
from typing import Any

from chronist.aggregate import Filters, actor_codes, aggregate, has_stories, period_sql
from chronist.coding.ontology import PLOVER_CATEGORIES, QUADS
from chronist.errors import InputError
from chronist.model import MODALITIES
from chronist.store import sql
from chronist.store.dialect import dialect_of
from chronist.store.queries import date_bounds, reason_group
from chronist.store.search import has_trigrams

PAGE_SIZE = 50
COUNT_CAP = 1_000           # the events page counts matches up to this, then says "more than"
DENSE = 500                 # more matches than this: read them in date order (see events_page)
DEFAULT_DAYS = 30           # network and map show the last month of data unless told otherwise


# -- a small cache, valid while the store does not change ------------------------------------

_cache: OrderedDict[tuple, Any] = OrderedDict()
_cache_lock = threading.Lock()
# CHRONIST_WEB_CACHE=0 turns the cache off (benchmarks/web.py measures both ways)
CACHE_SIZE = int(os.environ.get("CHRONIST_WEB_CACHE", "256") or 0)


def _version(conn: Any) -> tuple:
    """Changes whenever an article or event is added (or an article re-coded)."""
    return (conn.execute(sql.LAST_EVENT).fetchone()[0], conn.execute(sql.LAST_ARTICLE).fetchone())


def cached(conn: Any, key: tuple, compute: Callable[[], Any]) -> Any:
    if CACHE_SIZE <= 0:
        return compute()
    full = (key, _version(conn))
    with _cache_lock:
        if full in _cache:
            _cache.move_to_end(full)
            return _cache[full]
    value = compute()
    with _cache_lock:
        _cache[full] = value
        while len(_cache) > CACHE_SIZE:
            _cache.popitem(last=False)
    return value


# -- events ----------------------------------------------------------------------------------


@dataclass(slots=True)
class EventRow:
    event_id: str
    article_row: int
    article_id: str
    title: str | None
    lang: str | None
    pub_date: str | None
    sentence_idx: int
    sentence: str | None
    source: str | None
    source_name: str | None
    target: str | None
    target_name: str | None
    category: str
    mode: str | None
    cameo: str | None
    quad: str | None
    goldstein: float | None
    modality: str | None
    event_text: str | None
    date: str | None
    location: str | None
    country: str | None
    lat: float | None
    lon: float | None

    def record(self) -> dict[str, Any]:
        return asdict(self)


_ROW_COLUMNS = ", ".join(f"v.{name}" for name in EventRow.__slots__)


@dataclass(slots=True)
class EventsPage:
    rows: list[EventRow]
    page: int
    total: int
    more: bool            # total is COUNT_CAP and there are more

    @property
    def first(self) -> int:
        return (self.page - 1) * PAGE_SIZE + 1 if self.rows else 0

    @property
    def last(self) -> int:
        return self.first + len(self.rows) - 1 if self.rows else 0

    @property
    def has_next(self) -> bool:
        return self.more or self.page * PAGE_SIZE < self.total


def _where_sql(conn: Any | None, filters: Filters, *, per_row: bool = False) -> tuple[str, list[Any]]:
    if conn is None:
        where, params = filters.where(per_row=per_row)
    else:
        where, params = filters.where(per_row=per_row, dialect=dialect_of(conn), trigrams=has_trigrams(conn))
    return (" WHERE " + " AND ".join(where) if where else ""), params


FREQUENT = 20_000           # an actor with more event rows than this is looked up per event


def _frequent_actors(conn: Any, filters: Filters) -> bool:
    """Whether every actor the filters name has many events (an index range count, capped)."""
    codes = actor_codes(filters)
    if not codes:
        return False
    return all(conn.execute(sql.ACTOR_ROWS_CAPPED,
                            (code, FREQUENT + 1)).fetchone()[0] > FREQUENT for code in codes)


def events_page(conn: Any, filters: Filters, *, page: int = 1,
                size: int = PAGE_SIZE) -> EventsPage:
    """One page of events, newest first, with the number of all matches (up to COUNT_CAP)."""
    if page < 1:
        raise InputError(f"page={page} is not a page; pages count from 1")
    frequent = _frequent_actors(conn, filters)
    dialect = dialect_of(conn)
    where, params = _where_sql(conn, filters, per_row=frequent)
    total = conn.execute(sql.events_capped(where), [*params, COUNT_CAP + 1]).fetchone()[0]
    # Many matches: walk the date index newest first and stop at the page. Few: let SQLite start
    # from the filters' own indexes and sort what they give. (PostgreSQL's planner chooses alone.)
    statement = sql.events_page(_ROW_COLUMNS, where, by_date=total > DENSE or frequent, dialect=dialect)
    rows = [EventRow(*row) for row in conn.execute(statement, [*params, size, (page - 1) * size])]
    return EventsPage(rows=rows, page=page, total=min(total, COUNT_CAP), more=total > COUNT_CAP)


def selection_sql(filters: Filters, conn: Any | None = None) -> tuple[str, list[Any]]:
    """The export query of chronist.store.queries (records with their article) over the selection.

    With ``conn``, frequent actors within a date range are checked per event (see events_page)."""
    from chronist.store.queries import build_query
    base = build_query(with_article=True).sql
    select, sep, order = base.partition(" ORDER BY ")
    if not sep or " WHERE " in select:
        raise RuntimeError("chronist.store.queries.build_query changed shape; update selection_sql")
    per_row = conn is not None and bool(filters.since or filters.until) and _frequent_actors(conn, filters)
    where, params = _where_sql(conn, filters, per_row=per_row)
    if where:
        select += sql.selected(where)
    return select + sep + order, params


# -- timeline --------------------------------------------------------------------------------


@dataclass(slots=True)
class Bucket:
    period: str
    events: int
    quads: dict[str, int]
    goldstein_mean: float | None
    goldstein_sum: float


def timeline(conn: Any, one: str, two: str, *, per: str = "week",
             filters: Filters | None = None) -> list[Bucket]:
    """Events between two actors (either direction) per period, with quad counts and Goldstein."""
    if not one or not two:
        raise InputError("a dyad needs two actors; give both, e.g. USA and PRK")
    filters = replace(filters or Filters(), dyad=(one, two))

    def compute() -> list[Bucket]:
        rows = aggregate(conn, per=per, filters=filters)
        return [Bucket(period=r.period or "", events=r.events, quads=r.quads, goldstein_mean=r.goldstein_mean,
                       goldstein_sum=r.goldstein_sum) for r in rows]
    return cached(conn, ("timeline", one, two, per, filters), compute)


def fill_periods(buckets: list[Bucket], per: str) -> list[Bucket]:
    """The buckets with empty ones for the periods between them (so the axis is time)."""
    if not buckets:
        return []
    have = {b.period: b for b in buckets}
    out: list[Bucket] = []
    period = buckets[0].period
    last = buckets[-1].period
    for _ in range(5000):
        out.append(have.get(period) or Bucket(period, 0, {q: 0 for q in QUADS}, None, 0.0))
        if period >= last:
            break
        period = next_period(period, per)
    return out


def next_period(period: str, per: str) -> str:
    if per in ("day", "week"):
        day = dt.date.fromisoformat(period) + dt.timedelta(days=1 if per == "day" else 7)
        return day.isoformat()
    if per == "month":
        year, month = int(period[:4]), int(period[5:7])
        return f"{year + month // 12:04d}-{month % 12 + 1:02d}"
    return f"{int(period) + 1:04d}"


def period_bounds(period: str, per: str) -> tuple[str, str]:
    """First and last day of a timeline bucket (a week bucket is named by its Monday)."""
    if per == "week":
        start = dt.date.fromisoformat(period)
        return start.isoformat(), (start + dt.timedelta(days=6)).isoformat()
    bounds = date_bounds(period)
    if bounds is None:
        raise InputError(f"bucket={period!r} is not a period; give a day, a month or a year")
    return bounds[0].isoformat(), bounds[1].isoformat()


# -- network ---------------------------------------------------------------------------------


@dataclass(slots=True)
class Edge:
    source: str
    target: str
    events: int
    goldstein_mean: float | None


@dataclass(slots=True)
class Node:
    actor: str
    events: int
    x: float = 0.0
    y: float = 0.0


def default_period(conn: Any, filters: Filters, *, days: int = DEFAULT_DAYS) -> Filters:
    """The filters, with the last ``days`` days of data when they name no period."""
    if filters.since or filters.until:
        return filters
    latest = conn.execute(sql.LAST_DATE).fetchone()[0]
    if not latest:
        return filters
    until = dt.date.fromisoformat(latest)
    return replace(filters, since=(until - dt.timedelta(days=days - 1)).isoformat(), until=until.isoformat())


def network(conn: Any, filters: Filters, *, top: int = 30,
            actors: str = "code") -> tuple[list[Node], list[Edge]]:
    """The actors with the most events as nodes, the directed dyads among them as edges."""
    def compute() -> tuple[list[Node], list[Edge]]:
        rows = aggregate(conn, by=("source", "target"), filters=filters, actors=actors, order="events")
        degree: dict[str, int] = {}
        for r in rows:
            for actor in (r.key["source"], r.key["target"]):
                if actor:
                    degree[actor] = degree.get(actor, 0) + r.events
        keep = {a for a, _ in sorted(degree.items(), key=lambda kv: (-kv[1], kv[0]))[:top]}
        edges = [Edge(r.key["source"], r.key["target"], r.events, r.goldstein_mean) for r in rows
                 if r.key["source"] in keep and r.key["target"] in keep and r.key["source"] != r.key["target"]]
        nodes = [Node(a, degree[a]) for a in sorted(keep)]
        layout(nodes, edges)
        return nodes, edges
    return cached(conn, ("network", filters, top, actors), compute)


def layout(nodes: list[Node], edges: list[Edge], *, width: float = 900, height: float = 600,
           rounds: int = 120) -> None:
    """Fruchterman-Reingold from a circle, deterministic; sets each node's x and y."""
    n = len(nodes)
    if n == 0:
        return
    index = {node.actor: i for i, node in enumerate(nodes)}
    pos = [[math.cos(2 * math.pi * i / n), math.sin(2 * math.pi * i / n)] for i in range(n)]
    k = math.sqrt(4.0 / n)
    weights: dict[tuple[int, int], float] = {}
    for e in edges:
        a, b = sorted((index[e.source], index[e.target]))
        weights[(a, b)] = weights.get((a, b), 0) + math.log1p(e.events)
    temperature = 0.2
    for _ in range(rounds if n > 1 else 0):
        disp = [[0.0, 0.0] for _ in range(n)]
        for i in range(n):
            for j in range(i + 1, n):
                dx, dy = pos[i][0] - pos[j][0], pos[i][1] - pos[j][1]
                d2 = max(dx * dx + dy * dy, 1e-6)
                f = k * k / d2
                disp[i][0] += dx * f
                disp[i][1] += dy * f
                disp[j][0] -= dx * f
                disp[j][1] -= dy * f
        for (a, b), w in weights.items():
            dx, dy = pos[a][0] - pos[b][0], pos[a][1] - pos[b][1]
            d = math.sqrt(dx * dx + dy * dy) or 1e-3
            f = d * w / k
            disp[a][0] -= dx / d * f
            disp[a][1] -= dy / d * f
            disp[b][0] += dx / d * f
            disp[b][1] += dy / d * f
        for i in range(n):
            dx, dy = disp[i]
            d = math.sqrt(dx * dx + dy * dy) or 1e-9
            step = min(d, temperature)
            pos[i][0] += dx / d * step
            pos[i][1] += dy / d * step
            pos[i][0] -= pos[i][0] * 0.01           # a little gravity keeps loose nodes in view
            pos[i][1] -= pos[i][1] * 0.01
        temperature = max(temperature * 0.97, 0.005)
    xs = [p[0] for p in pos]
    ys = [p[1] for p in pos]
    span_x = (max(xs) - min(xs)) or 1.0
    span_y = (max(ys) - min(ys)) or 1.0
    margin = 60.0
    for node, (x, y) in zip(nodes, pos):
        node.x = margin + (x - min(xs)) / span_x * (width - 2 * margin) if n > 1 else width / 2
        node.y = margin + (y - min(ys)) / span_y * (height - 2 * margin) if n > 1 else height / 2


# -- map -------------------------------------------------------------------------------------


@dataclass(slots=True)
class Place:
    lat: float
    lon: float
    name: str
    country: str | None
    events: int
    goldstein_mean: float | None


def places(conn: Any, filters: Filters, *, limit: int = 2000) -> list[Place]:
    """Events grouped by their coordinates (to a tenth of a degree), most events first."""
    dialect = dialect_of(conn)
    where, params = _where_sql(conn, filters)
    statement = sql.places(where, dialect=dialect)

    def compute() -> list[Place]:
        return [Place(*row) for row in conn.execute(statement, [*params, limit])]
    return cached(conn, ("places", filters, limit), compute)


# -- article ---------------------------------------------------------------------------------


@dataclass(slots=True)
class Segment:
    text: str
    start: int
    end: int
    roles: tuple[str, ...] = ()
    events: tuple[str, ...] = ()


def article(conn: Any, row: int) -> dict[str, Any] | None:
    """The article, its events (with their spans) and its text cut into highlighted segments."""
    found = conn.execute(sql.ARTICLE, (row,)).fetchone()
    if found is None:
        return None
    keys = ("row", "article_id", "title", "publisher", "url", "pub_date", "lang", "state", "reason", "text")
    info = dict(zip(keys, found))
    events = [EventRow(*r) for r in conn.execute(sql.article_events(_ROW_COLUMNS), (row,))]
    spans: dict[str, dict[str, list[list[int]]]] = {e.event_id: {"source": [], "target": [], "trigger": []}
                                                    for e in events}
    for event_id, role, start, end in conn.execute(sql.ARTICLE_ACTOR_SPANS, (row,)):
        spans[event_id][role].append([start, end])
    for event_id, start, end in conn.execute(sql.ARTICLE_TRIGGERS, (row,)):
        spans[event_id]["trigger"].append([start, end])
    info["events"] = events
    info["spans"] = spans
    info["segments"] = segments(info["text"], spans)
    return info


def segments(text: str, spans: dict[str, dict[str, list[list[int]]]]) -> list[Segment]:
    """``text`` cut at every span boundary; each piece knows the roles and events covering it."""
    marks = [(start, end, role, event_id) for event_id, by_role in spans.items()
             for role, pairs in by_role.items() for start, end in pairs
             if 0 <= start < end <= len(text)]
    cuts = sorted({0, len(text), *(m[0] for m in marks), *(m[1] for m in marks)})
    out = []
    for start, end in zip(cuts, cuts[1:]):
        covering = [m for m in marks if m[0] <= start and end <= m[1]]
        roles = tuple(sorted({m[2] for m in covering}))
        events = tuple(dict.fromkeys(m[3] for m in covering))
        out.append(Segment(text[start:end], start, end, roles, events))
    return out


# -- status ----------------------------------------------------------------------------------


def status(conn: Any, *, limit: int = 100) -> dict[str, Any]:
    """Articles by state with their reasons, and the latest skipped and failed ones."""
    def compute() -> dict[str, Any]:
        by_state = {"coded": 0, "skipped": 0, "failed": 0}
        by_state.update(dict(conn.execute(sql.STATES)))
        reasons: dict[str, list[tuple[str, int]]] = {}
        for state in ("skipped", "failed"):
            groups: dict[str, int] = {}
            for reason, n in conn.execute(sql.REASONS, (state,)):
                key = reason_group(reason or "(no reason given)")
                groups[key] = groups.get(key, 0) + n
            reasons[state] = sorted(groups.items(), key=lambda kv: (-kv[1], kv[0]))
        latest = [dict(zip(("row", "article_id", "state", "reason", "ingested_at"), r))
                  for r in conn.execute(sql.LATEST_NOT_CODED, (limit,))]
        events = conn.execute(sql.count_of("events")).fetchone()[0]
        sentences = conn.execute(sql.count_of("sentences")).fetchone()[0]
        stories = conn.execute(sql.count_of("stories")).fetchone()[0] if has_stories(conn) else None
        migrations = [tuple(r) for r in conn.execute(sql.MIGRATIONS)]
        return {"articles": by_state, "reasons": reasons, "latest": latest, "events": events,
                "sentences": sentences, "stories": stories, "migrations": migrations}
    return cached(conn, ("status", limit), compute)


def choices(conn: Any) -> dict[str, list[str]]:
    """Values for the filter menus: the PLOVER types, quad classes, modalities, and the languages
    of the store's articles."""
    def compute() -> dict[str, list[str]]:
        return {
            "category": sorted(PLOVER_CATEGORIES),
            "modality": list(MODALITIES),
            "lang": [r[0] for r in conn.execute(sql.LANGUAGES)],
            "quad": list(QUADS),
        }
    return cached(conn, ("choices",), compute)


__all__ = ["Bucket", "Edge", "EventRow", "EventsPage", "Node", "Place", "Segment", "article", "choices",
           "default_period", "events_page", "fill_periods", "network", "period_bounds", "period_sql", "places",
           "selection_sql", "status", "timeline"]
