"""The actor dictionary: countries, organisations, persons and agents, loaded from the
YAML files in ``chronist/actors/data`` and turned into lookup tables for the matcher.

Names are given per language (``de:``, ``en:``, ``names_de`` ...) for every language of the
registry (``chronist.lang.available()``); a pack may add its language's country names in its
own ``actors.yaml`` (``countries: {CODE: {names: [...], adj: [...], ...}}``). Base forms are
inflected by the pack's morphology (``chronist.lang.get(code).morphology``).

Every file is checked on load; a malformed or duplicated entry raises
:class:`chronist.errors.ConfigError` naming the file and the entry.
"""
from __future__ import annotations

import datetime as dt
import functools
import logging
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from chronist import lang as languages
from chronist.actors import forms
from chronist.errors import ConfigError
from chronist.loading import cached, pickled_by_fields, without_gc

log = logging.getLogger(__name__)

DATA_DIR = Path(__file__).resolve().parent / "data"
# Events report places by their English names: every country needs its English block.
REPORTED = "en"
SECTORS = frozenset({"GOV", "MIL", "REB", "OPP", "COP", "JUD", "LEG", "PTY", "BUS", "MED",
                     "CVL", "REF", "EDU", "HLH", "ELI"})
_CODE = re.compile(r"^(?:[A-Z]{3}|(?:IGO|NGO):[A-Z0-9_]+)$")
_COUNTRY_LANG_KEYS = {"names", "adj", "people", "capital", "gov", "mil", "capital_metonym"}
_ORG_KEYS = {"code", "sector", "names", "roams", "roles"}
_PERSON_KEYS = {"country", "sector", "names", "names_de", "names_en", "short", "short_de",
                "short_en", "short_needs_role", "roles"}
_ROLE_KEYS = {"code", "sector", "from", "to", "title"}


@pickled_by_fields
@dataclass(slots=True, frozen=True)
class Role:
    code: str
    sector: str | None
    start: dt.date
    end: dt.date | None = None
    title: str | None = None

    def covers(self, day: dt.date) -> bool:
        return self.start <= day and (self.end is None or day <= self.end)


@pickled_by_fields
@dataclass(slots=True)
class Person:
    name: str
    country: str
    sector: str | None = "ELI"      # sector outside all roles
    roles: tuple[Role, ...] = ()
    short_needs_role: bool = False

    def role_at(self, date: dt.date | None) -> Role | None:
        """The role held at ``date``; without a date the most recent role."""
        if date is None:
            return max(self.roles, key=lambda r: r.start) if self.roles else None
        for role in self.roles:
            if role.covers(date):
                return role
        return None

    def actor_at(self, date: dt.date | None) -> tuple[str, str | None]:
        """(code, sector) at ``date``: the role, else the home country with ELI."""
        role = self.role_at(date)
        if role is not None:
            return role.code, role.sector
        return self.country, self.sector

    def last_active(self) -> dt.date:
        if not self.roles:
            return dt.date.min
        if any(r.end is None for r in self.roles):
            return dt.date.max
        return max(r.end for r in self.roles if r.end is not None)


@pickled_by_fields
@dataclass(slots=True)
class Country:
    code: str
    english: str                    # canonical English name
    capitals: dict[str, str]        # lang -> capital as written in that language
    capital_en: str | None
    territory: bool = False


@pickled_by_fields
@dataclass(slots=True)
class Organisation:
    name: str
    code: str
    sector: str | None = None
    roams: bool = False       # an armed group of several states: coded where it acts (see organisations.yaml)
    roles: tuple[Role, ...] = ()    # dated roles: a group that came to rule a state (see organisations.yaml)

    def actor_at(self, date: dt.date | None) -> tuple[str, str | None]:
        """(code, sector) at ``date``: the role held then, else the group's own; without a date
        its own (the coder does not guess that a text is recent)."""
        for role in self.roles:
            if date is not None and role.covers(date):
                return role.code, role.sector
        return self.code, self.sector


@pickled_by_fields
@dataclass(slots=True, frozen=True)
class Entry:
    """What one surface form of an actor names."""

    kind: str            # country, org, person
    form: str            # name, adj, people, gov, mil, region, full, short
    ident: str           # "country:USA", "org:Hamas", "person:Donald Trump"
    code: str
    sector: str | None = None


@pickled_by_fields
@dataclass(slots=True, frozen=True)
class Agent:
    """A common noun naming a kind of actor (or a word that modifies one)."""

    kind: str            # agent, orghead, follower, eli, irregular
    sector: str | None
    generic: bool = False
    base: str = ""
    noun_only: bool = False   # German adjectival noun ("Gefangen*"): only capitalised, not ADJA


