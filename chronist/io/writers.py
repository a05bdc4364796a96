"""Writing event records: a table for people, JSON Lines and CSV for programs."""
from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable

FORMATS = ("table", "jsonl", "csv")
CSV_FIELDS = ("id", "article", "sentence_index", "date", "source", "plover", "cameo", "target", "modality",
              "location", "quad", "goldstein", "confidence", "event_text", "sentence")


def _actors(actors: list[dict]) -> str:
    return "+".join(a["actor"] + (f"/{a['sector']}" if a.get("sector") else "") for a in actors) or "-"


def _flat(record: dict) -> dict:
    row = {k: record.get(k) for k in CSV_FIELDS}
    row["source"] = _actors(record["source"])
    row["target"] = _actors(record["target"])
    return row


def format_records(records: Iterable[dict], fmt: str) -> str:
    """All records in one format; ``table`` is for reading, not parsing."""
    records = list(records)
    if fmt == "jsonl":
        return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
    if fmt == "csv":
        out = io.StringIO()
        writer = csv.DictWriter(out, fieldnames=CSV_FIELDS, lineterminator="\n")
        writer.writeheader()
        for r in records:
            writer.writerow(_flat(r))
        return out.getvalue()
    if fmt == "table":
        return _table(records)
    raise ValueError(f"unknown format {fmt!r}")


def _table(records: list[dict]) -> str:
    if not records:
        return "(no events)\n"
    header = ("date", "source", "event", "target", "modality", "where", "words")
    rows = [(r.get("date") or "", _actors(r["source"]), f"{r['plover']} {r['cameo']}", _actors(r["target"]),
             r.get("modality") or "", r.get("location") or "", r.get("event_text") or "") for r in records]
    widths = [max(len(str(x)) for x in col) for col in zip(header, *rows)]
    lines = ["  ".join(str(x).ljust(w) for x, w in zip(row, widths)).rstrip() for row in [header, *rows]]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines) + f"\n({len(records)} events)\n"
