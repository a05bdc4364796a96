"""PETRARCH's verb dictionary as Chronist frames: the adapter that lets ``--dictionaries
builtin,petrarch:DIR`` code with PETRARCH's verbs (the files are read by
:mod:`chronist.actors.petrarch`; see its notes on the reduction).
"""
from __future__ import annotations

import re

from chronist.actors.petrarch import PetrarchDictionaries, VerbEntry
from chronist.coding.frames import Frame
from chronist.coding.ontology import cameo


def _singulars(word: str) -> set[str]:
    out = {word}
    if word.endswith("ies") and len(word) > 4:
        out.add(word[:-3] + "y")
    elif word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        out.add(word[:-1])
    return out


def _event_code(raw: str | None) -> str | None:
    """The first half of a (paired) code when it is a CAMEO code of an event."""
    if not raw:
        return None
    code = raw.split(":")[0].strip()
    if not re.fullmatch(r"\d{2,4}", code) or not 1 <= int(code[:2]) <= 20:
        return None
    return code if cameo(code).plover is not None else None


def frames(dicts: PetrarchDictionaries) -> list[Frame]:
    """Verb frames (source: subject; target: object, "with" or "against" phrase) from the
    verbs and the simple object patterns (see the module's notes on the reduction)."""
    out: dict[tuple, Frame] = {}
    target = ("object", "prep:with", "prep:against")
    by_block: dict[str, list[VerbEntry]] = {}
    for verb in dicts.verbs:
        if not verb.verb_first or not verb.lemma:
            continue
        by_block.setdefault(verb.block, []).append(verb)
        code = _event_code(verb.code)
        if code:
            out.setdefault((verb.lemma, code, frozenset()), Frame(verb.lemma, "verb", code, target, ("subject",)))
    for pattern in dicts.patterns:
        code = _event_code(pattern.code)
        words = [w for w in pattern.words if w != "*"]
        if not code or pattern.words[:1] != ("*",) or len(words) != 1:
            continue
        word = words[0].rstrip("_")
        if word.startswith("&"):
            members = dicts.synsets.get(word[1:].rstrip("_"), [])
            objects = {m.lower() for m in members if " " not in m}
        elif word.isalpha():
            objects = {word.lower()}
        else:
            continue
        objects = frozenset(s for o in objects for s in _singulars(o))
        if not objects:
            continue
        for verb in by_block.get(pattern.block, ()):
            key = (verb.lemma, code, objects)
            out.setdefault(key, Frame(verb.lemma, "verb", code, target, ("subject",), when_object=objects))
    return list(out.values())
