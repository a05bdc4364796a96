"""Headlines read again in a form the parser reads better.

A headline tells past acts in the present with no article and no final stop ("Pelosi slams
Trump over border wall", "Germany summons Turkish ambassador", "Police arrest man, 32, over
attack"). spaCy's small English model, trained on running text, reads such a verb in -s as the
plural of a noun ("slams", "summons", "criticises") and a bare verb after a plural subject as a
noun ("Police arrest man"), and the headline comes out with no verb or with a name as its verb
("Trump/VBP"). Such a headline is parsed again with the word written as a past form ("Pelosi
slammed Trump over border wall"), which the parser reads as the verb of the sentence; the
analysis goes back onto the headline's own words (the same number of words, so the same
offsets), with the word tagged as the present it is, and with the names found in the new
reading.

A headline: a line or pre-split sentence that ends with no stop and is at most
``HEADLINE_TOKENS`` words long. A root verb in the present with no subject and a noun or
name hung off it before it ("Turkey/compound shells/VBZ Kurdish positions") is read again as
a past form. Otherwise a headline is read again only when no root of its parse is a verb
(the lexicon's verbs, outside a name). The first word that may be its verb is tried: a form
in -s of a verb or, after a plural noun, the bare verb, that stands after a noun, a name, a
pronoun or a number with no preposition, verb or conjunction before it back to the start of
the headline (or of its part after a colon: its subject), and has words after it. The new
reading is taken when it makes that word the root of the sentence with a subject and an object
or a clause (a noun with a preposition after it stays a noun: "EU sanctions on Russia", "US
air strikes on positions in Syria"); else the first reading stays.

Two more shapes are read again: "X does A, says B" with no subject after the verb of saying
(one subject's two acts, which the parser reads as B reporting A) with "and" for the comma;
and "X to V" whose parse hangs the infinitive off the name ("Merkel to visit China") as "X
will V". (lang/en/clauses.py makes such an infinitive with a subject and no verb above it an
intent, and a name before a headline's colon its speaker.)

More misreadings are read again: subjects joined by a comma ("India, Pakistan exchange fire",
read as a list of names) with "and" for the comma; an object hung off the verb as a modifier
("Niger expels French ambassador/npadvmod"), a verb in -s hung off a noun ("Mali junta
expels/compound UN peacekeepers") or run into a name ("Macron hosts Scholz": one ORG) with the
verb as a past form; the head noun of an object read as the bare verb of a clause after a
singular noun ("Ukraine rejects Russian ceasefire/nsubj offer/VBP") with a noun in its place;
and a headline in title case ("Police Arrest Opposition Leader in Dhaka") with its verbs, and
then its prepositions, articles and conjunctions, in lower case (not the names of people and
places).
"""
from __future__ import annotations

import functools
import logging
from collections.abc import Container

from spacy.language import Language
from spacy.tokens import Doc
from spacy.tokens import Token as SpToken

from chronist.lang.en.forms import verb_lemma

log = logging.getLogger(__name__)

#: A line of more words than this is no headline.
HEADLINE_TOKENS = 25
#: Most words of the last subject of a headline that joins its subjects with commas.
SUBJECT_WORDS = 3
#: A noun the parser reads as the head of an object, put for a headline's last word read as a
#: verb ("Ukraine rejects Russian ceasefire offer" read as "... ceasefire plan").
NOUN_STAND_IN = "plan"
# ... and a subject pronoun for a name the parser read as the sentence's verb ("Trump/VB cut/NN
# aid to Guatemala": "He cut aid to Guatemala"; reread_name_read_as_verb)
NAME_STAND_IN = "He"
#: How many words of a headline are tried as its verb.
MAX_TRIES = 1
_STOPS = frozenset(".!?;")
_FINITE = frozenset({"VBZ", "VBP", "VBD", "MD"})
_NOUN_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS", "JJ"})
_SUBJECT_END = frozenset({"NOUN", "PROPN", "PRON", "NUM"})
_SUBJECT_NAMES = frozenset({"GPE", "PERSON", "ORG"})
_PLURAL = frozenset({"NNS", "NNPS"})
# names a title-case headline keeps capitalised when it is read again in lower case ("Jeremy
# Hunt", "Theresa May")
_KEEP_CASE = frozenset({"PERSON", "GPE", "NORP", "LOC"})
_BREAKS = frozenset(":–—-|")
_FUNCTION_TAGS = frozenset({"IN", "TO", "DT", "CC"})
_NOT_IN_SUBJECT = frozenset({"ADP", "SCONJ", "AUX"})
# what a verb must take in the new reading: a noun before a preposition stays a noun ("EU
# sanctions on Russia", "US air strikes on positions in Syria")
_OBJECTS = frozenset({"dobj", "dative", "ccomp", "xcomp", "oprd"})
_DOUBLED = ("el", "mit", "fer", "cur")
_PRESENT_MORPH = {"VBZ": "Number=Sing|Person=3|Tense=Pres|VerbForm=Fin", "VBP": "Tense=Pres|VerbForm=Fin"}


