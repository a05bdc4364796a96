"""PETRARCH verb dictionaries read for coding: verbs with all their forms, several-word
verbs (``+BREAK_DOWN``, ``KLM_NOP_+RST``, ``WIRE_+TAP``), synonym sets (nested), and
patterns with every element split into what stands before the verb and after it."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from chronist.actors.petrarch import NULL_CODES, PetrarchFormatError, _lines


@dataclass(slots=True, frozen=True)
class Pattern:
    block: str
    lower: tuple[tuple[str, bool], ...]       # elements after the verb, (element, joined)
    upper_rev: tuple[tuple[str, bool], ...]   # elements before it, nearest first
    code: str
    text: str = ""
    line: int = 0

    @property
    def size(self) -> int:
        return len(self.lower) + len(self.upper_rev)


@dataclass(slots=True, frozen=True)
class Verb:
    lemma: str                      # "wire tap": the entry's words, lower case
    block: str
    code: str | None                # None: the block codes nothing ("---")
    before: tuple[str, ...] = ()    # words right before the verb word
    after: tuple[str, ...] = ()     # words right after it

    def after_end(self, v: int) -> int:
        return v + 1 + len(self.after)

    def before_start(self, v: int) -> int:
        return v - len(self.before)


def inflections(verb: str) -> set[str]:
    """Regular English forms of an upper-case verb: -S, -ED, -ING."""
    out = {verb}
    if verb.endswith("E"):
        out |= {verb + "S", verb + "D", verb[:-1] + "ING"}
    elif verb.endswith("Y") and verb[-2:-1] not in "AEIOU":
        out |= {verb[:-1] + "IES", verb[:-1] + "IED", verb + "ING"}
    elif verb.endswith(("S", "X", "Z", "CH", "SH")):
        out |= {verb + "ES", verb + "ED", verb + "ING"}
    else:
        out |= {verb + "S", verb + "ED", verb + "ING"}
        if re.search(r"[^AEIOU][AEIOU][BDGMNPT]$", verb) and len(verb) <= 4:
            out |= {verb + verb[-1] + "ED", verb + verb[-1] + "ING"}
    return out


def _tokens(text: str) -> list[tuple[str, bool]]:
    out = []
    for chunk in text.split():
        parts = [p for p in chunk.split("_")]
        first = True
        for part in parts:
            if part:
                out.append((part.upper() if not part.startswith("&") else "&" + part[1:].upper().rstrip("_"),
                            not first))
            first = False
    return out


def parse_pattern(text: str, block: str, code: str, line: int = 0) -> Pattern:
    elems = _tokens(text)
    star = next((i for i, (e, _) in enumerate(elems) if e == "*"), None)
    if star is None:
        return Pattern(block, tuple(elems), (), code, text, line)
    before, after = elems[:star], elems[star + 1:]
    lower = tuple(after)
    joins = [j for _, j in before[1:]] + [elems[star][1]]     # join of each to what follows
    upper_rev = tuple((e, joins[i]) for i, (e, _) in reversed(list(enumerate(before))))
    return Pattern(block, lower, upper_rev, code, text, line)


@dataclass
class VerbBook:
    synsets: dict[str, list[tuple[str, ...]]] = field(default_factory=dict)
    by_form: dict[str, list[Verb]] = field(default_factory=dict)
    by_block: dict[str, list[Pattern]] = field(default_factory=dict)
    verbs: list[Verb] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    def synset_phrases(self, name: str, seen: frozenset = frozenset()) -> list[tuple[str, ...]]:
        out = []
        for phrase in self.synsets.get(name, []):
            if len(phrase) == 1 and phrase[0].startswith("&"):
                if phrase[0][1:] not in seen:
                    out += self.synset_phrases(phrase[0][1:], seen | {name})
            else:
                out.append(phrase)
                if len(phrase) == 1 and phrase[0].isalpha():
                    out.append((phrase[0] + "S",))
        return out

    def patterns(self, block: str) -> list[Pattern]:
        return self.by_block.get(block, [])

    def lookup(self, words: list[str], v: int) -> list[Verb]:
        """Entries whose verb word is ``words[v]`` and whose other words stand around it;
        the longest first."""
        out = []
        for verb in self.by_form.get(words[v], []):
            if verb.after and tuple(words[v + 1:v + 1 + len(verb.after)]) != verb.after:
                continue
            if verb.before and tuple(words[max(0, v - len(verb.before)):v]) != verb.before:
                continue
            out.append(verb)
        out.sort(key=lambda e: -(len(e.before) + len(e.after)))
        return out[:1] if out else []

    # --- reading ---------------------------------------------------------------------------
    def read(self, path: str | Path) -> "VerbBook":
        path = Path(path)
        block, block_code, synset = "", None, None
        for number, line in _lines(path):
            where = f"{path}:{number}"
            text = line.strip()
            if text.startswith("&"):
                synset = text.split()[0][1:].rstrip("_").upper()
                self.synsets.setdefault(synset, [])
                continue
            if text.startswith("+") and synset is not None:
                member = text[1:].split("#")[0].strip().rstrip("_")
                self.synsets[synset].append(tuple(w.upper() for w in member.replace("_", " ").split()))
                continue
            synset = None
            if text.startswith("---"):
                m = re.match(r"^---\s*(.*?)\s*\[([^\]]*)\][-\s]*$", text)
                if not m:
                    self.problems.append(f"{where}: block header {text!r} unreadable")
                    continue
                block = m.group(1).strip().rstrip("_").upper()
                raw = m.group(2).strip()
                block_code = None if raw in NULL_CODES or not raw else raw
                continue
            if not block:
                self.problems.append(f"{where}: {text!r} before any block")
                continue
            if text.startswith("-"):
                body, bracket, rest = text[1:].partition("[")
                if not bracket or "]" not in rest:
                    self.problems.append(f"{where}: pattern {text!r} has no [code]")
                    continue
                code = rest.split("]", 1)[0].strip()
                code = "---" if code in NULL_CODES else code
                self.by_block.setdefault(block, []).append(parse_pattern(body, block, code, number))
                continue
            try:
                self._verb(text, block, block_code, where)
            except PetrarchFormatError as exc:
                self.problems.append(str(exc))
        return self

    def _verb(self, text: str, block: str, block_code: str | None, where: str) -> None:
        code = block_code
        m = re.search(r"\[([^\]]*)\]", text)
        if m:
            own = m.group(1).strip()
            code = None if own in NULL_CODES else own
            text = text[:m.start()] + text[m.end():]
        irregular: list[str] = []
        if "{" in text:
            if "}" not in text:
                raise PetrarchFormatError(f"{where}: missing '}}' in verb {text!r}")
            irregular = text[text.index("{") + 1:text.index("}")].split()
            text = text[:text.index("{")]
        word = text.strip().rstrip("_")
        if not word:
            return
        variants = [word] + irregular
        lemma = word.replace("+", "").replace("_", " ").lower()
        for variant in variants:
            parts = [p for p in variant.strip("_").upper().split("_") if p]
            verb_at = next((i for i, p in enumerate(parts) if p.startswith("+")), 0)
            parts = [p.lstrip("+") for p in parts]
            if not parts:
                continue
            entry = Verb(lemma, block, code, tuple(parts[:verb_at]), tuple(parts[verb_at + 1:]))
            self.verbs.append(entry)
            forms = inflections(parts[verb_at]) if variant is word else {parts[verb_at]}
            for form in forms:
                self.by_form.setdefault(form, []).append(entry)
