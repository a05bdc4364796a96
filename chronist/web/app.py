"""The web application: Starlette routes over a store opened read-only.

Pages (server-rendered Jinja2 templates, autoescaped; charts as inline SVG): ``/events``,
``/timeline``, ``/network``, ``/map``, ``/article/{row}``, ``/status``. The JSON API under
``/api/`` returns the same rows. Downloads of the events selection: ``/download.{fmt}``
(``csv``, ``jsonl``, ``plover``, ``polecat``, ``gdelt``) through chronist.io.export.

Everything the browser loads comes from this server (CSS, a small script, the world map);
the Content-Security-Policy header allows nothing else.
"""
from __future__ import annotations

import datetime as dt
import json
import logging
import queue
import threading
from collections.abc import Iterator
from dataclasses import asdict
from pathlib import Path
from typing import Any
from urllib.parse import urlencode, urlsplit

from jinja2 import Environment, FileSystemLoader, select_autoescape
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, RedirectResponse, Response, StreamingResponse
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from chronist.aggregate import DIMENSIONS, PERIODS, Filters, aggregate, open_readonly, parse_by
from chronist.coding.ontology import QUADS
from chronist.errors import ChronistError, InputError
from chronist.store.sql import EVENT_ARTICLE
from chronist.store.pg import display, is_url
from chronist.web import charts, data, world

log = logging.getLogger(__name__)

HERE = Path(__file__).resolve().parent
DOWNLOADS = {"csv": "text/csv", "jsonl": "application/x-ndjson", "plover": "application/x-ndjson",
             "polecat": "text/tab-separated-values", "gdelt": "text/tab-separated-values"}
CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; "
       "form-action 'self'; base-uri 'none'; frame-ancestors 'none'")
FILTER_FIELDS = ("actor", "source", "target", "dyad", "category", "quad", "since", "until", "modality", "lang",
                 "country", "q")


class Connections:
    """One read-only connection per thread (sqlite3 connections stay in their thread; a
    PostgreSQL connection serves one query at a time). ``path`` is a SQLite path or a URL."""

    def __init__(self, path: Path | str) -> None:
        self.path = path
        self._local = threading.local()
        open_readonly(path).close()               # fail now, with a clear message, not at the first request

    @property
    def name(self) -> str:
        """What the pages call the store: the file's name, or the database of the URL."""
        if is_url(self.path):
            return urlsplit(str(self.path)).path.lstrip("/") or display(str(self.path))
        return Path(self.path).name

    def get(self) -> Any:
        conn = getattr(self._local, "conn", None)
        if conn is not None and getattr(conn, "closed", False):     # a server connection that broke
            conn = None
        if conn is None:
            conn = self._local.conn = open_readonly(self.path)
        return conn


def filters_from(params: Any) -> Filters:
    """Filters from query parameters (empty ones ignored); ``dyad`` is ``A,B``, ``q`` the text search."""
    def get(name: str) -> str | None:
        value = (params.get(name) or "").strip()
        return value or None
    dyad = get("dyad")
    pair = None
    if dyad:
        parts = [p.strip() for p in dyad.replace("-", ",").split(",") if p.strip()]
        if len(parts) != 2:
            raise InputError(f"dyad={dyad!r} needs two actors, e.g. USA,PRK")
        pair = (parts[0].upper(), parts[1].upper())
    quad = get("quad")
    if quad and quad not in QUADS:
        raise InputError(f"quad={quad!r} is not a quad class; use one of {', '.join(QUADS)}")
    upper = {name: (get(name) or "").upper() or None for name in ("actor", "source", "target", "category")}
    return Filters(actor=upper["actor"], source=upper["source"], target=upper["target"], dyad=pair,
                   category=upper["category"], quad=quad, since=get("since"), until=get("until"),
                   modality=get("modality"), lang=get("lang"), country=get("country"), text=get("q"))


def _int(params: Any, name: str, default: int, *, low: int = 1, high: int = 10**9) -> int:
    value = params.get(name)
    if value in (None, ""):
        return default
    try:
        number = int(value)
    except ValueError:
        raise InputError(f"{name}={value!r} is not a whole number") from None
    if not low <= number <= high:
        raise InputError(f"{name}={number} is out of range; give {low} to {high}")
    return number


