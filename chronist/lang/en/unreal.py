"""English clauses that tell no act done, read from the parse: a time to come ("until Russia
withdraws"), a kind of actors defined by an act ("countries that impose tariffs"), an act kept
from being done ("refrained from criticising"), a source cited ("according to an investigation
of ..."). The clause builder (clauses.py) marks such clauses possible or negated."""
from __future__ import annotations

from spacy.tokens import Token as SpToken

from chronist.lang.en.lexicon import Lexicon
from chronist.model import Clause


def time_to_come(clause: Clause, head: SpToken, parent: Clause, lex: Lexicon) -> bool:
    """Whether a verb clause in the present tense names the time another act lasts until or
    comes before ("the sanctions stay until Russia withdraws its troops", "agree a deal before
    the US imposes new tariffs", "once Britain leaves the EU"): a time to come, no act done, in
    a sentence that ends with a stop (a headline tells past acts in the present). An act a
    planned one goes on until is planned instead (goal_marks: "will fight until it drives them out")."""
    pred = clause.predicate
    if pred.kind != "verb" or pred.tense != "present" or pred.modal is not None or clause.intent:
        return False
    marked = head.head if head.dep_ == "conj" else head
    mark = next((c.lower_ for c in marked.children
                 if c.dep_ == "mark" and c.lower_ in lex.time_to_come_marks), None)
    if marked.dep_ != "advcl" or mark is None:
        return False
    if mark in lex.goal_marks and (parent.intent or parent.predicate.tense == "future"):
        return False
    return not _headline(head)


def _headline(tok: SpToken) -> bool:
    """Whether the token's sentence ends with no stop, as a headline does (telling past acts in
    the present: "Police arrest activists who attack embassy")."""
    last = next((t for t in reversed(tok.sent) if not t.is_space and not t.is_quote), None)
    return last is None or last.text not in (".", "!", ";")


def generic_relative(clause: Clause, head: SpToken) -> bool:
    """Whether a verb clause in the simple present defines a kind of actors, not acts done: a
    relative clause on a bare plural noun ("countries that impose tariffs on China will suffer",
    "companies that sell weapons to Saudi Arabia should be fined", "leaders who try to silence
    them"). A determiner, possessive or number makes them particular ("the rebels who attack
    the town"), as does a past tense of the clause or of the clause it defines the actors of
    ("protesters who stormed the parliament", "militants who hold hostages demanded a ransom"),
    or a headline."""
    pred = clause.predicate
    if pred.kind != "verb" or pred.tense != "present" or pred.modal is not None or pred.voice == "passive":
        return False
    rel = head.head if head.dep_ == "conj" else head
    # a conjunct's base form is the present too ("politicians that make fun of them or try to ...")
    if rel.dep_ != "relcl" or rel.tag_ not in ("VBZ", "VBP") or head.tag_ not in ("VBZ", "VBP", "VB"):
        return False
    noun = rel.head
    if noun.tag_ != "NNS" or _headline(head) or any(c.dep_ in ("det", "poss", "nummod", "predet")
                                                    for c in noun.children):
        return False
    gov = noun.head           # the kind's own clause tells of particular ones in the past tense
    while gov.pos_ not in ("VERB", "AUX") and gov.head.i != gov.i:
        gov = gov.head
    return not (gov.tag_ == "VBD" or any(c.dep_ in ("aux", "auxpass") and (c.tag_ == "VBD" or c.lemma_ == "have")
                                         for c in gov.children))


def avoided(clause: Clause, head: SpToken, rel: str, gov: SpToken | None, lex: Lexicon) -> bool:
    """Whether an -ing clause is an act kept from being done: the complement of an avoiding
    verb ("avoided meeting Putin") or the object of an avoiding preposition ("refrained from
    criticising China", "stopped short of imposing sanctions", "acted without consulting
    France", "instead of imposing sanctions"), whose verb is not itself negated."""
    if clause.predicate.kind != "verb" or gov is None or head.tag_ != "VBG":
        return False
    if rel == "xcomp":
        verb = gov
        if verb.lemma_.lower() not in lex.avoiding_verbs:
            return False
    elif rel == "pcomp":
        prep, above = gov.lower_, gov.head
        if prep not in lex.avoiding_preps and f"{above.lemma_.lower()} {prep}" not in lex.avoiding_preps:
            return False
        verb = above
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:    # "stopped short of"
            verb = verb.head
    else:
        return False
    return not any(c.dep_ == "neg" for c in verb.children)


def source_cited(n: SpToken, lex: Lexicon) -> bool:
    """Whether an event noun names where what the sentence says comes from: the object of
    "according to", or a noun linked to it by prepositions of a source (``source_preps``:
    "according to findings from an investigation of the labour inspectorate"); not one a
    preposition presents as a fact ("according to a statement after the meeting")."""
    t = n
    while t.dep_ == "pobj":
        prep = t.head
        if prep.lower_ == "to" and prep.head.lower_ == "according":
            return True
        if prep.lower_ not in lex.source_preps or prep.head.pos_ not in ("NOUN", "PROPN"):
            return False
        t = prep.head
    return False
