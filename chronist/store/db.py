"""The event store: one write path, the queries and the migrations, over SQLite or PostgreSQL.

>>> with Store.open("chronist.db") as store:          # doctest: +SKIP
...     store.add(document)                           # False when already stored
...     store.events(source="USA", category="REQUEST")
>>> Store.open("postgresql://chronist@db.example.org/events")   # doctest: +SKIP

:class:`Store` is the protocol every command and test uses; :meth:`Store.open` picks its
implementation from the target: a file path gives a :class:`SqliteStore` (the default, one
SQLite file in WAL mode), a ``postgresql://`` URL a :class:`PostgresStore` (psycopg 3). Both
keep the same schema and migrations table, re-ingest idempotently by content hash and record the
same article states. The SQL they send is the same text except where
:mod:`chronist.store.dialect` spells it per database.

A ``Store`` wraps one connection; use one ``Store`` per thread or process.
:meth:`Store.batch` writes several articles in one transaction (SQLite: one commit, and one
new segment of the search index, instead of one per article; ingest writes its outcomes so).
Several of them may write to the same store at once. SQLite: every write takes the
write lock up front (``BEGIN IMMEDIATE``) and a second writer waits up to
``timeout`` seconds for it. PostgreSQL: writers run side by side; the unique content
hash (``ON CONFLICT``) and row locks keep one row per article, an advisory lock
serialises the assignment of stories, and a lock wait ends after ``timeout``.
"""
from __future__ import annotations

import datetime as dt
import logging
import os
import sqlite3
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType
from typing import Any

from chronist.errors import StoreError
from chronist.model import Article, Document, Event, Sentence
from chronist.store import daily, pg, queries, search
from chronist.store.dialect import POSTGRES, SQLITE, Dialect
from chronist.store.schema import ARTICLE_STATES, MIGRATIONS, PG_MIGRATIONS, Migration, migrate

log = logging.getLogger(__name__)

DEFAULT_TIMEOUT = 30.0

# The environment variable a --db option defaults to (a SQLite path or a postgresql:// URL).
DB_ENV = "CHRONIST_DB"
DEFAULT_DB = "chronist.db"


def default_target() -> str:
    """``$CHRONIST_DB`` when set, else ``chronist.db``."""
    return os.environ.get(DB_ENV, "").strip() or DEFAULT_DB


def describe(target: str | Path) -> str:
    """A store target for messages: a path as given, a URL without its password."""
    return pg.display(str(target)) if pg.is_url(target) else str(target)


def exists(target: str | Path) -> bool:
    """Whether there is a store to read at ``target`` (a server database is asked when opened)."""
    return pg.is_url(target) or Path(target).expanduser().exists()


