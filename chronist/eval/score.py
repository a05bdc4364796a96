"""Scoring extracted events against gold records (../shared/eval/FORMAT.md).

Matching, within one record (sentence): a predicted event can match a gold
event when the PLOVER categories are equal, at least one source actor code is
shared, and at least one target actor code is shared or both targets are empty
(an empty target on one side only never matches). Actors compare on ``actor``
alone, upper-cased.

Each gold event matches at most one prediction and each prediction at most one
gold event. Among the possible pairs we take a *maximum* matching (as many
pairs as the rules allow), and among the maximum matchings the one whose pairs
agree on the most details: shared source and target codes (and equal code
sets), cameo, date, location and modality (an assignment solved exactly with the Hungarian method,
so the result never depends on the order of the events in a file).

Over matched pairs, accuracies are counted only where the gold gives the value:
sector (per gold actor with a sector that is paired with a predicted actor of
the same code in the same role), cameo (exact and root, i.e. first two digits;
a three-digit code ending in 0 equals its two-digit root: "040" == "04"),
date (equal after normalisation: surrounding space and any time part dropped,
week ``w`` upper-cased), location (case-insensitive, whitespace collapsed) and
modality. A missing predicted value counts as wrong.
"""
from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from chronist.errors import GoldFormatError, InputError
from chronist.coding.ontology import PLOVER_CATEGORIES, current_type
from chronist.eval.gold import GoldRecord, parse_iso_date

log = logging.getLogger(__name__)

ACCURACY_FIELDS = ("sector", "cameo", "cameo_root", "date", "location", "modality")

NO_PREDICTION = "no event predicted"
SOURCE_DIFFERS = "source differs"
TARGET_DIFFERS = "target differs"
BOTH_DIFFER = "source and target differ"
TAKEN = "prediction matched another gold event"


@dataclass(slots=True)
class Counts:
    """True positives, false positives and false negatives, with P/R/F1.

    A rate whose denominator is zero is None (nothing to measure), not 0 or 1.
    """

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float | None:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None

    @property
    def f1(self) -> float | None:
        denom = 2 * self.tp + self.fp + self.fn
        return 2 * self.tp / denom if denom else None


@dataclass(slots=True)
class Accuracy:
    """How many of ``n`` matched pairs got a detail right."""

    correct: int = 0
    n: int = 0

    @property
    def value(self) -> float | None:
        return self.correct / self.n if self.n else None

    def add(self, ok: bool) -> None:
        self.n += 1
        self.correct += int(ok)


@dataclass(slots=True)
class Miss:
    """A gold event no prediction matched, with a guess at why."""

    record_id: str
    event: dict[str, Any]
    why: str
    file: str = ""


@dataclass(slots=True)
class Extra:
    """A prediction that matched no gold event (a false positive)."""

    record_id: str
    event: dict[str, Any]
    file: str = ""


@dataclass(slots=True)
class Score:
    """Everything ``chronist eval`` reports."""

    overall: Counts = field(default_factory=Counts)
    by_file: dict[str, Counts] = field(default_factory=dict)
    by_category: dict[str, Counts] = field(default_factory=dict)
    by_lang: dict[str, Counts] = field(default_factory=dict)
    accuracy: dict[str, Accuracy] = field(
        default_factory=lambda: {name: Accuracy() for name in ACCURACY_FIELDS})
    misses: list[Miss] = field(default_factory=list)
    extras: list[Extra] = field(default_factory=list)
    records: int = 0
    unknown_ids: list[str] = field(default_factory=list)  # prediction keys no record has

    @property
    def tp(self) -> int:
        return self.overall.tp

    @property
    def fp(self) -> int:
        return self.overall.fp

    @property
    def fn(self) -> int:
        return self.overall.fn

    @property
    def precision(self) -> float | None:
        return self.overall.precision

    @property
    def recall(self) -> float | None:
        return self.overall.recall

    @property
    def f1(self) -> float | None:
        return self.overall.f1


# --- normalisation ---------------------------------------------------------

def _codes(actors: Sequence[Any]) -> set[str]:
    return {_code(a) for a in actors} - {""}


def _code(actor: Any) -> str:
    value = actor.get("actor") if isinstance(actor, dict) else actor
    return value.strip().upper() if isinstance(value, str) else ""


def _sector(actor: Any) -> str | None:
    value = actor.get("sector") if isinstance(actor, dict) else None
    return value.strip().upper() if isinstance(value, str) and value.strip() else None


def norm_cameo(value: Any) -> str | None:
    """CAMEO code as a string; "040" (unspecified below 04) becomes "04"."""
    if value is None:
        return None
    text = str(value).strip()
    if len(text) == 3 and text.endswith("0"):
        text = text[:2]
    return text or None


