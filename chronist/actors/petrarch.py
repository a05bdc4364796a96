"""Reading PETRARCH/TABARI actor, agent and verb dictionaries, and plugging them in.

The file formats (as in the Phoenix and PETRARCH validation dictionaries):

- Comments: lines starting with ``#`` or ``<!``, ``<!-- ... -->`` (also over several
  lines), and anything after `` #`` on a line. Blank lines separate nothing but blocks.
- Actors: a phrase (words joined by ``_`` or spaces) with an optional code in brackets,
  ``NORTH_KOREA [PRK]``; synonyms follow on lines starting with ``+``; code lines
  start with white space (continuation lines) and may carry a date restriction:
  ``[HOBGOV 19950601 - 19990815]``, ``[HOB <950601]`` (before), ``[HOBREB >990816]``
  (after), ``[AFGELI]`` (the code outside all restrictions). Several codes may stand on
  one line. Dates are ``YYYYMMDD`` or ``YYMMDD`` (00-30 read as 20YY, else 19YY).
  A phrase without any code takes the codes of the next entry that has one (as
  PETRARCH reads it). ``---`` and ``+++`` codes mark phrases that name no actor.
- Agents: ``PHRASE {PLURALS} [~CODE]``: ``~GOV`` adds the sector to the country's code,
  ``NGO~`` puts it before; ``{}`` means no plural; ``!PERSON! = MAN, MEN, ...`` defines a
  substitution used as ``CONGRESS!PERSON!``.
- Verbs: synonym sets ``&NAME`` with ``+PHRASE`` lines; blocks ``--- NAME [CODE] ---``
  whose verbs follow one a line (``VERB {IRREGULAR FORMS} [CODE]``; ``+ASK_FOR`` is a
  verb with a particle, the ``+`` marking the verb word), then patterns
  ``- * WORDS [CODE]`` (``*`` the verb, ``$`` the source, ``+`` the target, ``&SET``
  a synonym set, ``(...)`` a prepositional phrase, ``{...}`` consecutive words).
  ``[042:043]`` is a paired code: the event, and the reverse event (target acting on
  source).

Chronist's structures from them:

- ``PETRARCH codes -> (code, sector)``: ``USAGOV`` is USA/GOV, ``IGOUNOWHO`` IGO:WHO,
  ``MNCUSA`` USA/BUS, ``IMG...`` UNK/REB; sector words CAMEO has and Chronist does not are
  mapped (``SPY`` GOV, ``UAF``/``INS``/``SEP`` REB, ``LAB``/``AGR``/``HRI``/``PPL`` CVL) or dropped.
- an actor with dated codes becomes a person with dated roles (the first restriction in
  file order that covers a date wins, as in PETRARCH); an undated bare country code
  becomes a name of that country; any other code an organisation.
- agents with a sector become agent nouns (English unless told otherwise).
- verbs become ``Frame`` objects (:func:`chronist.coding.petrarch_verbs.frames`). The reduction: a verb (or verb with
  particle) gives a frame with its own code or its block's; a pattern ``- * WORD`` or
  ``- * &SET`` gives the same frame restricted to those object words. Every other pattern
  (source/target markers, prepositional phrases, words before the verb, several words)
  is kept in ``VerbPattern`` but gives no frame; paired codes keep their first half.

Use::

    dicts = petrarch.load(actors=["Phoenix.Countries.actors.txt"], agents=["Phoenix.agents.txt"])
    matcher = ActorMatcher(petrarch.dictionary_with(dicts))
    book = FrameBook(petrarch_verbs.frames(dicts))    # chronist.coding.petrarch_verbs
"""
from __future__ import annotations

import datetime as dt
import logging
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from chronist import lang as languages
from chronist.actors.dictionary import (DATA_DIR, SECTORS, ActorDictionary, Agent, Entry,
                                        Organisation, Person, Role)
from chronist.errors import ConfigError

log = logging.getLogger(__name__)

# PETRARCH dictionaries are written for English texts.
PETRARCH_LANG = "en"
NULL_CODES = frozenset({"---", "+++", "###"})
# CAMEO sector words Chronist has no sector for, mapped to the nearest one
SECTOR_MAP = {"SPY": "GOV", "UAF": "REB", "INS": "REB", "SEP": "REB", "LAB": "CVL",
              "AGR": "CVL", "HRI": "CVL", "PPL": "CVL"}
