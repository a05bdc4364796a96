"""Plain-text and JSON reports of a ``Score``."""
from __future__ import annotations

from typing import Any

from chronist.errors import InputError
from chronist.eval.score import Accuracy, Counts, Score

BY_CHOICES = ("category", "lang")

ACCURACY_LABELS = {
    "sector": "sector",
    "cameo": "cameo (exact)",
    "cameo_root": "cameo (root)",
    "date": "date",
    "location": "location",
    "modality": "modality",
}


def _rate(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}"


def _counts_table(title: str, rows: list[tuple[str, Counts]]) -> list[str]:
    width = max([len(title)] + [len(name) for name, _ in rows])
    head = f"{title:<{width}}  {'tp':>5} {'fp':>5} {'fn':>5}  {'P':>6} {'R':>6} {'F1':>6}"
    lines = [head, "-" * len(head)]
    for name, c in rows:
        lines.append(f"{name:<{width}}  {c.tp:>5} {c.fp:>5} {c.fn:>5}  "
                     f"{_rate(c.precision):>6} {_rate(c.recall):>6} {_rate(c.f1):>6}")
    return lines


def _accuracy_table(accuracy: dict[str, Accuracy]) -> list[str]:
    title = "matched pairs"
    width = max([len(title)] + [len(ACCURACY_LABELS.get(k, k)) for k in accuracy])
    head = f"{title:<{width}}  {'n':>5} {'correct':>7}  {'acc':>6}"
    lines = [head, "-" * len(head)]
    for key, acc in accuracy.items():
        lines.append(f"{ACCURACY_LABELS.get(key, key):<{width}}  {acc.n:>5} {acc.correct:>7}  "
                     f"{_rate(acc.value):>6}")
    return lines


def format_score(score: Score, *, by: str | None = None) -> str:
    """A plain-text report: overall and per file, optionally per category or language,
    then the accuracies over matched pairs with the number of pairs each is over."""
    if by is not None and by not in BY_CHOICES:
        raise InputError(f"cannot break a score down by {by!r}; use one of {', '.join(BY_CHOICES)}")
    lines = [f"{score.records} records, {score.tp + score.fn} gold events, "
             f"{score.tp + score.fp} predicted events", ""]
    rows = [("overall", score.overall)] + sorted(score.by_file.items())
    lines += _counts_table("file", rows)
    if by == "category":
        lines += [""] + _counts_table("category", list(score.by_category.items()))
    elif by == "lang":
        lines += [""] + _counts_table("lang", list(score.by_lang.items()))
    lines += [""] + _accuracy_table(score.accuracy)
    if score.unknown_ids:
        lines += ["", f"{len(score.unknown_ids)} prediction ids match no gold record "
                      f"(first: {score.unknown_ids[0]})"]
    return "\n".join(lines) + "\n"


def _counts_dict(c: Counts) -> dict[str, Any]:
    return {"tp": c.tp, "fp": c.fp, "fn": c.fn,
            "precision": c.precision, "recall": c.recall, "f1": c.f1}


def score_to_dict(score: Score) -> dict[str, Any]:
    """The score as plain JSON-ready data (rates are null where undefined)."""
    return {
        "records": score.records,
        "overall": _counts_dict(score.overall),
        "by_file": {k: _counts_dict(v) for k, v in sorted(score.by_file.items())},
        "by_category": {k: _counts_dict(v) for k, v in score.by_category.items()},
        "by_lang": {k: _counts_dict(v) for k, v in score.by_lang.items()},
        "accuracy": {k: {"correct": a.correct, "n": a.n, "accuracy": a.value}
                     for k, a in score.accuracy.items()},
        "misses": [{"id": m.record_id, "file": m.file, "why": m.why, "event": m.event}
                   for m in score.misses],
        "false_positives": [{"id": e.record_id, "file": e.file, "event": e.event}
                            for e in score.extras],
        "unknown_ids": list(score.unknown_ids),
    }