def norm_date(value: Any) -> str | None:
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip().split("T", 1)[0]
    return parse_iso_date(text) or text


def norm_text(value: Any) -> str | None:
    if not isinstance(value, str) or not value.strip():
        return None
    return " ".join(value.split()).casefold()


def _check_predictions(rid: str, events: Any) -> list[dict[str, Any]]:
    if not isinstance(events, list):
        raise InputError(f"predictions for record {rid!r} are {type(events).__name__}, "
                         "not a list; map each record id to a list of event records")
    for n, event in enumerate(events):
        if not isinstance(event, dict):
            raise InputError(f"prediction {n} for record {rid!r} is {event!r}; "
                             "give event records as dicts")
        if not isinstance(event.get("plover"), str):
            raise InputError(f"prediction {n} for record {rid!r} has plover {event.get('plover')!r}; "
                             "every event record needs a PLOVER category")
        for role in ("source", "target"):
            if not isinstance(event.get(role), list):
                raise InputError(f"prediction {n} for record {rid!r} has {role} {event.get(role)!r}; "
                                 "give source and target as lists of actors ([] for none)")
    return events


# --- matching --------------------------------------------------------------

def compatible(gold: Mapping[str, Any], pred: Mapping[str, Any]) -> bool:
    """The FORMAT.md rule: same category, a shared source, a shared or no target."""
    if current_type(str(pred["plover"])) != gold["plover"]:
        return False
    if not _codes(gold["source"]) & _codes(pred["source"]):
        return False
    g_target, p_target = _codes(gold["target"]), _codes(pred["target"])
    if not g_target and not p_target:
        return True
    return bool(g_target & p_target)


def agreement(gold: Mapping[str, Any], pred: Mapping[str, Any]) -> int:
    """How many details a pair shares: actor codes (one point per shared code and
    one more per role whose code sets are equal), cameo, date, location, modality."""
    score = 0
    for role in ("source", "target"):
        g_codes, p_codes = _codes(gold[role]), _codes(pred[role])
        score += len(g_codes & p_codes) + (g_codes == p_codes)
    for key, norm in (("cameo", norm_cameo), ("date", norm_date),
                      ("location", norm_text), ("modality", norm_text)):
        g = norm(gold.get(key))
        if g is not None and g == norm(pred.get(key)):
            score += 1
    return score


def _assign(cost: list[list[int]]) -> dict[int, int]:
    """Minimum-cost assignment of every row to a distinct column (rows <= columns)."""
    n, m = len(cost), len(cost[0])
    inf = float("inf")
    u = [0.0] * (n + 1)
    v = [0.0] * (m + 1)
    p = [0] * (m + 1)
    way = [0] * (m + 1)
    for i in range(1, n + 1):
        p[0] = i
        j0 = 0
        minv = [inf] * (m + 1)
        used = [False] * (m + 1)
        while True:
            used[j0] = True
            i0, delta, j1 = p[j0], inf, 0
            for j in range(1, m + 1):
                if not used[j]:
                    cur = cost[i0 - 1][j - 1] - u[i0] - v[j]
                    if cur < minv[j]:
                        minv[j], way[j] = cur, j0
                    if minv[j] < delta:
                        delta, j1 = minv[j], j
            for j in range(m + 1):
                if used[j]:
                    u[p[j]] += delta
                    v[j] -= delta
                else:
                    minv[j] -= delta
            j0 = j1
            if p[j0] == 0:
                break
        while j0:
            j1 = way[j0]
            p[j0] = p[j1]
            j0 = j1
    return {p[j] - 1: j - 1 for j in range(1, m + 1) if p[j]}


def match(gold: Sequence[Mapping[str, Any]], preds: Sequence[Mapping[str, Any]]) -> dict[int, int]:
    """Pairs (gold index -> prediction index) of a maximum matching that agrees most."""
    weight = [[agreement(g, p) + 1 if compatible(g, p) else 0 for p in preds] for g in gold]
    best = max((w for row in weight for w in row), default=0)
    if best == 0:
        return {}
    # One more pair must outweigh any gain in agreement: lexicographic objective.
    big = best * min(len(gold), len(preds)) + 1
    weight = [[big + w if w else 0 for w in row] for row in weight]
    if len(gold) <= len(preds):
        pairs = _assign([[-w for w in row] for row in weight])
    else:
        flipped = _assign([[-weight[i][j] for i in range(len(gold))] for j in range(len(preds))])
        pairs = {i: j for j, i in flipped.items()}
    return {i: j for i, j in sorted(pairs.items()) if weight[i][j]}


