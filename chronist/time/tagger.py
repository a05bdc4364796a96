"""A temporal tagger for news: finds expressions in text and resolves them.

``find(text, pub, lang=...)`` returns the temporal expressions of a text, each with
its ISO value resolved against the publication date ``pub`` and its precision:

    day    2018-05-26   "am Samstag", "gestern", "am 12. Juni", "June 12", "vor zwei Tagen"
    week   2018-W21     "diese Woche", "last week", "Anfang der Woche"
    month  2018-04      "im April", "Ende April", "last month", "vor zwei Monaten"
    year   2018         "2018", "vergangenes Jahr"

Where the calendar leaves a choice (a weekday, a month without a year), ``direction``
decides: "past" takes the most recent one (the publication day counts), "future" the
next one, "present" the nearest. An expression right after "seit", "bis", "since",
"until", ... is marked ``anchor``: it is a reference point, not the time of an event.
"""
from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass
from typing import Callable

from chronist.errors import ConfigError
from chronist import lang as languages
from chronist.time.rules import TimeRules, rules_for

# "settled" is "past" for the time of an event already reported as done: its day or month
# cannot lie after publication ("im März" in February is last March).
DIRECTIONS = ("past", "settled", "present", "future")
SLACK = dt.timedelta(days=60)   # how far past the publication date a "past" month may lie


@dataclass(slots=True, frozen=True)
class Timex:
    """One temporal expression found in a text."""

    text: str
    start: int
    end: int
    value: str | None        # ISO value, None when it cannot be resolved (no publication date)
    precision: str           # day, week, month, year
    mod: str | None = None   # start, mid, end ("Anfang/Mitte/Ende April")
    anchor: bool = False     # "seit Ende April": a reference point, not an event's time


# --- calendar helpers -------------------------------------------------------------------

