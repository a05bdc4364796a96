"""Bare "it" and "they" resolved inside a sentence, from the clause structure."""
from __future__ import annotations

from chronist.model import Clause, Phrase, Token


def resolve_pronouns(clause: Clause, *, subjects: list[Phrase | None], parents: list[int | None],
                     start: int | None, persons: set[int], objects: list[Phrase | None] | None = None,
                     before: tuple[int, ...] = ()) -> None:
    """"Syria says it is willing ...": a bare "it" or "they" takes the nearest subject of a
    governing clause that agrees in number (the pronoun's Phrase gets the antecedent's
    words, so the actor matcher sees the name). "it" never takes a person (``persons``:
    start offsets of words in PERSON entities). "he" and "she" are left to the
    coreference of the coder, which knows persons.

    ``subjects`` and ``parents`` hold each clause's own subject and governing clause;
    ``start`` is the clause where the search begins (the governor).

    An object "them" or "it" that no governing subject takes is the object of the clause it
    goes on from (``before``: the first conjunct, then the governor; ``objects``: each clause's
    first object that is no pronoun), which agrees in number: "summoned two Russian diplomats
    and expelled them", "phoned the Polish leaders, urging them to ..." (an object pronoun is
    never its own clause's subject, and the group named in the sentence before is not meant).
    """
    for arg in clause.arguments:
        if not arg.pronoun or arg.role not in ("subject", "object", "dative", "prep", "agent"):
            continue
        word = arg.tokens[0].text.lower()
        if word not in _IT and word not in _THEY:
            continue
        j = start
        seen: set[int] = set()
        while j is not None and j not in seen:
            seen.add(j)
            subj = subjects[j]
            if subj is not None and not subj.pronoun and subj.tokens[0].start < arg.start \
                    and not (word in _IT and _bare_mass(subj)):
                head = _head(subj)
                person = head is not None and head.start in persons
                if (_plural_name(subj) if word in _THEY else _plural(subj) == (word in _THEY)) \
                        and not (person and word in _IT):
                    arg.tokens = list(subj.tokens)
                    arg.pronoun = False
                break
            j = parents[j]
        if arg.pronoun and arg.role != "subject" and objects is not None:
            for k in before:
                obj = objects[k]
                if obj is None or obj.tokens[0].start >= arg.start:
                    continue
                head = _head(obj)
                person = head is not None and head.start in persons
                if _plural(obj) == (word in _THEY) and not (person and word in _IT):
                    arg.tokens = list(obj.tokens)
                    arg.pronoun, arg.counted = False, obj.counted     # "ten Palestinians": people
                break


def _bare_mass(p: Phrase) -> bool:
    """A subject of common nouns and adjectives only, singular, with no determiner ("free
    trade", "peace"): a thing in general, no party that "it" could be ("Kenya said peace would
    not return unless it could trust Somalia": Kenya); the search goes on to the clause
    governing it."""
    return bool(p.tokens) and p.tokens[-1].pos == "NN" and all(t.pos in ("NN", "JJ") for t in p.tokens)


_IT = frozenset({"it"})
_THEY = frozenset({"they", "them"})


_HEAD_STOP = frozenset({"of", "(", ",", "who", "which", "that"})


def _head(p: Phrase) -> Token | None:
    """The last noun before "of", a comma or a relative word: the phrase's head noun."""
    head = None
    for t in p.tokens:
        if t.text.lower() in _HEAD_STOP:
            break
        if t.pos.startswith("NN"):
            head = t
    return head


def _plural_name(p: Phrase) -> bool:
    """A plural phrase (``_plural``), or a name in the plural after "the", which the tagger
    may read as a singular name: "The Houthis said they had fired missiles" (a plural "they"
    may mean it; a singular "it" still means "the Philippines")."""
    if _plural(p):
        return True
    head = _head(p)
    return head is not None and head.pos == "NNP" and p.tokens[0].text.lower() == "the" \
        and head.text.endswith("s") and not head.text.endswith("ss") and head is not p.tokens[0]


def _plural(p: Phrase) -> bool:
    """Number of a phrase from its words: a coordination, or a plural head noun."""
    for t in p.tokens:
        low = t.text.lower()
        if low in _HEAD_STOP:
            break
        if low in ("and", "&"):
            return True
    head = _head(p)
    return head is not None and head.pos in ("NNS", "NNPS")