# CAMEO organisation codes (3-letter blocks after IGO) -> Chronist's IGO names
IGO_MAP = {"UNO": "UN", "WHO": "WHO", "IAE": "IAEA", "KID": "UNICEF", "HCR": "UNHCR",
           "WFP": "WFP", "WBK": "WB", "IMF": "IMF", "WTO": "WTO", "ICJ": "ICJ", "ILO": "ILO",
           "EEC": "EU", "EEU": "EU", "NAT": "NATO", "AFU": "AU", "ARL": "ARAB_LEAGUE",
           "ASN": "ASEAN", "OSC": "OSCE", "OPC": "OPEC", "OAS": "OAS", "GCC": "GCC",
           "ITP": "INTERPOL", "ICC": "ICC"}
_BRACKET = re.compile(r"\[([^\]]*)\]")
_DATE_CODE = re.compile(r"^(?P<code>[^\s<>]+)\s*(?:(?P<op>[<>])\s*(?P<d>\d+)|(?P<d1>\d+)\s*-\s*(?P<d2>\d+))?\s*$")
_MARKER = re.compile(r"^!(\w+)!\s*=\s*(.+)$")


class PetrarchFormatError(ConfigError):
    """A PETRARCH dictionary line that cannot be read; the message names file and line."""


@dataclass(slots=True, frozen=True)
class CodeSpan:
    """One code of an actor, with the dates it holds (None: open)."""

    code: str
    start: dt.date | None = None
    end: dt.date | None = None
    line: int = 0

    @property
    def dated(self) -> bool:
        return self.start is not None or self.end is not None

    def covers(self, day: dt.date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


@dataclass(slots=True)
class PetrarchActor:
    names: list[str]                      # phrases, words joined by spaces ("NORTH KOREA")
    codes: list[CodeSpan] = field(default_factory=list)
    file: str = ""
    line: int = 0

    def code_at(self, day: dt.date | None) -> str | None:
        """The raw code on ``day``: the first covering restriction, else the undated code."""
        if day is not None:
            for span in self.codes:
                if span.dated and span.covers(day):
                    return span.code
        return next((s.code for s in self.codes if not s.dated), None)


@dataclass(slots=True, frozen=True)
class PetrarchAgent:
    phrase: str                          # "FOREIGN MINISTER"
    plurals: tuple[str, ...] | None      # None: regular plural; (): none
    code: str                            # "GOV", "GOVFRM", "NGO"
    prefix: bool = False                 # NGO~: the code goes before the actor's
    file: str = ""
    line: int = 0

    @property
    def sector(self) -> str | None:
        return None if self.prefix else _sector_of(_blocks(self.code))


@dataclass(slots=True, frozen=True)
class VerbEntry:
    lemma: str                           # "ask for": lower case, the verb word first when it is
    code: str | None                     # own code, else the block's; None for "---"
    block: str
    verb_first: bool = True              # False for "KLM_NOP_+RST" (words before the verb)
    forms: tuple[str, ...] = ()          # irregular forms given in {...}
    file: str = ""
    line: int = 0


@dataclass(slots=True, frozen=True)
class VerbPattern:
    block: str
    words: tuple[str, ...]               # "*", "SANCTIONS", "&CURRENCY", "(TO", "BORDER)" ...
    code: str
    file: str = ""
    line: int = 0


@dataclass(slots=True)
class PetrarchDictionaries:
    actors: list[PetrarchActor] = field(default_factory=list)
    agents: list[PetrarchAgent] = field(default_factory=list)
    verbs: list[VerbEntry] = field(default_factory=list)
    patterns: list[VerbPattern] = field(default_factory=list)
    synsets: dict[str, list[str]] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)   # "file:line: what was skipped"