class Store:
    """The event store protocol. Open one with :meth:`Store.open`.

    Subclasses give the connection (``conn``: ``execute``, ``executemany``, ``close``, as
    ``sqlite3.Connection`` has them), the ``dialect``, the transactions (``_writing``,
    ``_reading``) and how to open; the write path and the queries are written once, here.
    """

    __slots__ = ("path", "_conn", "_daily", "_batch")
    dialect: Dialect = SQLITE
    batches = False                 # whether batch() makes one transaction of its writes

    def __init__(self, conn: Any, path: Any) -> None:
        self.path = path
        self._conn = conn
        self._daily = daily.has_daily(conn)        # keeps daily counts (migration 5)
        self._batch = False                        # inside batch(): writes join its transaction

    # -- opening and closing -------------------------------------------------

    @classmethod
    def open(cls, target: str | Path, *, timeout: float = DEFAULT_TIMEOUT,
             migrations: Sequence[Migration] | None = None) -> Store:
        """Open (creating when missing) the store at ``target`` and bring its schema up to date.

        ``target`` is a SQLite file path or a ``postgresql://`` URL. ``migrations`` defaults
        to the backend's own (``MIGRATIONS`` / ``PG_MIGRATIONS``: same versions, same names).
        Raises :class:`StoreError` in one line when the store cannot be opened or written,
        or is not a Chronist store.
        """
        if pg.is_url(target):
            return PostgresStore.connect(str(target).strip(), timeout=timeout,
                                         migrations=PG_MIGRATIONS if migrations is None else migrations)
        return SqliteStore.connect(target, timeout=timeout,
                                   migrations=MIGRATIONS if migrations is None else migrations)

    def close(self) -> None:
        """Close the connection; closing twice is harmless."""
        if self._conn is not None:
            self._conn.close()
            self._conn = None
            log.debug("store %s closed", describe(self.path))

    def __enter__(self) -> Store:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    def __repr__(self) -> str:
        state = "open" if self._conn is not None else "closed"
        return f"<{type(self).__name__} {describe(self.path)!r} {state}>"

    @property
    def conn(self) -> Any:
        """The open connection (for reading; write only through ``add*``)."""
        if self._conn is None:
            raise StoreError(f"store {describe(self.path)} is closed; "
                             f"open it again with Store.open({describe(self.path)!r})")
        return self._conn

    def _writing(self) -> Any:                     # a context manager yielding the connection
        raise NotImplementedError

    def _sentences_added(self, article: int) -> None:
        """The sentences of the article row ``article`` were written (SQLite indexes them)."""

    def _reading(self) -> Any:                     # a context manager turning errors into StoreError
        raise NotImplementedError

    @contextmanager
    def batch(self) -> Iterator[None]:
        """Within the block, the writes (``add``, ``add_skipped``, ``add_failed``, ``drop_failed``)
        share one transaction: all of them are stored when the block ends, none when it raises.

        SQLite: one commit instead of one per article, and the search index (migration 6) gets
        one new segment for all their sentences instead of one per article, which it then merges
        (see ``SqliteStore._index_sentences``): together three quarters of what storing costs. PostgreSQL: each write keeps its
        own transaction (its trigram index has no per-commit cost, and a long transaction would
        hold the stories' lock from the other writers). A batch inside a batch is part of it.
        """
        yield

    # -- the write path ------------------------------------------------------

    def add(self, doc: Document) -> bool:
        """Store a coded document (article, sentences, events) in one transaction.

        Returns False, writing nothing, when an article with the same content
        hash is already stored (in any state). Gives the document's events their
        stable ids first (:meth:`Document.assign_event_ids`).
        """
        doc.assign_event_ids()
        return self._add_article(doc.article, state="coded", reason=None, lang=doc.lang or None, doc=doc)

    def add_skipped(self, article: Article, reason: str, *, key: str | None = None) -> bool:
        """Record an article that was deliberately not coded (wrong language, empty, ...).

        ``key`` replaces the content hash as the row's identity when the row
        stands for an input without text of its own (an empty or unreadable
        file, a duplicate): see :func:`input_key`.
        """
        return self._add_article(article, state="skipped", reason=str(reason), lang=article.lang, doc=None,
                                 key=key)

    def add_failed(self, article: Article, error: BaseException | str, *, key: str | None = None) -> bool:
        """Record an article whose coding (or reading) failed, with its error."""
        if isinstance(error, BaseException):
            reason = f"{type(error).__name__}: {error}" if str(error) else type(error).__name__
        else:
            reason = str(error)
        return self._add_article(article, state="failed", reason=reason, lang=article.lang, doc=None, key=key)

    def has(self, article: Article | str) -> bool:
        """Whether an article (or a content hash) is stored already, in any state."""
        return self.lookup(article) is not None

    def lookup(self, article: Article | str) -> tuple[str, str] | None:
        """``(state, article id)`` of the row with this article's content hash (or this key), or None."""
        content_hash = article.content_hash if isinstance(article, Article) else article
        with self._reading():
            row = self.conn.execute("SELECT state, article_id FROM articles WHERE content_hash = ?",
                                    (content_hash,)).fetchone()
        return (row[0], row[1]) if row else None

    def drop_failed(self, key: str) -> bool:
        """Delete the failed row stored under ``key`` (an input that reads fine now); True when there was one."""
        with self._writing() as conn:
            return conn.execute("DELETE FROM articles WHERE content_hash = ? AND state = 'failed'",
                                (key,)).rowcount > 0

    def _add_article(self, article: Article, *, state: str, reason: str | None,
                     lang: str | None, doc: Document | None, key: str | None = None) -> bool:
        """Insert one article row (with its sentences and events) in one transaction.

        A row already there is kept (False) unless it is a failed one: a
        failed article is retried, and its row replaced by the new outcome.
        """
        content_hash = key or article.content_hash
        with self._writing() as conn:
            # Another writer (PostgreSQL) may store the same article between the look-up and the
            # insert: the insert then does nothing and the look-up, now locking the row, runs again.
            for _ in range(3):
                row = conn.execute("SELECT id, state FROM articles WHERE content_hash = ?" + self.dialect.for_update(),
                                   (content_hash,)).fetchone()
                if row is not None:
                    if row[1] != "failed":
                        log.debug("store %s: article %r already stored, skipped", describe(self.path), article.id)
                        return False
                    if self._daily:
                        daily.subtract_article(conn, row[0])
                    conn.execute("DELETE FROM articles WHERE id = ?", (row[0],))
                inserted = conn.execute(
                    "INSERT INTO articles (article_id, content_hash, title, source, url, pub_date, lang, "
                    "text, state, reason, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                    "ON CONFLICT (content_hash) DO NOTHING RETURNING id",
                    (article.id, content_hash, article.title, article.source, article.url,
                     _iso(article.date), lang, article.text, state, reason, _now())).fetchall()
                if inserted:                    # (fetchall: a RETURNING statement left open blocks COMMIT)
                    break
            else:
                raise StoreError(f"store {describe(self.path)}: article {article.id!r} changed under three "
                                 "attempts to store it; try again")
            row_id = inserted[0][0]
            if doc is not None:
                _insert_sentences(conn, row_id, doc.sentences, doc.events)
                self._sentences_added(row_id)
                for event in sorted(doc.events, key=lambda e: (e.sentence_index, e.trigger_start, e.trigger_end)):
                    _insert_event(conn, row_id, event)
                if doc.events:                  # each event joins a story or opens one (chronist.stories)
                    from chronist.stories import assign_article
                    self.dialect.lock_stories(conn)
                    assign_article(conn, row_id)
                    if self._daily:             # under the stories' lock: writers add to cells in turn
                        daily.add_article(conn, row_id)
        log.debug("store %s: article %r stored as %s", describe(self.path), article.id, state)
        return True

    # -- queries -------------------------------------------------------------

    def events(self, *, source: str | None = None, target: str | None = None,
               category: str | None = None, since: str | dt.date | None = None,
               until: str | dt.date | None = None, limit: int | None = None,
               dedup: bool = False) -> list[dict[str, Any]]:
        """Event records (the shape of ``Event.record()``), in article, sentence, trigger order.
        ``dedup``: one record per story, its first mention, with ``story_info`` (the counts).

        ``source``/``target``: an actor code (``"USA"``) or code and sector
        (``"USA/GOV"``) matching any actor of the compound. ``category``: a
        PLOVER category, case-insensitive. ``since``/``until``: inclusive ISO
        dates compared to the event date; undated events are left out when
        either is given. ``record["article"]`` is the ``Article.id``.
        """
        return list(self.iter_events(source=source, target=target, category=category,
                                     since=since, until=until, limit=limit, dedup=dedup))

    def iter_events(self, *, source: str | None = None, target: str | None = None,
                    category: str | None = None, since: str | dt.date | None = None,
                    until: str | dt.date | None = None, limit: int | None = None,
                    with_article: bool = False, stories: bool = False,
                    dedup: bool = False) -> Iterator[dict[str, Any]]:
        """Like :meth:`events`, but yields records one by one (for large exports).

        ``with_article`` adds ``record["story"]``: the article's pub_date, lang, url, source, title.
        ``stories`` adds ``record["story_info"]``, the event's story and its counts;
        ``dedup`` yields one record per story (its first mention, with ``story_info``).
        """
        query = queries.build_query(source=source, target=target, category=category,
                                    since=since, until=until, limit=limit, with_article=with_article,
                                    stories=stories, dedup=dedup)
        conn = self.conn  # checked now, not at the first next()
        return self._iterate(conn, query)

    def _iterate(self, conn: Any, query: queries.EventQuery) -> Iterator[dict[str, Any]]:
        with self._reading():
            yield from queries.iter_records(conn, query)

    def counts(self) -> dict[str, Any]:
        """``{"articles": {"coded": n, "skipped": n, "failed": n}, "sentences": n, "events": n}``."""
        with self._reading():
            return queries.counts(self.conn, ARTICLE_STATES)

    def reasons(self, state: str, *, limit: int = 10) -> list[tuple[str, int]]:
        """The most frequent reasons of skipped or failed articles, as (reason, count)."""
        with self._reading():
            return queries.reasons(self.conn, state, limit=limit)

    def latest(self, state: str, *, limit: int = 5) -> list[tuple[str, str]]:
        """The last ``limit`` articles in ``state`` as (article id, reason), newest first."""
        with self._reading():
            return [(row[0], row[1] or "") for row in self.conn.execute(
                "SELECT article_id, reason FROM articles WHERE state = ? ORDER BY id DESC LIMIT ?",
                (state, limit))]

    def recluster(self) -> tuple[int, int]:
        """Assign every event to a story again (after the rules changed); returns (events, stories)."""
        from chronist.stories import recluster
        with self._writing() as conn:
            self.dialect.lock_stories(conn)
            return recluster(conn)

    def stories(self, *, min_mentions: int = 1, limit: int | None = None) -> list[dict[str, Any]]:
        """Stories with their counts, most mentioned first (see :func:`queries.stories`)."""
        with self._reading():
            return queries.stories(self.conn, min_mentions=min_mentions, limit=limit)

    def story_counts(self) -> dict[str, int]:
        """``{"stories": n, "multi": n, "unassigned": n}``: stories, those of several mentions, and
        events stored before stories existed (``recluster`` assigns them)."""
        with self._reading():
            return queries.story_counts(self.conn)

    def migrations(self) -> list[tuple[int, str, str]]:
        """The applied migrations as (version, name, applied_at)."""
        with self._reading():
            return [tuple(row) for row in self.conn.execute(
                "SELECT version, name, applied_at FROM migrations ORDER BY version")]


