"""The store's schema as an ordered list of migrations, and the code that applies them.

Each migration is a SQL script with a version number. Applied versions are
recorded in the ``migrations`` table, so opening a store twice applies nothing
new, and a store written by a newer Chronist (a version this code does not
know) is refused rather than silently misread.

Migrations only ever get appended: a released migration is never edited.
"""
from __future__ import annotations

import datetime as dt
import logging
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from chronist.errors import StoreError
from chronist.store.daily import fill_sql, groups_index_sql, table_sql
from chronist.store.dialect import POSTGRES, SQLITE, dialect_of

log = logging.getLogger(__name__)

ARTICLE_STATES = ("coded", "skipped", "failed")


@dataclass(slots=True, frozen=True)
class Migration:
    version: int
    name: str
    script: str


_INITIAL = """
CREATE TABLE articles (
    id          INTEGER PRIMARY KEY,
    article_id  TEXT NOT NULL,
    content_hash TEXT NOT NULL UNIQUE,
    title       TEXT,
    source      TEXT,
    url         TEXT,
    pub_date    TEXT,
    lang        TEXT,
    text        TEXT NOT NULL,
    state       TEXT NOT NULL CHECK (state IN ('coded', 'skipped', 'failed')),
    reason      TEXT,
    ingested_at TEXT NOT NULL
);
CREATE INDEX articles_article_id ON articles (article_id);
CREATE INDEX articles_state ON articles (state);

CREATE TABLE sentences (
    article INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    idx     INTEGER NOT NULL,
    text    TEXT NOT NULL,
    start   INTEGER,
    "end"   INTEGER,
    caption INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (article, idx)
);

CREATE TABLE events (
    id               INTEGER PRIMARY KEY,
    article          INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    sentence_idx     INTEGER NOT NULL,
    plover           TEXT NOT NULL COLLATE NOCASE,
    cameo            TEXT,
    quad             TEXT,
    goldstein        REAL,
    modality         TEXT,
    event_text       TEXT,
    trigger_start    INTEGER,
    trigger_end      INTEGER,
    date             TEXT,
    -- first day covered by ``date`` (YYYY-MM-DD), for range queries over
    -- dates of mixed precision (YYYY-MM-DD, YYYY-MM, YYYY-Www, YYYY)
    date_from        TEXT,
    date_basis       TEXT,
    location         TEXT,
    location_country TEXT,
    lat              REAL,
    lon              REAL,
    confidence       REAL,
    FOREIGN KEY (article, sentence_idx) REFERENCES sentences (article, idx)
        ON DELETE CASCADE
);
CREATE INDEX events_order ON events (article, sentence_idx, trigger_start);
CREATE INDEX events_plover ON events (plover);
CREATE INDEX events_date_from ON events (date_from);

CREATE TABLE event_actors (
    event    INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    role     TEXT NOT NULL CHECK (role IN ('source', 'target')),
    position INTEGER NOT NULL,
    code     TEXT NOT NULL COLLATE NOCASE,
    sector   TEXT COLLATE NOCASE,
    text     TEXT NOT NULL DEFAULT '',
    start    INTEGER,
    "end"    INTEGER,
    name     TEXT,
    PRIMARY KEY (event, role, position)
);
CREATE INDEX event_actors_code ON event_actors (code, role, event);
"""

# PLOVER 2.0: the manual's mode and contexts beside the type; the types of earlier drafts renamed
# (DEMAND is REQUEST, DISAPPROVE and INVESTIGATE are ACCUSE, whose modes they become).
_PLOVER_2 = """
ALTER TABLE events ADD COLUMN mode TEXT;
ALTER TABLE events ADD COLUMN context TEXT NOT NULL DEFAULT '';
UPDATE events SET mode = 'disapprove' WHERE plover = 'DISAPPROVE';
UPDATE events SET mode = 'investigate' WHERE plover = 'INVESTIGATE';
UPDATE events SET plover = 'ACCUSE' WHERE plover IN ('DISAPPROVE', 'INVESTIGATE');
UPDATE events SET plover = 'REQUEST' WHERE plover = 'DEMAND';
"""

# Stable event ids (chronist.model.Event.make_id): the article's content hash (16 hex digits),
# the sentence and the event's number within the sentence in text order. Rows stored before
# get theirs here, numbered the way Document.assign_event_ids numbers a new document.
_EVENT_IDS = """
ALTER TABLE events ADD COLUMN event_id TEXT;
UPDATE events SET event_id = numbered.event_id
FROM (SELECT e.id, substr(a.content_hash, 1, 16) || '-' || e.sentence_idx || '-' ||
             row_number() OVER (PARTITION BY e.article, e.sentence_idx
                                ORDER BY e.trigger_start, e.trigger_end, e.id) AS event_id
      FROM events e JOIN articles a ON a.id = e.article) AS numbered
WHERE numbered.id = events.id;
CREATE UNIQUE INDEX events_event_id ON events (event_id);
"""