def is_headline(doc: Doc) -> bool:
    """Whether a parsed line is a headline: no final stop, at most HEADLINE_TOKENS words."""
    words = [t for t in doc if not (t.is_space or t.is_quote)]
    return 2 < len(words) <= HEADLINE_TOKENS and words[-1].text not in _STOPS


def reread_headline(doc: Doc, nlp: Language, verbs: Container[str], speech: Container[str] = ()) -> Doc:
    """``doc`` parsed again in a form the parser reads better when it is a headline it reads
    badly (see the module docstring), else ``doc`` itself."""
    if not is_headline(doc):
        return doc
    roots = [t for t in doc if t.dep_ == "ROOT"]
    joined = _comma_subjects(doc, verbs)
    if joined is not None:                # "India, Pakistan exchange fire": "India and Pakistan ..."
        comma, verb = joined
        for replaced in ({comma.i: ("and", None)}, {comma.i: ("and", None), verb.i: _as_verb(verb, "VBP")}):
            read = _read_with(doc, nlp, replaced, lambda v, c=comma.i, at=verb.i: _joined_subject(v, c, at))
            if read is not None:
                return read
    for root in roots:                    # "Iran rejects talks, says US must lift sanctions first"
        if _said_after_comma(root, speech):
            replaced = {_comma_before(root).i: ("and", None)}
            first = next((t for t in doc[:root.i - 1] if _verb_form(t, verbs)), None)
            if first is not None:          # "Trump slams/NNS Fed, says ..."
                replaced[first.i] = _as_verb(first, _verb_form(first, verbs))
            read = _read_with(doc, nlp, replaced, lambda v, at=root.i: _joined(v, at))
            if read is not None:
                return read
    for root in roots:                    # "Turkey/compound shells/VBZ Kurdish positions"
        if root.tag_ in ("VBZ", "VBP") and (_sound_verb(root, verbs) or _verb_in_name(root, verbs)) \
                and _subject_as_modifier(root):
            # the parser read the word as a verb: it may take a preposition alone ("Thailand
            # apologises to Cambodia"), unless the word is a noun too ("US strikes on Syrian air
            # base", "EU sanctions on Russia": the plural noun before its preposition)
            read = _read_as_verb(doc, nlp, root, root.tag_,
                                 with_prep=verb_lemma(root.lower_) not in _nouns(nlp))
            if read is not None:
                return read
    for root in roots:                    # "Ukraine rejects Russian ceasefire/nsubj offer/VBP"
        noun = _object_as_clause(root, verbs, speech)
        if noun is not None:
            read = _read_with(doc, nlp, {noun.i: (NOUN_STAND_IN, ("NN", "NOUN", noun.lower_, "Number=Sing"))},
                              lambda v, at=noun.i, r=root.i: v[at].dep_ == "dobj" and v[at].head.i == r)
            if read is not None:
                return read
    for root in roots:                    # "Niger expels French ambassador/npadvmod"
        if root.tag_ in ("VBZ", "VBP") and _sound_verb(root, verbs) and _object_as_modifier(root):
            read = _read_as_verb(doc, nlp, root, root.tag_)
            if read is not None:
                return read
    if any(_sound_verb(t, verbs) and not (_title_case(doc) and _verb_in_name(t, verbs)) for t in roots):
        return doc               # (a title-case verb run into a name is read again below:
                                 # "Qatar Cuts Ties With Egypt", one PERSON)
    # (a headline of one clause: no comma before a second part, whose participle or verb of
    # saying would take the first part's subject: "Tsunami Devastates Island, Killing Hundreds")
    if _title_case(doc) and not any(t.text == "," for t in doc):   # "Police Arrest Opposition Leader"
        lowered = {t.i: (t.lower_, False) for t in doc[1:] if t.is_title and verb_lemma(t.lower_) in verbs
                   and (t.ent_type_ not in _KEEP_CASE or _verb_in_name(t, verbs) or _plural_in_name(t, verbs))}
        if lowered:
            # and its prepositions, articles and conjunctions, which capitalised the parser takes
            # for particles or parts of names ("Germany Summons Russian Ambassador Over Hacking")
            lowered.update({t.i: (t.lower_, False) for t in doc[1:] if t.is_title and t.tag_ in _FUNCTION_TAGS
                            and t.ent_type_ not in _KEEP_CASE})
            read = _read_with(doc, nlp, lowered, lambda v: _sound_clause(v, verbs))
            if read is not None:
                return read
            # in lower case the parser may still read the bare verb after a plural as a noun
            # ("Rebels attack army base in Mali"): the first such word as a past form
            verb = next((doc[i] for i in sorted(lowered) if _after_plural(doc[i], verbs, _nouns(nlp))), None)
            if verb is not None:
                read = _read_with(doc, nlp, {**lowered, verb.i: _as_verb(verb, "VBP")},
                                  lambda v, at=verb.i: _taken_as_verb(v, at, "VBP"))
                if read is not None:
                    return read
    infinitive = next((t for t in doc if t.tag_ == "TO" and t.i > 0 and t.i + 1 < len(doc)
                       and doc[t.i + 1].tag_ == "VB" and _subject_end(doc[t.i - 1], verbs)
                       and _subject_before(t)), None)
    if infinitive is not None:            # "Merkel to visit China": read as "Merkel will visit China"
        read = _read_with(doc, nlp, {infinitive.i: ("will", None)}, lambda v: _infinitive_root(v, infinitive.i))
        return doc if read is None else read
    tried = 0
    for tok in doc:
        form = _verb_form(tok, verbs)
        if form is None:
            continue
        tried += 1
        read = _read_as_verb(doc, nlp, tok, form)
        if read is not None:
            return read
        if tried >= MAX_TRIES:
            break
    return doc