def why_missed(gold: Mapping[str, Any], preds: Sequence[Mapping[str, Any]]) -> str:
    """A short guess at why no prediction of the record matched ``gold``."""
    if not preds:
        return NO_PREDICTION
    if any(compatible(gold, p) for p in preds):
        return TAKEN
    same = [p for p in preds if current_type(str(p["plover"])) == gold["plover"]]
    if not same:
        cats = list(dict.fromkeys(current_type(str(p["plover"])) for p in preds))
        return f"category differs (pred {', '.join(cats)})"
    g_source, g_target = _codes(gold["source"]), _codes(gold["target"])
    if any(g_source & _codes(p["source"]) for p in same):
        return TARGET_DIFFERS
    if any((g_target & _codes(p["target"])) or (not g_target and not _codes(p["target"])) for p in same):
        return SOURCE_DIFFERS
    return BOTH_DIFFER


# --- accuracies ------------------------------------------------------------

def _sector_pairs(gold_actors: Sequence[Any], pred_actors: Sequence[Any]) -> list[tuple[str, str | None]]:
    """(gold sector, predicted sector) for gold actors with a sector paired by code."""
    free = list(pred_actors)
    out: list[tuple[str, str | None]] = []
    for actor in gold_actors:
        sector = _sector(actor)
        code = _code(actor)
        same_code = [p for p in free if _code(p) == code]
        if not same_code:
            continue
        pick = next((p for p in same_code if _sector(p) == sector), same_code[0])
        free.remove(pick)
        if sector is not None:
            out.append((sector, _sector(pick)))
    return out


def _count_accuracies(acc: dict[str, Accuracy], gold: Mapping[str, Any], pred: Mapping[str, Any]) -> None:
    for role in ("source", "target"):
        for g_sector, p_sector in _sector_pairs(gold[role], pred[role]):
            acc["sector"].add(g_sector == p_sector)
    g_cameo = norm_cameo(gold.get("cameo"))
    if g_cameo is not None:
        p_cameo = norm_cameo(pred.get("cameo"))
        acc["cameo"].add(g_cameo == p_cameo)
        acc["cameo_root"].add(p_cameo is not None and g_cameo[:2] == p_cameo[:2])
    for key, norm in (("date", norm_date), ("location", norm_text), ("modality", norm_text)):
        g = norm(gold.get(key))
        if g is not None:
            acc[key].add(g == norm(pred.get(key)))


# --- scoring ---------------------------------------------------------------

def _bump(table: dict[str, Counts], key: str, *, tp: int = 0, fp: int = 0, fn: int = 0) -> None:
    counts = table.setdefault(key, Counts())
    counts.tp += tp
    counts.fp += fp
    counts.fn += fn


def score(records: Sequence[GoldRecord], predictions: Mapping[str, Sequence[Mapping[str, Any]]]) -> Score:
    """Score predicted event records (by record id) against gold records.

    A record id missing from ``predictions`` means nothing was predicted for
    it. Prediction ids no record has are listed in ``Score.unknown_ids`` (and
    logged) but not counted. Record ids must be unique across all records.
    """
    result = Score()
    seen: dict[str, GoldRecord] = {}
    for record in records:
        if record.id in seen:
            first = seen[record.id]
            raise GoldFormatError(
                f"record id {record.id!r} occurs in {first.file}:{first.line} and "
                f"{record.file}:{record.line}; give every gold record its own id")
        seen[record.id] = record
    result.unknown_ids = sorted(set(predictions) - set(seen))
    if result.unknown_ids:
        log.warning("%d prediction ids match no gold record, e.g. %r",
                    len(result.unknown_ids), result.unknown_ids[0])

    for record in records:
        result.records += 1
        preds = _check_predictions(record.id, list(predictions.get(record.id, ())))
        pairs = match(record.events, preds)
        matched_preds = set(pairs.values())
        tables = (result.by_file.setdefault(record.file, Counts()),
                  result.by_lang.setdefault(record.lang, Counts()), result.overall)
        for i, gold in enumerate(record.events):
            if i in pairs:
                _bump(result.by_category, gold["plover"], tp=1)
                for counts in tables:
                    counts.tp += 1
                _count_accuracies(result.accuracy, gold, preds[pairs[i]])
            else:
                _bump(result.by_category, gold["plover"], fn=1)
                for counts in tables:
                    counts.fn += 1
                result.misses.append(Miss(record.id, gold, why_missed(gold, preds), record.file))
        for j, pred in enumerate(preds):
            if j not in matched_preds:
                _bump(result.by_category, current_type(str(pred["plover"])), fp=1)
                for counts in tables:
                    counts.fp += 1
                result.extras.append(Extra(record.id, dict(pred), record.file))

    order = {cat: n for n, cat in enumerate(PLOVER_CATEGORIES)}
    result.by_category = dict(sorted(result.by_category.items(),
                                     key=lambda kv: (order.get(kv[0], len(order)), kv[0])))
    result.by_lang = dict(sorted(result.by_lang.items()))
    return result