# Stories (chronist.stories): events reporting the same real-world event are mentions of one
# story. ``skey`` is the clustering key (type, polarity, dyad); ``date_lo``/``date_hi`` the days
# every mention's date allows (NULL while only undated mentions are in), ``span`` their distance
# in days; the place is the first one a mention named. The counts are GDELT's: mentions, distinct
# articles, distinct sources (publications), first and last report (publication day, else the
# day the article was stored). ``root_event`` is the first mention, whose id names the story.
# Events stored before get their stories from `chronist recluster`.
_STORIES = """
CREATE TABLE stories (
    id           INTEGER PRIMARY KEY,
    skey         TEXT NOT NULL,
    plover       TEXT NOT NULL COLLATE NOCASE,
    dyad         TEXT NOT NULL,
    date_lo      TEXT,
    date_hi      TEXT,
    span         INTEGER,
    country      TEXT,
    lat          REAL,
    lon          REAL,
    root_event   INTEGER,
    mentions     INTEGER NOT NULL DEFAULT 0,
    articles     INTEGER NOT NULL DEFAULT 0,
    sources      INTEGER NOT NULL DEFAULT 0,
    first_report TEXT,
    last_report  TEXT
);
CREATE INDEX stories_key_date ON stories (skey, date_lo);
CREATE INDEX stories_first_report ON stories (first_report);
ALTER TABLE events ADD COLUMN story INTEGER REFERENCES stories (id) ON DELETE SET NULL;
CREATE INDEX events_story ON events (story);
"""

# Daily counts (chronist.store.daily): the events of each day by actors, type, quad, country,
# language and modality, filled here from the events stored before and kept by the write path.
_DAILY = table_sql() + fill_sql()

# The sentences' search index: every run of three characters of a sentence, case folded (FTS5's
# trigram tokenizer), so a search of three characters or more is a phrase query instead of a
# LIKE scan; a row's id is article * 2**20 + sentence (chronist.store.search). A trigger drops a
# deleted sentence; new ones are added by a trigger until migration 8, by the store after it.
# A Python whose SQLite lacks FTS5 or its trigram tokenizer records the migration without it.
_SEARCH = """
CREATE VIRTUAL TABLE sentence_trigrams USING fts5(text, content='', tokenize='trigram');
INSERT INTO sentence_trigrams (rowid, text) SELECT article * 1048576 + idx, text FROM sentences WHERE idx < 1048576;
CREATE TRIGGER sentences_search_add AFTER INSERT ON sentences WHEN new.idx < 1048576 BEGIN
    INSERT INTO sentence_trigrams (rowid, text) VALUES (new.article * 1048576 + new.idx, new.text);
END;
CREATE TRIGGER sentences_search_drop AFTER DELETE ON sentences WHEN old.idx < 1048576 BEGIN
    INSERT INTO sentence_trigrams (sentence_trigrams, rowid, text)
    VALUES ('delete', old.article * 1048576 + old.idx, old.text);
END;
"""

# From migration 8 the store indexes the sentences itself, all those of a transaction in one
# statement (chronist.store.db.SqliteStore._index_sentences): FTS5 writes a segment of the index
# for every statement that adds to it, which a trigger made one per article.
_SEARCH_BY_WRITE = "DROP TRIGGER IF EXISTS sentences_search_add;\n"


# The dyad tables in the order of an aggregate's groups by month, source and target
# (chronist.store.daily.groups_index_sql): a page of those groups reads its first cells, unsorted.
_GROUPS = groups_index_sql()


def _has_trigrams() -> bool:
    try:
        sqlite3.connect(":memory:").execute("CREATE VIRTUAL TABLE t USING fts5(x, content='', tokenize='trigram')")
    except sqlite3.Error:
        return False
    return True


MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "initial schema", _INITIAL),
    Migration(2, "PLOVER 2.0 types, modes and contexts", _PLOVER_2),
    Migration(3, "stable event ids", _EVENT_IDS),
    Migration(4, "stories: mentions of one real-world event", _STORIES),
    Migration(5, "daily counts", _DAILY),
    Migration(6, "sentence search index", _SEARCH if _has_trigrams() else "-- no FTS5 trigram tokenizer here\n"),
    Migration(7, "dyad counts in the order of their groups", _GROUPS),
    Migration(8, "sentences indexed a transaction at a time", _SEARCH_BY_WRITE),
)

# The same schema in PostgreSQL's types: ids are identity columns (SQLite's INTEGER PRIMARY KEY),
# REAL is double precision, and the columns SQLite compares with COLLATE NOCASE take a
# case-insensitive ICU collation. Migrations 2 and 3 are the same text in both. Versions and names
# are those of MIGRATIONS, in the same migrations table.
_NOCASE_PG = "CREATE COLLATION IF NOT EXISTS chronist_nocase (provider = icu, locale = 'und-u-ks-level2', " \
             "deterministic = false);\n"


def _to_postgres(script: str) -> str:
    out = (script.replace("INTEGER PRIMARY KEY,", "BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,")
           .replace(" REAL", " DOUBLE PRECISION")
           .replace("COLLATE NOCASE", "COLLATE chronist_nocase")
           .replace("article INTEGER NOT NULL REFERENCES", "article BIGINT NOT NULL REFERENCES")
           .replace("article          INTEGER", "article          BIGINT")
           .replace("event    INTEGER", "event    BIGINT")
           .replace("root_event   INTEGER", "root_event   BIGINT")
           .replace("story INTEGER", "story BIGINT"))
    return out


