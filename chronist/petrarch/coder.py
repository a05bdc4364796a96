"""Coding one parsed sentence with PETRARCH dictionaries, the way PETRARCH reads them.

Own implementation of the behaviour PETRARCH's documentation and unit tests describe:

- noun phrases are the only places actors and agents are found ("NE" phrases); an NP
  with a conjunction and several NPs is a compound: every member is coded;
- for every verb in the dictionary (any inflected form, several words, words before the
  verb), the verb's patterns are matched against the words after the verb in its verb
  phrase (lower sequence) and the words of its clause before it (upper sequence); pattern
  elements: words (``_`` joins words that must follow each other, a space lets other words
  stand between), ``&SET`` synonym sets, ``+`` the target, ``$`` the source, ``%`` a compound
  that is both, ``^`` a noun phrase skipped; the longest matching pattern wins, else the
  verb's own code;
- the source is the ``$`` phrase or the nearest coded noun phrase before the verb in its
  clause (back to a comma); the target the ``+`` phrase or the first coded noun phrase after
  it; passive ``was VBN by X`` swaps them;
- paired codes ``[X:Y]`` give X from source to target and Y back; a code ``---`` codes
  nothing; codes outside CAMEO are kept as they are;
- a sentence with a discard phrase codes nothing.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from chronist.petrarch.tree import CLAUSES, Node
from chronist.petrarch.verbs import Pattern, VerbBook

SKIP = frozenset({"THE", "A", "AN", "IT", "HE", "THEY", "HER", "HAS", "HAD", "HAVE", "SOME",
                  "FEW", "THAT"})
NULL = "---"


@dataclass(slots=True)
class NE:
    """A noun phrase that may name an actor: its leaf span and codes (compounds: several)."""

    start: int
    end: int                       # exclusive, leaf indices
    codes: list[str] = field(default_factory=list)
    compound: bool = False

    @property
    def coded(self) -> bool:
        return any(c != NULL for c in self.codes)


@dataclass(slots=True, frozen=True)
class PEvent:
    source: str
    target: str
    code: str
    verb: str = ""


class ActorBook:
    """Actor and agent phrases (upper case words) -> codes, matched on the words of an NP."""

    def __init__(self, actors, agents):
        self.actors: dict[tuple[str, ...], list] = {}
        for actor in actors:
            for name in actor.names:
                words = tuple(name.upper().split())
                if words:
                    self.actors.setdefault(words, actor)
        self.agents: dict[tuple[str, ...], tuple[str, bool]] = {}
        for agent in agents:
            words = tuple(agent.phrase.upper().split())
            if not words:
                continue
            self.agents.setdefault(words, (agent.code, agent.prefix))
            plurals = agent.plurals
            if plurals is None:
                plurals = (_plural(agent.phrase.upper()),)
            for plural in plurals:
                self.agents.setdefault(tuple(plural.upper().split()), (agent.code, agent.prefix))
        self.longest = max([len(k) for k in self.actors] + [len(k) for k in self.agents] + [1])

    def _find(self, table: dict, words: list[str]):
        for i in range(len(words)):
            for n in range(min(self.longest, len(words) - i), 0, -1):
                key = tuple(words[i:i + n])
                if key in table:
                    return i, n, table[key]
        return None

    def _all(self, table: dict, words: list[str], used: set[int]):
        out = []
        i = 0
        while i < len(words):
            for n in range(min(self.longest, len(words) - i), 0, -1):
                key = tuple(words[i:i + n])
                if key in table and not used & set(range(i, i + n)):
                    out.append((i, n, table[key]))
                    used |= set(range(i, i + n))
                    i += n - 1
                    break
            i += 1
        return out

    def code(self, words: list[str], day: dt.date | None) -> list[str]:
        """The codes of an NP's words: actor code with agent code added (``---`` for none)."""
        words = [w for w in words if w not in ("'S", "'")]
        actor = self._find(self.actors, words)
        codes = [NULL]
        if actor:
            raw = actor[2].code_at(day)
            if raw is None or raw in ("---", "+++"):
                codes = [NULL]
            elif raw == "###":
                codes = ["###"]
            else:
                codes = [c.strip().upper() for c in raw.split("/") if c.strip()]
        used = set(range(actor[0], actor[0] + actor[1])) if actor else set()
        for start, n, (code, prefix) in self._all(self.agents, words, used):
            if prefix:
                codes = [code + ("" if c == NULL else c) for c in codes]
            else:
                codes = [(c if c not in (NULL, "###") else NULL) + code
                         if not c.endswith(code) else c for c in codes]
        return codes