# --- reading lines -----------------------------------------------------------------------
def _lines(path: Path) -> Iterator[tuple[int, str]]:
    """(line number, text) of the lines that are not comments; leading white space kept."""
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError as exc:
        raise PetrarchFormatError(f"{path}: cannot read the dictionary ({exc})") from exc
    in_comment = False
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw
        if in_comment:
            if "-->" in line:
                in_comment = False
            continue
        if "<!--" in line:
            head, _, tail = line.partition("<!--")
            if "-->" in tail:
                line = head + tail.split("-->", 1)[1]
            else:
                in_comment = True
                line = head
        stripped = line.strip()
        if not stripped or stripped.startswith(("#", "<!")):
            continue
        if " #" in line or "\t#" in line:
            line = re.split(r"\s#", line, maxsplit=1)[0]
        if line.strip():
            yield number, line.rstrip()


def _skip(problems: list[str] | None, exc: PetrarchFormatError) -> None:
    """Strict reading (no list) raises; otherwise the line is listed and skipped."""
    if problems is None:
        raise exc
    problems.append(str(exc))
    log.warning("%s (skipped)", exc)


def _phrase(text: str) -> str:
    return " ".join(w for w in text.replace("_", " ").split() if w)


def parse_date(text: str, where: str) -> dt.date:
    """YYYYMMDD, or YYMMDD with 00-30 as 20YY and the rest as 19YY."""
    try:
        if len(text) == 8:
            return dt.date(int(text[:4]), int(text[4:6]), int(text[6:]))
        if len(text) == 6:
            year = int(text[:2])
            return dt.date(2000 + year if year <= 30 else 1900 + year, int(text[2:4]), int(text[4:]))
    except ValueError:
        pass
    raise PetrarchFormatError(f"{where}: date {text!r} is not YYYYMMDD or YYMMDD; fix the restriction")


def _code_span(body: str, where: str, line: int) -> CodeSpan:
    m = _DATE_CODE.match(body.strip())
    if not m or not m.group("code"):
        raise PetrarchFormatError(f"{where}: cannot read the code block [{body}]; write "
                                  "[CODE], [CODE <DATE], [CODE >DATE] or [CODE DATE-DATE]")
    code = m.group("code").upper()
    if m.group("op") == "<":
        return CodeSpan(code, None, parse_date(m.group("d"), where) - dt.timedelta(days=1), line)
    if m.group("op") == ">":
        return CodeSpan(code, parse_date(m.group("d"), where) + dt.timedelta(days=1), None, line)
    if m.group("d1"):
        start, end = parse_date(m.group("d1"), where), parse_date(m.group("d2"), where)
        if end < start:
            raise PetrarchFormatError(f"{where}: restriction ends ({end}) before it starts ({start})")
        return CodeSpan(code, start, end, line)
    return CodeSpan(code, line=line)


def _codes(text: str, where: str, line: int, problems: list[str] | None) -> list[CodeSpan]:
    if text.count("[") != text.count("]"):
        _skip(problems, PetrarchFormatError(f"{where}: unbalanced brackets in {text.strip()!r}; "
                                            "close the code block"))
        return []
    out = []
    for body in _BRACKET.findall(text):
        try:
            out.append(_code_span(body, where, line))
        except PetrarchFormatError as exc:
            _skip(problems, exc)
    return out


# --- actors --------------------------------------------------------------------------------
def read_actors(path: str | Path, problems: list[str] | None = None) -> list[PetrarchActor]:
    """The entries of one actor file. A line that cannot be read raises
    :class:`PetrarchFormatError` naming file and line; with a ``problems`` list, it is
    listed there and skipped instead (PETRARCH skips such lines too)."""
    path = Path(path)
    actors: list[PetrarchActor] = []
    current: PetrarchActor | None = None
    pending: list[str] = []                  # names of entries that had no code

    def close() -> None:
        nonlocal current
        if current is not None:
            if current.codes:
                current.names[:0] = pending
                pending.clear()
                actors.append(current)
            else:
                pending.extend(current.names)
        current = None

    for number, line in _lines(path):
        where = f"{path}:{number}"
        if "---STOP---" in line:
            break
        stripped = line.strip()
        if line[0].isspace() and stripped.startswith("["):
            if current is None:
                _skip(problems, PetrarchFormatError(f"{where}: code line {stripped!r} follows no actor entry"))
                continue
            current.codes += _codes(stripped, where, number, problems)
        elif stripped.startswith("+"):
            if current is None:
                _skip(problems, PetrarchFormatError(f"{where}: synonym {stripped!r} follows no actor entry"))
                continue
            name, _, rest = stripped[1:].partition("[")
            if _phrase(name.split(";")[0]):
                current.names.append(_phrase(name.split(";")[0]))
            if rest:
                current.codes += _codes("[" + rest, where, number, problems)
        else:
            close()
            name, bracket, rest = stripped.partition("[")
            current = PetrarchActor([_phrase(name.split(";")[0])], [], str(path), number)
            if bracket:
                current.codes += _codes("[" + rest, where, number, problems)
    close()
    if pending:
        _skip(problems, PetrarchFormatError(
            f"{path}: {len(pending)} name(s) at the end have no code, e.g. {pending[0]!r}; add one"))
    return actors