def _choice(params: Any, name: str, options: tuple[str, ...], default: str) -> str:
    value = params.get(name) or default
    if value not in options:
        raise InputError(f"{name}={value!r}; use one of {', '.join(options)}")
    return value


def _query(params: Any, **changes: Any) -> str:
    """The query string of ``params`` with ``changes`` (None removes a key), empty values dropped."""
    merged = {k: v for k, v in params.items() if v not in (None, "")}
    for key, value in changes.items():
        if value is None:
            merged.pop(key, None)
        else:
            merged[key] = value
    return urlencode(merged)


def create_app(db: str | Path) -> Starlette:
    """The web view over the store at ``db`` (opened read-only; InputError/StoreError when unusable)."""
    conns = Connections(str(db).strip() if is_url(db) else Path(db).expanduser())
    env = Environment(loader=FileSystemLoader(HERE / "templates"),
                      autoescape=select_autoescape(default=True, default_for_string=True))
    env.globals.update(QUADS=QUADS, QUAD_COLOURS=charts.QUAD_COLOURS, goldstein_colour=charts.goldstein_colour,
                       db_name=conns.name, query=_query, DOWNLOADS=tuple(DOWNLOADS))

    def render(request: Request, name: str, status_code: int = 200, **context: Any) -> HTMLResponse:
        context.setdefault("params", request.query_params)
        context["path"] = request.url.path
        return HTMLResponse(env.get_template(name).render(**context), status_code=status_code)

    def page(handler):
        async def endpoint(request: Request) -> Response:
            from starlette.concurrency import run_in_threadpool
            try:
                return await run_in_threadpool(handler, request, conns.get())
            except ChronistError as exc:
                if request.url.path.startswith("/api/"):
                    return JSONResponse({"error": str(exc)}, status_code=400)
                return render(request, "error.html", status_code=400, message=str(exc))
        return endpoint

    def events(request: Request, conn: Any) -> Response:
        params = request.query_params
        filters = filters_from(params)
        result = data.events_page(conn, filters, page=_int(params, "page", 1))
        return render(request, "events.html", result=result, choices=data.choices(conn), filters=filters)

    def api_events(request: Request, conn: Any) -> Response:
        params = request.query_params
        result = data.events_page(conn, filters_from(params), page=_int(params, "page", 1),
                                  size=_int(params, "size", data.PAGE_SIZE, high=1000))
        return JSONResponse({"page": result.page, "total": result.total, "more": result.more,
                             "events": [r.record() for r in result.rows]})

    def timeline(request: Request, conn: Any) -> Response:
        params = request.query_params
        one, two = (params.get("a") or "").strip().upper(), (params.get("b") or "").strip().upper()
        per = _choice(params, "per", ("day", "week", "month"), "week")
        context: dict[str, Any] = {"a": one, "b": two, "per": per, "chart": None, "bucket": None, "listing": None}
        if one and two:
            filters = filters_from(params)
            buckets = data.fill_periods(data.timeline(conn, one, two, per=per, filters=filters), per)
            context["truncated"] = len(buckets) > 400
            context["chart"] = charts.timeline_chart(buckets[-400:])
            bucket = params.get("bucket")
            if bucket:
                since, until = data.period_bounds(bucket, per)
                chosen = Filters(**{**_fields(filters), "dyad": (one, two), "since": since, "until": until})
                context["bucket"] = bucket
                context["listing"] = data.events_page(conn, chosen, page=_int(params, "page", 1))
        else:
            context["pairs"] = aggregate(conn, by=("source", "target"), actors="code", order="events", limit=12)
        return render(request, "timeline.html", **context)

    def api_timeline(request: Request, conn: Any) -> Response:
        params = request.query_params
        per = _choice(params, "per", ("day", "week", "month"), "week")
        buckets = data.timeline(conn, (params.get("a") or "").upper(), (params.get("b") or "").upper(), per=per,
                                filters=filters_from(params))
        return JSONResponse({"per": per, "buckets": [asdict(b) for b in buckets]})

    def network(request: Request, conn: Any) -> Response:
        params = request.query_params
        filters = data.default_period(conn, filters_from(params))
        level = _choice(params, "actors", ("code", "sector"), "code")
        nodes, edges = data.network(conn, filters, top=_int(params, "top", 30, high=200), actors=level)
        return render(request, "network.html", nodes=nodes, edges=charts.edge_shapes(nodes, edges),
                      radius=lambda n: charts.node_radius(n, nodes), filters=filters, level=level)

    def api_network(request: Request, conn: Any) -> Response:
        params = request.query_params
        filters = data.default_period(conn, filters_from(params))
        nodes, edges = data.network(conn, filters, top=_int(params, "top", 30, high=200),
                                    actors=_choice(params, "actors", ("code", "sector"), "code"))
        return JSONResponse({"since": str(filters.since), "until": str(filters.until),
                             "nodes": [asdict(n) for n in nodes], "edges": [asdict(e) for e in edges]})

    def map_page(request: Request, conn: Any) -> Response:
        filters = data.default_period(conn, filters_from(request.query_params))
        found = data.places(conn, filters)
        return render(request, "map.html", markers=charts.markers(found), filters=filters,
                      has_atlas=world.has_atlas(), install_hint=world.INSTALL_HINT,
                      width=world.WIDTH, height=world.HEIGHT)

    def api_map(request: Request, conn: Any) -> Response:
        filters = data.default_period(conn, filters_from(request.query_params))
        return JSONResponse({"since": str(filters.since), "until": str(filters.until),
                             "places": [asdict(p) for p in data.places(conn, filters)]})

    def world_svg(request: Request) -> Response:
        return Response(world.world_svg(), media_type="image/svg+xml",
                        headers={"Cache-Control": "public, max-age=86400"})

    def article(request: Request, conn: Any) -> Response:
        try:
            row = int(request.path_params["row"])
        except ValueError:
            raise InputError(f"article {request.path_params['row']!r} is not an article number") from None
        found = data.article(conn, row)
        if found is None:
            return render(request, "error.html", status_code=404, message=f"no article number {row} in the store")
        return render(request, "article.html", art=found, selected=request.query_params.get("event"),
                      spans_json=lambda event_id: json.dumps(found["spans"].get(event_id, {})))

    def api_article(request: Request, conn: Any) -> Response:
        found = data.article(conn, int(request.path_params["row"]))
        if found is None:
            return JSONResponse({"error": "no such article"}, status_code=404)
        found = {**found, "events": [e.record() for e in found["events"]],
                 "segments": [asdict(s) for s in found["segments"]]}
        return JSONResponse(found)

    def event(request: Request, conn: Any) -> Response:
        event_id = request.path_params["event_id"]
        row = conn.execute(EVENT_ARTICLE, (event_id,)).fetchone()
        if row is None:
            return render(request, "error.html", status_code=404, message=f"no event {event_id} in the store")
        return RedirectResponse(f"/article/{row[0]}?{urlencode({'event': event_id})}#ev-{event_id}", 303)

    def status(request: Request, conn: Any) -> Response:
        return render(request, "status.html", status=data.status(conn))

    def api_status(request: Request, conn: Any) -> Response:
        return JSONResponse(data.status(conn))

    def api_aggregate(request: Request, conn: Any) -> Response:
        params = request.query_params
        per = params.get("per") or None
        if per is not None and per not in PERIODS:
            raise InputError(f"per={per!r}; use one of {', '.join(PERIODS)}")
        by = parse_by(params.get("by") or "")
        filters = filters_from(params)
        level = _choice(params, "actors", ("sector", "code"), "sector")
        limit = _int(params, "limit", 1000, high=100_000)
        rows = data.cached(conn, ("aggregate", by, per, filters, level, limit),
                           lambda: [r.record() for r in aggregate(conn, by=by, per=per, filters=filters,
                                                                  actors=level, limit=limit)])
        return JSONResponse({"by": list(by), "per": per, "rows": rows, "dimensions": list(DIMENSIONS)})

    def download(request: Request, conn: Any) -> Response:
        fmt = request.path_params["fmt"]
        if fmt not in DOWNLOADS:
            raise InputError(f"unknown download format {fmt!r}; use one of {', '.join(DOWNLOADS)}")
        sql, params = data.selection_sql(filters_from(request.query_params), conn)
        suffix = {"plover": "plover.jsonl", "polecat": "polecat.tsv", "gdelt": "gdelt.tsv"}.get(fmt, fmt)
        name = f"chronist-events-{dt.date.today().isoformat()}.{suffix}"
        return StreamingResponse(_stream_export(conns.path, sql, params, fmt), media_type=DOWNLOADS[fmt],
                                 headers={"Content-Disposition": f'attachment; filename="{name}"'})

    async def home(request: Request) -> Response:
        return RedirectResponse("/events", 307)

    routes = [
        Route("/", home),
        Route("/events", page(events)),
        Route("/timeline", page(timeline)),
        Route("/network", page(network)),
        Route("/map", page(map_page)),
        Route("/map/world.svg", world_svg),
        Route("/article/{row}", page(article)),
        Route("/event/{event_id}", page(event)),
        Route("/status", page(status)),
        Route("/download.{fmt}", page(download)),
        Route("/api/events", page(api_events)),
        Route("/api/aggregate", page(api_aggregate)),
        Route("/api/timeline", page(api_timeline)),
        Route("/api/network", page(api_network)),
        Route("/api/map", page(api_map)),
        Route("/api/article/{row:int}", page(api_article)),
        Route("/api/status", page(api_status)),
        Mount("/static", StaticFiles(directory=HERE / "static"), name="static"),
    ]
    app = Starlette(routes=routes)
    return SecurityHeaders(app)