Index = dict[str, list[tuple[tuple[str, ...], Any]]]


def _add(index: Index, key: tuple[str, ...], value: Any) -> None:
    bucket = index.setdefault(key[0], [])
    bucket.append((key[1:], value))


def _sort(index: Index) -> None:
    for bucket in index.values():
        bucket.sort(key=lambda kv: -len(kv[0]))


class _UniqueKeyLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
    """A safe loader that refuses duplicated mapping keys instead of keeping the last."""


def _construct_mapping(loader: _UniqueKeyLoader, node: yaml.MappingNode, deep: bool = False):
    seen: set[Any] = set()
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=True)
        if key in seen:
            raise ConfigError(
                f"{getattr(loader, 'source_path', '?')}: duplicate entry {key!r} at line "
                f"{key_node.start_mark.line + 1}; "
                "merge the two entries into one")
        seen.add(key)
    return loader.construct_mapping(node, deep=deep)


_UniqueKeyLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


def load_yaml(path: Path) -> dict[str, Any]:
    try:
        with path.open(encoding="utf-8") as fh:
            loader = _UniqueKeyLoader(fh)
            loader.source_path = str(path)
            try:
                data = loader.get_single_data()
            finally:
                loader.dispose()
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read the dictionary file ({exc})") from exc
    except yaml.YAMLError as exc:
        raise ConfigError(f"{path}: not valid YAML ({exc}); fix the syntax") from exc
    if not isinstance(data, dict):
        raise ConfigError(f"{path}: expected a mapping at the top level")
    return data


def data_files(directory: Path, kind: str) -> list[Path]:
    """The files of one kind of entry: ``<kind>.yaml`` and then ``<kind>-*.yaml`` in name
    order ("agents-groups.yaml"), so that new entries can go into files of their own."""
    return [directory / f"{kind}.yaml", *sorted(directory.glob(f"{kind}-*.yaml"))]


def _strings(value: Any, where: str) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise ConfigError(f"{where}: expected a list of non-empty strings, got {value!r}")
    return list(value)


def _keys(entry: Any, allowed: set[str], where: str) -> dict[str, Any]:
    if not isinstance(entry, dict):
        raise ConfigError(f"{where}: expected a mapping, got {entry!r}")
    unknown = set(entry) - allowed
    if unknown:
        raise ConfigError(f"{where}: unknown field(s) {sorted(unknown)}; allowed: {sorted(allowed)}")
    return entry


def _sector(value: Any, where: str, *, optional: bool = True) -> str | None:
    if value is None and optional:
        return None
    if value not in SECTORS:
        raise ConfigError(f"{where}: sector {value!r} is not one of {sorted(SECTORS)}")
    return value


def _code(value: Any, where: str) -> str:
    if not isinstance(value, str) or not (_CODE.match(value) or value == "UNK"):
        raise ConfigError(f"{where}: code {value!r} is not an ISO alpha-3 code, IGO:<NAME>, "
                          "NGO:<NAME> or UNK")
    return value


def _date(value: Any, where: str) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError as exc:
        raise ConfigError(f"{where}: date {value!r} is not YYYY-MM-DD") from exc


# the shortest agent word whose misspelling by one letter is read as the word (shorter words
# are too often other words one letter apart)
TYPO_LENGTH = 12
# the last letters of a word, where another word's ending differs rather than a typo ("Botschaften",
# messages, is no "Botschaftern" misspelt): a letter left out or added there is no typo
ENDING = 3


