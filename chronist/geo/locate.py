"""Event locations from a clause's place phrase, via the offline gazetteer.

``locate("im Grenzort Panmunjom", lang="de")`` finds the names in a place phrase
(longest first, German genitives "Beiruts", "Westjordanlandes" included, a name of
several words the gazetteer lacks also in English spelling: "Chan Junis"), prefers
the most specific one (a city or a named place over a region, a region over a
country), and among places of the same name picks by the event's actor countries,
capital status and population: "Rafah" with Palestinian actors is Rafah in the Gaza
Strip, "Moskau" is Moscow, Russia. A compass word names a region of a country or
area: "Nordirak", "im Norden Syriens", "northern Syria" are "northern Iraq",
"northern Syria" (a region of a city is the city: "im Süden von Azaz" is Azaz).
"""
from __future__ import annotations

import functools
import math
import re
from collections.abc import Iterable
from dataclasses import dataclass

from chronist import lang as languages
from chronist.geo.gazetteer import Gazetteer, Place, _Entry

_WORD = re.compile(r"\w[\w’'.-]*\w|\w")
_MAX_WORDS = 5
_RANK_SCORE = {0: 30.0, 1: 20.0, 2: 0.0, 3: -2.0}
_SPECIFIC = {"city": 0, "place": 0, "region": 1, "country": 2}
_AREAS = ("country", "place")
_DISTRICT_CITY = 100_000        # a city big enough to have districts named after it


def _score(entry: _Entry, countries: frozenset[str]) -> float:
    """Hand-listed and actor names first, then size; a capital counts more by its own name
    ("Tripoli": Libya's), not by an old or foreign name of it ("Philadelphia" is Amman's
    ancient name, not the capital's claim on the American city)."""
    place = entry.place
    capital = place.capital and entry.rank < 3
    return (_RANK_SCORE[entry.rank] + math.log10(place.population + 10) + 3.0 * capital
            + 2.0 * (place.country in countries))


@functools.lru_cache(maxsize=100_000)
def _lookup(gazetteer: Gazetteer, name: str, lang: str) -> list[_Entry]:
    """The gazetteer's entries for ``name``, also without a genitive ending and in English
    spelling. (Remembered: most capitalised words of news are no place and are asked for
    again in every sentence, with their genitive forms and compass prefixes.)"""
    found = gazetteer.candidates(name)
    if not found:
        for ending in languages.get(lang).words.genitive_endings:     # "Beiruts", "Westjordanlandes"
            if len(name) > len(ending) + 3 and name.endswith(ending):
                found = gazetteer.candidates(name[:-len(ending)])
                if found:
                    break
    if not found and " " in name:                                     # "Chan Junis" -> "Khan Yunis"
        english = _english_spelling(name, gazetteer.words[lang].transliterations)
        if english != name.casefold():
            found = gazetteer.candidates(english)
    return found


def _english_spelling(name: str, pairs: tuple[tuple[str, str], ...]) -> str:
    """``name`` case-folded, with the language's spellings of foreign sounds in English ones."""
    if not pairs:
        return name.casefold()
    pattern, english = _spelling_pattern(pairs)
    return pattern.sub(lambda m: english[m.group()], name.casefold())


@functools.lru_cache(maxsize=8)
def _spelling_pattern(pairs: tuple[tuple[str, str], ...]) -> tuple[re.Pattern[str], dict[str, str]]:
    """The pattern of the written forms and the English spelling of each (made once, not at every match)."""
    return re.compile("|".join(re.escape(written) for written, _ in pairs)), dict(pairs)


def region(place: Place, adjective: str) -> Place:
    """The part of a country or area a compass adjective names: "northern Syria"."""
    return _region(place, adjective)


@functools.lru_cache(maxsize=4096)
def _region(place: Place, adjective: str) -> Place:
    return Place(f"{adjective} {place.name}", place.country, place.lat, place.lon, "region", 0)


def _as_regions(entries: list[_Entry], adjective: str | None) -> list[_Entry]:
    """The entries that are countries or areas, as their region ``adjective``; the others as
    they are when there are none (a city's north is the city; so is the north of a place of the
    hand-made list that the city list has as a city of the same state: "im Süden von Azaz")."""
    if adjective is None:
        return entries
    cities = {(e.place.name, e.place.country) for e in entries if e.place.kind == "city"}
    areas = [e for e in entries if e.place.kind in _AREAS and (e.place.name, e.place.country) not in cities]
    if not areas:
        return entries
    return [_Entry(_region(e.place, adjective), e.rank) for e in areas]


def _compass_before(words: list[str], i: int, compass: dict[str, str], fillers: frozenset[str]) -> str | None:
    """The region adjective of a compass word before position ``i``: "im Norden (von) Syrien(s)",
    "northern Syria", "the north of Iraq"."""
    k = i - 1
    if k >= 0 and words[k].casefold() in fillers:
        k -= 1
    return compass.get(words[k].casefold()) if k >= 0 else None


def _compound(gazetteer: Gazetteer, word: str, lang: str) -> list[_Entry]:
    """ "Nordirak" -> northern Iraq, "Südlibanons" -> southern Lebanon: a direction prefix and a
    country or area (a prefix that is no compass word keeps the country: "Mittel"); "Wien-Hietzing"
    -> Vienna: a city and its district."""
    head, dash, rest = word.partition("-")
    if dash and rest[:1].isupper() and "-" not in rest and not head.isupper():
        # "Wien-Hietzing", "Köln-Ehrenfeld": a district named after its big city (a country's name
        # before the dash is a compound noun: "Iran-Abkommen"; an acronym too: "UN-Gipfel")
        found = [e for e in _lookup(gazetteer, head, lang)
                 if e.place.kind == "city" and e.place.population >= _DISTRICT_CITY]
        if found:
            return found
    words = gazetteer.words[lang]
    if word.casefold() in words.no_regions or word[:-1].casefold() in words.no_regions:
        return []             # "Südamerika(s)" is no part of the USA
    for prefix in words.direction_prefixes:
        rest = word[len(prefix):]
        if word.startswith(prefix) and len(rest) >= 3:
            found = [e for e in _lookup(gazetteer, rest[0].upper() + rest[1:], lang)
                     if e.place.kind in _AREAS]
            if found:
                return _as_regions(found, words.compass.get(prefix.casefold()))
    return []