def iso_week(day: dt.date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def _add_months(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def _weekday(pub: dt.date, weekday: int, *, direction: str, mod: str | None) -> dt.date:
    if mod == "last":
        return pub - dt.timedelta(days=(pub.weekday() - weekday) % 7 or 7)
    if mod == "next" or (mod is None and direction == "future"):
        return pub + dt.timedelta(days=(weekday - pub.weekday()) % 7 or 7)
    if mod == "this":
        return pub + dt.timedelta(days=weekday - pub.weekday())
    # the day itself counts: "am Sonntag" in a Sunday paper is that Sunday
    return pub - dt.timedelta(days=(pub.weekday() - weekday) % 7)


def _in_year(pub: dt.date, month: int, day: int | None, *, direction: str) -> dt.date | None:
    """The year of a day (or month, ``day`` None) named without one, chosen by direction."""
    candidates = []
    for year in (pub.year - 1, pub.year, pub.year + 1):
        try:
            candidates.append(dt.date(year, month, day or 15))
        except ValueError:
            return None
    if direction == "past":
        allowed = [c for c in candidates if c <= pub + SLACK]
        return max(allowed)
    if direction == "settled":
        allowed = [c for c in candidates if (c if day else c.replace(day=1)) <= pub + dt.timedelta(days=1)]
        return max(allowed)
    if direction == "future":
        allowed = [c for c in candidates if c >= pub - SLACK]
        return min(allowed)
    return min(candidates, key=lambda c: abs((c - pub).days))


def _period(pub: dt.date, period: str, mod: str | None, *, direction: str) -> tuple[str, str]:
    """(value, precision) of "this/last/next week|weekend|month|year"."""
    step = {"last": -1, "next": 1}.get(mod or "", 0)
    if period == "week":
        return iso_week(pub + dt.timedelta(weeks=step)), "week"
    if period == "weekend":
        if mod is None:
            return _weekday(pub, 5, direction=direction, mod=None).isoformat(), "day"
        saturday = pub - dt.timedelta(days=pub.weekday()) + dt.timedelta(days=5, weeks=step)
        return saturday.isoformat(), "day"
    if period == "month":
        year, month = _add_months(pub.year, pub.month, step)
        return f"{year}-{month:02d}", "month"
    return f"{pub.year + step}", "year"


def _shift(pub: dt.date, unit: str, n: int) -> tuple[str, str]:
    """(value, precision) of "vor n Tagen" (n < 0) or "in n Wochen" (n > 0)."""
    if unit == "day":
        return (pub + dt.timedelta(days=n)).isoformat(), "day"
    if unit == "week":
        return iso_week(pub + dt.timedelta(weeks=n)), "week"
    if unit == "month":
        year, month = _add_months(pub.year, pub.month, n)
        return f"{year}-{month:02d}", "month"
    return f"{pub.year + n}", "year"


# --- patterns ---------------------------------------------------------------------------

Resolver = Callable[[re.Match, dt.date | None, str, TimeRules], tuple[str | None, str, str | None] | None]
_B, _E = r"(?<!\w)", r"(?!\w)"


def _number(word: str, rules: TimeRules) -> int | None:
    if word.isdigit():
        return int(word)
    return rules.numbers.get(word.casefold())


def _mod(match: re.Match, rules: TimeRules) -> str | None:
    word = match.groupdict().get("mod")
    return rules.modifiers[_fold(word)] if word else None


def _fold(word: str) -> str:
    return " ".join(word.casefold().split())


def _r_date(m, pub, direction, rules):
    month = int(m["mn"]) if m.groupdict().get("mn") else rules.months[_fold(m["m"])]
    day = int(m["d"])
    if m["y"]:
        try:
            return dt.date(int(m["y"]), month, day).isoformat(), "day", None
        except ValueError:
            return None, "day", None
    if pub is None:
        return None, "day", None
    found = _in_year(pub, month, day, direction=direction)
    return (found.isoformat() if found else None), "day", None


def _r_month(m, pub, direction, rules):
    month = rules.months[_fold(m["m"])]
    part = rules.period_parts[_fold(m["part"])] if m.groupdict().get("part") else None
    mod = _mod(m, rules)
    if m.groupdict().get("y"):
        return f"{int(m['y'])}-{month:02d}", "month", part
    if pub is None:
        return None, "month", part
    if mod == "last":
        year = pub.year if month < pub.month else pub.year - 1
    elif mod == "next":
        year = pub.year if month > pub.month else pub.year + 1
    elif mod == "this":
        year = pub.year
    else:
        year = _in_year(pub, month, None, direction=direction).year
    return f"{year}-{month:02d}", "month", part


def _r_period(m, pub, direction, rules):
    period = rules.periods[_fold(m["period"])]
    part = rules.period_parts[_fold(m["part"])] if m.groupdict().get("part") else None
    precision = {"week": "week", "weekend": "day", "month": "month", "year": "year"}[period]
    if pub is None:
        return None, precision, part
    value, precision = _period(pub, period, _mod(m, rules) or "this" if part else _mod(m, rules),
                               direction=direction)
    return value, precision, part


def _r_weekday(m, pub, direction, rules):
    if pub is None:
        return None, "day", None
    weekday = rules.weekdays[_fold(m["wd"])]
    return _weekday(pub, weekday, direction=direction, mod=_mod(m, rules)).isoformat(), "day", None


def _r_relative(m, pub, direction, rules):
    if pub is None:
        return None, "day", None
    return (pub + dt.timedelta(days=rules.relative_days[_fold(m["rel"])])).isoformat(), "day", None


def _r_ago(m, pub, direction, rules):
    unit = rules.units[_fold(m["unit"])]
    n = _number(m["n"], rules)
    if pub is None or n is None:
        return None, unit, None
    return (*_shift(pub, unit, -n), None)


def _r_ahead(m, pub, direction, rules):
    unit = rules.units[_fold(m["unit"])]
    n = _number(m["n"], rules)
    if pub is None or n is None:
        return None, unit, None
    return (*_shift(pub, unit, n), None)


def _r_year(m, pub, direction, rules):
    """A bare year only after a preposition or year word, or before punctuation:
    "im Jahr 2018", "in 2018", "2018." but not "2000 Soldaten"."""
    after = m.string[m.end():m.end() + 2].lstrip()
    if _year_before(rules.lang).search(m.string[max(0, m.start() - 12):m.start()]) or not after or not after[0].isalnum():
        return m["y"], "year", None
    return None


@functools.lru_cache(maxsize=None)
def _patterns(lang: str) -> tuple[tuple[re.Pattern, Resolver], ...]:
    r = rules_for(lang)
    alt = r.alternation
    months, weekdays = alt(r.months), alt(r.weekdays)
    mods, periods, parts = alt(r.modifiers), alt(r.periods), alt(r.period_parts)
    number = rf"(?P<n>\d{{1,3}}|{alt(r.numbers)})"
    units = rf"(?P<unit>{alt(r.units)})"
    year = r"(?P<y>1[89]\d\d|20\d\d)"
    specs: list[tuple[str, Resolver]] = [
        (rf"{_B}(?P<y>\d{{4}})-(?P<mn>\d\d)-(?P<d>\d\d){_E}", _r_date),
        (rf"{_B}(?P<d>\d{{1,2}})\.(?P<mn>\d{{1,2}})\.(?:{year}{_E})?", _r_date),
        (rf"{_B}(?P<d>\d{{1,2}})(?:\.|st|nd|rd|th)?\s+(?:of\s+)?(?P<m>{months}){_E}(?:,?\s+{year}{_E})?", _r_date),
        (rf"{_B}(?P<m>{months})\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?{_E}(?:,?\s+{year}{_E})?", _r_date),
        (rf"{_B}(?P<part>{parts})[\s-]+(?P<m>{months}){_E}(?:\s+{year}{_E})?", _r_month),
        (rf"{_B}(?P<part>{parts})\s+(?:{alt(r.part_articles)}\s+)?(?:(?P<mod>{mods})\s+)?(?P<period>{periods}){_E}",
         _r_period),
        (rf"{_B}(?P<mod>{mods})\s+(?P<period>{periods}){_E}", _r_period),
        (rf"{_B}(?P<period>{alt(w for w, p in r.periods.items() if p == 'weekend')}){_E}", _r_period),
        (rf"{_B}(?P<mod>{mods})\s+(?P<wd>{weekdays})(?:\s*{alt(r.day_parts)})?{_E}", _r_weekday),
        (rf"{_B}(?P<wd>{weekdays})(?:\s*{alt(r.day_parts)})?{_E}", _r_weekday),
        (rf"{_B}(?P<mod>{mods})\s+(?P<m>{months}){_E}", _r_month),
        (rf"{_B}(?P<m>{months}){_E}(?:\s+{year}{_E})?", _r_month),
        (rf"{_B}(?P<rel>{alt(r.relative_days)})(?:\s*{alt(r.day_parts)})?{_E}", _r_relative),
        (rf"{_B}{alt(r.ago_before)}\s+{number}\s+{units}{_E}", _r_ago),
        (rf"{_B}{number}\s+{units}\s+{alt(r.ago_after)}{_E}", _r_ago),
        (rf"{_B}{alt(r.ahead_before)}\s+{number}\s+{units}{_E}", _r_ahead),
        (rf"{_B}{year}{_E}", _r_year),
    ]
    return tuple((re.compile(p, re.IGNORECASE), f) for p, f in specs)


@functools.lru_cache(maxsize=None)
def _year_before(lang: str) -> re.Pattern:
    r = rules_for(lang)
    return re.compile(rf"(?:{_B}{r.alternation(r.year_before)}\s+|\(\s*)$", re.IGNORECASE)


@functools.lru_cache(maxsize=None)
def _anchor_pattern(lang: str) -> re.Pattern:
    r = rules_for(lang)
    return re.compile(rf"{_B}{r.alternation(r.anchors)}(?:\s+{r.alternation(r.fillers)})?\s+$", re.IGNORECASE)


#: A value within the calendar of ``datetime``: years 0001 to 9999, written with four digits.
_CALENDAR = re.compile(r"(?!0000)\d{4}(?!\d)")


def find(text: str, pub: dt.date | None, *, lang: str, direction: str = "past") -> list[Timex]:
    """The temporal expressions of ``text`` in text order (longest match wins)."""
    if lang not in languages.available():
        raise ConfigError(f"time: language {lang!r} is not supported; use one of "
                          f"{', '.join(languages.available())}")
    if direction not in DIRECTIONS:
        raise ConfigError(f"time: direction {direction!r} is unknown; use one of {', '.join(DIRECTIONS)}")
    rules = rules_for(lang)
    if rules is None:                  # a language pack without a time table
        return []
    candidates: list[tuple[int, int, int, re.Match, Resolver]] = []
    for order, (pattern, resolver) in enumerate(_patterns(lang)):
        for match in pattern.finditer(text):
            candidates.append((match.start(), match.end(), order, match, resolver))
    candidates.sort(key=lambda c: (-(c[1] - c[0]), c[2], c[0]))
    taken: list[tuple[int, int]] = []
    found: list[Timex] = []
    anchor = _anchor_pattern(lang)
    for start, end, _, match, resolver in candidates:
        if any(start < e and s < end for s, e in taken):
            continue
        try:
            resolved = resolver(match, pub, direction, rules)
        except (OverflowError, ValueError, AttributeError):
            if pub is not None and 1 < pub.year < dt.MAXYEAR:
                raise
            resolved = None                       # "gestern" of 0001-01-01, "im März" of 9999-12-31: no date
        if resolved is not None and resolved[0] is not None and not _CALENDAR.match(resolved[0]):
            resolved = None                       # "next year" of 9999 is year 10000, of 0001 year 2
        if resolved is None:
            continue
        taken.append((start, end))
        value, precision, mod = resolved
        before = text[max(0, start - 40):start]
        found.append(Timex(text=match.group(), start=start, end=end, value=value, precision=precision,
                           mod=mod, anchor=bool(anchor.search(before))))
    return sorted(found, key=lambda t: t.start)