# PostgreSQL searches with ILIKE, which pg_trgm's GIN index answers; where the extension cannot be
# made (not installed, or not allowed) the migration leaves the index out and ILIKE scans.
_PG_SEARCH = """
DO 'BEGIN
    CREATE EXTENSION IF NOT EXISTS pg_trgm;
    CREATE INDEX sentences_text_trigrams ON sentences USING gin (text gin_trgm_ops);
EXCEPTION WHEN OTHERS THEN
    RAISE NOTICE ''no pg_trgm: the sentence search scans (%)'', SQLERRM;
END';
"""

PG_MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "initial schema", _NOCASE_PG + _to_postgres(_INITIAL)),
    Migration(2, "PLOVER 2.0 types, modes and contexts", _PLOVER_2),
    Migration(3, "stable event ids", _EVENT_IDS),
    Migration(4, "stories: mentions of one real-world event", _to_postgres(_STORIES)),
    Migration(5, "daily counts", _to_postgres(_DAILY)),
    Migration(6, "sentence search index", _PG_SEARCH),
    Migration(7, "dyad counts in the order of their groups", groups_index_sql(POSTGRES)),
    Migration(8, "sentences indexed a transaction at a time", "-- pg_trgm's index needs no help\n"),
)

_MIGRATIONS_TABLE = """
CREATE TABLE IF NOT EXISTS migrations (
    version    INTEGER PRIMARY KEY,
    name       TEXT,
    applied_at TEXT
)
"""


def split_statements(script: str) -> list[str]:
    """Split a SQL script into complete statements (semicolons inside strings kept)."""
    statements: list[str] = []
    buffer = ""
    *pieces, tail = script.split(";")
    for piece in pieces:
        buffer += piece + ";"
        if sqlite3.complete_statement(buffer):
            statement = buffer.strip()
            if _code(statement):
                statements.append(statement)
            buffer = ""
    buffer += tail
    if _code(buffer):
        raise StoreError(f"migration script ends with an incomplete statement: {buffer.strip()[:80]!r}; "
                         "finish it with a semicolon")
    return statements


def _code(text: str) -> bool:
    """Whether ``text`` holds anything besides blanks, semicolons and comments."""
    lines = (line.split("--", 1)[0] for line in text.splitlines())
    return bool("".join(lines).strip(" \t;"))


def _check_order(migrations: Sequence[Migration]) -> None:
    versions = [m.version for m in migrations]
    if versions != sorted(set(versions)) or (versions and versions[0] < 1):
        raise StoreError(f"migration versions must be unique, positive and increasing, got {versions}; "
                         "append new migrations with the next version number")


def migrate(conn: Any, *, path: str, migrations: Sequence[Migration] = MIGRATIONS) -> list[int]:
    """Apply the migrations not yet recorded; return the versions applied now.

    Each migration runs in its own transaction (SQLite: ``BEGIN IMMEDIATE``;
    PostgreSQL: ``BEGIN`` and an advisory lock) and checks the recorded versions
    again under the lock, so two processes opening a new store at once apply
    every migration exactly once. ``conn`` must be in autocommit mode
    (``isolation_level=None``).
    """
    dialect = dialect_of(conn)
    _check_order(migrations)
    known = {m.version for m in migrations}
    applied_now: list[int] = []
    for migration in migrations:
        conn.execute("BEGIN IMMEDIATE" if dialect is SQLITE else "BEGIN")
        try:
            dialect.lock_migrations(conn)
            applied = _applied_versions(conn, path=path)
            unknown = sorted(applied - known)
            if unknown:
                raise StoreError(
                    f"store {path} has migrations {unknown} that this version of Chronist does not know; "
                    "upgrade Chronist or open another --db file")
            if migration.version in applied:
                conn.execute("COMMIT")
                continue
            for statement in split_statements(migration.script):
                conn.execute(statement)
            conn.execute(
                "INSERT INTO migrations (version, name, applied_at) VALUES (?, ?, ?)",
                (migration.version, migration.name, _now()))
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        log.info("store %s: applied migration %d (%s)", path, migration.version, migration.name)
        applied_now.append(migration.version)
    return applied_now


def _applied_versions(conn: Any, *, path: str) -> set[int]:
    dialect = dialect_of(conn)
    tables = dialect.tables(conn)
    if "migrations" not in tables:
        if tables:
            shown = ", ".join(sorted(tables)[:5])
            kind = "a SQLite database" if dialect is SQLITE else "a PostgreSQL schema"
            raise StoreError(
                f"{path} is {kind} of another application (tables: {shown}), "
                "not a Chronist store; choose another --db " + ("path" if dialect is SQLITE else "database"))
        conn.execute(_MIGRATIONS_TABLE)
        return set()
    return {row[0] for row in conn.execute("SELECT version FROM migrations")}


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")
