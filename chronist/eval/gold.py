"""Gold event records: reading and validating ../shared/eval/FORMAT.md.

A gold file is JSON Lines, one record per sentence, UTF-8. ``read_gold`` checks
every line against the format and raises ``GoldFormatError`` naming the file,
the line number, the bad value and how to fix it; nothing is silently dropped.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from chronist.coding.ontology import LEGACY_NAMES, PLOVER_CATEGORIES, current_type
from chronist.errors import GoldFormatError, InputError
from chronist.model import MODALITIES

log = logging.getLogger(__name__)

SECTORS = (
    "GOV", "MIL", "REB", "OPP", "COP", "JUD", "LEG", "PTY", "BUS", "MED",
    "CVL", "REF", "EDU", "HLH", "ELI",
)

RECORD_KEYS = {"id", "lang", "text", "pub_date", "doc", "events"}
REQUIRED_KEYS = ("id", "lang", "text", "events")
EVENT_KEYS = {"source", "target", "plover", "cameo", "event_text", "date",
              "location", "modality"}
ACTOR_KEYS = {"actor", "sector", "text"}

ACTOR_CODE = re.compile(r"[A-Z]{3}|(?:IGO|NGO):[A-Z0-9_]+")
CAMEO_CODE = re.compile(r"\d{2,4}")
_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_MONTH = re.compile(r"(\d{4})-(\d{2})")
_WEEK = re.compile(r"(\d{4})-W(\d{2})")


@dataclass(slots=True)
class GoldRecord:
    """One gold sentence with the events it holds (possibly none)."""

    id: str
    lang: str
    text: str
    pub_date: dt.date | None
    doc: str | None
    events: list[dict[str, Any]] = field(default_factory=list)
    file: str = ""
    line: int = 0


def parse_iso_date(value: str) -> str | None:
    """The canonical form of an event date, or None when it is not one.

    Accepted: ``YYYY-MM-DD``, ``YYYY-MM`` and ISO weeks ``YYYY-Www``; the
    calendar values must exist (month 1-12, a real day, week 1-53 of that year).
    """
    text = value.strip()
    if m := _DAY.fullmatch(text):
        try:
            return dt.date(int(m[1]), int(m[2]), int(m[3])).isoformat()
        except ValueError:
            return None
    if m := _MONTH.fullmatch(text):
        return text if 1 <= int(m[2]) <= 12 else None
    if m := _WEEK.fullmatch(text.upper()):
        try:
            dt.date.fromisocalendar(int(m[1]), int(m[2]), 1)
        except ValueError:
            return None
        return text.upper()
    return None


class _Line:
    """Error helper bound to one line of one file."""

    __slots__ = ("where",)

    def __init__(self, path: Path, lineno: int) -> None:
        self.where = f"{path}:{lineno}"

    def fail(self, problem: str, fix: str) -> GoldFormatError:
        return GoldFormatError(f"{self.where}: {problem}; {fix} (see ../shared/eval/FORMAT.md)")


def _check_actor(at: _Line, actor: Any, where: str) -> None:
    if not isinstance(actor, dict):
        raise at.fail(f"{where} is {actor!r}, not an object",
                      'write each actor as {"actor": "USA", ...}')
    unknown = sorted(set(actor) - ACTOR_KEYS)
    if unknown:
        raise at.fail(f"{where} has unknown keys {unknown}",
                      f"use only {sorted(ACTOR_KEYS)}")
    code = actor.get("actor")
    if not isinstance(code, str) or not ACTOR_CODE.fullmatch(code):
        raise at.fail(f"{where}.actor is {code!r}",
                      "give an ISO 3166-1 alpha-3 code (USA), IGO:<NAME>, NGO:<NAME> or UNK")
    sector = actor.get("sector")
    if sector is not None and sector not in SECTORS:
        raise at.fail(f"{where}.sector is {sector!r}", f"use one of {', '.join(SECTORS)} or leave it out")
    if "text" in actor and not isinstance(actor["text"], str):
        raise at.fail(f"{where}.text is {actor['text']!r}", "give the actor's words as a string")


def _check_event(at: _Line, event: Any, n: int) -> None:
    where = f"events[{n}]"
    if not isinstance(event, dict):
        raise at.fail(f"{where} is {event!r}, not an object", "write each event as a JSON object")
    unknown = sorted(set(event) - EVENT_KEYS)
    if unknown:
        raise at.fail(f"{where} has unknown keys {unknown}", f"use only {sorted(EVENT_KEYS)}")
    for role in ("source", "target"):
        if role not in event:
            raise at.fail(f"{where} has no {role!r}", f"add {role!r} as a list of actors")
        actors = event[role]
        if not isinstance(actors, list):
            raise at.fail(f"{where}.{role} is {actors!r}, not a list",
                          "write actors as a list, compound actors as several entries")
        for k, actor in enumerate(actors):
            _check_actor(at, actor, f"{where}.{role}[{k}]")
    if not event["source"]:
        raise at.fail(f"{where}.source is empty", "give at least one source actor (UNK when unknown)")
    plover = event.get("plover")
    if not isinstance(plover, str) or (plover not in PLOVER_CATEGORIES and plover not in LEGACY_NAMES):
        raise at.fail(f"{where}.plover is {plover!r}", f"use one of {', '.join(PLOVER_CATEGORIES)} "
                      f"(or an older name: {', '.join(LEGACY_NAMES)})")
    event["plover"] = current_type(plover)          # older names are read as the PLOVER 2.0 type
    cameo = event.get("cameo")
    if cameo is not None and not (isinstance(cameo, str) and CAMEO_CODE.fullmatch(cameo)):
        raise at.fail(f"{where}.cameo is {cameo!r}", 'write the CAMEO code as a string of 2 to 4 digits ("040")')
    date = event.get("date")
    if date is not None and not (isinstance(date, str) and parse_iso_date(date)):
        raise at.fail(f"{where}.date is {date!r}", "write YYYY-MM-DD, YYYY-MM or YYYY-Www, or leave it out")
    modality = event.get("modality")
    if modality is not None and modality not in MODALITIES:
        raise at.fail(f"{where}.modality is {modality!r}", f"use one of {', '.join(MODALITIES)} or leave it out")
    for key in ("location", "event_text"):
        value = event.get(key)
        if value is not None and not isinstance(value, str):
            raise at.fail(f"{where}.{key} is {value!r}", "give it as a string or leave it out")


def _parse_record(at: _Line, line: str, path: Path, lineno: int) -> GoldRecord:
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        raise at.fail(f"invalid JSON ({exc.msg} at column {exc.colno})",
                      "write one complete JSON object per line") from None
    if not isinstance(obj, dict):
        raise at.fail(f"line holds {type(obj).__name__}, not an object", "write one JSON object per line")
    missing = [k for k in REQUIRED_KEYS if k not in obj]
    if missing:
        raise at.fail(f"missing field(s) {missing}", f"every record needs {list(REQUIRED_KEYS)}")
    unknown = sorted(set(obj) - RECORD_KEYS)
    if unknown:
        raise at.fail(f"unknown field(s) {unknown}", f"use only {sorted(RECORD_KEYS)}")
    rid = obj["id"]
    if not isinstance(rid, str) or not rid.strip():
        raise at.fail(f"id is {rid!r}", "give every record a non-empty string id")
    from chronist.lang import available
    if obj["lang"] not in available():
        raise at.fail(f"lang is {obj['lang']!r}", f"use one of {', '.join(available())}")
    if not isinstance(obj["text"], str):
        raise at.fail(f"text is {obj['text']!r}", "give the sentence as a string")
    pub = obj.get("pub_date")
    pub_date: dt.date | None = None
    if pub is not None:
        if not (isinstance(pub, str) and _DAY.fullmatch(pub) and parse_iso_date(pub)):
            raise at.fail(f"pub_date is {pub!r}", "write the publication date as YYYY-MM-DD or null")
        pub_date = dt.date.fromisoformat(pub)
    doc = obj.get("doc")
    if doc is not None and not isinstance(doc, str):
        raise at.fail(f"doc is {doc!r}", "give the article id as a string or null")
    events = obj["events"]
    if not isinstance(events, list):
        raise at.fail(f"events is {events!r}, not a list", "write events as a list ([] for none)")
    for n, event in enumerate(events):
        _check_event(at, event, n)
    return GoldRecord(id=rid, lang=obj["lang"], text=obj["text"], pub_date=pub_date, doc=doc,
                      events=events, file=str(path), line=lineno)


def read_gold(path: str | Path) -> list[GoldRecord]:
    """Read and validate one gold JSON Lines file; blank lines are skipped.

    Raises ``GoldFormatError`` (with file and line) for any line that breaks the
    format, and ``InputError`` when the file cannot be read at all.
    """
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read gold file {path}: {exc.strerror}; check the path") from None
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    records: list[GoldRecord] = []
    seen: dict[str, int] = {}
    for lineno, raw in enumerate(data.split(b"\n"), start=1):
        at = _Line(path, lineno)
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise at.fail(f"bytes {raw[exc.start:exc.end]!r} are not UTF-8",
                          "save the file as UTF-8") from None
        if not line.strip():
            continue
        record = _parse_record(at, line, path, lineno)
        if record.id in seen:
            raise at.fail(f"id {record.id!r} was already used on line {seen[record.id]}",
                          "give every record its own id")
        seen[record.id] = lineno
        records.append(record)
    log.debug("read %d gold records from %s", len(records), path)
    return records


HALVES = ("dev", "check")


def half_of(records: list[GoldRecord], half: str) -> list[GoldRecord]:
    """The records of one half of a gold file, split by article: ``dev`` to develop against,
    ``check`` to see whether a rule generalises.

    The articles (``doc``, else the record's own id) of each file are ranked by a hash of
    their id and dealt alternately to ``dev`` and ``check``, so each half holds about half
    the articles, the split never depends on the order of the file, and the same article
    falls in the same half in every language.
    """
    if half not in HALVES:
        raise InputError(f"half {half!r} is not one of {', '.join(HALVES)}")
    chosen: list[GoldRecord] = []
    by_file: dict[str, list[GoldRecord]] = {}
    for record in records:
        by_file.setdefault(record.file, []).append(record)
    for file_records in by_file.values():
        docs = sorted({r.doc or r.id for r in file_records},
                      key=lambda d: hashlib.sha1(d.encode("utf-8")).hexdigest())
        keep = {d for n, d in enumerate(docs) if n % 2 == HALVES.index(half)}
        chosen.extend(r for r in file_records if (r.doc or r.id) in keep)
    return chosen