@dataclass(slots=True, frozen=True)
class Mention:
    """A place name in a list of words: ``words[start:end]``, with its candidate places."""

    start: int
    end: int
    entries: list[_Entry]

    @property
    def specificity(self) -> int:
        """0 for a city or named place, 1 for a region, 2 for a country."""
        return min(_SPECIFIC[e.place.kind] for e in self.entries)


def _name_word(word: str) -> bool:
    """A word that can end a name: capitalised, or a lower-case article joined to one
    ("al-Numan" in "Maarat al-Numan", "asch-Schughur")."""
    return word[:1].isupper() or word.rpartition("-")[2][:1].isupper()


def _compound_of_same(gazetteer: Gazetteer, word: str, lang: str, found: list[_Entry]) -> list[_Entry]:
    """A name found as it is that is also a compass compound of the same country ("Nordirak",
    which the actor dictionary knows as Iraq) is that region; "Nordkorea" and "Südsudan"
    are states of their own."""
    english = gazetteer.words["en"].compass if "en" in gazetteer.words else {}
    if any(e.place.name.split()[0].casefold() in english for e in found):
        return found                      # "North Macedonia": the compass is part of the name
    regions = _compound(gazetteer, word, lang)
    if regions and {e.place.country for e in regions} == {e.place.country for e in found}:
        return regions
    return found


def find_places(text: str, *, lang: str, gazetteer: Gazetteer | None = None) -> list[tuple[int, list[_Entry]]]:
    """(word position, candidate entries) for every place name in ``text``, in text order."""
    return [(m.start, m.entries) for m in mentions(_WORD.findall(text), lang=lang, gazetteer=gazetteer)]


def _words_of(tokens: list[str]) -> list[str]:
    """The words of a phrase's tokens, punctuation left out ("Nordkoreas", not ",")."""
    return [w for token in tokens for w in _WORD.findall(token)]


def mentions(words: list[str], *, lang: str, gazetteer: Gazetteer | None = None) -> list[Mention]:
    """Every place name in ``words``, in text order, longest names first."""
    gaz = gazetteer or Gazetteer.default()
    place_words = gaz.words[lang]
    skip = place_words.skip
    out: list[Mention] = []
    i = 0
    while i < len(words):
        if not words[i][:1].isupper():
            i += 1
            continue
        hit = None
        for n in range(min(_MAX_WORDS, len(words) - i), 0, -1):
            if not _name_word(words[i + n - 1]) or (n == 1 and words[i] in skip):
                continue
            found = _lookup(gaz, " ".join(words[i:i + n]), lang)
            if found:
                if n == 1:
                    found = _compound_of_same(gaz, words[i], lang, found)
                hit = (n, _as_regions(found, _compass_before(words, i, place_words.compass, place_words.fillers)))
                break
        if hit is None and words[i] not in skip:
            found = _compound(gaz, words[i], lang)
            if found:
                hit = (1, found)
        if hit is None:
            i += 1
            continue
        out.append(Mention(i, i + hit[0], hit[1]))
        i += hit[0]
    return out


def locate(place_text: str | None, *, lang: str, countries: Iterable[str] = (),
           gazetteer: Gazetteer | None = None) -> Place | None:
    """The place a place phrase names, or None; ``countries`` are the event actors' codes."""
    if not place_text:
        return None
    return best(mentions(_WORD.findall(place_text), lang=lang, gazetteer=gazetteer), countries)


def token_mentions(tokens: list[str], *, lang: str, gazetteer: Gazetteer | None = None) -> list[Mention]:
    """``mentions`` in a phrase the front-end has tokenised (its tokens' texts in order)."""
    return mentions(_words_of(tokens), lang=lang, gazetteer=gazetteer)


def locate_words(tokens: list[str], *, lang: str, countries: Iterable[str] = (),
                 gazetteer: Gazetteer | None = None) -> Place | None:
    """``locate`` for a place phrase the front-end has tokenised (its tokens' texts in order)."""
    return best(token_mentions(tokens, lang=lang, gazetteer=gazetteer), countries)


def best(found: list[Mention], countries: Iterable[str] = ()) -> Place | None:
    """The place of the most specific mention (the first of equals), among the places of its
    name the one that fits the ``countries`` of the event best; None without mentions."""
    if not found:
        return None
    mention = min(found, key=lambda m: (m.specificity, m.start))
    return pick(mention, countries)


def pick(mention: Mention, countries: Iterable[str] = ()) -> Place:
    """Among the places a mention's name may be, the one that fits ``countries`` best."""
    codes = frozenset(countries)
    return max(mention.entries, key=lambda e: _score(e, codes)).place


def is_place(name: str, *, gazetteer: Gazetteer | None = None) -> bool:
    """Whether ``name`` is a place the gazetteer knows ("Genf", "Warschau", "BEIRUT")."""
    gaz = gazetteer or Gazetteer.default()
    return bool(gaz.candidates(name)) or (name.isupper() and bool(gaz.candidates(name.title())))
