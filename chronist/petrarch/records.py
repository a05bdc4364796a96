"""PETRARCH's validation records (``PETR.UnitTest.records.xml``) coded and checked the way
PETRARCH's validation mode checks them: a record passes when every expected event is
coded and nothing else (``noevents``: nothing at all; ``error``: the record is refused or
discarded as expected)."""
from __future__ import annotations

import datetime as dt
import html
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from chronist.petrarch.coder import PEvent, SentenceCoder
from chronist.petrarch.tree import ParseError, read_tree

_COMMENT = re.compile(r"<!--.*?-->", re.S)
_SENTENCE = re.compile(r"<Sentence\b([^>]*)>(.*?)</Sentence>", re.S)
_ATTR = re.compile(r'(\w+)\s*=\s*("([^"]*)"|\'([^\']*)\')')
_CODING = re.compile(r"<EventCoding\b([^>]*)>")


def _attrs(text: str) -> dict[str, str]:
    return {m.group(1): html.unescape(m.group(3) if m.group(3) is not None else m.group(4))
            for m in _ATTR.finditer(text)}


@dataclass(slots=True)
class Record:
    id: str
    category: str
    date: dt.date | None
    active: bool
    text: str
    parse: str
    expected: list[tuple[str, str, str]] = field(default_factory=list)
    noevents: bool = False
    error: str | None = None


@dataclass(slots=True)
class Outcome:
    record: Record
    passed: bool
    coded: list[tuple[str, str, str]]
    missing: list[tuple[str, str, str]]
    extra: list[tuple[str, str, str]]
    note: str = ""


def read_records(path: str | Path) -> list[Record]:
    text = _COMMENT.sub("", Path(path).read_text(encoding="utf-8", errors="replace"))
    out = []
    for m in _SENTENCE.finditer(text):
        attrs, body = _attrs(m.group(1)), m.group(2)
        date = None
        if re.fullmatch(r"\d{8}", attrs.get("date", "")):
            d = attrs["date"]
            date = dt.date(int(d[:4]), int(d[4:6]), int(d[6:]))
        rec = Record(attrs.get("id", "?"), attrs.get("category", "?"), date,
                     attrs.get("sentence", "true").lower() == "true",
                     " ".join(re.search(r"<Text>(.*?)</Text>", body, re.S).group(1).split())
                     if "<Text>" in body else "",
                     (re.search(r"<Parse>(.*?)</Parse>", body, re.S) or [None, ""])[1])
        for c in _CODING.finditer(body):
            a = _attrs(c.group(1))
            if "error" in a:
                rec.error = a["error"]
            elif a.get("noevents", "").lower() == "true":
                rec.noevents = True
            elif "eventcode" in a:
                rec.expected.append((a.get("sourcecode", ""), a.get("targetcode", ""), a["eventcode"]))
        out.append(rec)
    return out


def run(records: list[Record], coder: SentenceCoder) -> list[Outcome]:
    outcomes = []
    for rec in records:
        try:
            root, leaves = read_tree(rec.parse)
        except ParseError as exc:
            ok = rec.error == "bad_input_parse"
            outcomes.append(Outcome(rec, ok, [], [], [], f"parse refused: {exc}"))
            continue
        words = [l.word for l in leaves]
        if coder.discarded(words):
            ok = rec.error in ("sentencediscard", "storydiscard") or rec.noevents
            outcomes.append(Outcome(rec, ok, [], [], [], "discarded"))
            continue
        events: list[PEvent] = coder.code(root, leaves, rec.date)
        coded = list(dict.fromkeys((e.source, e.target, e.code) for e in events))
        expected = list(dict.fromkeys(rec.expected))
        missing = [e for e in expected if e not in coded]
        extra = [e for e in coded if e not in expected]
        if rec.error:
            ok = False
        else:
            ok = not missing and not extra
        outcomes.append(Outcome(rec, ok, coded, missing, extra))
    return outcomes


def report(outcomes: list[Outcome], *, verbose: bool = True) -> str:
    lines = []
    for o in outcomes:
        if verbose:
            status = "pass" if o.passed else "FAIL"
            detail = ""
            if not o.passed:
                detail = f"  expected {o.record.expected or ('noevents' if o.record.noevents else o.record.error)}"
                detail += f" coded {o.coded}" + (f" ({o.note})" if o.note else "")
            lines.append(f"{status} {o.record.id:<14} {o.record.category:<9}{detail}")
    total, passed = Counter(), Counter()
    for o in outcomes:
        total[o.record.category] += 1
        passed[o.record.category] += o.passed
    lines.append("category   pass/total")
    for cat in sorted(total):
        lines.append(f"{cat:<10} {passed[cat]:>3}/{total[cat]:<3} {passed[cat] / total[cat]:.0%}")
    n, p = sum(total.values()), sum(passed.values())
    lines.append(f"all        {p:>3}/{n:<3} {p / n:.1%}" if n else "no records")
    return "\n".join(lines)
