"""Export stored events with PLOVER's field names: JSON Lines, CSV or Parquet.

One record per event. The PLOVER fields (names as in the PLOVER manual's data
fields): ``id``, ``date``, ``event`` (the PLOVER 2.0 type), ``mode``, ``context`` (a list),
``src_actor``,
``src_agent``, ``tgt_actor``, ``tgt_agent`` (lists: compound actors are one
entry each, agent = sector, "" when none), ``src_text``, ``tgt_text``,
``event_text``, ``country``, ``place``, ``lat``, ``long``, ``story_id``,
``story_date``, ``publication``, ``url``, ``language``, ``text`` (the
sentence). Chronist's own additions keep their names: ``cameo``, ``quad``,
``goldstein``, ``modality``, ``date_basis``, ``confidence``. Mode and context are
those the PLOVER manual gives the event's CAMEO code (none where it gives none).

CSV joins list fields with ``;``. Parquet is written by DuckDB, with list
columns as ``VARCHAR[]``.
"""
from __future__ import annotations

import csv
import json
import os
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, TextIO

from chronist.errors import InputError

EXPORT_FORMATS = ("jsonl", "csv", "parquet")

# name -> DuckDB type (for Parquet)
FIELDS: dict[str, str] = {
    "id": "VARCHAR", "date": "VARCHAR", "event": "VARCHAR", "mode": "VARCHAR", "context": "VARCHAR[]",
    "src_actor": "VARCHAR[]", "src_agent": "VARCHAR[]", "src_text": "VARCHAR[]",
    "tgt_actor": "VARCHAR[]", "tgt_agent": "VARCHAR[]", "tgt_text": "VARCHAR[]",
    "event_text": "VARCHAR", "country": "VARCHAR", "place": "VARCHAR", "lat": "DOUBLE", "long": "DOUBLE",
    "story_id": "VARCHAR", "story_date": "VARCHAR", "publication": "VARCHAR", "url": "VARCHAR",
    "language": "VARCHAR", "text": "VARCHAR", "sentence_index": "INTEGER",
    "cameo": "VARCHAR", "quad": "VARCHAR", "goldstein": "DOUBLE", "modality": "VARCHAR",
    "date_basis": "VARCHAR", "confidence": "DOUBLE",
}
_LISTS = tuple(name for name, kind in FIELDS.items() if kind.endswith("[]"))


def plover_records(records: Iterable[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    """Store records (``Store.iter_events(with_article=True)``) as PLOVER-named export records.

    ``id`` is ``article:sentence:n``, n counting the events of a sentence in
    text order, so it is stable for a given store.
    """
    last, n = None, 0
    for r in records:
        key = (r["article"], r["sentence_index"])
        n = n + 1 if key == last else 1
        last = key
        story = r.get("story") or {}
        yield {
            "id": f"{r['article']}:{r['sentence_index']}:{n}",
            "date": r.get("date"),
            "event": r["plover"],
            "mode": r.get("mode"),
            "context": list(r.get("context") or []),
            "src_actor": [a["actor"] for a in r["source"]],
            "src_agent": [a.get("sector") or "" for a in r["source"]],
            "src_text": [a.get("text") or "" for a in r["source"]],
            "tgt_actor": [a["actor"] for a in r["target"]],
            "tgt_agent": [a.get("sector") or "" for a in r["target"]],
            "tgt_text": [a.get("text") or "" for a in r["target"]],
            "event_text": r.get("event_text"),
            "country": r.get("location_country"),
            "place": r.get("location"),
            "lat": r.get("lat"),
            "long": r.get("lon"),
            "story_id": r["article"],
            "story_date": story.get("pub_date"),
            "publication": story.get("source"),
            "url": story.get("url"),
            "language": story.get("lang"),
            "text": r.get("sentence"),
            "sentence_index": r["sentence_index"],
            "cameo": r.get("cameo"),
            "quad": r.get("quad"),
            "goldstein": r.get("goldstein"),
            "modality": r.get("modality"),
            "date_basis": r.get("date_basis"),
            "confidence": r.get("confidence"),
        }


def write_jsonl(records: Iterable[dict[str, Any]], out: TextIO) -> int:
    n = 0
    for n, record in enumerate(records, 1):
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return n


def write_csv(records: Iterable[dict[str, Any]], out: TextIO) -> int:
    writer = csv.DictWriter(out, fieldnames=list(FIELDS), lineterminator="\n")
    writer.writeheader()
    n = 0
    for n, record in enumerate(records, 1):
        writer.writerow({k: ";".join(v) if k in _LISTS else v for k, v in record.items()})
    return n


def write_parquet(records: Iterable[dict[str, Any]], path: str | Path) -> int:
    """Write a Parquet file (through a temporary JSON Lines file that DuckDB reads); return the count."""
    import duckdb
    path = Path(path)
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", encoding="utf-8", delete=False,
                                     dir=path.parent if path.parent.is_dir() else None) as spool:
        n = write_jsonl(records, spool)
    try:
        columns = "{" + ", ".join(f"{name!r}: {kind!r}" for name, kind in FIELDS.items()) + "}"
        target = str(path).replace("'", "''")
        spool_name = spool.name.replace("'", "''")
        with duckdb.connect() as con:
            con.execute(f"COPY (SELECT * FROM read_json('{spool_name}', format = 'newline_delimited', "
                        f"columns = {columns})) TO '{target}' (FORMAT parquet)")
    except duckdb.Error as exc:
        raise InputError(f"cannot write {path}: {exc}; check the folder is writable") from None
    finally:
        os.unlink(spool.name)
    return n


def export(records: Iterable[dict[str, Any]], *, fmt: str, out: TextIO | None = None,
           path: str | Path | None = None) -> int:
    """Write PLOVER export records in ``fmt`` to ``out`` (jsonl, csv) or ``path`` (any); return the count."""
    if fmt not in EXPORT_FORMATS:
        raise InputError(f"unknown export format {fmt!r}; use one of {', '.join(EXPORT_FORMATS)}")
    rows = plover_records(records)
    if fmt == "parquet":
        if path is None:
            raise InputError("Parquet is binary: give a file with --output, e.g. --output events.parquet")
        return write_parquet(rows, path)
    if path is not None:
        with open(path, "w", encoding="utf-8", newline="") as handle:
            return (write_jsonl if fmt == "jsonl" else write_csv)(rows, handle)
    return (write_jsonl if fmt == "jsonl" else write_csv)(rows, out)
