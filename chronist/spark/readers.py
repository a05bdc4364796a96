"""Articles for the Spark job: which inputs there are (on the driver), and reading them (on executors).

The driver only lists: local files and folders through :func:`chronist.io.readers.list_sources`
(so a folder is walked as ``chronist ingest`` walks it, with the same names), URIs with a scheme
(``hdfs://``, ``s3a://``, ``gs://``) and Parquet datasets are left to Spark. The executors read:
each task turns one file into articles with Chronist's own readers (plain text, JSON Lines,
HTML, feeds, CSV), so articles get the ids, dates and problems ``chronist ingest`` gives them.

Every input item becomes one plain row (:func:`item_row`): the article's fields, or the state
(``skipped``/``failed``) and reason the reader decided. Rows are keyed by ``(hash, seq)``: the
article's content hash (a problem row: the hash of its store key) and its place in the input
order, so the job can spread them over partitions by hash and find duplicates by sorting.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from chronist.errors import InputError
from chronist.io.readers import (DEFAULT_MAX_CHARS, KINDS, Input, Listing, Source, input_key, iter_inputs,
                                 list_sources)
from chronist.model import Article

#: Seq numbers: the file's number times this, plus the item's number in the file.
SEQ_STRIDE = 1 << 32
PARQUET = (".parquet", ".parq")


@dataclass(slots=True)
class Plan:
    """What the driver found: files to read on executors, remote URIs, Parquet datasets."""

    files: list[tuple[int, str, str, str, int]] = field(default_factory=list)  # (number, path, name, kind, size)
    remote: list[tuple[int, str]] = field(default_factory=list)                # (number, URI)
    parquet: list[tuple[int, str]] = field(default_factory=list)               # (number, path or URI)
    ignored: list[str] = field(default_factory=list)


def _is_parquet(name: str) -> bool:
    path = Path(name)
    if name.lower().endswith(PARQUET):
        return True
    if "://" not in name and path.is_dir():
        files = [p for p in path.rglob("*") if p.is_file() and not p.name.startswith(("_", "."))]
        return bool(files) and all(p.suffix.lower() in PARQUET for p in files)
    return False


def plan_inputs(names: list[str]) -> Plan:
    """Sort the command-line inputs into local files, remote URIs and Parquet datasets.

    Raises InputError for a local name that does not exist, before Spark starts any work.
    """
    plan = Plan()
    number = 0
    for name in names:
        if name == "-":
            raise InputError("the Spark job cannot read standard input; save it to a file first")
        if _is_parquet(name):
            plan.parquet.append((number, name))
            number += 1
        elif "://" in name and not name.startswith("file://"):
            plan.remote.append((number, name))
            number += 1
        else:
            listing = list_sources([name.removeprefix("file://")])
            plan.ignored += [str(p) for p in listing.ignored]
            for source in listing.sources:
                kind = "problem" if source.problem else source.kind
                plan.files.append((number, str(source.path), source.name, kind, source.size))
                number += 1
    return plan


# -- rows --------------------------------------------------------------------------


def item_row(item: Input, seq: int) -> dict[str, Any]:
    """One input item as a plain row (picklable, no Chronist types)."""
    a = item.article
    return {"seq": seq, "where": item.where, "state": item.state, "reason": item.reason, "key": item.key,
            "id": a.id, "text": a.text, "title": a.title, "source": a.source, "url": a.url,
            "date": a.date.isoformat() if a.date else None, "lang": a.lang, "sentences": a.sentences}


def row_article(row: dict[str, Any]) -> Article:
    return Article(text=row["text"], id=row["id"], title=row["title"], source=row["source"], url=row["url"],
                   date=dt.date.fromisoformat(row["date"]) if row["date"] else None, lang=row["lang"],
                   sentences=row["sentences"])


def keyed(row: dict[str, Any]) -> tuple[tuple[str, int], dict[str, Any]]:
    """``((hash, seq), row)``: articles by content hash, problems by the hash of their key."""
    if row["state"] is None:
        digest = hashlib.sha256(row["text"].encode("utf-8")).hexdigest()
    else:
        digest = hashlib.sha256((row["key"] or row["where"]).encode("utf-8")).hexdigest()
    return (digest, row["seq"]), row


def partition_of(key: tuple[str, int], partitions: int) -> int:
    """The partition of a key: by its hash alone, so duplicates meet (and in seq order, once sorted)."""
    return int(key[0][:12], 16) % partitions


# -- executors: reading ----------------------------------------------------------


def read_file(entry: tuple[int, str, str, str, int], *, date: dt.date | None, lang: str | None,
              max_chars: int = DEFAULT_MAX_CHARS) -> Iterator[dict[str, Any]]:
    """The items of one local file (on an executor), as rows."""
    number, path, name, kind, size = entry
    source = Source(Path(path), name, kind, size,
                    problem="cannot be read (a dangling or looping link, no permission, or not a regular file)"
                    if kind == "problem" else None)
    for n, item in enumerate(iter_inputs(Listing(sources=[source]), date=date, lang=lang, max_chars=max_chars)):
        yield item_row(item, number * SEQ_STRIDE + n)


def read_remote(number: int, uri: str, data: bytes, *, date: dt.date | None, lang: str | None,
                max_chars: int = DEFAULT_MAX_CHARS) -> Iterator[dict[str, Any]]:
    """The items of one remote file (its bytes from ``binaryFiles``), as rows named by the URI."""
    name = uri.rstrip("/").rsplit("/", 1)[-1]
    suffix = Path(name).suffix.lower()
    with tempfile.TemporaryDirectory(prefix="chronist-spark-") as folder:
        path = Path(folder) / (name or "input")
        path.write_bytes(data)
        listing = list_sources([path])
        for source in listing.sources:
            source.name = name
            source.kind = KINDS.get(suffix, source.kind)
        for n, item in enumerate(iter_inputs(listing, date=date, lang=lang, max_chars=max_chars)):
            item.where = item.where.replace(str(path), uri)
            if item.key is not None:
                item.key = input_key(item.where)
            yield item_row(item, number * SEQ_STRIDE + n)


def parquet_row(record: dict[str, Any], *, seq: int, where: str, date: dt.date | None,
                lang: str | None, max_chars: int = DEFAULT_MAX_CHARS) -> dict[str, Any]:
    """One row of a Parquet dataset of articles (columns ``text`` and optionally ``id``, ``title``,
    ``date`` or ``pub_date``, ``url``, ``source``, ``lang``), read as a JSON Lines record is."""
    from chronist.io.readers import _one, _problem, _record_article, _too_long  # one reading rule
    record = {k: (v.isoformat() if isinstance(v, (dt.date, dt.datetime)) else v) for k, v in record.items()
              if v is not None}
    article_id = str(record.get("id") or where.rsplit("/", 1)[-1])
    text = record.get("text")
    if not isinstance(text, str):
        item = _problem(where, "failed", 'a row needs a "text" string column', article_id=article_id)
    elif not text.strip():
        item = _problem(where, "skipped", "no text: the row's text is empty", article_id=article_id)
    elif len(text) > max_chars:
        item = _problem(where, "skipped", _too_long(len(text), max_chars), article_id=article_id)
    else:
        for name in ("id", "title", "url", "source", "lang", "date", "pub_date"):
            if name in record and not isinstance(record[name], str):
                record[name] = str(record[name])
        item = _one(where, text, lambda: _record_article({k: v for k, v in record.items() if k != "events"},
                                                         where=where, article_id=article_id, date=date,
                                                         lang=lang), article_id=article_id, done=0)
    return item_row(item, seq)