def _blocks(code: str) -> list[str]:
    return [code[i:i + 3] for i in range(0, len(code), 3)]


def _sector_of(blocks: list[str]) -> str | None:
    for block in blocks:
        if block in SECTORS:
            return block
        if block in SECTOR_MAP:
            return SECTOR_MAP[block]
    return None


def chronist_code(raw: str) -> tuple[str | None, str | None] | None:
    """(code, sector) in Chronist's terms for a PETRARCH code; code None when the code
    names only a sector ("ELI": the entry's own country); None for null or unreadable codes."""
    code = raw.strip().upper().split("/")[0]
    if code in NULL_CODES or not code.isalpha() or len(code) < 3:
        return None
    blocks = _blocks(code)
    head, rest = blocks[0], blocks[1:]
    if head == "IGO":
        name = next((IGO_MAP[b] for b in reversed(rest) if b in IGO_MAP), rest[0] if rest else "IGO")
        return f"IGO:{name}", None
    if head in ("NGO", "NGM"):
        return f"NGO:{''.join(rest) or head}", None
    if head == "MNC":
        country = rest[0] if rest and rest[0] not in SECTORS else "UNK"
        return country, "BUS"
    if head == "IMG":
        return "UNK", "REB"
    if head == "INT":
        return "UNK", _sector_of(rest)
    if head in SECTORS or head in SECTOR_MAP:
        return None, _sector_of(blocks)
    return head, _sector_of(rest)


# --- agents --------------------------------------------------------------------------------
def read_agents(path: str | Path, problems: list[str] | None = None) -> list[PetrarchAgent]:
    """The agents of one agent file (substitution markers expanded); unreadable lines as
    in :func:`read_actors`."""
    path = Path(path)
    markers: dict[str, list[str]] = {}
    out: list[PetrarchAgent] = []
    for number, line in _lines(path):
        where = f"{path}:{number}"
        stripped = line.strip()
        marker = _MARKER.match(stripped)
        if marker:
            markers[marker.group(1)] = [w.strip() for w in marker.group(2).split(",") if w.strip()]
            continue
        if stripped.startswith("<"):
            continue                             # <Combine rule=...>: not used by Chronist
        if "[" not in stripped or "]" not in stripped:
            _skip(problems, PetrarchFormatError(f"{where}: agent {stripped!r} has no [code]; "
                                                "add one like [~GOV]"))
            continue
        head, _, rest = stripped.partition("[")
        code = rest.split("]", 1)[0].strip().upper()
        prefix = code.endswith("~")
        code = code.strip("~").strip()
        plurals: tuple[str, ...] | None = None
        if "{" in head:
            if "}" not in head:
                _skip(problems, PetrarchFormatError(f"{where}: missing '}}' in {stripped!r}"))
                continue
            inner = head[head.index("{") + 1:head.index("}")]
            plurals = tuple(_phrase(p) for p in inner.split())
            head = head[:head.index("{")]
        try:
            phrases = _expand_markers(head.strip(), markers, where)
        except PetrarchFormatError as exc:
            _skip(problems, exc)
            continue
        for phrase in phrases:
            out.append(PetrarchAgent(_phrase(phrase), plurals, code, prefix, str(path), number))
    return out


def _expand_markers(text: str, markers: dict[str, list[str]], where: str) -> list[str]:
    m = re.search(r"!(\w+)!", text)
    if not m:
        return [text]
    if m.group(1) not in markers:
        raise PetrarchFormatError(f"{where}: substitution !{m.group(1)}! is not defined; "
                                  f"define it first as !{m.group(1)}! = WORD, WORD")
    return [x for sub in markers[m.group(1)]
            for x in _expand_markers(text[:m.start()] + sub + text[m.end():], markers, where)]


