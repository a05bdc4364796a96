"""CAMEO event codes, their Goldstein scores, PLOVER 2.0 event types, modes, contexts and quads.

The table lives in ``data/cameo.tsv`` (columns ``code``, ``plover``, ``mode``, ``context``,
``goldstein``, ``name``) and is read once, on first use. CAMEO 01 (public statements) maps
to no PLOVER type: such a code yields no event. CAMEO 02 (appeals) maps to REQUEST.

Types, modes and contexts follow the current PLOVER manual (16 types). Sub-codes follow the
CAMEO-to-PLOVER table of 2021 where it departs from the root (e.g. 084-087 are RETREAT,
191/192 blockade and occupation are COERCE), corrected to the manual where the two differ:
163 (sanctions, boycott, embargo) is SANCTION ``discontinue`` (the table has COERCE); modes
the manual does not list for a type are left empty or replaced by the manual's word
(1712 destroy, 185/186/200/202 targeted, 1722 restrict); the context ``democracy`` is the
manual's ``pro_democracy``. Context is a ``;``-separated list.

The manual's own quad table puts SANCTION in verbal conflict (quad 3) while its SANCTION
section says material conflict; Chronist follows the quad table.

Gold files and older stores use the names of the earlier drafts: DEMAND is REQUEST,
DISAPPROVE and INVESTIGATE are ACCUSE (``LEGACY_NAMES``, ``current_type``).

Goldstein scores are the published per-code weights; three codes that the published list
lacks (1213, 1214, 176) carry their parent's score.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from types import MappingProxyType

from chronist.errors import ConfigError

log = logging.getLogger(__name__)

__all__ = [
    "CONTEXTS",
    "LEGACY_NAMES",
    "MODES",
    "PLOVER_CATEGORIES",
    "QUAD_CLASSES",
    "QUAD_CODES",
    "QUADS",
    "CameoCode",
    "cameo",
    "current_type",
    "plover_of",
    "quad_of",
    "all_codes",
]

PLOVER_CATEGORIES: tuple[str, ...] = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
    "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION",
    "MOBILIZE", "COERCE", "ASSAULT",
)

# Names of earlier PLOVER drafts, as the gold files and stores written before 2.0 use them.
LEGACY_NAMES: Mapping[str, str] = MappingProxyType(
    {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE"})

# The modes the manual defines, per type (types without modes are absent).
MODES: Mapping[str, tuple[str, ...]] = MappingProxyType({
    "CONSULT": ("visit", "third-party", "multilateral", "phone"),
    "RETREAT": ("withdraw", "release", "disarm", "ceasefire", "access", "resign"),
    "REQUEST": ("assist", "change", "yield", "meet"),
    "ACCUSE": ("disapprove", "investigate", "allege"),
    "REJECT": ("assist", "change", "yield", "meet"),
    "THREATEN": ("restrict", "arrest", "relations", "expel", "territory", "violence"),
    "PROTEST": ("demo", "riot", "strike", "hunger", "boycott", "obstruct", "vandalize"),
    "SANCTION": ("convict", "expel", "withdraw", "discontinue"),
    "MOBILIZE": ("troops", "weapons", "cyber", "police", "militia"),
    "COERCE": ("seize", "restrict", "censor", "curfew", "martial-law", "arrest", "deport", "withhold",
               "misinformation", "cyber"),
    "ASSAULT": ("abduct", "beat", "torture", "sexual", "targeted", "destroy", "primitive", "firearms",
                "explosives", "suicide-attack", "aerial", "drone", "heavy-weapons", "crowd-control",
                "unconventional"),
})

# The manual's general contexts.
CONTEXTS: tuple[str, ...] = (
    "military", "intelligence", "executive", "legislative", "election", "political_institutions",
    "pro_democracy", "pro_autocracy", "economic", "legal", "reparations", "human_rights",
    "rights_freedoms", "repression", "human_security", "gender", "lgbt", "religion_ethnicity",
    "inequality", "diplomatic", "territory", "peacekeeping", "health", "asylum", "migration",
    "disasters", "natural_resource", "environment", "technology", "terrorism", "cbrn", "cyber",
    "misinformation", "crime", "corruption", "illegal_drugs", "trafficking",
)

VERBAL_COOPERATION = "verbal cooperation"
MATERIAL_COOPERATION = "material cooperation"
VERBAL_CONFLICT = "verbal conflict"
MATERIAL_CONFLICT = "material conflict"

QUADS: tuple[str, ...] = (
    VERBAL_COOPERATION, MATERIAL_COOPERATION, VERBAL_CONFLICT, MATERIAL_CONFLICT,
)

_QUAD_MEMBERS: dict[str, tuple[str, ...]] = {
    VERBAL_COOPERATION: ("AGREE", "CONSULT", "SUPPORT", "CONCEDE"),
    MATERIAL_COOPERATION: ("COOPERATE", "AID", "RETREAT"),
    VERBAL_CONFLICT: ("REQUEST", "ACCUSE", "REJECT", "THREATEN", "SANCTION"),
    MATERIAL_CONFLICT: ("PROTEST", "MOBILIZE", "COERCE", "ASSAULT"),
}

# The manual's numeric quad code (1-4) of each quad class.
QUAD_CODES: Mapping[str, int] = MappingProxyType({quad: n for n, quad in enumerate(QUADS, start=1)})

QUAD_CLASSES: Mapping[str, str] = MappingProxyType(
    {category: quad for quad, members in _QUAD_MEMBERS.items() for category in members}
)

_HEADER = ("code", "plover", "mode", "context", "goldstein", "name")
_CODE_RE = re.compile(r"\d{2,4}")
_TABLE = ("data", "cameo.tsv")


@dataclass(frozen=True, slots=True)
class CameoCode:
    """One CAMEO code with what it maps to.

    ``plover`` and ``quad`` are None for the 01 family (statements yield no event);
    ``mode`` is None where the manual gives the code's type no mode.
    When a code is looked up through a fallback, ``code`` is the code asked for while
    the other fields are those of the nearest ancestor in the table.
    """

    code: str
    name: str
    goldstein: float
    plover: str | None
    quad: str | None
    mode: str | None = None
    contexts: tuple[str, ...] = ()

    @property
    def root(self) -> str:
        """The two-digit root of the code ("0874" -> "08")."""
        return self.code[:2]


def _parse_row(line_no: int, line: str, source: str) -> CameoCode:
    fields = line.split("\t")
    if len(fields) != len(_HEADER):
        raise ConfigError(
            f"{source} line {line_no}: expected {len(_HEADER)} tab-separated fields "
            f"({', '.join(_HEADER)}), got {len(fields)}: {line!r}"
        )
    code, plover, mode, context, goldstein_text, name = (f.strip() for f in fields)
    if not _CODE_RE.fullmatch(code) or not 1 <= int(code[:2]) <= 20:
        raise ConfigError(
            f"{source} line {line_no}: bad CAMEO code {code!r}; use 2 to 4 digits "
            "with a root from 01 to 20"
        )
    if plover and plover not in QUAD_CLASSES:
        raise ConfigError(
            f"{source} line {line_no}: unknown PLOVER category {plover!r} for code {code}; "
            f"use one of {', '.join(PLOVER_CATEGORIES)} or leave it empty"
        )
    if mode and mode not in MODES.get(plover, ()):
        raise ConfigError(
            f"{source} line {line_no}: mode {mode!r} of code {code} is not a mode of {plover or 'no type'}; "
            f"use one of {', '.join(MODES.get(plover, ())) or '(none)'} or leave it empty"
        )
    contexts = tuple(c.strip() for c in context.split(";") if c.strip())
    unknown = [c for c in contexts if c not in CONTEXTS]
    if unknown:
        raise ConfigError(
            f"{source} line {line_no}: context {unknown[0]!r} of code {code} is not a PLOVER context; "
            f"use one of {', '.join(CONTEXTS)}, separated by ';'"
        )
    try:
        goldstein = float(goldstein_text)
    except ValueError:
        raise ConfigError(
            f"{source} line {line_no}: Goldstein score {goldstein_text!r} of code {code} "
            "is not a number; write it like -2.0"
        ) from None
    if not -10.0 <= goldstein <= 10.0:
        raise ConfigError(
            f"{source} line {line_no}: Goldstein score {goldstein} of code {code} is "
            "outside [-10, 10]"
        )
    if not name:
        raise ConfigError(f"{source} line {line_no}: code {code} has no name; add one")
    category = plover or None
    return CameoCode(
        code=code,
        name=name,
        goldstein=goldstein,
        plover=category,
        quad=QUAD_CLASSES[category] if category else None,
        mode=mode or None,
        contexts=contexts,
    )


def parse_table(text: str, *, source: str = "cameo.tsv") -> dict[str, CameoCode]:
    """Parse the text of a CAMEO table (header line, then one code per line).

    Raises ConfigError naming the line for a wrong header, a malformed row, a
    duplicate code or a code whose root is missing from the table.
    """
    lines = text.splitlines()
    if not lines or tuple(h.strip() for h in lines[0].split("\t")) != _HEADER:
        first = lines[0] if lines else ""
        raise ConfigError(
            f"{source}: header must be {'<TAB>'.join(_HEADER)}, found {first!r}"
        )
    table: dict[str, CameoCode] = {}
    for line_no, line in enumerate(lines[1:], start=2):
        if not line.strip():
            continue
        entry = _parse_row(line_no, line, source)
        if entry.code in table:
            raise ConfigError(
                f"{source} line {line_no}: code {entry.code} appears twice; keep one row"
            )
        table[entry.code] = entry
    orphans = sorted(code for code in table if code[:2] not in table)
    if orphans:
        raise ConfigError(
            f"{source}: codes {', '.join(orphans)} have no root row; add their 2-digit roots"
        )
    return table


@cache
def _table() -> dict[str, CameoCode]:
    resource = files("chronist.coding").joinpath(*_TABLE)
    try:
        text = resource.read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError(
            f"cannot read the CAMEO table {'/'.join(_TABLE)} inside chronist.coding "
            f"({exc}); reinstall the package"
        ) from exc
    table = parse_table(text, source="/".join(_TABLE))
    log.debug("loaded %d CAMEO codes", len(table))
    return table


def _check_code(code: object) -> str:
    if not isinstance(code, str):
        raise ConfigError(
            f"CAMEO code {code!r} is not a string; write it as text with leading zeros, "
            "like '040'"
        )
    text = code.strip()
    if not _CODE_RE.fullmatch(text) or not 1 <= int(text[:2]) <= 20:
        raise ConfigError(
            f"malformed CAMEO code {code!r}: use 2 to 4 digits with a root from 01 to 20, "
            "like '04', '040' or '0874'"
        )
    return text


def cameo(code: str) -> CameoCode:
    """Look up a CAMEO code.

    An unknown code falls back to its 3-digit parent, then to its root; the result keeps
    the asked code in ``.code``. A malformed code raises ConfigError.
    """
    text = _check_code(code)
    table = _table()
    entry = table.get(text)
    if entry is not None:
        return entry
    for size in (3, 2):
        if len(text) > size and (parent := table.get(text[:size])) is not None:
            log.debug("CAMEO code %s not in table, using %s", text, parent.code)
            return CameoCode(
                code=text,
                name=parent.name,
                goldstein=parent.goldstein,
                plover=parent.plover,
                quad=parent.quad,
                mode=parent.mode,
                contexts=parent.contexts,
            )
    raise ConfigError(  # unreachable while every root 01-20 is in the table
        f"CAMEO code {text!r} and its root are missing from the table; add root {text[:2]}"
    )


def plover_of(code: str) -> str | None:
    """The PLOVER category of a CAMEO code, or None for the 01 family (no event)."""
    return cameo(code).plover


def current_type(name: str) -> str:
    """The PLOVER 2.0 name of an event type, upper-cased ("demand" -> "REQUEST", "CONSULT" -> "CONSULT")."""
    upper = name.strip().upper()
    return LEGACY_NAMES.get(upper, upper)


def quad_of(plover: str) -> str:
    """The quad class of a PLOVER category ("CONSULT" -> "verbal cooperation")."""
    quad = QUAD_CLASSES.get(plover) if isinstance(plover, str) else None
    if quad is None:
        raise ConfigError(
            f"unknown PLOVER category {plover!r}; use one of {', '.join(PLOVER_CATEGORIES)}"
        )
    return quad


def all_codes() -> list[CameoCode]:
    """Every code in the table, in table order (a new list on each call)."""
    return list(_table().values())