def _plural(phrase: str) -> str:
    words = phrase.split()
    last = words[-1]
    if last.endswith("Y") and last[-2:-1] not in "AEIOU":
        last = last[:-1] + "IES"
    elif last.endswith(("S", "X", "Z", "CH", "SH")):
        last += "ES"
    elif last.endswith("MAN"):
        last = last[:-3] + "MEN"
    else:
        last += "S"
    return " ".join(words[:-1] + [last])


# --- noun phrases ---------------------------------------------------------------------------
def find_nes(root: Node, leaves: list[Node], book: ActorBook, day: dt.date | None) -> list[NE]:
    out: list[NE] = []

    def visit(node: Node) -> None:
        if node.leaf:
            return
        if node.label.startswith("NP"):
            nps = [c for c in node.children if c.label.startswith("NP")]
            if any(c.label == "CC" for c in node.children) and len(nps) >= 2:
                members = []
                for np in nps:
                    words = [l.word for l in np.leaves(CLAUSES + ("VP",))]
                    members.append(book.code(words, day))
                span = node.leaves()
                codes = [c for m in members for c in m if c != NULL] or [NULL]
                out.append(NE(span[0].index, span[-1].index + 1, codes, True))
                for child in node.children:
                    if child.label in CLAUSES + ("VP",):
                        visit(child)
                return
            flat = [c for c in node.children]
            if any(c.label == "CC" for c in flat) and not nps:
                groups, cur = [], []
                for c in flat:
                    if c.label in ("CC", ","):
                        groups.append(cur)
                        cur = []
                    else:
                        cur.append(c)
                groups.append(cur)
                members = [book.code([l.word for g in grp for l in g.leaves()], day) for grp in groups if grp]
                codes = [c for m in members for c in m if c != NULL]
                if len([m for m in members if any(c != NULL for c in m)]) >= 2:
                    span = node.leaves()
                    out.append(NE(span[0].index, span[-1].index + 1, codes, True))
                    return
            inner = [c for c in node.walk() if c is not node and c.label.startswith("NP")]
            simple = all(any(a.label in ("PP", "POS") for a in c.children) is False
                         for c in inner) if inner else True
            own = node.leaves(CLAUSES + ("VP",))
            if own and (not inner or len(own) <= 8 or simple) and not _has_compound(node):
                codes = book.code([l.word for l in own], day)
                out.append(NE(own[0].index, own[-1].index + 1, codes))
                for child in node.children:
                    if child.label in CLAUSES + ("VP",):
                        visit(child)
                return
        for child in node.children:
            visit(child)

    visit(root)
    return sorted(out, key=lambda n: n.start)


def _has_compound(node: Node) -> bool:
    return any(c.label == "CC" for n in node.walk() if n is not node and n.label.startswith("NP")
               for c in n.children)


# --- pattern matching -----------------------------------------------------------------------
@dataclass(slots=True)
class _Seq:
    words: list[str]
    ne_at: list[NE | None]           # the NE starting at each position (None otherwise)


def _match_elements(elems, pos: int, seq: _Seq, book: VerbBook, found: dict, gap_ok: bool,
                    forward: bool) -> bool:
    """Match ``elems`` (each (element, joined_to_previous)) from ``pos`` in ``seq``."""
    if not elems:
        return True
    (elem, joined), rest = elems[0], elems[1:]
    limit = len(seq.words)
    start = pos
    positions = [pos] if (joined or not gap_ok) else range(pos, limit)
    for p in positions:
        # determiners and the like may stand anywhere
        q = p
        while q < limit and seq.words[q] in SKIP and elem != seq.words[q]:
            q += 1
        for r in {p, q}:
            for end, bind in _elem_at(elem, r, seq, book, forward):
                saved = dict(found)
                found.update(bind)
                if _match_elements(rest, end, seq, book, found, True, forward):
                    return True
                found.clear()
                found.update(saved)
        if joined and p == start:
            break
    return False


