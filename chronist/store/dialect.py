"""The SQL that differs between SQLite and PostgreSQL, in one place.

Everything else Chronist sends to a store is written once, in the SQL both understand
(``?`` placeholders, ``count(*) FILTER (WHERE ...)``, ``NULLS FIRST``, ``RETURNING``,
``UPDATE ... FROM``, row values): the PostgreSQL connection (:mod:`chronist.store.pg`) turns
the placeholders into psycopg's. What cannot be written once is a method of :class:`Dialect`;
:func:`dialect_of` gives the dialect of a connection.
"""
from __future__ import annotations

import sqlite3
from typing import Any

# Any constant: the key of the advisory lock PostgreSQL writers take to assign stories and to migrate.
_STORY_LOCK = 0x43_48_52_4E_01          # "CHRN" 1
_MIGRATION_LOCK = 0x43_48_52_4E_02      # "CHRN" 2


class Dialect:
    """SQLite's spelling; :class:`PostgresDialect` overrides what PostgreSQL spells otherwise."""

    name = "sqlite"

    def concat_agg(self, expr: str, sep: str, *, table: str, where: str, order: str | None = None) -> str:
        """A scalar subquery: ``expr`` over the rows of ``table`` matching ``where``, joined by ``sep``
        in ``order`` (``sep`` is a literal without quotes)."""
        ordered = f" ORDER BY {order}" if order else ""
        return f"(SELECT group_concat(k, '{sep}') FROM (SELECT {expr} AS k FROM {table} WHERE {where}{ordered}))"

    def period(self, per: str, column: str) -> str:
        """The period a YYYY-MM-DD column's day falls in: the day, the Monday of its ISO week,
        YYYY-MM or YYYY (``per`` is checked by the caller)."""
        if per == "day":
            return column
        if per == "week":
            return f"date({column}, '-' || ((CAST(strftime('%w', {column}) AS INTEGER) + 6) % 7) || ' days')"
        if per == "month":
            return f"substr({column}, 1, 7)"
        if per == "year":
            return f"substr({column}, 1, 4)"
        raise ValueError(f"unknown period {per!r}")

    def round1(self, expr: str) -> str:
        """A float rounded to one decimal, as a float."""
        return f"round({expr}, 1)"

    def like(self) -> str:
        """The operator matching a LIKE pattern without regard to the case of ASCII letters."""
        return "LIKE"

    def nocase(self, expr: str) -> str:
        """``expr`` compared, grouped and ordered without regard to case, as the actor code columns
        are (SQLite gives a function's value its own binary order; PostgreSQL keeps the column's)."""
        return f"{expr} COLLATE NOCASE"

    def indexed_by(self, index: str) -> str:
        """A hint to read a table through ``index`` (SQLite's planner takes it; others plan alone)."""
        return f" INDEXED BY {index}"

    def desc(self) -> str:
        """Descending order with NULLs last (SQLite's own: spelled out it would keep SQLite from
        reading an index backwards)."""
        return " DESC"

    def for_update(self) -> str:
        """A SELECT's suffix locking the rows it reads until the transaction ends (SQLite's writer
        holds the whole database already)."""
        return ""

    def has_column(self, conn: Any, table: str, column: str) -> bool:
        return any(row[1] == column for row in conn.execute(f"PRAGMA table_info({table})"))

    def tables(self, conn: Any) -> set[str]:
        """The names of the tables of the store (SQLite's own left out)."""
        return {row[0] for row in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")}

    def lock_stories(self, conn: Any) -> None:
        """Serialise story assignment among writers until the transaction ends."""

    def lock_migrations(self, conn: Any) -> None:
        """Serialise migrations among processes until the transaction ends."""

    def after_explicit_ids(self, conn: Any, table: str) -> None:
        """Rows were inserted into ``table`` with ids of their own: later ones must follow them."""


class PostgresDialect(Dialect):
    name = "postgresql"

    def concat_agg(self, expr: str, sep: str, *, table: str, where: str, order: str | None = None) -> str:
        ordered = f" ORDER BY {order}" if order else ""
        return f"(SELECT string_agg({expr}, '{sep}'{ordered}) FROM {table} WHERE {where})"

    def period(self, per: str, column: str) -> str:
        if per == "week":
            return f"to_char(date_trunc('week', CAST({column} AS date)), 'YYYY-MM-DD')"
        return super().period(per, column)

    def round1(self, expr: str) -> str:
        return f"CAST(round(CAST({expr} AS numeric), 1) AS double precision)"

    def like(self) -> str:
        return "ILIKE"

    def nocase(self, expr: str) -> str:
        return expr

    def indexed_by(self, index: str) -> str:
        return ""

    def desc(self) -> str:
        return " DESC NULLS LAST"

    def for_update(self) -> str:
        return " FOR UPDATE"

    def has_column(self, conn: Any, table: str, column: str) -> bool:
        return conn.execute("SELECT 1 FROM information_schema.columns WHERE table_schema = current_schema() "
                            "AND table_name = ? AND column_name = ?", (table, column)).fetchone() is not None

    def tables(self, conn: Any) -> set[str]:
        return {row[0] for row in conn.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()")}

    def lock_stories(self, conn: Any) -> None:
        conn.execute("SELECT pg_advisory_xact_lock(?)", (_STORY_LOCK,))

    def lock_migrations(self, conn: Any) -> None:
        conn.execute("SELECT pg_advisory_xact_lock(?)", (_MIGRATION_LOCK,))

    def after_explicit_ids(self, conn: Any, table: str) -> None:
        conn.execute(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                     f"coalesce((SELECT max(id) FROM {table}), 0) + 1, false)")


SQLITE = Dialect()
POSTGRES = PostgresDialect()


def dialect_of(conn: Any) -> Dialect:
    """The dialect of a connection: a ``sqlite3.Connection`` or a connection of :mod:`chronist.store.pg`."""
    if isinstance(conn, sqlite3.Connection):
        return SQLITE
    dialect = getattr(conn, "dialect", None)
    if isinstance(dialect, Dialect):
        return dialect
    raise TypeError(f"not a Chronist store connection: {type(conn).__name__}")


__all__ = ["POSTGRES", "SQLITE", "Dialect", "PostgresDialect", "dialect_of"]
