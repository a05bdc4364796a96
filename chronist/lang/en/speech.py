"""Reported speech in English: "X said (that) ...", "..., X said.", "according to X".

The speech clause itself stays (CAMEO 01: the coder ignores it); the clauses
it reports, with everything below them, get ``reported=True`` and ``speaker``
set to the sayer's Phrase. A nested report takes the nearer speaker.
"""
from __future__ import annotations

import logging
from collections.abc import Sequence

from chronist.lang.en.lexicon import Lexicon
from chronist.model import Clause, Phrase

log = logging.getLogger(__name__)

# Relations of a clause to a speech verb that make it the reported content.
_CONTENT_RELS = frozenset({"ccomp"})


def is_speech(clause: Clause, lex: Lexicon) -> bool:
    """Whether the clause's predicate is a verb of saying."""
    pred = clause.predicate
    return pred.kind == "verb" and pred.lemma.split(" ", 1)[0] in lex.speech_verbs


def speaker_of(clause: Clause) -> Phrase | None:
    """The sayer: the active subject, else the by-agent of a passive."""
    for role in ("subject", "agent"):
        found = clause.args(role)
        if found:
            return found[0]
    return None


def mark_reported(clauses: list[Clause], rels: Sequence[str], lex: Lexicon, *,
                  according: Sequence[tuple[int, Phrase]] = ()) -> None:
    """Set ``reported`` and ``speaker`` on the clauses of one sentence.

    ``rels`` holds each clause's dependency relation to its parent clause
    ("ccomp", "xcomp", "parataxis", ...); ``according`` pairs a clause index
    with the speaker of an "according to X" phrase attached to it.
    """
    children: list[list[int]] = [[] for _ in clauses]
    for i, c in enumerate(clauses):
        if c.parent is not None and 0 <= c.parent < len(clauses) and c.parent != i:
            children[c.parent].append(i)

    def mark(root: int, speaker: Phrase | None, skip: int | None = None) -> None:
        stack, seen = [root], set()
        while stack:
            j = stack.pop()
            if j in seen or j == skip:
                continue
            seen.add(j)
            clauses[j].reported = True
            clauses[j].speaker = speaker
            stack.extend(children[j])

    for target, speaker in according:
        if 0 <= target < len(clauses):
            mark(target, speaker)

    speech = [i for i, c in enumerate(clauses) if is_speech(c, lex)]
    for i in sorted(speech, key=lambda k: _depth(clauses, k)):   # outer reports first
        clause = clauses[i]
        speaker = speaker_of(clause)
        passive = clause.predicate.voice == "passive"
        for j in children[i]:
            if rels[j] in _CONTENT_RELS or (passive and rels[j] == "xcomp"):
                mark(j, speaker)
        # "The talks failed, he said": the speech verb hangs off the content.
        if rels[i] == "parataxis" and clause.parent is not None:
            mark(clause.parent, speaker, skip=i)
        log.debug("speech clause %r, speaker %r", clause.predicate.lemma,
                  speaker.text if speaker else None)


def _depth(clauses: list[Clause], i: int) -> int:
    depth, j, seen = 0, clauses[i].parent, {i}
    while j is not None and j not in seen and 0 <= j < len(clauses):
        seen.add(j)
        depth += 1
        j = clauses[j].parent
    return depth