class ActorDictionary:
    """Countries, organisations, persons and agents with their lookup tables."""

    def __init__(self, langs: tuple[str, ...] | None = None) -> None:
        self.langs = tuple(langs) if langs is not None else languages.available()
        self.countries: dict[str, Country] = {}
        self.organisations: dict[str, Organisation] = {}
        self.persons: dict[str, Person] = {}
        self.actors: dict[str, Index] = {lang: {} for lang in self.langs}
        self.agents: dict[str, Index] = {lang: {} for lang in self.langs}
        self.places: dict[str, Index] = {lang: {} for lang in self.langs}
        self.suffixes: dict[str, dict[str, Agent]] = {lang: {} for lang in self.langs}
        # per language: compound heads that name an actor only after a first part that
        # names one ("Geheimdienstchef", not "Küchenchef"; "Regierungssprecher", not "Lautsprecher")
        self.bound_heads: dict[str, frozenset[str]] = {lang: frozenset() for lang in self.langs}
        # per language: words a generated form of an agent spells that are other nouns (agents'
        # ``other_nouns``, case-folded): no agent by their lemma either ("Völker", a surname too)
        self.other_nouns: dict[str, frozenset[str]] = {lang: frozenset() for lang in self.langs}
        # per language: persons' names that are also common words ("Rice", "Power")
        self.common_words: dict[str, frozenset[str]] = {}
        self.ambiguous: dict[str, frozenset[str]] = {}
        self.not_regions: dict[str, frozenset[str]] = {}
        # the monarchies by their form of state ("kingdom": SAU, JOR, ...), which "the kingdom" means
        self.state_forms: dict[str, frozenset[str]] = {}
        # per language: a long agent word with one letter left out -> the word ("Staatanwaltschaft"
        # -> "staatsanwaltschaft"), for the typos of wire copy (see ``corrected``)
        self.misspelt: dict[str, dict[str, str]] = {lang: {} for lang in self.langs}
        # key -> {ident: source} per language, for conflict checks and the integrity test
        self._surfaces: dict[str, dict[tuple[str, ...], dict[str, Entry]]] | None = {
            lang: {} for lang in self.langs}
        self._directory: Path | None = None        # the data files it was loaded from

    @property
    def surfaces(self) -> dict[str, dict[tuple[str, ...], dict[str, Entry]]]:
        """key -> {ident: source} per language: for conflict checks, the gazetteer's build and
        the integrity test, not for coding. Not kept in the cache folder (reading it back was 40 %
        of the dictionary's time at every start): a dictionary read back from there loads its
        files again when first asked for it."""
        if self._surfaces is None:
            self._surfaces = type(self).load(self._directory, langs=self.langs)._surfaces
        return self._surfaces

    def __getstate__(self) -> dict:
        return {**vars(self), "_surfaces": None}

    @property
    def roaming(self) -> frozenset[str]:
        """The names of the armed groups that act in several states (``roams`` in
        organisations.yaml): each event of theirs takes the state it is placed in."""
        return frozenset(name for name, org in self.organisations.items() if org.roams)

    # --- loading ---------------------------------------------------------------------
    @classmethod
    def default(cls) -> "ActorDictionary":
        """The dictionary shipped with the package, for the registered languages (loaded once
        per set of languages)."""
        return _default(cls, languages.available())

    @classmethod
    @without_gc
    def load(cls, directory: Path, *, langs: tuple[str, ...] | None = None) -> "ActorDictionary":
        self = cls(langs)
        self._directory = directory
        self._load_countries(directory / "countries.yaml")
        for path in data_files(directory, "organisations"):
            self._load_organisations(path)
        for path in data_files(directory, "leaders"):
            self._load_persons(path)
        self._load_agents(data_files(directory, "agents"))
        self.finish()
        log.debug("actor dictionary: %d countries, %d organisations, %d persons",
                  len(self.countries), len(self.organisations), len(self.persons))
        return self

    def _surface(self, path: Path, lang: str, text: str, entry: Entry) -> None:
        """Register one surface form of an actor, refusing undeclared ambiguity."""
        key = forms.name_key(forms.split_parts(text))
        if not key:
            return
        if text in self.ambiguous.get(lang, ()):
            raise ConfigError(f"{path}: {entry.ident} lists {text!r}, which is declared "
                              "ambiguous; remove it from the entry")
        seen = self.surfaces[lang].setdefault(key, {})
        if entry.ident in seen:
            # same entity again (e.g. "Ungarn" as name and as people noun): keep the first
            return
        for other in seen.values():
            both_short = (entry.kind == other.kind == "person" and entry.form == other.form == "short"
                          and self._needs_role(entry) and self._needs_role(other))
            if not both_short:
                raise ConfigError(
                    f"{path}: {text!r} ({lang}) names both {other.ident} and {entry.ident}; "
                    "remove it from one, or mark both persons short_needs_role")
        seen[entry.ident] = entry
        _add(self.actors[lang], key, entry)

    def _plain_surface(self, lang: str, text: str, entry: Entry) -> None:
        """Register a form of a name written without its diacritics, unless it names another
        actor (then the form stays that actor's alone)."""
        key = forms.name_key(forms.split_parts(text))
        if not key or text in self.ambiguous.get(lang, ()):
            return
        seen = self.surfaces[lang].setdefault(key, {})
        if seen and entry.ident not in seen:
            return
        if entry.ident not in seen:
            seen[entry.ident] = entry
            _add(self.actors[lang], key, entry)

    def _needs_role(self, entry: Entry) -> bool:
        person = self.persons.get(entry.ident.split(":", 1)[1])
        return bool(person and person.short_needs_role)

    def _place(self, lang: str, text: str, english: str, code: str) -> None:
        key = forms.name_key(forms.split_parts(text))
        if key:
            _add(self.places[lang], key, (english, code))

    def _load_countries(self, path: Path) -> None:
        data = load_yaml(path)
        amb = data.get("ambiguous") or {}
        self.ambiguous = {lang: frozenset(_strings(amb.get(lang), f"{path}: ambiguous.{lang}"))
                          for lang in self.langs}
        state_forms = data.get("state_forms") or {}
        if not isinstance(state_forms, dict):
            raise ConfigError(f"{path}: 'state_forms' must map a form of state to country codes")
        self.state_forms = {form: frozenset(_strings(codes, f"{path}: state_forms.{form}"))
                            for form, codes in state_forms.items()}
        table = data.get("countries")
        if not isinstance(table, dict) or not table:
            raise ConfigError(f"{path}: needs a non-empty 'countries' mapping")
        table = self._with_pack_names(table)
        prefixes = {lang: list(languages.get(lang).words.compass_prefixes) for lang in self.langs}
        one_word: dict[str, list[tuple[str, str, str, str]]] = {lang: [] for lang in self.langs}
        one_word_adj: dict[str, list[tuple[str, str, str]]] = {lang: [] for lang in self.langs}
        not_regions = data.get("not_regions") or {}
        self.not_regions = {lang: frozenset(_strings(not_regions.get(lang), f"{path}: not_regions.{lang}"))
                            for lang in self.langs}
        for code, entry in table.items():
            where = f"{path}: country {code!r}"
            if not isinstance(code, str) or not re.fullmatch(r"[A-Z]{3}", code):
                raise ConfigError(f"{where}: the key must be an ISO alpha-3 code")
            _keys(entry, {"territory", *self.langs}, where)
            if not isinstance(entry.get(REPORTED), dict):
                raise ConfigError(f"{where}: needs its English names ({REPORTED}:), the name events report")
            ident = f"country:{code}"
            capitals: dict[str, str] = {}
            english = ""
            per_lang: dict[str, dict[str, Any]] = {}
            for lang in self.langs:
                if lang not in entry:
                    continue
                block = _keys(entry.get(lang), _COUNTRY_LANG_KEYS, f"{where}.{lang}")
                names = _strings(block.get("names"), f"{where}.{lang}.names")
                if not names:
                    raise ConfigError(f"{where}.{lang}: needs at least one name")
                per_lang[lang] = block
                if isinstance(block.get("capital"), str):
                    capitals[lang] = block["capital"]
                if lang == REPORTED:
                    english = names[0]
            self.countries[code] = Country(code, english, capitals, capitals.get("en"),
                                           bool(entry.get("territory", False)))
            for lang, block in per_lang.items():
                w = f"{where}.{lang}"
                names = _strings(block.get("names"), w + ".names")
                adjs = _strings(block.get("adj"), w + ".adj")
                people = _strings(block.get("people"), w + ".people")
                gov = _strings(block.get("gov"), w + ".gov")
                mil = _strings(block.get("mil"), w + ".mil")
                capital = block.get("capital")
                if capital is not None and not isinstance(capital, str):
                    raise ConfigError(f"{w}.capital: expected one name, got {capital!r}")
                metonym = block.get("capital_metonym", True)
                morph = languages.get(lang).morphology
                name_forms = [f for n in names for f in morph.name_forms(n)]
                adj_forms = [f for a in adjs for f in morph.adj_forms(a)]
                people_forms = ([f for p in people for f in morph.people_forms(p)]
                                + [p for a in adjs for p in morph.people_from_adj(a)])
                body_forms = morph.body_forms or morph.name_forms
                gov_forms = [f for g in gov for f in body_forms(g)]
                mil_forms = [f for m in mil for f in body_forms(m)]
                cap_forms = morph.name_forms(capital) if capital else []
                for text in name_forms:
                    self._surface(path, lang, text, Entry("country", "name", ident, code))
                    self._place(lang, text, english, code)
                    if " " not in text and "-" not in text:
                        one_word[lang].append((text, english, ident, code))
                for text in adj_forms:
                    self._surface(path, lang, text, Entry("country", "adj", ident, code))
                one_word_adj[lang] += [(a, ident, code) for a in adjs if " " not in a and "-" not in a]
                for text in people_forms:
                    self._surface(path, lang, text, Entry("country", "people", ident, code))
                place_en = capitals.get("en") or english
                for text in gov_forms:
                    self._surface(path, lang, text, Entry("country", "gov", ident, code, "GOV"))
                    self._place(lang, text, place_en, code)
                for text in mil_forms:
                    self._surface(path, lang, text, Entry("country", "mil", ident, code, "MIL"))
                    self._place(lang, text, place_en, code)
                name_keys = {forms.name_key(forms.split_parts(n)) for n in name_forms}
                for text in cap_forms:
                    self._place(lang, text, place_en, code)
                    if metonym and forms.name_key(forms.split_parts(text)) not in name_keys:
                        self._surface(path, lang, text, Entry("country", "gov", ident, code, "GOV"))
        self._load_shared_names(path, data.get("shared_names") or {})
        for extra in data_files(path.parent, "countries")[1:]:
            self._load_regions(extra)
        self._add_regions(path, prefixes, one_word, one_word_adj)

    def _load_shared_names(self, path: Path, table: Any) -> None:
        """The plural of a name several states share, which names all of them ("the two Koreas":
        North and South Korea): the form is a name of each of its states, all of which the
        matcher gives (no conflict check: the form is meant to name several)."""
        if not isinstance(table, dict):
            raise ConfigError(f"{path}: 'shared_names' must map a language to forms and their states")
        for lang, forms_of in table.items():
            if lang not in self.langs:
                continue
            if not isinstance(forms_of, dict):
                raise ConfigError(f"{path}: shared_names.{lang} must map a form to country codes")
            for text, codes in forms_of.items():
                codes = _strings(codes, f"{path}: shared_names.{lang}.{text}")
                unknown = [c for c in codes if c not in self.countries]
                if len(codes) < 2 or unknown:
                    raise ConfigError(f"{path}: shared_names.{lang}.{text} must name two or more "
                                      f"countries of the file (unknown: {', '.join(unknown) or 'none'})")
                key = forms.name_key(forms.split_parts(text))
                for code in codes:     # (their governments: "the two Koreas" are no two Korean people)
                    _add(self.actors[lang], key, Entry("country", "gov", f"country:{code}", code, "GOV"))

    def _load_regions(self, path: Path) -> None:
        """Regions that give an agent their country ("die Regierung der Provinz Sindh", "the
        Catalan government"), from a ``countries-*.yaml`` file: ``regions: {CODE: {English
        name: {de: {names, adj, people}, en: {names, adj, people}}}}``. A region or its
        adjective named alone is no actor ("in Idlib" is a place): the matcher binds form
        "region" to agents only; its people ("die Katalanen", "Chechens") are the country's,
        as a country's people are."""
        table = load_yaml(path).get("regions")
        if not isinstance(table, dict) or not table:
            raise ConfigError(f"{path}: needs a non-empty 'regions' mapping")
        for code, regions in table.items():
            where = f"{path}: regions {code!r}"
            if code not in self.countries:
                raise ConfigError(f"{where}: not a country of countries.yaml")
            if not isinstance(regions, dict):
                raise ConfigError(f"{where}: must map English region names to name blocks")
            ident = f"country:{code}"
            for english, entry in regions.items():
                w = f"{where}.{english}"
                _keys(entry, set(self.langs), w)
                for lang in self.langs:
                    block = _keys(entry.get(lang) or {}, {"names", "adj", "people"}, f"{w}.{lang}")
                    morph = languages.get(lang).morphology
                    names = _strings(block.get("names"), f"{w}.{lang}.names")
                    for text in (f for n in names for f in morph.name_forms(n)):
                        self._surface(path, lang, text, Entry("country", "region", ident, code))
                    for text in (f for a in _strings(block.get("adj"), f"{w}.{lang}.adj")
                                 for f in morph.adj_forms(a)):
                        self._surface(path, lang, text, Entry("country", "region", ident, code))
                    for text in (f for p in _strings(block.get("people"), f"{w}.{lang}.people")
                                 for f in morph.people_forms(p)):
                        self._surface(path, lang, text, Entry("country", "people", ident, code))

    def _with_pack_names(self, table: dict[str, Any]) -> dict[str, Any]:
        """The countries of countries.yaml with the blocks of the packs' own ``actors.yaml``
        (a language whose names are not in the shared file)."""
        table = dict(table)
        for lang in self.langs:
            path = languages.get(lang).data("actors.yaml")
            if path is None:
                continue
            extra = load_yaml(path).get("countries") or {}
            if not isinstance(extra, dict):
                raise ConfigError(f"{path}: countries must map country codes to name blocks")
            for code, block in extra.items():
                if code not in table:
                    raise ConfigError(f"{path}: country {code!r} is not in the shared dictionary; "
                                      "use a code of chronist/actors/data/countries.yaml")
                if lang in table[code]:
                    raise ConfigError(f"{path}: country {code!r} already has {lang} names in the "
                                      "shared dictionary; keep one list")
                table[code] = {**table[code], lang: block}
        return table

    def _add_regions(self, path: Path, prefixes: dict[str, list[str]],
                     one_word: dict[str, list[tuple[str, str, str, str]]],
                     one_word_adj: dict[str, list[tuple[str, str, str]]]) -> None:
        """"Nordsyrien", "Ostukraine", "nordsyrische", "ostukrainischen": a country's one-word
        names and adjectives behind a compass prefix name that country, unless the form is a
        name of its own ("Südsudan", "Nordkorea", "südkoreanisch") or no region of the country
        ("Südamerika", "südchinesisch": countries.yaml's not_regions)."""
        for lang in self.langs:
            taken = set(self.surfaces[lang])
            morph = languages.get(lang).morphology
            skip = self.not_regions[lang]
            endings = languages.get(lang).words.genitive_endings
            for prefix in prefixes[lang]:
                for text, english, ident, code in one_word[lang]:
                    region = prefix + text[0].lower() + text[1:]
                    # a form of a name of no region ("Südamerikas") is none either
                    bases = {region} | {region[:-len(e)] for e in endings if region.endswith(e)}
                    if bases & skip or forms.name_key(forms.split_parts(region)) in taken:
                        continue
                    self._surface(path, lang, region, Entry("country", "name", ident, code))
                    self._place(lang, region, english, code)
                for stem, ident, code in one_word_adj[lang]:
                    region = prefix.lower() + stem
                    texts = morph.adj_forms(region)
                    if region in skip or any(forms.name_key(forms.split_parts(t)) in taken for t in texts):
                        continue
                    for text in texts:
                        self._surface(path, lang, text, Entry("country", "adj", ident, code))

    def _load_organisations(self, path: Path) -> None:
        table = load_yaml(path).get("organisations")
        if not isinstance(table, dict) or not table:
            raise ConfigError(f"{path}: needs a non-empty 'organisations' mapping")
        for name, entry in table.items():
            where = f"{path}: organisation {name!r}"
            if str(name) in self.organisations:
                raise ConfigError(f"{where}: duplicate entry {name!r} (an earlier file has it); "
                                  "merge the two entries into one")
            _keys(entry, _ORG_KEYS | set(self.langs), where)
            code = _code(entry.get("code"), where)
            sector = _sector(entry.get("sector"), where)
            roams = entry.get("roams", False)
            if not isinstance(roams, bool):
                raise ConfigError(f"{where}: roams {roams!r} is not true or false")
            org = Organisation(str(name), code, sector, roams, self._roles(entry, where))
            self.organisations[org.name] = org
            common = _strings(entry.get("names"), where + ".names")
            ident = f"org:{name}"
            found = bool(common)
            for lang in self.langs:
                own = _strings(entry.get(lang), f"{where}.{lang}")
                found = found or bool(own)
                morph = languages.get(lang).morphology
                name_forms = morph.body_forms or morph.name_forms
                texts = [f for t in own + common for f in name_forms(t)]
                for text in texts:
                    self._surface(path, lang, text, Entry("org", "name", ident, code, sector))
            if not found:
                raise ConfigError(f"{where}: needs names, de or en forms")

    @staticmethod
    def _roles(entry: dict, where: str) -> tuple[Role, ...]:
        """The dated roles of a person's or an organisation's entry, in order of their start."""
        roles = []
        for i, raw in enumerate(entry.get("roles") or []):
            w = f"{where}.roles[{i}]"
            _keys(raw, _ROLE_KEYS, w)
            start = _date(raw.get("from"), w + ".from")
            end = _date(raw["to"], w + ".to") if raw.get("to") is not None else None
            if end is not None and end < start:
                raise ConfigError(f"{w}: ends ({end}) before it starts ({start})")
            roles.append(Role(_code(raw.get("code"), w), _sector(raw.get("sector"), w, optional=False),
                              start, end, raw.get("title")))
        return tuple(sorted(roles, key=lambda r: r.start))

    def _load_persons(self, path: Path) -> None:
        data = load_yaml(path)
        self.common_words = {lang: self.common_words.get(lang, frozenset()) | frozenset(
                                 _strings(data.get(f"common_words_{lang}"), f"{path}: common_words_{lang}"))
                             for lang in self.langs}
        table = data.get("persons")
        if not isinstance(table, dict) or not table:
            raise ConfigError(f"{path}: needs a non-empty 'persons' mapping")
        for name, entry in table.items():
            where = f"{path}: person {name!r}"
            if str(name) in self.persons:
                raise ConfigError(f"{where}: duplicate entry {name!r} (an earlier file has it); "
                                  "merge the two entries into one")
            _keys(entry, _PERSON_KEYS | {f"{k}_{lang}" for k in ("names", "short") for lang in self.langs},
                  where)
            country = _code(entry.get("country"), where + ".country")
            sector = _sector(entry.get("sector", "ELI"), where, optional=False)
            person = Person(str(name), country, sector, self._roles(entry, where),
                            bool(entry.get("short_needs_role", False)))
            self.persons[person.name] = person
            ident = f"person:{name}"
            common = _strings(entry.get("names"), where + ".names")
            short = _strings(entry.get("short"), where + ".short")
            if not common and not any(entry.get(f"names_{lang}") for lang in self.langs):
                raise ConfigError(f"{where}: needs names (or names_<lang> for each language)")
            for lang in self.langs:
                full = common + _strings(entry.get(f"names_{lang}"), f"{where}.names_{lang}")
                own_short = (_strings(entry.get(f"short_{lang}"), f"{where}.short_{lang}")
                             if f"short_{lang}" in entry else short)
                name_forms = languages.get(lang).morphology.name_forms
                full = [f for t in full for f in name_forms(t)]
                own_short = [f for t in own_short for f in name_forms(t)]
                for text in full:
                    self._surface(path, lang, text, Entry("person", "full", ident, country))
                for text in own_short:
                    self._surface(path, lang, text, Entry("person", "short", ident, country))
                # the same names without their diacritics, as much of the press writes them
                # ("Sanchez", "Erdogan", "Babis"), where that names no one else
                for texts, form in ((full, "full"), (own_short, "short")):
                    for text in texts:
                        plain = forms.without_diacritics(text)
                        if plain != text:
                            self._plain_surface(lang, plain, Entry("person", form, ident, country))

    def _load_agents(self, paths: list[Path]) -> None:
        """Agents from ``agents.yaml`` and the ``agents-*.yaml`` files: the first needs a
        ``sectors`` mapping; a noun has one sector over all files, and ``generic`` and
        ``whole_word`` apply to the nouns of every file."""
        files = [(path, load_yaml(path)) for path in paths]
        if not isinstance(files[0][1].get("sectors"), dict):
            raise ConfigError(f"{paths[0]}: needs a 'sectors' mapping with de and en")
        generic = {lang: self._agent_set(files, "generic", lang) for lang in self.langs}
        whole = {lang: self._agent_set(files, "whole_word", lang) for lang in self.langs}
        # words the generated forms of an agent spell that are other nouns ("Premiere" is no
        # "Premier"): no agent, whole or as a compound's end
        others = {lang: {w.casefold() for path, data in files
                         for w in _strings((data.get("other_nouns") or {}).get(lang), f"{path}: other_nouns.{lang}")}
                  for lang in self.langs}
        seen: dict[str, dict[str, str]] = {lang: {} for lang in self.langs}
        for path, data in files:
            sectors = data.get("sectors") or {}
            if not isinstance(sectors, dict):
                raise ConfigError(f"{path}: sectors must map languages to sectors")
            for lang in self.langs:
                table = sectors.get(lang) or {}
                if not isinstance(table, dict):
                    raise ConfigError(f"{path}: sectors.{lang} must map sectors to nouns")
                for sector, bases in table.items():
                    where = f"{path}: sectors.{lang}.{sector}"
                    _sector(sector, where, optional=False)
                    for base in _strings(bases, where):
                        earlier = seen[lang].setdefault(base.casefold(), sector)
                        if earlier != sector:
                            raise ConfigError(f"{where}: {base!r} is also listed under "
                                              f"{earlier}; keep one")
                        is_generic = any(f.casefold() in generic[lang]
                                         for f in self._agent_forms(lang, base))
                        # "Offiziell*": an adjectival noun, which names an actor only as a noun
                        noun_only = base.endswith("*") and " " not in base
                        self._add_agent(lang, base, Agent("agent", sector, is_generic, base, noun_only))
                for kind, section in (("orghead", "org_heads"), ("follower", "follower_heads"),
                                      ("eli", "eli_modifiers"), ("irregular", "irregular_modifiers")):
                    for base in _strings((data.get(section) or {}).get(lang),
                                         f"{path}: {section}.{lang}"):
                        self._add_agent(lang, base, Agent(kind, None, False, base))
        for lang in self.langs:
            for form in whole[lang]:
                self.suffixes[lang].pop(form, None)
            self.other_nouns[lang] = frozenset(others[lang])
            for form in others[lang]:
                self.suffixes[lang].pop(form, None)
                bucket = self.agents[lang].get(form)
                if bucket is not None:
                    bucket[:] = [(rest, a) for rest, a in bucket if rest or a.kind != "agent"]
            self.bound_heads[lang] = frozenset(self._agent_set(files, "bound_heads", lang))
            if languages.get(lang).compounds:
                # a bound head may be short ("-chef"): its first part is checked anyway
                for form in self.bound_heads[lang]:
                    for rest, agent in self.agents[lang].get(form, ()):
                        if not rest and agent.kind == "agent":
                            self.suffixes[lang].setdefault(form, agent)

    def _agent_set(self, files: list[tuple[Path, dict[str, Any]]], section: str,
                   lang: str) -> set[str]:
        """The case-folded forms of the nouns one section lists for ``lang`` in any file."""
        out: set[str] = set()
        for path, data in files:
            for base in _strings((data.get(section) or {}).get(lang), f"{path}: {section}.{lang}"):
                out.update(f.casefold() for f in self._agent_forms(lang, base))
        return out

    @staticmethod
    def _agent_forms(lang: str, base: str) -> list[str]:
        return languages.get(lang).morphology.agent_forms(base)

    def _add_agent(self, lang: str, base: str, agent: Agent) -> None:
        for text in self._agent_forms(lang, base):
            key = forms.fold_key(forms.split_parts(text))
            bucket = self.agents[lang].setdefault(key[0], [])
            if any(rest == key[1:] and a.kind == "agent" for rest, a in bucket):
                continue        # a real agent wins over a modifier with the same form
            bucket[:] = [(rest, a) for rest, a in bucket if rest != key[1:]]
            bucket.append((key[1:], agent))
            if languages.get(lang).compounds and len(key) == 1 and agent.kind not in ("eli", "irregular") and len(key[0]) >= 5:
                self.suffixes[lang].setdefault(key[0], agent)

    # --- extending (PETRARCH dictionaries, see chronist.actors.petrarch) ----------------
    def add_form(self, lang: str, text: str, entry: Entry) -> bool:
        """Register one more surface form; False (and nothing added) when the form is
        declared ambiguous or already names another entity: existing entries win."""
        key = forms.name_key(forms.split_parts(text))
        if not key or text in self.ambiguous.get(lang, ()):
            return False
        seen = self.surfaces[lang].setdefault(key, {})
        if seen and entry.ident not in seen:
            return False
        if entry.ident not in seen:
            seen[entry.ident] = entry
            _add(self.actors[lang], key, entry)
        return True

    def add_agent_forms(self, lang: str, texts: list[str], agent: Agent) -> None:
        """Register agent nouns as written (no forms generated); existing agents win."""
        for text in texts:
            key = forms.fold_key(forms.split_parts(text))
            if not key:
                continue
            bucket = self.agents[lang].setdefault(key[0], [])
            if not any(rest == key[1:] for rest, _ in bucket):
                bucket.append((key[1:], agent))

    def finish(self) -> None:
        """Re-sort the lookup tables after adding entries (longest names first) and list the
        long agent words' forms with one letter left out."""
        for lang in self.langs:
            _sort(self.actors[lang])
            _sort(self.agents[lang])
            _sort(self.places[lang])
            self.misspelt[lang] = self._shortened(lang)

    def _shortened(self, lang: str) -> dict[str, str]:
        """Each one-word agent of ``TYPO_LENGTH`` letters or more with one letter left out before
        its last ``ENDING`` letters -> the word; not a form that is a word of the tables itself,
        nor one two words share."""
        words = [key for key, bucket in self.agents[lang].items()
                 if len(key) >= TYPO_LENGTH and any(not rest for rest, _ in bucket)]
        found: dict[str, str] = {}
        shared: set[str] = set()
        for word in words:
            for k in range(len(word) - ENDING):
                form = word[:k] + word[k + 1:]
                if form in self.agents[lang] or form in self.actors[lang]:
                    continue
                if found.get(form, word) != word:
                    shared.add(form)
                found[form] = word
        return {form: word for form, word in found.items() if form not in shared}

    def corrected(self, lang: str, word: str) -> str | None:
        """The one-word agent a long word (lower case) misspells by one letter left out or one
        too many ("staatanwaltschaft", "regierrungschef"), else None."""
        if len(word) < TYPO_LENGTH - 1:
            return None
        fixed = self.misspelt[lang].get(word)
        if fixed is not None:
            return fixed
        if len(word) <= TYPO_LENGTH:
            return None
        agents = self.agents[lang]
        found = {form for k in range(len(word) - ENDING) if (form := word[:k] + word[k + 1:]) in agents
                 and any(not rest for rest, _ in agents[form])}
        return found.pop() if len(found) == 1 else None

    # --- lookup ---------------------------------------------------------------------
    def person(self, ident: str) -> Person:
        return self.persons[ident.split(":", 1)[1]]

    def organisation(self, ident: str) -> Organisation:
        return self.organisations[ident.split(":", 1)[1]]


@functools.lru_cache(maxsize=4)
def _default(cls: type[ActorDictionary], langs: tuple[str, ...]) -> ActorDictionary:
    if not all(languages.built_in(code) for code in langs):
        return cls.load(DATA_DIR, langs=langs)
    return cached(f"actors-{'-'.join(langs)}", lambda: cls.load(DATA_DIR, langs=langs))