def _elem_at(elem: str, p: int, seq: _Seq, book: VerbBook, forward: bool):
    if p >= len(seq.words):
        return
    if elem in ("+", "$", "^", "%"):
        ne = _ne_covering(seq, p)
        if ne is None:
            return
        node, end = ne
        if elem == "%" and not node.compound:
            return
        key = {"+": "target", "$": "source", "^": "skip", "%": "both"}[elem]
        yield end, {key: node}
        return
    if elem.startswith("&"):
        for phrase in book.synset_phrases(elem[1:]):
            phrase = phrase if forward else tuple(reversed(phrase))
            n = len(phrase)
            if tuple(seq.words[p:p + n]) == phrase:
                yield p + n, {}
        return
    if seq.words[p] == elem:
        yield p + 1, {}


def _ne_covering(seq: _Seq, p: int):
    span = seq.ne_at[p]
    if span is None:
        return None
    return span.ne, p + span.length


class SentenceCoder:
    def __init__(self, book: ActorBook, verbs: VerbBook, discards: list[tuple[str, ...]] = ()):
        self.book = book
        self.verbs = verbs
        self.discards = [d for d in discards if d]

    def discarded(self, words: list[str]) -> bool:
        text = " " + " ".join(words) + " "
        return any(" " + " ".join(d) + " " in text for d in self.discards)

    def code(self, root: Node, leaves: list[Node], day: dt.date | None) -> list[PEvent]:
        words = [l.word for l in leaves]
        if self.discarded(words):
            return []
        nes = find_nes(root, leaves, self.book, day)
        events: list[PEvent] = []
        for leaf in leaves:
            if not leaf.label.startswith("VB"):
                continue
            events += self._verb(leaf, leaves, nes)
        return list(dict.fromkeys(events))

    def _verb(self, leaf: Node, leaves: list[Node], nes: list[NE]) -> list[PEvent]:
        words = [l.word for l in leaves]
        v = leaf.index
        entries = self.verbs.lookup(words, v)
        if not entries:
            return []
        vp = leaf.parent
        while vp is not None and not vp.label.startswith("VP"):
            vp = vp.parent
        vp_leaves = vp.leaves() if vp is not None else leaves[v:]
        vp_end = vp_leaves[-1].index + 1 if vp_leaves else v + 1
        # upper: back to the start of the sentence or a comma outside noun phrases
        start = v
        inside = {i for ne in nes for i in range(ne.start + 1, ne.end)}
        while start > 0 and not (words[start - 1] == "," and start - 1 not in inside):
            start -= 1
        best = None
        for entry in entries:
            lower_from = entry.after_end(v)
            upper_to = entry.before_start(v)
            lower = _make_seq(words, nes, lower_from, vp_end)
            upper = _make_seq(words, nes, start, upper_to, reverse=True)
            for order, pattern in enumerate(self.verbs.patterns(entry.block)):
                found: dict = {}
                if not _match_elements(pattern.lower, 0, lower, self.verbs, found, True, True):
                    continue
                if not _match_elements(pattern.upper_rev, 0, upper, self.verbs, found, True, False):
                    continue
                score = (pattern.size, -order)
                if best is None or score > best[0]:
                    best = (score, pattern.code, dict(found), entry, lower_from, upper_to)
            if best is None and entry.code is not None:
                best = ((0, 0), entry.code, {}, entry, lower_from, upper_to)
            elif best is None:
                best = ((0, 0), None, {}, entry, lower_from, upper_to)
        _, code, found, entry, lower_from, upper_to = best
        if code is None or code.strip() in ("---", "") or "?" in code:
            return []               # "025?": a code its author left unsure codes nothing
        coded_nes = [ne for ne in nes if ne.codes]
        before = [ne for ne in coded_nes if start <= ne.start and ne.end <= upper_to]
        after = [ne for ne in coded_nes if lower_from <= ne.start and ne.end <= vp_end]
        passive = (leaf.label == "VBN" and any(words[i] == "BY" for i in range(lower_from, vp_end))
                   and any(words[i] in ("WAS", "IS", "BEEN", "WERE", "ARE", "BE") for i in range(start, v)))
        if "both" in found:
            source = target = found["both"]
        else:
            source = found.get("source")
            target = found.get("target")
            if passive and source is None and target is None:
                by = next(i for i in range(lower_from, vp_end) if words[i] == "BY")
                source = _first(ne for ne in after if ne.start > by)
                target = _first(reversed(before))
            if source is None:
                subj = _subject(leaf)
                if subj is not None:
                    lo, hi = subj
                    source = _first(ne for ne in nes if lo <= ne.start and ne.end <= hi)
                    if source is not None and not source.coded:
                        source = None
            if source is None:
                source = _first(reversed(before))
            if target is None:
                target = _first(ne for ne in after if ne is not source)
        src_codes = source.codes if source else [NULL]
        tgt_codes = target.codes if target else [NULL]
        out = []
        first, _, back = code.partition(":")
        for s in src_codes:
            for t in tgt_codes:
                if "both" in found and s == t:
                    continue
                if s == NULL and t == NULL:
                    continue
                if t == NULL and not _main_clause(leaf):
                    continue            # one-sided events only from the sentence's own clauses
                if t == NULL and s.startswith(NULL) and source is not None and \
                        words[source.start] in ("A", "AN"):
                    continue            # "a senior official said": no actor of its own
                out.append(PEvent(s, t, first.strip(), entry.lemma))
                if back.strip() and back.strip() != "---":
                    out.append(PEvent(t, s, back.strip(), entry.lemma))
        return out


