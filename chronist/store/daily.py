"""Counts of events per day and per month, written at ingest, that aggregates read instead of the events.

``daily_counts`` holds one row per cell: a day (the event's ``date_from``, ``''`` when undated),
its source and target actor (code and sector), PLOVER type, quad class, country, the article's
language and the modality, with the cell's events, Goldstein sum, Goldstein count and one count
per quad class. Missing values are ``''`` (so a cell has one row and ``ON CONFLICT`` finds it);
readers turn them back into NULL. Three monthly tables keep fewer keys (types; code dyads;
actor dyads with sectors) and so far fewer rows: an aggregate over a year or the whole store
reads the smallest table with a column for each of its dimensions and filters
(:func:`chronist.store.sql.choose_rollup`), a monthly one when its bounds are whole months.
The two dyad tables have an index in the order of the groups by month, source and target
(migration 7), from which a limited aggregate in key order reads its first groups.

Only *simple* events are counted here: those with at most one actor in each role, which the
joins of an aggregate give exactly one row. An event with a compound actor ("the United States
and Japan") counts once per distinct key of the group it falls in, which no sum of cells can
say; :func:`chronist.store.sql.daily_aggregate_sql` reads those from the events themselves
(few: an index lists them), and the stories of several mentions too (a story counts once in a
group, across days).

The write path (:meth:`chronist.store.db.Store.add`) adds an article's cells in the transaction
that stores its events; :func:`subtract_article` takes them away before an article's events
are deleted; migration 5 fills the tables from the events a store holds.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from chronist.coding.ontology import QUADS
from chronist.store.dialect import SQLITE, Dialect, dialect_of

TABLE = "daily_counts"

# every key column a table may have, with the event column it comes from
KEYS: dict[str, str] = {
    "day": "e.date_from", "month": "substr(e.date_from, 1, 7)", "source_code": "s.code",
    "source_sector": "s.sector", "target_code": "t.code", "target_sector": "t.sector", "plover": "e.plover",
    "quad": "e.quad", "country": "e.location_country", "lang": "a.lang", "modality": "e.modality"}
QUAD_COLUMNS: tuple[str, ...] = ("verbal_coop", "material_coop", "verbal_conflict", "material_conflict")
VALUES: tuple[str, ...] = ("events", "goldstein_sum", "goldstein_n", *QUAD_COLUMNS)
assert len(QUAD_COLUMNS) == len(QUADS)
# compared without regard to case, as the event columns they come from
_NOCASE = ("source_code", "source_sector", "target_code", "target_sector", "plover")


def actor_key(role: str, actors: str, dialect: Dialect, table: str = "d.") -> str:
    """A cell's ``role`` actor as an aggregate's key shows it: by ``actors="code"`` the code
    (without regard to case, as the events' code column), else code and sector ("USA/GOV", or
    "USA" where it has none: text, as the events' key); NULL where the role has none."""
    code, sector = f"{table}{role}_code", f"{table}{role}_sector"
    if actors == "code":
        return dialect.nocase(f"NULLIF({code}, '')")
    return (f"CASE WHEN {code} = '' THEN NULL "
            f"ELSE {code} || CASE WHEN {sector} != '' THEN '/' || {sector} ELSE '' END END")


@dataclass(frozen=True, slots=True)
class Rollup:
    """A table of counts: its name and key columns (the first is ``day`` or ``month``), and
    ``groups``: the actor level (``code`` or ``sector``) of its index in the order of an
    aggregate's groups (period, source key, target key), None where it has none."""

    name: str
    keys: tuple[str, ...]
    groups: str | None = None

    @property
    def time(self) -> str:
        return self.keys[0]

    @property
    def groups_index(self) -> str:
        return f"{self.name}_groups"

    def groups_index_sql(self, dialect: Dialect) -> str:
        """The index in the order of the groups by period, source and target (NULLs first, as
        SQLite orders them; PostgreSQL's index would put them last unless told)."""
        if self.groups is None:
            raise ValueError(f"{self.name} has no index in the order of groups")
        nulls = " NULLS FIRST" if dialect is not SQLITE else ""
        keys = ", ".join(f"({actor_key(role, self.groups, dialect, table='')}){nulls}" for role in ("source", "target"))
        return f"CREATE INDEX {self.groups_index} ON {self.name} ({self.time}, {keys});\n"

    def table_sql(self) -> str:
        """The table and its unique index (SQLite's types; chronist.store.schema makes PostgreSQL's)."""
        keys = ",\n    ".join(f"{k} TEXT{' COLLATE NOCASE' if k in _NOCASE else ''} NOT NULL DEFAULT ''"
                              for k in self.keys)
        counts = ",\n    ".join(f"{v} {'REAL' if v == 'goldstein_sum' else 'INTEGER'} NOT NULL DEFAULT 0"
                                for v in VALUES)
        return (f"CREATE TABLE {self.name} (\n    {keys},\n    {counts}\n);\n"
                f"CREATE UNIQUE INDEX {self.name}_cell ON {self.name} ({', '.join(self.keys)});\n")

    def cells_sql(self, where: str) -> str:
        """The cells of the simple events matching ``where`` (a condition over ``events e``)."""
        keys = ", ".join(f"coalesce({KEYS[k]}, '')" for k in self.keys)
        quads = ", ".join(f"count(*) FILTER (WHERE e.quad = '{quad}')" for quad in QUADS)
        return (f"SELECT {keys}, count(*), coalesce(sum(e.goldstein), 0.0), count(e.goldstein), {quads} "
                "FROM events e JOIN articles a ON a.id = e.article "
                "LEFT JOIN event_actors s ON s.event = e.id AND s.role = 'source' "
                "LEFT JOIN event_actors t ON t.event = e.id AND t.role = 'target' "
                f"WHERE e.id NOT IN ({COMPOUND}) AND {where} "
                f"GROUP BY {', '.join(str(i) for i in range(1, len(self.keys) + 1))}")

    def add_sql(self, where: str = "true") -> str:
        """Add the cells of the simple events matching ``where`` to the table."""
        added = ", ".join(f"{v} = {self.name}.{v} + excluded.{v}" for v in VALUES)
        return (f"INSERT INTO {self.name} ({', '.join(self.keys)}, {', '.join(VALUES)}) {self.cells_sql(where)} "
                f"ON CONFLICT ({', '.join(self.keys)}) DO UPDATE SET {added}")

    def subtract(self, conn: Any, article: int) -> None:
        """Take the cells of an article's events out of the table."""
        names = [*self.keys] + [f"v_{v}" for v in VALUES]
        same = " AND ".join(f"{self.name}.{k} = c.{k}" for k in self.keys)
        taken = ", ".join(f"{v} = {self.name}.{v} - c.v_{v}" for v in VALUES)
        conn.execute(f"WITH c ({', '.join(names)}) AS ({self.cells_sql('e.article = ?')}) "
                     f"UPDATE {self.name} SET {taken} FROM c WHERE {same}", (article,))
        conn.execute(f"DELETE FROM {self.name} WHERE events <= 0")


_ALL = ("source_code", "source_sector", "target_code", "target_sector", "plover", "quad", "country", "lang",
        "modality")
# Every filter but the text has a column in daily_counts. The monthly tables are smaller (few
# keys, a month a row) and answer what they have the columns for, with month-aligned bounds.
ROLLUPS: tuple[Rollup, ...] = (
    Rollup("daily_counts", ("day", *_ALL)),
    Rollup("monthly_types", ("month", "plover", "quad", "country", "lang", "modality")),
    Rollup("monthly_dyads", ("month", "source_code", "target_code"), groups="code"),
    Rollup("monthly_actors", ("month", "source_code", "source_sector", "target_code", "target_sector"),
           groups="sector"),
)
TABLE = ROLLUPS[0].name

# an event with a second actor in a role (positions count from 0 in each role)
COMPOUND = "SELECT xc.event FROM event_actors xc WHERE xc.position > 0"
# whether the store has any: the partial index lists them (SQLite's planner, left alone, scans the
# actor rows for the first, a tenth of a second in a store of a million events and none compound)
ANY_COMPOUND = "SELECT 1 FROM event_actors xc{index} WHERE xc.position > 0 LIMIT 1"
RETOLD = "SELECT 1 FROM stories WHERE mentions > 1 LIMIT 1"      # a story of several mentions


def table_sql() -> str:
    """The tables, their indexes and the indexes the readers of compound actors and stories use."""
    return ("".join(r.table_sql() for r in ROLLUPS) + """
CREATE INDEX daily_counts_dyad ON daily_counts (source_code, target_code, day);
CREATE INDEX daily_counts_target ON daily_counts (target_code, day);
CREATE INDEX event_actors_compound ON event_actors (event) WHERE position > 0;
CREATE INDEX stories_retold ON stories (id) WHERE mentions > 1;
""")


def groups_index_sql(dialect: Dialect = SQLITE) -> str:
    """The indexes of the dyad tables in the order of their groups (migration 7): an aggregate by
    source and target per month, in key order and limited, reads its first groups from there
    instead of sorting every cell of its months (chronist.store.sql.daily_aggregate_sql)."""
    return "".join(r.groups_index_sql(dialect) for r in ROLLUPS if r.groups)


def fill_sql() -> str:
    """Statements filling every table from the events a store holds."""
    return "".join(r.add_sql() + ";\n" for r in ROLLUPS)


ADD_ARTICLE: tuple[str, ...] = tuple(r.add_sql("e.article = ?") for r in ROLLUPS)


def add_article(conn: Any, article: int) -> None:
    """Add the cells of an article's events (in the transaction that stores them)."""
    for statement in ADD_ARTICLE:
        conn.execute(statement, (article,))


def subtract_article(conn: Any, article: int) -> None:
    """Take the cells of an article's events out of the tables (before the events are deleted)."""
    for rollup in ROLLUPS:
        rollup.subtract(conn, article)


def present(conn: Any) -> tuple[Rollup, ...]:
    """The tables of counts the store has (none before migration 5)."""
    tables = dialect_of(conn).tables(conn)
    return tuple(r for r in ROLLUPS if r.name in tables)


def has_daily(conn: Any) -> bool:
    """Whether the store keeps daily counts (migration 5)."""
    return bool(present(conn))


__all__ = ["ANY_COMPOUND", "COMPOUND", "KEYS", "QUAD_COLUMNS", "RETOLD", "ROLLUPS", "TABLE", "VALUES", "Rollup",
           "actor_key", "add_article", "fill_sql", "groups_index_sql", "has_daily", "present", "subtract_article",
           "table_sql"]