# -- SQLite -------------------------------------------------------------------


class SqliteStore(Store):
    """A Chronist event store in one SQLite file (WAL)."""

    __slots__ = ("_searchable", "_unindexed")
    dialect = SQLITE
    batches = True

    def __init__(self, conn: sqlite3.Connection, path: Path) -> None:
        super().__init__(conn, path)
        # the sentence search index of migration 6, when this SQLite could make it
        self._searchable = conn.execute("SELECT 1 FROM sqlite_master WHERE name = ?",
                                        (search.TABLE,)).fetchone() is not None
        self._unindexed: list[int] = []        # article rows whose sentences are not indexed yet

    def _sentences_added(self, article: int) -> None:
        if self._searchable:
            self._unindexed.append(article)

    def _index_sentences(self, conn: sqlite3.Connection) -> None:
        """Add the sentences written in this transaction to the search index, in one statement
        per 500 articles (one segment of the index instead of one per article)."""
        rows, self._unindexed = self._unindexed, []
        for first in range(0, len(rows), 500):
            chunk = rows[first:first + 500]
            conn.execute(f"INSERT INTO {search.TABLE} (rowid, text) SELECT article * {search.ROW} + idx, text "
                         f"FROM sentences WHERE article IN ({', '.join('?' * len(chunk))}) AND idx < {search.ROW}",
                         chunk)

    @classmethod
    def connect(cls, path: str | Path, *, timeout: float = DEFAULT_TIMEOUT,
                migrations: Sequence[Migration] = MIGRATIONS) -> SqliteStore:
        """Open (creating when missing) the SQLite store at ``path``; see :meth:`Store.open`."""
        path = Path(path).expanduser()
        if path.is_dir():
            raise StoreError(f"cannot open store {path}: it is a folder; "
                             "give a file path such as chronist.db")
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(f"cannot create the folder of store {path}: {exc.strerror or exc}; "
                             "choose a --db path in a folder you can write to") from exc
        # SQLite would open a read-only file silently and fail at the first write.
        if path.exists() and not os.access(path, os.W_OK):
            raise StoreError(f"store {path} is read-only; make it writable or choose another --db path")
        if not os.access(path.parent, os.W_OK):
            raise StoreError(f"store {path}: its folder is not writable (SQLite keeps its -wal and -shm "
                             "files next to the database); choose a --db path in a folder you can write to")
        try:
            conn = sqlite3.connect(path, timeout=timeout, isolation_level=None)
        except sqlite3.Error as exc:
            raise StoreError(_explain(path, exc)) from exc
        try:
            conn.execute("PRAGMA foreign_keys = ON")
            mode = _enable_wal(conn, timeout=timeout)
            if mode != "wal":
                log.warning("store %s: journal mode is %s, not wal (file system without shared memory?)",
                            path, mode)
            conn.execute("PRAGMA synchronous = NORMAL")
            if _needs_migration(conn, migrations):     # a read; the write lock only when there is work
                migrate(conn, path=str(path), migrations=migrations)
        except sqlite3.Error as exc:
            conn.close()
            raise StoreError(_explain(path, exc)) from exc
        except BaseException:
            conn.close()
            raise
        log.debug("store %s opened", path)
        return cls(conn, path)

    @contextmanager
    def batch(self) -> Iterator[None]:
        if self._batch:
            yield
            return
        with self._writing():
            self._batch = True
            try:
                yield
            finally:
                self._batch = False

    @contextmanager
    def _writing(self) -> Iterator[sqlite3.Connection]:
        conn = self.conn
        if self._batch:                  # the batch's transaction commits or rolls back
            yield conn
            return
        try:
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield conn
                self._index_sentences(conn)
            except BaseException:
                self._unindexed.clear()
                # SQLite has already rolled back after some errors (SQLITE_FULL, SQLITE_IOERR):
                # a second ROLLBACK would hide the real error behind "no transaction is active".
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise
            conn.execute("COMMIT")
        except sqlite3.Error as exc:
            self._unindexed.clear()
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise StoreError(_explain(self.path, exc)) from exc

    @contextmanager
    def _reading(self) -> Iterator[None]:
        _ = self.conn  # raises StoreError when closed
        try:
            yield
        except sqlite3.Error as exc:
            raise StoreError(_explain(self.path, exc)) from exc



