"""How much of CAMEO the frames reach: codes without a frame, and the share of a PETRARCH
verb dictionary's English verbs that the English frames know.

PETRARCH's verb lemmas, as counted here, are the base-form verb entries of the dictionary's
VERB PATTERNS section (from the line ``####### VERB PATTERNS #######`` to the next
``#######`` heading): every member line of a block (a line that is neither a block head, a
pattern ``- ...``, a comment nor blank), lower-cased, with underscores and a leading ``+`` read
as spaces ("+CALL_OFF" → "call off"), comments (``# ...``, ``; ...``), code brackets and
inflection lists in ``{...}`` ignored. A block head (``---  NAME   [code]  ---``) is the block's
description, not a verb ("PHYSICAL_CONFLICT", "EXPLAIN_VERBAL"): it counts only through the
member lines that repeat it. An entry's first word is read as a verb and taken to its base form
by the language's morphology, so an inflected form ("UNDERSTOOD", "WORRIED") counts as its
lemma, once; an entry with a conjunction ("+KILLED_AND", helpers of coordinated verbs) is not a
lemma and is left out. A lemma is counted only when it can code something: its block head, its
own line or one of its block's patterns carries a CAMEO code (anything other than ``[---]``).
The same lemma in several blocks counts once.

An English frame *knows* a lemma when a verb frame has exactly that lemma, or, for an
entry of two or more words ("ask for", "crack down on", "wage war"), when a verb frame's
lemma is the entry's first word(s) and the next word is a preposition that frame asks for
(in ``when_prep``, alone or with its noun: "for help", or as a ``prep:<word>`` target) or an
object noun it asks for (in
``when_object``) — "ask for" is coded as *ask* with a for-phrase, "wage war" as *wage* with
the object *war*.

The dictionary file is read from a path the caller gives; nothing of it is stored here.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Collection
from dataclasses import dataclass
from pathlib import Path

from chronist import lang as languages
from chronist.coding.frames import Frame, frame_book
from chronist.coding.ontology import all_codes

_HEAD = re.compile(r"^---\s+(\S+)\s+\[([^\]]*)\]\s+---")
_CODE = re.compile(r"\[([^\]]*)\]")
_SECTION = re.compile(r"^#{5,}\s*(.*?)\s*#{5,}")


@dataclass(frozen=True, slots=True)
class VerbCoverage:
    """The share of a PETRARCH dictionary's verb lemmas that the English frames know."""

    known: tuple[str, ...]
    unknown: tuple[str, ...]

    @property
    def total(self) -> int:
        return len(self.known) + len(self.unknown)

    @property
    def share(self) -> float:
        return len(self.known) / self.total if self.total else 0.0


def _is_code(text: str) -> bool:
    return any(ch.isdigit() for ch in text)


def _lemma(text: str) -> str:
    text = re.sub(r"\{[^}]*\}", " ", re.split(r"[#;]", text, maxsplit=1)[0])
    text = _CODE.sub(" ", text).strip().lstrip("+").replace("_", " ").replace("+", " ")
    return " ".join(text.lower().split())


def _same(word: str) -> str:
    return word


def petrarch_verbs(text: str, verb_lemma: Callable[[str], str] = _same,
                   conjunctions: Collection[str] = ()) -> list[str]:
    """The verb lemmas of a PETRARCH CAMEO verb dictionary that carry a code (see the module
    docstring), sorted; ``verb_lemma`` gives a verb form's base form, ``conjunctions`` the
    words that mark an entry as a coordination helper."""
    inside = False
    blocks: list[tuple[bool, list[tuple[str, bool]]]] = []    # (block has a code, [(lemma, own code)])
    for raw in text.splitlines():
        line = raw.strip()
        section = _SECTION.match(line)
        if section:
            inside = section.group(1).upper().startswith("VERB PATTERNS")
            continue
        if not inside or not line or line.startswith("#"):
            continue
        head = _HEAD.match(line)
        if head:
            blocks.append((_is_code(head.group(2)), []))
            continue
        if not blocks:
            continue
        coded, members = blocks[-1]
        if line.startswith("-"):
            codes = _CODE.findall(line.split("#", 1)[0])
            if any(_is_code(c) for c in codes):
                blocks[-1] = (True, members)
            continue
        own = any(_is_code(c) for c in _CODE.findall(line.split("#", 1)[0]))
        words = _lemma(line).split()
        if words and not set(words) & set(conjunctions):
            members.append((" ".join([verb_lemma(words[0])] + words[1:]), own))
    out = {lemma for coded, members in blocks for lemma, own in members if coded or own}
    return sorted(out)


def _knows(lemma: str, verbs: dict[str, list[Frame]]) -> bool:
    if lemma in verbs:
        return True
    words = lemma.split()
    for cut in range(len(words) - 1, 0, -1):
        head, word = " ".join(words[:cut]), words[cut]
        for frame in verbs.get(head, ()):
            if word in frame.when_prep or word in frame.when_object or f"prep:{word}" in frame.target \
                    or any(entry.split()[0] == word for entry in frame.when_prep if " " in entry):
                return True
    return False


def verb_coverage(text: str, frames: list[Frame] | None = None) -> VerbCoverage:
    """Which of the dictionary's verb lemmas (the text of a PETRARCH CAMEO verb file) the
    English verb frames know (by default Chronist's own)."""
    verbs: dict[str, list[Frame]] = {}
    for frame in frames if frames is not None else frame_book("en").frames():
        if frame.kind == "verb":
            verbs.setdefault(frame.lemma.lower(), []).append(frame)
    pack = languages.get("en")
    known, unknown = [], []
    for lemma in petrarch_verbs(text, pack.morphology.verb_lemma, pack.words.conjunctions):
        (known if _knows(lemma, verbs) else unknown).append(lemma)
    return VerbCoverage(known=tuple(known), unknown=tuple(unknown))


def verb_coverage_of_file(path: str | Path) -> VerbCoverage:
    return verb_coverage(Path(path).read_text("utf-8", errors="replace"))


def missing_codes(lang: str) -> list[str]:
    """The CAMEO codes with a PLOVER type (so they carry events) that no frame of the
    language codes exactly."""
    have = {f.cameo for f in frame_book(lang).frames()}
    return [c.code for c in all_codes() if c.plover and c.code not in have]


def missing_roots(lang: str) -> list[str]:
    """The two-digit CAMEO families with a PLOVER type that no frame of the language reaches."""
    have = {f.cameo[:2] for f in frame_book(lang).frames()}
    roots = sorted({c.code[:2] for c in all_codes() if c.plover})
    return [r for r in roots if r not in have]
