"""Event locations from a clause's place phrase, via the offline gazetteer.

``locate("im Grenzort Panmunjom", lang="de")`` finds the names in a place phrase
(longest first, German genitives "Beiruts", "Westjordanlandes" and compounds
"Nordirak", "Osttürkei" included), prefers the most specific one (a city or a
named place over a country), and among places of the same name picks by the
event's actor countries, capital status and population: "Rafah" with Palestinian
actors is Rafah in the Gaza Strip, "Moskau" is Moscow, Russia.
"""
from __future__ import annotations

import math
import re
from collections.abc import Iterable

from chronist import lang as languages
from chronist.geo.gazetteer import Gazetteer, Place, _Entry

_WORD = re.compile(r"\w[\w’'.-]*\w|\w")
_MAX_WORDS = 5
_RANK_SCORE = {0: 30.0, 1: 20.0, 2: 0.0, 3: -2.0}
_SPECIFIC = {"city": 0, "place": 0, "country": 1}


def _score(entry: _Entry, countries: frozenset[str]) -> float:
    place = entry.place
    return (_RANK_SCORE[entry.rank] + math.log10(place.population + 10) + 3.0 * place.capital
            + 2.0 * (place.country in countries))


def _lookup(gazetteer: Gazetteer, name: str, lang: str) -> list[_Entry]:
    found = gazetteer.candidates(name)
    if not found:
        for ending in languages.get(lang).words.genitive_endings:     # "Beiruts", "Westjordanlandes"
            if len(name) > len(ending) + 3 and name.endswith(ending):
                found = gazetteer.candidates(name[:-len(ending)])
                if found:
                    break
    return found


def _compound(gazetteer: Gazetteer, word: str, lang: str) -> list[_Entry]:
    """ "Nordirak" -> Iraq, "Südlibanons" -> Lebanon: a direction prefix and a country or region."""
    for prefix in gazetteer.words[lang].direction_prefixes:
        rest = word[len(prefix):]
        if word.startswith(prefix) and len(rest) >= 3:
            found = [e for e in _lookup(gazetteer, rest[0].upper() + rest[1:], lang)
                     if e.place.kind in ("country", "place")]
            if found:
                return found
    return []


def find_places(text: str, *, lang: str, gazetteer: Gazetteer | None = None) -> list[tuple[int, list[_Entry]]]:
    """(word position, candidate entries) for every place name in ``text``, in text order."""
    return _find_places(_WORD.findall(text), lang=lang, gazetteer=gazetteer)


def _words_of(tokens: list[str]) -> list[str]:
    """The words of a phrase's tokens, punctuation left out ("Nordkoreas", not ",")."""
    return [w for token in tokens for w in _WORD.findall(token)]


def _find_places(words: list[str], *, lang: str, gazetteer: Gazetteer | None) -> list[tuple[int, list[_Entry]]]:
    gaz = gazetteer or Gazetteer.default()
    skip = gaz.words[lang].skip
    out: list[tuple[int, list[_Entry]]] = []
    i = 0
    while i < len(words):
        if not words[i][:1].isupper():
            i += 1
            continue
        hit = None
        for n in range(min(_MAX_WORDS, len(words) - i), 0, -1):
            if not words[i + n - 1][:1].isupper() or (n == 1 and words[i] in skip):
                continue
            found = _lookup(gaz, " ".join(words[i:i + n]), lang)
            if found:
                hit = (n, found)
                break
        if hit is None and words[i] not in skip:
            found = _compound(gaz, words[i], lang)
            if found:
                hit = (1, found)
        if hit is None:
            i += 1
            continue
        out.append((i, hit[1]))
        i += hit[0]
    return out


def locate(place_text: str | None, *, lang: str, countries: Iterable[str] = (),
           gazetteer: Gazetteer | None = None) -> Place | None:
    """The place a place phrase names, or None; ``countries`` are the event actors' codes."""
    if not place_text:
        return None
    return _best(find_places(place_text, lang=lang, gazetteer=gazetteer), countries)


def locate_words(tokens: list[str], *, lang: str, countries: Iterable[str] = (),
                 gazetteer: Gazetteer | None = None) -> Place | None:
    """``locate`` for a place phrase the front-end has tokenised (its tokens' texts in order)."""
    return _best(_find_places(_words_of(tokens), lang=lang, gazetteer=gazetteer), countries)


def _best(found: list[tuple[int, list[_Entry]]], countries: Iterable[str]) -> Place | None:
    if not found:
        return None
    codes = frozenset(countries)
    best = min(found, key=lambda f: (min(_SPECIFIC[e.place.kind] for e in f[1]), f[0]))
    return max(best[1], key=lambda e: _score(e, codes)).place


def is_place(name: str, *, gazetteer: Gazetteer | None = None) -> bool:
    """Whether ``name`` is a place the gazetteer knows ("Genf", "Warschau", "BEIRUT")."""
    gaz = gazetteer or Gazetteer.default()
    return bool(gaz.candidates(name)) or (name.isupper() and bool(gaz.candidates(name.title())))