# -- PostgreSQL ---------------------------------------------------------------


class PostgresStore(Store):
    """A Chronist event store in a PostgreSQL database (psycopg 3), for a team on several machines.

    ``path`` is the URL. Writers on several machines may add at once: see the module's doc.
    """

    __slots__ = ()
    dialect = POSTGRES

    @classmethod
    def connect(cls, url: str, *, timeout: float = DEFAULT_TIMEOUT,
                migrations: Sequence[Migration] = PG_MIGRATIONS) -> PostgresStore:
        """Connect to the database at ``url`` and bring its schema up to date; see :meth:`Store.open`."""
        conn = pg.connect(url, timeout=timeout)
        try:
            if _needs_migration(conn, migrations):
                migrate(conn, path=pg.display(url), migrations=migrations)
        except _pg_errors() as exc:
            conn.close()
            raise StoreError(pg.explain(url, exc)) from exc
        except BaseException:
            conn.close()
            raise
        log.debug("store %s opened", pg.display(url))
        return cls(conn, url)

    @contextmanager
    def _writing(self) -> Iterator[pg.PgConnection]:
        conn = self.conn
        try:
            with conn.transaction():          # rolled back on any error (the connection's are StoreErrors)
                yield conn
        except _pg_errors() as exc:           # raised by the commit itself
            raise StoreError(pg.explain(self.path, exc)) from exc

    @contextmanager
    def _reading(self) -> Iterator[None]:
        _ = self.conn  # raises StoreError when closed
        try:
            yield
        except _pg_errors() as exc:
            raise StoreError(pg.explain(self.path, exc)) from exc


