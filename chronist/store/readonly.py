"""Read-only connections to a store, with two views for any SQL client (SQLite or PostgreSQL).

``event_view`` has one row per event with its actors, article and sentence; ``dyad_view`` one
row per source-target pair of an event. They are TEMP views, made when a connection is opened
here, because the store's migrations belong to the store (see :func:`views_sql` to make them
permanent in a database of your own).
"""
from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any
from urllib.parse import quote

from chronist.errors import InputError, StoreError
from chronist.store import pg
from chronist.store.dialect import POSTGRES, SQLITE, Dialect, dialect_of

_ACTOR_KEY = "x.code || CASE WHEN coalesce(x.sector, '') != '' THEN '/' || x.sector ELSE '' END"


def views_sql(dialect: Dialect = SQLITE) -> str:
    """The statements making ``event_view`` and ``dyad_view`` (separated by ``;\\n``)."""
    create = "CREATE TEMP VIEW IF NOT EXISTS" if dialect is SQLITE else "CREATE OR REPLACE TEMP VIEW"

    def actors(role: str, expr: str) -> str:
        return dialect.concat_agg(expr, "+", table="event_actors x", where=f"x.event = e.id AND x.role = '{role}'",
                                  order="x.position")

    return f"""
{create} event_view AS
SELECT e.id AS rowid_, e.event_id, a.id AS article_row, a.article_id, a.title, a.source AS publisher,
       a.url, a.pub_date, a.lang, e.sentence_idx, s.text AS sentence,
       {actors("source", _ACTOR_KEY)} AS source,
       {actors("source", "coalesce(x.name, x.text)")} AS source_name,
       {actors("target", _ACTOR_KEY)} AS target,
       {actors("target", "coalesce(x.name, x.text)")} AS target_name,
       e.plover AS category, e.mode, e.cameo, e.quad, e.goldstein, e.modality, e.event_text,
       e.date, e.date_from, e.location, e.location_country AS country, e.lat, e.lon, e.confidence
FROM events e JOIN articles a ON a.id = e.article
LEFT JOIN sentences s ON s.article = e.article AND s.idx = e.sentence_idx;

{create} dyad_view AS
SELECT e.id AS rowid_, e.event_id, e.article AS article_row,
       s.code AS source_code, s.sector AS source_sector, coalesce(s.name, s.text) AS source_name,
       t.code AS target_code, t.sector AS target_sector, coalesce(t.name, t.text) AS target_name,
       e.plover AS category, e.quad, e.goldstein, e.modality, e.date, e.date_from,
       e.location_country AS country
FROM events e
LEFT JOIN event_actors s ON s.event = e.id AND s.role = 'source'
LEFT JOIN event_actors t ON t.event = e.id AND t.role = 'target';
"""


_NEEDED = {"events", "articles", "event_actors", "sentences"}


def open_readonly(target: str | Path) -> Any:
    """Open the store at ``target`` (a SQLite path or a ``postgresql://`` URL) read-only, with the views.

    SQLite: URI ``mode=ro`` and ``query_only``; PostgreSQL: read-only transactions. Raises
    :class:`InputError` when there is no such file and :class:`StoreError` when the store cannot
    be read or is not a Chronist store.
    """
    if pg.is_url(target):
        return _open_postgres(str(target).strip())
    path = Path(target).expanduser()
    if not path.is_file():
        raise InputError(f"{path}: no such database; create it with `chronist ingest FILE --db {path}`")
    uri = "file:" + quote(str(path.resolve())) + "?mode=ro"
    try:
        conn = sqlite3.connect(uri, uri=True, check_same_thread=False, isolation_level=None)
        tables = SQLITE.tables(conn)
    except sqlite3.Error as exc:
        raise StoreError(f"store {path}: {exc}; check that it is a Chronist store you may read") from exc
    if not _NEEDED <= tables:
        conn.close()
        raise StoreError(f"{path} is not a Chronist store (no events table); choose another --db path")
    try:
        create_views(conn)
        conn.execute("PRAGMA query_only = ON")          # TEMP views first: query_only forbids them too
    except sqlite3.Error as exc:
        conn.close()
        raise StoreError(f"store {path}: {exc}; check that it is a Chronist store you may read") from exc
    return conn


def _open_postgres(url: str) -> pg.PgConnection:
    import psycopg
    conn = pg.connect(url)
    try:
        tables = POSTGRES.tables(conn)
        if not _NEEDED <= tables:
            raise StoreError(f"{pg.display(url)} is not a Chronist store (no events table); run `chronist ingest "
                             f"FILE --db URL` to make one, or choose another --db URL")
        create_views(conn)
        conn.execute("SET default_transaction_read_only = on")   # TEMP views first: read-only forbids them too
    except psycopg.Error as exc:
        conn.close()
        raise StoreError(pg.explain(url, exc)) from None
    except BaseException:
        conn.close()
        raise
    return conn


def create_views(conn: Any) -> None:
    """Make ``event_view`` and ``dyad_view`` on ``conn`` (TEMP: they live as long as the connection)."""
    for statement in views_sql(dialect_of(conn)).split(";\n"):
        if statement.strip():
            conn.execute(statement)


def has_stories(conn: Any) -> bool:
    """Whether the store clusters events into stories (an ``events.story`` column)."""
    return dialect_of(conn).has_column(conn, "events", "story")


__all__ = ["create_views", "has_stories", "open_readonly", "views_sql"]
