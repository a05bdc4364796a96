"""Per-language tables of temporal words (``time.yaml`` of each language pack,
``chronist/lang/<code>/time.yaml``), validated.

Each table lists the words one language uses for weekdays, months, "heute/gestern",
"diese/vergangene/nächste Woche", "Anfang/Mitte/Ende April", "vor zwei Tagen" and
the words that turn an expression into a reference point ("seit Ende April"). The
tagger (``chronist.time.tagger``) builds its patterns from them; a pack without the file
has no temporal expressions.
"""
from __future__ import annotations

import functools
import logging
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from chronist import lang as languages
from chronist.errors import ConfigError
from chronist.loading import read_yaml

log = logging.getLogger(__name__)

MODIFIERS = ("last", "this", "next")
PERIODS = ("week", "weekend", "month", "year")
PARTS = ("start", "mid", "end")
UNITS = ("day", "week", "month", "year")

_WORD_LISTS = ("day_parts", "case_sensitive", "part_articles", "ago_before", "ago_after",
               "ahead_before", "anchors", "fillers", "year_before")
_KEYS = {"weekdays", "months", "relative_days", "modifiers", "periods", "period_parts", "units",
         "numbers", *_WORD_LISTS}


@dataclass(slots=True, frozen=True)
class TimeRules:
    """The temporal vocabulary of one language (all keys lower case)."""

    lang: str
    weekdays: dict[str, int]
    day_parts: tuple[str, ...]
    months: dict[str, int]
    relative_days: dict[str, int]
    case_sensitive: tuple[str, ...]
    modifiers: dict[str, str]          # word -> last / this / next
    periods: dict[str, str]            # word -> week / weekend / month / year
    period_parts: dict[str, str]       # word -> start / mid / end
    part_articles: tuple[str, ...]
    units: dict[str, str]              # word -> day / week / month / year
    numbers: dict[str, int]
    ago_before: tuple[str, ...]
    ago_after: tuple[str, ...]
    ahead_before: tuple[str, ...]
    anchors: tuple[str, ...]
    fillers: tuple[str, ...]
    year_before: tuple[str, ...]

    def alternation(self, words) -> str:
        """A regex alternation of ``words``, longest first; case-sensitive words as written."""
        exact = {w.casefold(): w for w in self.case_sensitive}
        out = []
        for word in sorted(set(words), key=len, reverse=True):
            escaped = re.escape(word).replace(r"\ ", " ").replace(" ", r"\s+")
            out.append(f"(?-i:{re.escape(exact[word])})" if word in exact else escaped)
        return "(?:" + "|".join(out) + ")" if out else "(?!)"


def _fail(path: Path, what: str, fix: str) -> ConfigError:
    return ConfigError(f"{path}: {what}; {fix}")


def _word_map(path: Path, data: dict[str, Any], key: str, kind: type, allowed=None) -> dict[str, Any]:
    value = data.get(key)
    if not isinstance(value, dict) or not value:
        raise _fail(path, f"{key} is {value!r}", f"write {key} as a non-empty mapping of words")
    out: dict[str, Any] = {}
    for word, target in value.items():
        if not isinstance(word, str) or not word.strip() or word != word.lower():
            raise _fail(path, f"{key} has the key {word!r}", "write each word in lower case")
        if not isinstance(target, kind) or isinstance(target, bool) or (allowed is not None and target not in allowed):
            raise _fail(path, f"{key}.{word} is {target!r}",
                        f"use one of {sorted(allowed)}" if allowed is not None else f"use a {kind.__name__}")
        out[word] = target
    return out


def _words(path: Path, data: dict[str, Any], key: str) -> tuple[str, ...]:
    value = data.get(key)
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(w, str) and w.strip() for w in value):
        raise _fail(path, f"{key} is {value!r}", f"write {key} as a list of words")
    return tuple(value)


def load_rules(path: Path, lang: str) -> TimeRules:
    """Read and validate one language table."""
    try:
        data = read_yaml(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise _fail(path, f"cannot be read ({exc})", "restore the file from the repository") from exc
    if not isinstance(data, dict):
        raise _fail(path, "is not a mapping", "write the table as YAML keys")
    unknown = sorted(set(data) - _KEYS)
    if unknown:
        raise _fail(path, f"unknown key(s) {', '.join(unknown)}", f"use only {', '.join(sorted(_KEYS))}")
    lists = {key: _words(path, data, key) for key in _WORD_LISTS}
    for key in _WORD_LISTS[:1] + _WORD_LISTS[2:]:
        bad = [w for w in lists[key] if w != w.lower()]
        if bad:
            raise _fail(path, f"{key} has {bad[0]!r}", "write each word in lower case")
    modifiers_in = data.get("modifiers")
    if not isinstance(modifiers_in, dict) or set(modifiers_in) != set(MODIFIERS):
        raise _fail(path, f"modifiers is {modifiers_in!r}", f"give word lists for exactly {', '.join(MODIFIERS)}")
    periods_in = data.get("periods")
    if not isinstance(periods_in, dict) or not set(periods_in) <= set(PERIODS) or not periods_in:
        raise _fail(path, f"periods is {periods_in!r}", f"give word lists for {', '.join(PERIODS)}")
    modifiers = {w: kind for kind in MODIFIERS for w in _words(path, modifiers_in, kind)}
    periods = {w: kind for kind in periods_in for w in _words(path, periods_in, kind)}
    rules = TimeRules(
        lang=lang,
        weekdays=_word_map(path, data, "weekdays", int, set(range(7))),
        months=_word_map(path, data, "months", int, set(range(1, 13))),
        relative_days=_word_map(path, data, "relative_days", int),
        modifiers=modifiers,
        periods=periods,
        period_parts=_word_map(path, data, "period_parts", str, set(PARTS)),
        units=_word_map(path, data, "units", str, set(UNITS)),
        numbers=_word_map(path, data, "numbers", int),
        **lists,
    )
    known = set(rules.months) | set(rules.relative_days) | set(rules.weekdays)
    stray = [w for w in rules.case_sensitive if w.casefold() not in known]
    if stray:
        raise _fail(path, f"case_sensitive lists {stray[0]!r}, which is no month, weekday or day word",
                    "list only words of those tables")
    return rules


@functools.lru_cache(maxsize=None)
def rules_for(lang: str) -> TimeRules | None:
    """The table of the pack of ``lang`` (loaded once); None when the pack has none."""
    if lang not in languages.available():
        raise ConfigError(f"time: language {lang!r} has no rule table; use one of "
                          f"{', '.join(languages.available())}")
    path = languages.get(lang).data("time.yaml")
    if path is None:
        return None
    rules = load_rules(path, lang)
    log.debug("time rules %s: %d weekdays, %d months", lang, len(rules.weekdays), len(rules.months))
    return rules