# --- verbs ---------------------------------------------------------------------------------
@dataclass(slots=True)
class _VerbState:
    block: str = ""
    code: str | None = None
    synset: str | None = None


def read_verbs(path: str | Path, dicts: PetrarchDictionaries | None = None,
               problems: list[str] | None = None) -> PetrarchDictionaries:
    """Synonym sets, verbs and patterns of one verb file (added to ``dicts`` when given);
    unreadable lines as in :func:`read_actors`."""
    path = Path(path)
    dicts = dicts if dicts is not None else PetrarchDictionaries()
    state = _VerbState()
    for number, line in _lines(path):
        try:
            _verb_line(dicts, state, f"{path}:{number}", line.strip(), str(path), number)
        except PetrarchFormatError as exc:
            _skip(problems, exc)
    return dicts


def _verb_line(dicts: PetrarchDictionaries, state: _VerbState, where: str, text: str,
               file: str, number: int) -> None:
    if text.startswith("&"):
        state.synset = text.split()[0][1:].rstrip("_")
        dicts.synsets.setdefault(state.synset, [])
        return
    if text.startswith("+") and state.synset is not None:
        dicts.synsets[state.synset].append(_phrase(text[1:].rstrip("_")))
        return
    state.synset = None
    if text.startswith("---"):
        m = re.match(r"^---\s*(.*?)\s*\[([^\]]*)\][-\s]*$", text)
        if not m:
            raise PetrarchFormatError(f"{where}: block header {text!r} is not '--- NAME [CODE] ---'")
        state.block = _phrase(m.group(1).rstrip("_"))
        state.code = None if m.group(2).strip() in NULL_CODES else m.group(2).strip()
        return
    if not state.block:
        raise PetrarchFormatError(f"{where}: {text!r} stands before any '--- NAME [CODE] ---' block")
    if text.startswith("-"):
        words, bracket, rest = text[1:].partition("[")
        if not bracket or "]" not in rest:
            raise PetrarchFormatError(f"{where}: pattern {text!r} has no [code]; end it with [CODE]")
        dicts.patterns.append(VerbPattern(state.block, tuple(words.split()),
                                          rest.split("]", 1)[0].strip(), file, number))
        return
    dicts.verbs.append(_verb_entry(text, state.block, state.code, where, file, number))


def _verb_entry(text: str, block: str, block_code: str | None, where: str, file: str,
                number: int) -> VerbEntry:
    if text.count("{") != text.count("}") or text.count("[") != text.count("]"):
        raise PetrarchFormatError(f"{where}: unbalanced brackets in verb {text!r}")
    code = block_code
    m = _BRACKET.search(text)
    if m:
        own = m.group(1).strip()
        code = None if own in NULL_CODES else own
        text = text[:m.start()] + text[m.end():]
    irregular: tuple[str, ...] = ()
    if "{" in text:
        inner = text[text.index("{") + 1:text.index("}")]
        irregular = tuple(_phrase(f.replace("+", "")).lower() for f in inner.split())
        text = text[:text.index("{")]
    word = text.strip().rstrip("_")
    verb_first = "+" not in word.lstrip("+")
    return VerbEntry(_phrase(word.replace("+", "")).lower(), code, block, verb_first, irregular,
                     file, number)


# --- loading several files -------------------------------------------------------------------
def load(*, actors: Iterable[str | Path] = (), agents: Iterable[str | Path] = (),
         verbs: Iterable[str | Path] = (), strict: bool = False) -> PetrarchDictionaries:
    """Read actor, agent and verb files. Lines that cannot be read are skipped and listed
    in ``problems`` ("file:line: what"); ``strict=True`` raises on the first instead."""
    dicts = PetrarchDictionaries()
    problems = None if strict else dicts.problems
    for path in actors:
        dicts.actors += read_actors(path, problems)
    for path in agents:
        dicts.agents += read_agents(path, problems)
    for path in verbs:
        read_verbs(path, dicts, problems)
    log.info("PETRARCH dictionaries: %d actors, %d agents, %d verbs, %d patterns, %d problems",
             len(dicts.actors), len(dicts.agents), len(dicts.verbs), len(dicts.patterns),
             len(dicts.problems))
    return dicts


