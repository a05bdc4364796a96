"""Stories and deduplicated events as text tables for people (``chronist stories``, ``events --dedup``)."""
from __future__ import annotations

from collections.abc import Iterable
from typing import Any


def _actors(actors: list[dict]) -> str:
    return "+".join(a["actor"] + (f"/{a['sector']}" if a.get("sector") else "") for a in actors) or "-"


def _table(header: tuple[str, ...], rows: list[tuple], what: str) -> str:
    if not rows:
        return f"(no {what})\n"
    widths = [max(len(str(x)) for x in col) for col in zip(header, *rows)]
    lines = ["  ".join(str(x).ljust(w) for x, w in zip(row, widths)).rstrip() for row in [header, *rows]]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines) + f"\n({len(rows)} {what})\n"


def story_table(records: Iterable[dict[str, Any]]) -> str:
    """Event records of a ``dedup`` query (with ``story_info``), one line per story with its counts."""
    rows = []
    for r in records:
        info = r.get("story_info") or {}
        rows.append((r.get("date") or "", _actors(r["source"]), f"{r['plover']} {r['cameo']}", _actors(r["target"]),
                     info.get("mentions", 1), info.get("articles", 1), info.get("sources", 1),
                     info.get("first_report") or "", r.get("event_text") or ""))
    header = ("date", "source", "event", "target", "mentions", "articles", "sources", "first report", "words")
    return _table(header, rows, "stories")


def stories_table(stories: Iterable[dict[str, Any]]) -> str:
    """Rows of ``Store.stories()``."""
    rows = [(s["id"], s["plover"], s["dyad"], f"{s['date_lo'] or '?'}..{s['date_hi'] or '?'}", s["country"] or "",
             s["mentions"], s["articles"], s["sources"], s["first_report"] or "", s["last_report"] or "")
            for s in stories]
    header = ("story", "type", "dyad", "days", "place", "mentions", "articles", "sources", "first", "last")
    return _table(header, rows, "stories")