def _pg_errors() -> type[BaseException]:
    import psycopg
    return psycopg.Error


# Sentences inserted by one statement: 150 rows of 6 values stay under the 999 parameters of
# SQLite before 3.32.
SENTENCE_ROWS = 150


def _insert_sentences(conn: Any, article: int, sentences: list[Sentence],
                      events: list[Event]) -> None:
    # Many rows a statement, not one (executemany). SQLite's search index is filled when the
    # transaction commits (SqliteStore._index_sentences): FTS5 writes a new segment for every
    # statement that adds to it, which a trigger on this table made one per sentence, later one
    # per article (storing 925 articles: 2.9 s, then 1.0 s; 400 articles: 0.48 s, now 0.27 s).
    rows = [(article, s.index, s.text, s.start, s.end, int(s.caption)) for s in sentences]
    for first in range(0, len(rows), SENTENCE_ROWS):
        chunk = rows[first:first + SENTENCE_ROWS]
        conn.execute('INSERT INTO sentences (article, idx, text, start, "end", caption) VALUES '
                     + ", ".join(["(?, ?, ?, ?, ?, ?)"] * len(chunk)), [value for row in chunk for value in row])
    # An event must point at a stored sentence. A document built without its
    # sentences (hand-made, or from a gold record) gets them from its events.
    known = {s.index for s in sentences}
    for event in events:
        if event.sentence_index not in known:
            log.debug("sentence %d of article %r not in the document; stored from its event",
                      event.sentence_index, event.article)
            conn.execute("INSERT INTO sentences (article, idx, text) VALUES (?, ?, ?)",
                         (article, event.sentence_index, event.sentence))
            known.add(event.sentence_index)


