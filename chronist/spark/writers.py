"""What the Spark job writes, and loading it into the store.

Two datasets under ``--out``:

``events/``
    The flat record of ``chronist export --format parquet`` (``chronist.io.export.FIELDS``, in
    its order and with its types: lists as ``array<string>``, dates as ``date``, CAMEO codes as
    strings, the stable ``id``), partitioned by ``event_date=YYYY-MM-DD`` (the first day the
    event's date covers; ``__HIVE_DEFAULT_PARTITION__`` for events without a date). Every file
    holds every column, ``date`` included; the partition column comes on top.
``articles/``
    One row per input item, whatever became of it (``ARTICLE_FIELDS``): ``coded`` with its counts,
    ``skipped`` with the reason (duplicate, unsupported language, no text, too long), ``failed``
    with the error. ``document`` is the coded article's sentences and full events as JSON (spans,
    actor names: what the store keeps and the flat record does not), so :func:`load` can rebuild
    what ``chronist ingest`` would have stored.

:func:`load` needs neither Spark nor Java: it reads the Parquet files with DuckDB.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import json
import logging
from pathlib import Path
from typing import Any

from chronist.errors import InputError
from chronist.io.export import FIELDS, document_records, flat_record
from chronist.model import Actor, Article, Document, Event, Sentence

log = logging.getLogger(__name__)

EVENTS, ARTICLES, PARTITIONS = "events", "articles", "partitions"
PARTITION_COLUMN = "event_date"

# name -> Spark SQL type of the articles dataset
ARTICLE_FIELDS: dict[str, str] = {
    "seq": "bigint", "article_id": "string", "where": "string", "key": "string", "content_hash": "string",
    "state": "string", "reason": "string", "lang": "string", "title": "string", "source": "string",
    "url": "string", "pub_date": "date", "text": "string", "sentences": "int", "events": "int",
    "seconds": "double", "document": "string",
}
# per-partition statistics (start-up cost, throughput, memory) for the benchmark and the log
PARTITION_FIELDS: dict[str, str] = {
    "partition": "int", "pid": "int", "articles": "int", "sentences": "int", "events": "int",
    "pipeline_seconds": "double", "coding_seconds": "double", "seconds": "double", "peak_rss_mb": "double",
}
_SPARK_TYPES = {"VARCHAR": "string", "DATE": "date", "VARCHAR[]": "array<string>", "DOUBLE": "double",
                "INTEGER": "int"}
_DATES = tuple(name for name, kind in FIELDS.items() if kind == "DATE")


def ddl(fields: dict[str, str]) -> str:
    """A Spark DDL schema string from ``name -> type``."""
    return ", ".join(f"`{name}` {kind}" for name, kind in fields.items())


def events_ddl() -> str:
    """The events dataset's schema: the flat export record's, in Spark's types."""
    return ddl({name: _SPARK_TYPES[kind] for name, kind in FIELDS.items()})


def _day(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def event_rows(doc: Document) -> list[tuple]:
    """The flat export records of a coded document, as tuples in ``FIELDS`` order."""
    out = []
    for record in document_records(doc, coded_at=""):
        flat = flat_record(record)
        for name in _DATES:
            flat[name] = _day(flat[name])
        out.append(tuple(flat[name] for name in FIELDS))
    return out


def _event_json(event: Event) -> dict[str, Any]:
    # the time and place phrases are clues of stages that have run: not stored
    data = {f.name: getattr(event, f.name) for f in dataclasses.fields(Event)
            if f.name not in ("time_phrase", "place_phrase")}
    data["source"] = [dataclasses.asdict(a) for a in event.source]
    data["target"] = [dataclasses.asdict(a) for a in event.target]
    return data


def document_json(doc: Document) -> str:
    """The parts of a coded document the store keeps, as JSON."""
    return json.dumps({"lang": doc.lang,
                       "sentences": [[s.index, s.text, s.start, s.end, s.caption] for s in doc.sentences],
                       "events": [_event_json(e) for e in doc.events]}, ensure_ascii=False)


def article_row(row: dict[str, Any], *, state: str, reason: str | None, content_hash: str | None,
                doc: Document | None = None, seconds: float | None = None, key: str | None = None) -> tuple:
    """One row of the articles dataset (``ARTICLE_FIELDS`` order) for an input row of the reader."""
    values = {"seq": row["seq"], "article_id": row["id"], "where": row["where"], "key": key or row["key"],
              "content_hash": content_hash, "state": state, "reason": reason,
              "lang": doc.lang if doc is not None else row["lang"], "title": row["title"],
              "source": row["source"], "url": row["url"], "pub_date": _day(row["date"]), "text": row["text"],
              "sentences": len(doc.sentences) if doc is not None else None,
              "events": len(doc.events) if doc is not None else None, "seconds": seconds,
              "document": document_json(doc) if doc is not None else None}
    return tuple(values[name] for name in ARTICLE_FIELDS)


# -- load ---------------------------------------------------------------------------


def _rebuild(row: dict[str, Any], article: Article) -> Document:
    data = json.loads(row["document"])
    doc = Document(article=article, lang=data["lang"])
    doc.sentences = [Sentence(index=i, text=t, start=s, end=e, caption=bool(c)) for i, t, s, e, c in data["sentences"]]
    for e in data["events"]:
        e["source"] = [Actor(**a) for a in e["source"]]
        e["target"] = [Actor(**a) for a in e["target"]]
        doc.events.append(Event(**e))
    return doc


def load(out: str | Path, *, store) -> dict[str, int]:
    """Store the Spark job's output under ``out`` (as ``chronist ingest`` would have stored the same
    input); idempotent: articles already stored (by content hash or problem key) are left alone.
    Returns counts: ``coded``, ``skipped``, ``failed`` (newly stored), ``already``, ``events``."""
    import duckdb
    folder = Path(out)
    articles = folder / ARTICLES
    if not articles.is_dir() or not any(articles.rglob("*.parquet")):
        raise InputError(f"{out}: no Spark output here (no {ARTICLES}/*.parquet); "
                         "give the --out folder of `chronist spark`")
    pattern = str(articles / "**" / "*.parquet").replace("'", "''")
    counts = {"coded": 0, "skipped": 0, "failed": 0, "already": 0, "events": 0}
    with duckdb.connect() as con:
        cursor = con.execute(f"SELECT * FROM read_parquet('{pattern}') ORDER BY seq")
        names = [d[0] for d in cursor.description]
        while batch := cursor.fetchmany(500):
            for values in batch:
                row = dict(zip(names, values))
                article = Article(text=row["text"] or "", id=row["article_id"], title=row["title"],
                                  source=row["source"], url=row["url"], date=row["pub_date"], lang=row["lang"])
                if row["state"] == "coded":
                    doc = _rebuild(row, article)
                    added = store.add(doc)
                    counts["events"] += len(doc.events) if added else 0
                elif store.lookup(row["key"] or article) is not None:
                    added = False          # a failed row would be replaced: loading twice must not
                elif row["state"] == "skipped":
                    added = store.add_skipped(article, row["reason"] or "", key=row["key"])
                else:
                    added = store.add_failed(article, row["reason"] or "", key=row["key"])
                counts[row["state"] if added else "already"] += 1
    return counts
