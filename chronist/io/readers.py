"""Reading articles: plain text files and JSON Lines of articles.

A plain text file is one article; its id is the file name. A JSON Lines file
holds one article a line with ``id`` and ``text`` and optionally ``lang``,
``date`` (or ``pub_date``, as gold files have it), ``title``, ``url``,
``source``; records that share a ``doc`` (gold files) are read as one article
whose sentences are the records' texts, so that pronouns resolve across them.
"""
from __future__ import annotations

import datetime as dt
import json
import logging
from collections.abc import Iterator
from pathlib import Path

from chronist.errors import InputError
from chronist.lang.segments import join_sentences
from chronist.model import Article

log = logging.getLogger(__name__)


def parse_date(value: str | None, *, where: str) -> dt.date | None:
    """An ISO publication date; None stays None."""
    if value in (None, ""):
        return None
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        raise InputError(f"{where}: date {value!r} is not an ISO date; write it as YYYY-MM-DD") from None


def _read_text(path: Path) -> str:
    if not path.exists():
        raise InputError(f"{path}: no such file")
    if path.is_dir():
        raise InputError(f"{path}: is a folder; give the files inside it")
    data = path.read_bytes()
    if b"\x00" in data[:4096]:
        raise InputError(f"{path}: looks like a binary file, not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"{path}: not UTF-8 text (byte {exc.start}); convert it, e.g. iconv -t UTF-8") from None
    if not text.strip():
        raise InputError(f"{path}: the file is empty")
    return text


def read_articles(path: str | Path, *, date: dt.date | None = None, lang: str | None = None) -> list[Article]:
    """The articles in one file. ``date`` and ``lang`` fill in what a record leaves open."""
    path = Path(path)
    text = _read_text(path)
    if path.suffix.lower() in (".jsonl", ".ndjson"):
        return list(_jsonl(text, path, date=date, lang=lang))
    return [Article(text=text, id=path.name, date=date, lang=lang)]


def _jsonl(text: str, path: Path, *, date: dt.date | None, lang: str | None) -> Iterator[Article]:
    groups: dict[str, list[dict]] = {}
    order: list[tuple[str, dict | str]] = []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        where = f"{path}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(f"{where}: not valid JSON ({exc.msg}); one JSON object a line") from None
        if not isinstance(record, dict) or not isinstance(record.get("text"), str):
            raise InputError(f"{where}: a record needs a \"text\" string")
        record["_where"] = where
        doc = record.get("doc")
        if doc:
            if doc not in groups:
                groups[doc] = []
                order.append(("doc", doc))
            groups[doc].append(record)
        else:
            order.append(("record", record))
    for kind, item in order:
        if kind == "record":
            yield _article(item, date=date, lang=lang)
        else:
            yield _document(item, groups[item], date=date, lang=lang)


def _article(record: dict, *, date: dt.date | None, lang: str | None) -> Article:
    where = record["_where"]
    # a gold record is one sentence or passage: keep it whole
    sentences = [record["text"]] if "events" in record else None
    return Article(sentences=sentences, text=record["text"], id=str(record.get("id", where)),
                   title=record.get("title"), url=record.get("url"), source=record.get("source"),
                   date=parse_date(record.get("date", record.get("pub_date")), where=where) or date,
                   lang=record.get("lang") or lang)


def _document(doc: str, records: list[dict], *, date: dt.date | None, lang: str | None) -> Article:
    """Records of one article (gold files): its sentences, in file order."""
    first = _article(records[0], date=date, lang=lang)
    sentences = [r["text"] for r in records]
    first.id = doc
    first.text = join_sentences(sentences)
    first.sentences = sentences
    return first


def record_ids(path: str | Path) -> dict[str, list[str]]:
    """For a JSON Lines file: article id → the record ids of its sentences, in order."""
    ids: dict[str, list[str]] = {}
    for line in _read_text(Path(path)).splitlines():
        if line.strip():
            record = json.loads(line)
            ids.setdefault(record.get("doc") or str(record.get("id")), []).append(str(record.get("id")))
    return ids