# --- into Chronist ---------------------------------------------------------------------------
def _name_variants(phrase: str) -> list[str]:
    """Upper-case PETRARCH phrase -> the forms a text writes: "NORTH KOREA" stays, and
    "North Korea" (later words are compared case-folded anyway)."""
    words = phrase.split()
    if not words:
        return []
    first = words[0]
    title = first[:1].upper() + first[1:].lower() if first.isalpha() else first
    return list(dict.fromkeys([" ".join([first] + words[1:]), " ".join([title] + words[1:])]))


def _display(phrase: str) -> str:
    return " ".join(w[:1] + w[1:].lower() if w.isalpha() else w for w in phrase.split())


def extend(dictionary: ActorDictionary, dicts: PetrarchDictionaries, *, lang: str = "en") -> Counter[str]:
    """Add PETRARCH actors and agents to ``dictionary`` for texts in ``lang``. A name the
    dictionary already has keeps its entry. Do not extend ``ActorDictionary.default()``
    (it is shared): use :func:`dictionary_with`. Returns the counts of what was added
    (countries, organisations, persons, agents) and left out (skipped: existing entries win)."""
    if lang not in dictionary.langs:
        raise ConfigError(f"PETRARCH dictionaries: language {lang!r} is not one of {dictionary.langs}")
    added: Counter[str] = Counter()
    for actor in dicts.actors:
        added[_add_actor(dictionary, actor, lang) or "skipped"] += 1
    for agent in dicts.agents:
        sector = agent.sector
        if sector is None:
            added["skipped"] += 1
            continue
        texts = [agent.phrase.lower()]
        if agent.plurals is None:
            # PETRARCH's agent nouns are English base forms: only English inflects them
            texts = languages.get(lang).morphology.agent_forms(texts[0]) if lang == PETRARCH_LANG else texts
        else:
            texts += [p.lower() for p in agent.plurals]
        dictionary.add_agent_forms(lang, texts, Agent("agent", sector, False, agent.phrase.lower()))
        added["agents"] += 1
    dictionary.finish()
    log.info("PETRARCH into the actor dictionary: %s", added)
    return added


def _add_actor(dictionary: ActorDictionary, actor: PetrarchActor, lang: str) -> str | None:
    mapped = [(span, chronist_code(span.code)) for span in actor.codes]
    mapped = [(span, m) for span, m in mapped if m is not None]
    if not mapped or not actor.names[0]:
        return None
    country = next((m[0] for _, m in mapped if m[0] and len(m[0]) == 3), None) or next(
        (m[0] for _, m in mapped if m[0]), "UNK")
    dated = [(span, m) for span, m in mapped if span.dated]
    undated = next((m for span, m in mapped if not span.dated), None)
    name = _display(actor.names[0])
    if dated:
        if name in dictionary.persons:
            return None
        roles = tuple(Role(m[0] or country, m[1], span.start or dt.date.min, span.end, None)
                      for span, m in dated)
        base = undated or (country, None)
        dictionary.persons[name] = Person(name, base[0] or country, base[1], roles)
        entry = Entry("person", "full", f"person:{name}", base[0] or country)
        kind = "persons"
    else:
        code, sector = undated if undated and undated[0] else (country, undated[1] if undated else None)
        if sector is None and len(code) == 3 and code != "UNK":
            entry = Entry("country", "name", f"country:{code}", code)
            kind = "countries"
        else:
            if name in dictionary.organisations:
                return None
            dictionary.organisations[name] = Organisation(name, code, sector)
            entry = Entry("org", "name", f"org:{name}", code, sector)
            kind = "organisations"
    found = False
    for phrase in actor.names:
        for text in _name_variants(phrase):
            found = dictionary.add_form(lang, text, entry) or found
    return kind if found else None


def dictionary_with(dicts: PetrarchDictionaries, *, lang: str = "en",
                    base: Path = DATA_DIR) -> ActorDictionary:
    """A fresh copy of the dictionary in ``base`` extended with ``dicts``."""
    dictionary = ActorDictionary.load(base)
    extend(dictionary, dicts, lang=lang)
    return dictionary