def reread_name_read_as_verb(doc: Doc, nlp: Language, verbs: Container[str]) -> Doc:
    """``doc`` parsed again where a sentence opens with a name that the parser read as its verb
    ("Trump/VB cut/NN aid to Guatemala", "Trump/VB put/VBN/amod sanctions on Iran"): a word in
    title case tagged as the bare verb or a noun at the root ("Trump/NN cut/VB/amod military
    aid"), followed by a verb form in lower case that it did not read as a verb. One read as the subject of the verb after it is only tagged a name
    ("Trump/VB shut/VBD down the government"). The name is read as the subject pronoun "He" would be; the new reading is
    taken when the next word is then the root verb, in the past, with the name for its subject
    (an imperative, "Stop the war", has no verb after it and stays). Else ``doc`` itself."""
    for sent in doc.sents:
        first = sent[0]
        if first.is_title and first.tag_ in ("VB", "VBP") and first.dep_ == "nsubj" and first.head.i == first.i + 1:
            # the subject of the verb after it, only tagged as a verb ("Trump/VB shut/VBD down"):
            # a name
            first.tag_, first.pos_, first.lemma_ = "NNP", "PROPN", first.text
            continue
        if not (first.is_title and first.tag_ in ("VB", "VBP", "NN", "NNP") and first.dep_ == "ROOT"
                and first.i + 1 < sent.end):
            continue
        verb = doc[first.i + 1]
        # (a participle read as an adjective of the object is no verb yet: "Trump/VB put/VBN/amod sanctions")
        if not verb.is_lower or (verb.tag_ in ("VBD", "VBN") and verb.dep_ not in ("amod", "compound")) \
                or verb_lemma(verb.lower_) not in verbs:
            continue
        # (a word read as a noun keeps what it is: "Trump/NN cut/VB/amod military aid")
        own = None if first.tag_.startswith("NN") else ("NNP", "PROPN", first.text, "Number=Sing")
        read = _read_with(doc, nlp, {first.i: (NAME_STAND_IN, own), verb.i: (verb.text, False)},
                          lambda v, at=verb.i, name=first.i: v[at].dep_ == "ROOT" and v[at].tag_ == "VBD"
                          and v[name].dep_ == "nsubj" and v[name].head.i == at)
        if read is not None:
            doc = read
    return doc


