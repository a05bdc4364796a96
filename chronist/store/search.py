"""The text filter: sentences holding a piece of text, whatever the case of its letters.

The match is LIKE's (SQLite: the case of ASCII letters does not count) or ILIKE's
(PostgreSQL: the case of the letters its locale knows does not count; ASCII ones only in a
database of the C locale), with ``%`` and ``_`` as plain characters, on both databases. How it is
found differs: SQLite stores with the search index of migration 6 (``sentence_trigrams``,
FTS5's trigram tokenizer, every letter case folded) look a piece of three characters or more up
as a phrase of trigrams, which finds every sentence LIKE would and maybe more (other letters
folded), and LIKE checks those few; shorter pieces, and stores without the index, are scanned
with LIKE. PostgreSQL's ILIKE is answered by pg_trgm's GIN index where the migration could make it.
"""
from __future__ import annotations

from typing import Any

from chronist.store.dialect import SQLITE, Dialect, dialect_of

TABLE = "sentence_trigrams"
ROW = 1 << 20                # an index row's id: article * ROW + sentence


def has_trigrams(conn: Any) -> bool:
    """Whether ``conn`` is a SQLite store with the trigram index of its sentences."""
    return dialect_of(conn) is SQLITE and TABLE in SQLITE.tables(conn)


def text_condition(text: str, params: list[Any], *, dialect: Dialect, trigrams: bool) -> str:
    """A condition over ``events e``: the event's sentence holds ``text``; adds its parameter."""
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    like = f"s2.text {dialect.like()} ? ESCAPE '\\'"
    if trigrams and len(text) >= 3:
        params += ['"' + text.replace('"', '""') + '"', f"%{escaped}%"]
        return ("(e.article, e.sentence_idx) IN (SELECT s2.article, s2.idx FROM sentences s2 "
                f"WHERE (s2.article, s2.idx) IN (SELECT rowid / {ROW}, rowid % {ROW} FROM {TABLE} "
                f"WHERE {TABLE} MATCH ?) AND {like})")
    params.append(f"%{escaped}%")
    return f"(e.article, e.sentence_idx) IN (SELECT s2.article, s2.idx FROM sentences s2 WHERE {like})"


__all__ = ["ROW", "TABLE", "has_trigrams", "text_condition"]