def _insert_event(conn: Any, article: int, event: Event) -> None:
    event_id = conn.execute(
        "INSERT INTO events (event_id, article, sentence_idx, plover, mode, context, cameo, quad, goldstein, "
        "modality, event_text, trigger_start, trigger_end, date, date_from, date_basis, location, "
        "location_country, lat, lon, confidence) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
        (event.id, article, event.sentence_index, event.plover, event.mode, ";".join(event.context), event.cameo,
         event.quad, event.goldstein,
         event.modality, event.event_text, event.trigger_start, event.trigger_end, event.date,
         queries.date_from(event.date), event.date_basis, event.location, event.country,
         event.lat, event.lon, event.confidence)).fetchall()[0][0]
    if event.date and queries.date_from(event.date) is None:
        log.warning("event date %r of article %r is not ISO; the event will not match since/until",
                    event.date, event.article)
    conn.executemany(
        'INSERT INTO event_actors (event, role, position, code, sector, text, start, "end", name) '
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [(event_id, role, position, actor.code, actor.sector, actor.text, actor.start, actor.end, actor.name)
         for role, actors in (("source", event.source), ("target", event.target))
         for position, actor in enumerate(actors)])


def _needs_migration(conn: Any, migrations: Sequence[Migration]) -> bool:
    """Whether the recorded versions differ from ``migrations`` (missing ones to apply, or unknown
    ones that :func:`migrate` refuses), read without taking the write lock."""
    dialect = SQLITE if isinstance(conn, sqlite3.Connection) else POSTGRES
    if dialect is POSTGRES and "migrations" not in dialect.tables(conn):
        return True                           # a new store (an error in autocommit would be harmless too)
    try:
        applied = {row[0] for row in conn.execute("SELECT version FROM migrations")}
    except sqlite3.OperationalError:          # no migrations table: a new store
        return True
    return applied != {m.version for m in migrations}


def _enable_wal(conn: sqlite3.Connection, *, timeout: float) -> str:
    """Switch to WAL, retrying while another connection holds the lock.

    SQLite answers "database is locked" at once, without waiting, when two
    connections switch a new file to WAL together, so the wait is done here.
    """
    deadline = time.monotonic() + timeout
    while True:
        try:
            return conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() >= deadline:
                raise
            time.sleep(0.02)


def _explain(path: Path, exc: sqlite3.Error) -> str:
    """One line naming the store, what went wrong and what to do."""
    message = str(exc)
    lowered = message.lower()
    if "not a database" in lowered or "malformed" in lowered:
        hint = "the file is not a Chronist store (or is damaged); move it aside or choose another --db path"
    elif "readonly" in lowered or "read-only" in lowered or "unable to open" in lowered:
        hint = "check that the file and its folder exist and are writable, or choose another --db path"
    elif "locked" in lowered or "busy" in lowered:
        hint = "another process holds the write lock; wait for it to finish or raise the timeout"
    elif "disk" in lowered and "full" in lowered:
        hint = "free some disk space"
    else:
        hint = "check the file, or choose another --db path"
    return f"store {path}: {message}; {hint}"


def _iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value is not None else None


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


__all__ = ["DB_ENV", "DEFAULT_TIMEOUT", "PostgresStore", "SqliteStore", "Store", "default_target", "describe",
           "exists"]