def _fields(filters: Filters) -> dict[str, Any]:
    return {name: getattr(filters, name) for name in Filters.__slots__}


class SecurityHeaders:
    """ASGI middleware: Content-Security-Policy and friends on every response; only GET and HEAD."""

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: dict, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        if scope["method"] not in ("GET", "HEAD"):
            response = Response("read-only: only GET and HEAD", status_code=405, headers={"Allow": "GET, HEAD"})
            await self._secured(response)(scope, receive, send)
            return

        async def send_secured(message: dict) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                headers += [(k.encode(), v.encode()) for k, v in _HEADERS.items()]
                message = {**message, "headers": headers}
            await send(message)
        await self.app(scope, receive, send_secured)

    @staticmethod
    def _secured(response: Response) -> Response:
        response.headers.update(_HEADERS)
        return response


_HEADERS = {"Content-Security-Policy": CSP, "X-Content-Type-Options": "nosniff", "Referrer-Policy": "no-referrer",
            "X-Frame-Options": "DENY", "Cross-Origin-Opener-Policy": "same-origin"}


class _QueueWriter:
    """A text stream whose writes go to a queue, in chunks, until the reader goes away."""

    def __init__(self, chunks: queue.Queue, stop: threading.Event) -> None:
        self.chunks, self.stop, self.buffer = chunks, stop, []

    def write(self, text: str) -> int:
        if self.stop.is_set():
            raise BrokenPipeError("download cancelled")
        self.buffer.append(text)
        if len(self.buffer) >= 200:
            self.flush()
        return len(text)

    def flush(self) -> None:
        if self.buffer:
            self.chunks.put("".join(self.buffer))
            self.buffer = []


def _stream_export(path: Path | str, sql: str, params: list[Any], fmt: str) -> Iterator[bytes]:
    """Run chronist.io.export in a thread of its own over its own read-only connection; yield its text."""
    from chronist.io.export import export
    from chronist.store.queries import EventQuery, iter_records
    chunks: queue.Queue = queue.Queue(maxsize=16)
    stop = threading.Event()
    done = object()

    def work() -> None:
        conn = open_readonly(path)
        out = _QueueWriter(chunks, stop)
        try:
            export(iter_records(conn, EventQuery(sql, params)), fmt=fmt, out=out, header=fmt == "gdelt")
            out.flush()
        except BrokenPipeError:
            pass
        except Exception as exc:              # the response has started: say it in the body, then stop
            log.exception("download failed")
            chunks.put(f"\n# chronist: download failed: {exc}\n")
        finally:
            conn.close()
            chunks.put(done)

    threading.Thread(target=work, name="chronist-download", daemon=True).start()
    try:
        while (chunk := chunks.get()) is not done:
            yield chunk.encode("utf-8")
    finally:
        stop.set()
        while True:                            # let the writer see the stop and finish
            try:
                if chunks.get_nowait() is done:
                    break
            except queue.Empty:
                break