def _subject_end(tok: SpToken, verbs: Container[str]) -> bool:
    """Whether a word can end the subject of a headline's "X to V": a noun, a name, a pronoun or
    a number, or a capitalised word the parser took for a verb that is none ("Modi/VB to visit
    Washington next month")."""
    return tok.pos_ in _SUBJECT_END or (tok.is_title and tok.pos_ == "VERB" and not _sound_verb(tok, verbs)
                                        and verb_lemma(tok.lower_) not in verbs)


def _said_after_comma(verb: SpToken, speech: Container[str]) -> bool:
    """Whether a root verb of saying goes on a headline's first act after a comma, with the
    same subject ("Iran rejects talks, says US must lift sanctions first", "Erdogan calls
    Macron 'a disgrace', says he must apologise"), which the parser reads as what it says: no
    subject after it (not "Russia 'ready' for talks, says Foreign Minister"), a
    clause or a subject before the comma, and words after it."""
    doc = verb.doc
    if verb.tag_ not in ("VBZ", "VBP") or verb.lemma_.lower() not in speech or verb.i < 3:
        return False
    comma = _comma_before(verb)
    if comma is None or verb.i + 1 >= len(doc):
        return False
    kids = list(verb.children)
    return not any(c.dep_ in ("nsubj", "nsubjpass") and c.i > verb.i for c in kids) and any(
        c.i < comma.i and c.dep_ in ("ccomp", "nsubj") for c in kids)


def _comma_before(verb: SpToken) -> SpToken | None:
    """The comma right before a verb, or before the closing quote before it ("'a disgrace,'
    says")."""
    doc = verb.doc
    before = doc[verb.i - 1]
    if before.is_quote and verb.i >= 2:
        before = doc[verb.i - 2]
    return before if before.text == "," else None


def _joined(variant: Doc, at: int) -> bool:
    """Whether the verb at ``at`` is a conjunct of a root before it in the new reading."""
    verb = variant[at]
    return verb.dep_ == "conj" and verb.head.i < at and verb.head.dep_ == "ROOT" and verb.head.pos_ in ("VERB", "AUX")


def _subject_as_modifier(verb: SpToken) -> bool:
    """Whether a verb has no subject but a noun or name before it that the parser hung off it
    as a modifier ("Turkey/compound shells/VBZ Kurdish positions in Syria")."""
    kids = list(verb.children)
    return not any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in kids) and any(
        c.i < verb.i and c.dep_ in ("compound", "nmod", "npadvmod", "dep") and c.pos_ in ("PROPN", "NOUN")
        for c in kids)