def _subject(leaf: Node) -> tuple[int, int] | None:
    """Leaf span of the subject NP of the clause the verb heads (through VP chains and
    subject-less infinitive clauses)."""
    child, node = leaf, leaf.parent
    while node is not None:
        if node.label in CLAUSES or node.label == "S":
            at = node.children.index(child)
            nps = [c for c in node.children[:at] if c.label.startswith("NP")]
            if nps:
                span = nps[-1].leaves()
                return span[0].index, span[-1].index + 1
        elif not (node.label.startswith("VP") or node.label in ("S", "ROOT") or node is leaf.parent):
            return None
        child, node = node, node.parent
    return None


def _main_clause(leaf: Node) -> bool:
    """The verb heads a clause of the sentence itself (not one embedded in a phrase)."""
    node = leaf.parent
    while node is not None and node.label != "ROOT":
        if node.label in ("SBAR", "NP", "PP") or (node.label == "S" and node.parent is not None
                                                  and node.parent.label.startswith("VP")):
            return False
        node = node.parent
    return True


def _first(items):
    items = list(items)
    coded = [ne for ne in items if ne.coded]
    return coded[0] if coded else (items[0] if items else None)


def _make_seq(words: list[str], nes: list[NE], start: int, end: int, reverse: bool = False) -> _Seq:
    """Words from ``start`` to ``end`` (reversed for the upper sequence), with the noun
    phrases that lie inside marked at their first position (last, when reversed)."""
    idx = list(range(start, end))
    if reverse:
        idx.reverse()
    seq_words = [words[i] for i in idx]
    ne_at: list = [None] * len(idx)
    for ne in nes:
        if ne.start < start or ne.end > end:
            # a phrase cut by the boundary still counts from where it is visible
            if not (ne.start < end and ne.end > start):
                continue
        lo, hi = max(ne.start, start), min(ne.end, end)
        first = (hi - 1) if reverse else lo
        pos = idx.index(first)
        if ne_at[pos] is None:
            ne_at[pos] = _Span(ne, hi - lo)
    return _Seq(seq_words, ne_at)


class _Span:
    __slots__ = ("ne", "length")

    def __init__(self, ne: NE, length: int):
        self.ne, self.length = ne, length

    @property
    def compound(self) -> bool:
        return self.ne.compound
