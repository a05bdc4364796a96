"""PostgreSQL connections (psycopg 3) that take the SQL the SQLite store takes.

:class:`PgConnection` wraps a psycopg connection in autocommit mode with the few methods the
store, the aggregates, the stories and the web view call on a ``sqlite3.Connection``:
``execute`` (returning a cursor with ``fetchone``, ``fetchall``, ``fetchmany``, ``rowcount`` and
iteration), ``executemany`` and ``close``. Statements are written with ``?`` placeholders; they
become psycopg's ``%s`` here, and psycopg's errors a one-line :class:`StoreError`.
"""
from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Sequence
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from chronist.errors import StoreError
from chronist.store.dialect import POSTGRES

SCHEMES = ("postgresql://", "postgres://")


def is_url(target: object) -> bool:
    """Whether a ``--db`` value names a PostgreSQL database rather than a SQLite file."""
    return isinstance(target, str) and target.strip().lower().startswith(SCHEMES)


def display(url: str) -> str:
    """The URL without its password, for messages."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return "postgresql://…"
    if parts.password is None:
        return url
    netloc = parts.netloc.rpartition("@")
    user = (parts.username or "") + ":***"
    return urlunsplit(parts._replace(netloc=user + "@" + netloc[2]))


_TOKENS = re.compile(r"'(?:[^']|'')*'|\"(?:[^\"]|\"\")*\"|\?|%")


@functools.lru_cache(maxsize=1024)
def to_psycopg(sql: str) -> str:
    """``?`` placeholders (outside quotes) as ``%s``, and every ``%`` doubled."""
    def swap(m: re.Match[str]) -> str:
        token = m.group(0)
        if token == "?":
            return "%s"
        if token == "%":
            return "%%"
        return token.replace("%", "%%")
    return _TOKENS.sub(swap, sql)


class PgConnection:
    """A psycopg connection (autocommit) speaking the store's SQL; see the module's doc."""

    dialect = POSTGRES

    def __init__(self, raw: Any, url: str) -> None:
        self.raw = raw
        self.url = url

    def execute(self, sql: str, params: Sequence[Any] | None = None) -> Any:
        import psycopg
        try:
            return self.raw.execute(to_psycopg(sql), tuple(params or ()))
        except psycopg.Error as exc:          # one line naming the database, as SQLite's errors are
            raise StoreError(explain(self.url, exc)) from exc

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> Any:
        import psycopg
        cursor = self.raw.cursor()
        rows = [tuple(r) for r in rows]
        try:
            if rows:
                cursor.executemany(to_psycopg(sql), rows)
        except psycopg.Error as exc:
            raise StoreError(explain(self.url, exc)) from exc
        return cursor

    def stream(self, sql: str, params: Sequence[Any] | None = None) -> Any:
        """A server-side cursor over the result (read with ``fetchmany``), so a large result is not
        held in memory whole; other statements may run on the connection between fetches."""
        import psycopg
        self._streams = getattr(self, "_streams", 0) + 1
        cursor = self.raw.cursor(name=f"chronist_stream_{self._streams}", withhold=True)
        try:
            cursor.execute(to_psycopg(sql), tuple(params or ()))
        except psycopg.Error as exc:
            cursor.close()
            raise StoreError(explain(self.url, exc)) from exc
        return cursor

    def transaction(self) -> Any:
        """A context manager: one transaction, committed at its end, rolled back on an error."""
        return self.raw.transaction()

    @property
    def in_transaction(self) -> bool:
        from psycopg import pq
        return self.raw.info.transaction_status != pq.TransactionStatus.IDLE

    def close(self) -> None:
        self.raw.close()

    @property
    def closed(self) -> bool:
        return self.raw.closed


def connect(url: str, *, timeout: float = 30.0, read_only: bool = False) -> PgConnection:
    """Connect to the database at ``url``; :class:`StoreError` in one line when that fails."""
    try:
        import psycopg
    except ImportError:
        raise StoreError(f"{display(url)}: PostgreSQL needs the psycopg package; "
                         "install it with `pip install 'chronist[postgres]'` (or `pip install 'psycopg[binary]'`)"
                         ) from None
    try:
        raw = psycopg.connect(url, autocommit=True, connect_timeout=max(1, int(timeout)),
                              application_name="chronist")
    except psycopg.Error as exc:
        raise StoreError(explain(url, exc)) from None
    except (ValueError, TypeError) as exc:      # a URL psycopg cannot parse
        raise StoreError(f"{display(url)}: not a PostgreSQL URL ({exc}); "
                         "write it as postgresql://user:password@host:port/database") from None
    try:
        # lock waits end like SQLite's busy timeout; statements themselves may run long
        raw.execute(f"SET lock_timeout = {int(timeout * 1000)}")
        if read_only:
            raw.execute("SET default_transaction_read_only = on")
    except psycopg.Error as exc:
        raw.close()
        raise StoreError(explain(url, exc)) from None
    return PgConnection(raw, url)


# (words of which one must occur in the error, what to do), first match wins
_HINTS: tuple[tuple[tuple[str, ...], str], ...] = (
    (("connection refused", "could not connect", "no such file", "timeout expired", "could not translate host",
      "name or service not known"),
     "check that the PostgreSQL server runs and that host and port in the URL are right"),
    (("password", "authentication"), "check the user name and password in the URL"),
    (("role",), "check the user name in the URL"),
    (("database",), "create the database first (createdb NAME) or choose another --db URL"),
    (("lock timeout", "deadlock"), "another process holds the lock; wait for it to finish or raise the timeout"),
    (("permission denied", "read-only"),
     "the user of the URL may not write here; grant it the rights or choose another --db URL"),
)


def explain(url: str, exc: BaseException) -> str:
    """One line naming the database, what went wrong and what to do."""
    message = " ".join(str(exc).split()) or type(exc).__name__
    lowered = message.lower()
    hint = next((hint for words, hint in _HINTS if any(w in lowered for w in words)),
                "check the database, or choose another --db URL")
    return f"store {display(url)}: {message}; {hint}"


__all__ = ["PgConnection", "SCHEMES", "connect", "display", "explain", "is_url", "to_psycopg"]