@functools.lru_cache(maxsize=2)
def _nouns(nlp: Language) -> frozenset[str]:
    """The nouns spaCy's English lemmatizer knows (its rules' index)."""
    return frozenset(nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")["noun"])


def _comma_subjects(doc: Doc, verbs: Container[str]) -> tuple[SpToken, SpToken] | None:
    """The last comma and the verb of a headline that joins its subjects with commas ("India,
    Pakistan exchange fire", "US, UK, France strike Syria"), which the parser reads as a list
    of names: the headline starts with a name, and after the comma come nouns or names (no
    more than SUBJECT_WORDS) and a word that is a lexicon verb in the present with words after
    it; None when there is no such comma or the parse already makes the first name part of a
    verb's subject."""
    first = doc[0]
    if first.pos_ != "PROPN" and first.ent_type_ not in _SUBJECT_NAMES:
        return None
    title = _title_case(doc)
    comma = None
    for t in doc[1:]:
        if t.text == ",":
            comma = t
            continue
        if comma is None:
            if t.pos_ != "PROPN" and t.ent_type_ not in _SUBJECT_NAMES:
                return None
            continue
        if t.i - comma.i > SUBJECT_WORDS or t.i + 1 >= len(doc) or not t.is_alpha:
            return None
        low = t.lower_
        lemma = verb_lemma(low)
        if low in verbs and t.i - comma.i > 1 and (title or t.tag_ not in ("NNP", "NNPS") and not t.is_title):
            break                          # the bare verb after the second subject
        if t.pos_ not in ("PROPN", "NOUN", "ADJ") and t.ent_type_ not in _SUBJECT_NAMES:
            return None
    else:
        return None
    head = first
    while head.dep_ not in ("ROOT", "nsubj", "nsubjpass") and head.head.i != head.i:
        head = head.head
    if head.dep_ in ("nsubj", "nsubjpass") and _sound_verb(head.head, verbs):
        return None                        # "Armenia, Azerbaijan sign peace deal" read well
    return (comma, t) if lemma == low or low in verbs else None


def _title_case(doc: Doc) -> bool:
    """Whether a headline is written in title case: every word of more than three letters
    capitalised ("India, Pakistan Exchange Fire along Kashmir Border")."""
    return all(t.is_title for t in doc if t.is_alpha and len(t) > 3)


def _sound_clause(variant: Doc, verbs: Container[str]) -> bool:
    """Whether a new reading has a root that is a verb with a subject and an object or a
    preposition (not a clause: "India rejects Pakistan talks/nsubj offer/ccomp")."""
    return any(t.dep_ == "ROOT" and _sound_verb(t, verbs) and any(c.dep_ == "nsubj" for c in t.children)
               and bool({c.dep_ for c in t.children} & (_OBJECTS - {"ccomp"} | {"prep"})) for t in variant)


def _joined_subject(variant: Doc, comma: int, at: int) -> bool:
    """Whether the verb at ``at`` is the root of the variant with the first word in its subject
    (the name before the comma read as "and") and an object or a preposition."""
    verb = variant[at]
    if verb.dep_ != "ROOT" or verb.pos_ != "VERB":
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not any(variant[0] in s.subtree and variant[comma + 1] in s.subtree for s in subjects):
        return False
    return bool({c.dep_ for c in verb.children} & (_OBJECTS | {"prep"}))


def _verb_in_name(tok: SpToken, verbs: Container[str]) -> bool:
    """A form in -s of a lexicon verb that the parser tagged as a verb but the name finder ran
    into a name ("Macron hosts Scholz": one ORG)."""
    low = tok.lower_
    lemma = verb_lemma(low)
    return (tok.tag_ == "VBZ" and bool(tok.ent_type_) and lemma != low and lemma in verbs
            and low in (lemma + "s", lemma + "es", lemma[:-1] + "ies"))


def _object_as_clause(verb: SpToken, verbs: Container[str], speech: Container[str]) -> SpToken | None:
    """The last word of a headline that the parser read as the bare verb of a clause under the
    headline's verb, with the noun before it as its subject ("Ukraine rejects Russian
    ceasefire/nsubj offer/VBP", "Turkey blocks Swedish NATO/nsubj bid/VBD"): a bare form after
    a singular noun or name is no verb but the head noun of the object. None when there is no
    such word; not under a verb of saying ("Putin says Russia won")."""
    if verb.tag_ not in ("VBZ", "VBP") or not _sound_verb(verb, verbs) or verb.lemma_.lower() in speech:
        return None
    if not any(c.dep_ == "nsubj" and c.i < verb.i for c in verb.children):
        return None
    words = [t for t in verb.doc if not (t.is_punct or t.is_space)]
    last = words[-1]
    if last.dep_ != "ccomp" or last.head.i != verb.i or not last.is_alpha or last.is_title \
            or last.tag_ not in ("VB", "VBP", "VBD") or verb_lemma(last.lower_) != last.lower_:
        return None
    kids = list(last.children)
    subject = last.doc[last.i - 1]
    if any(c.i != subject.i and not c.is_punct for c in kids) or subject.dep_ != "nsubj" \
            or subject.tag_ not in ("NN", "NNP"):
        return None
    return last


def _object_as_modifier(verb: SpToken) -> bool:
    """Whether a verb with a subject has no object but a noun after it that the parser hung off
    it as a modifier ("Niger expels French ambassador/npadvmod")."""
    kids = list(verb.children)
    return any(c.dep_ == "nsubj" for c in kids) and not any(c.dep_ in _OBJECTS for c in kids) and any(
        c.i > verb.i and c.dep_ == "npadvmod" and c.pos_ in ("NOUN", "PROPN") for c in kids)


def _sound_verb(tok: SpToken, verbs: Container[str]) -> bool:
    """A root the parser read as a verb that is one: a verb's tag, outside a name, a verb of the
    lexicon (not "Trump/VBP", "missile/VBP")."""
    if tok.tag_ not in _FINITE and not tok.tag_.startswith("VB"):
        return False
    if tok.tag_ == "MD" or tok.pos_ == "AUX":
        return True
    return not tok.ent_type_ and verb_lemma(tok.lower_) in verbs


def _verb_form(tok: SpToken, verbs: Container[str]) -> str | None:
    """The present tag the word has as the headline's verb ("VBZ" for "slams", "VBP" for
    "arrest" after "Police"), or None when it is no candidate."""
    # (a form in -s the parser tagged as a verb but hung off a noun: "Mali junta expels/compound
    # UN peacekeepers")
    if tok.i == 0 or not (tok.tag_ in _NOUN_TAGS or tok.tag_ == "VBZ" and tok.dep_ != "ROOT") \
            or not tok.is_alpha or not _subject_before(tok):
        return None
    if not any(not (t.is_punct or t.is_space) for t in tok.doc[tok.i + 1:]):
        return None                        # the verb of a headline has words after it
    before = tok.doc[tok.i - 1]
    # (a capitalised word of a headline in title case is a name's however it is tagged:
    # "Trump/VB Threatens Iran"; so is a country's name tagged as an adjective: "Pakistan/JJ")
    if not (before.pos_ in _SUBJECT_END and before.tag_ != "JJ" or before.ent_type_ in _SUBJECT_NAMES
            or before.is_title and tok.is_title and before.pos_ in ("VERB", "ADJ")):
        return None
    low = tok.lower_
    lemma = verb_lemma(low)
    if low.endswith("s") and lemma != low and lemma in verbs and low in (lemma + "s", lemma + "es", lemma[:-1] + "ies"):
        return "VBZ"
    if low in verbs and before.tag_ in _PLURAL:
        return "VBP"
    return None


def _subject_before(tok: SpToken) -> bool:
    """Whether the words before ``tok`` back to the start of the headline (or of its part after
    a colon or dash) can be its subject: no preposition, conjunction of a clause, auxiliary or
    verb among them ("700 dead from monsoon rains", "qualified for the champions league"); in
    title case a capitalised word tagged as a verb is a name's ("Trump/VB Threatens Iran")."""
    for t in reversed(tok.doc[:tok.i]):
        if t.text in _BREAKS:
            return True
        if t.pos_ in _NOT_IN_SUBJECT or (t.pos_ == "VERB" and not t.is_title):
            return False
    return True


def _past(lemma: str) -> str:
    """A regular past form of a verb, for the parser's eyes only ("slam" -> "slamed" would do;
    "slammed" is not needed), with the last consonant doubled where the parser does not know
    the form without it: at the end of "-el", "-mit", "-fer" and "-cur" after a consonant other
    than "f" ("expel" -> "expelled", not "expeled"; "admit", "transfer", "occur"; not "offer",
    "feel")."""
    if lemma.endswith(_DOUBLED) and lemma[-len(next(e for e in _DOUBLED if lemma.endswith(e))) - 1] \
            not in "aeiouf":
        return lemma + lemma[-1] + "ed"
    if lemma.endswith("e"):
        return lemma + "d"
    if lemma.endswith("y") and lemma[-2:-1] not in tuple("aeiou"):
        return lemma[:-1] + "ied"
    return lemma + "ed"


def _infinitive_root(variant: Doc, at: int) -> bool:
    """Whether the word after ``at`` is the root of the variant with a subject and ``at`` its
    auxiliary."""
    verb = variant[at + 1]
    return verb.dep_ == "ROOT" and variant[at].head.i == verb.i and any(c.dep_ == "nsubj" for c in verb.children)


def _read_as_verb(doc: Doc, nlp: Language, tok: SpToken, tag: str, with_prep: bool = False) -> Doc | None:
    return _read_with(doc, nlp, {tok.i: _as_verb(tok, tag)}, lambda v: _taken_as_verb(v, tok.i, tag, with_prep))


def _taken_as_verb(variant: Doc, at: int, tag: str, with_prep: bool = False) -> bool:
    """Whether the past form put at ``at`` is the root of the variant with a subject and what
    it takes: a bare verb after a plural may take a preposition alone ("Kenyans protest against
    tax hikes", "Thousands march in Paris"); a form in -s before one stays a noun ("EU sanctions
    on Russia") unless the parser read it as a verb (``with_prep``)."""
    verb = variant[at]
    deps = {c.dep_ for c in verb.children}
    takes = _OBJECTS | {"prep"} if tag == "VBP" or with_prep else _OBJECTS
    return verb.dep_ == "ROOT" and verb.tag_ in ("VBD", "VBN") and "nsubj" in deps and bool(deps & takes)


def _after_plural(tok: SpToken, verbs: Container[str], nouns: Container[str]) -> bool:
    """A bare lexicon verb right after a plural noun with nothing but its subject before it
    ("Rebels Attack Army Base", "Israeli Jets Hit Hamas Targets"); capitalised, the plural may
    be tagged as a name: it is a plural when its singular is a noun ("rebel", not "Pari")."""
    before = tok.doc[tok.i - 1] if tok.i else None
    return (before is not None and tok.lower_ in verbs and before.lower_.endswith("s")
            and (before.tag_ in _PLURAL or before.lower_[:-1] in nouns) and _subject_before(tok))


def _plural_in_name(tok: SpToken, verbs: Container[str]) -> bool:
    """A word of a title-case headline that the name finder ran into a person's name with a
    plural noun before it or as it ("Israeli Jets Hit Hamas Targets": "Jets Hit Hamas", one
    PERSON): no person's name is made of plural nouns."""
    first = tok.doc[tok.i - 1] if tok.ent_iob_ == "I" else tok
    return (tok.ent_type_ == "PERSON" and first.tag_ == "NNPS" and first.lower_.endswith("s")
            and verb_lemma(first.lower_) in verbs)


def _as_verb(tok: SpToken, tag: str) -> tuple[str, tuple[str, str, str, str]]:
    """The past form that stands for ``tok`` in a new reading, and what ``tok`` is then: the
    present verb (tag, part of speech, lemma, morphology)."""
    lemma = verb_lemma(tok.lower_)
    return _past(lemma), (tag, "VERB", lemma, _PRESENT_MORPH[tag])


def _read_with(doc: Doc, nlp: Language, replaced: dict[int, tuple[str, tuple[str, str, str, str] | None | bool]],
               taken) -> Doc | None:
    """``doc`` with the analysis of its words parsed with other words in some places
    (``replaced``: index -> the word read there, and the tag, part of speech, lemma and
    morphology the headline's own word takes, None to keep its own, or False to take what it is
    in the new reading), when ``taken`` accepts
    that parse. A punctuation mark read as a word stays punctuation."""
    words = [t.text for t in doc]
    for i, (word, _) in replaced.items():
        words[i] = word
    spaces = [bool(t.whitespace_) for t in doc]
    variant = Doc(doc.vocab, words=words, spaces=spaces)
    for _, proc in nlp.pipeline:          # names too: a headline in title case ran its words into
        variant = proc(variant)            # one name ("Trump Threatens Iran With Sanctions")
    if not taken(variant):
        return None
    tags = [t.tag_ for t in variant]
    pos = [t.pos_ for t in variant]
    lemmas = [t.lemma_ for t in variant]
    morphs = [str(t.morph) for t in variant]
    deps = [t.dep_ for t in variant]
    ents = [f"{t.ent_iob_}-{t.ent_type_}" if t.ent_iob_ in ("B", "I") else "O" for t in variant]
    for i, (_, own) in replaced.items():
        tok = doc[i]
        if own is not False:               # False: the word keeps what it is in the new reading
            tags[i], pos[i], lemmas[i], morphs[i] = own or (tok.tag_, tok.pos_, tok.lemma_, str(tok.morph))
        if tok.is_punct:
            deps[i] = "punct"
        if ents[i] != "O":                 # a replaced word is in no name
            ents[i] = "O"
            if i + 1 < len(ents) and ents[i + 1].startswith("I-"):
                ents[i + 1] = "B-" + ents[i + 1][2:]
    try:
        return Doc(doc.vocab, words=[t.text for t in doc], spaces=spaces,
                   heads=[t.head.i for t in variant], deps=deps,
                   tags=tags, pos=pos, lemmas=lemmas, ents=ents, morphs=morphs)
    except ValueError:                     # a tree spaCy will not take: keep the first parse
        log.debug("headline re-parse rejected for %r", doc.text[:80])
        return None
