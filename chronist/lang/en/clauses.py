"""Clauses from the spaCy dependency parse of one English sentence.

One :class:`~chronist.model.Clause` per verbal predicate, per copula with an
adjective ("is willing to ..."), and per event noun ("talks with Iran").
Decisions worth knowing:

* A coordination of nouns ("Jordan and Britain") is ONE Phrase spanning the
  whole coordination; the actor matcher finds every actor inside it.
* A Phrase is the noun's subtree minus relative and participial clauses and
  minus prepositional phrases other than "of" ("officials of North Korea"
  stays whole, "a centre in Tokyo" loses "in Tokyo"). A named entity that the
  parse splits ("Moon Jae-in") is kept whole.
* ``Clause.parent`` is the clause whose predicate governs this one. For a
  conjoined verb it is the parent of the first conjunct (the conjuncts are
  siblings), and the conjunct shares its subject.
* Subjects are copied (new Phrase, same tokens) into infinitives (control:
  the object of "urged Iran to halt", otherwise the subject), into conjoined
  verbs, adverbial clauses without a subject, relative clauses (the
  antecedent) and participles ("rebels backed by Iran": rebels = object).
* A verb that ends its conjunct shares the object of the next ("arrested and charged
  three activists", "shelled, bombed and destroyed X": right-node raising), unless it
  has an object of its own, is passive or is listed as intransitive ("arrived and ...").
* Place and time phrases become ``Clause.place`` / ``Clause.time`` and are
  not arguments.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass, field

from spacy.tokens import Span
from spacy.tokens import Token as SpToken

from chronist import lang as languages
from chronist.lang.en.forms import is_base_verb
from chronist.lang.en.lexicon import Lexicon
from chronist.lang.en.pronouns import resolve_pronouns
from chronist.lang.en.repairs import (subjunctives_read_as_nouns, acronyms_read_as_pronouns, acronyms_read_as_verbs, adjectives_read_as_verbs,
                                      agents_read_as_sums,
                                      charged_gerunds_read_as_conjuncts, charges_read_as_attributes,
                                      complements_read_as_appositions, descriptions_read_as_attributes, doers_read_as_verb_phrases,
                                      finite_verbs_read_as_infinitives, gerunds_read_as_verbs, past_conjuncts_read_as_content,
                                      infinitives_read_as_verb_complements, objects_read_as_descriptions,
                                      infinitives_read_as_names, infinitives_read_as_nouns, names_read_as_adverbs,
                                      nouns_read_as_infinitives,
                                      verbs_read_as_noun_roots,
                                      names_read_as_participles,
                                      nouns_read_as_verbs_after_names,
                                      objects_read_as_compounds, objects_read_as_predicates,
                                      deadlines_read_as_adverbs, participles_read_as_clauses,
                                      reactions_read_as_attributes, reactions_read_as_inner_adverbs,
                                      particles_read_as_prepositions, partners_read_as_topics,
                                      offices_read_as_verb_phrases,
                                      adverbs_read_as_particles, phrases_read_as_clauses,
                                      phrases_read_as_values, places_read_as_adverbs, receivers_read_as_sums,
                                      receivers_read_as_compounds,
                                      receivers_read_as_verb_phrases, small_clauses,
                                      speakers_acts_read_as_reported, stray_object,
                                      subordinate_verbs_read_as_attributes, subjects_read_as_prepositional_objects, up_to, verbs_read_as_adjectives,
                                      participles_read_as_adjectives_after_have,
                                      verbs_read_as_attributes, verbs_read_as_modifiers, verbs_read_as_relatives)
from chronist.lang.en.speech import (claims_read_as_predicates, mark_reported, reports_read_as_relatives,
                                     speakers_read_as_appositions)
from chronist.lang.en.unreal import avoided, generic_relative, source_cited, time_to_come
from chronist.model import Clause, Phrase, Predicate, Token

log = logging.getLogger(__name__)

# Dependents that start a clause of their own: never part of an argument phrase.
_CLAUSAL = frozenset({"relcl", "acl", "advcl", "ccomp", "xcomp", "parataxis", "csubj"})
# Verbs with these relations are not predicates ("according to", "the planned talks").
# An "acomp" participle belongs to its copula's clause ("is opposed to").
_NOT_PREDICATE = frozenset({"aux", "auxpass", "amod", "prep", "compound", "nmod", "case", "acomp"})
_REL_TAGS = frozenset({"WDT", "WP"})
_FINITE_TAGS = frozenset({"VBZ", "VBD", "VBP", "MD"})
_TIME_ENTS = frozenset({"DATE", "TIME"})
# the named entities of a "by" phrase that names no doer ("by Monday", "by 50 percent", "by $2 billion")
_NO_DOER_ENTITIES = frozenset({"DATE", "TIME", "CARDINAL", "PERCENT", "MONEY", "QUANTITY", "ORDINAL"})
_PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})
# entity types of a state named by its name ("Russia, a close ally of Damascus,")
_STATE_ENTS = frozenset({"GPE"})
# a nationality adjective in a place phrase may name the state that owns the place ("outside the
# Russian embassy"); a name tagged NORP in a compound ("in Ituri province") names none
_OWNER_DEPS = frozenset({"amod"})
_SUBJ_COPY_RELS = frozenset({"advcl", "pcomp"})
# Dependents after a verb that leave its object to a later conjunct ("arrested and charged X").
_OPEN_RIGHT = frozenset({"cc", "conj", "punct", "advmod", "prt"})


_TERMINAL = frozenset(".!?;:")


def _headline_passive(v: SpToken, auxes: list[SpToken]) -> bool:
    """Whether a sentence's main verb is the participle of a headline's passive ("Opposition
    leader detained in Minsk", "Two Palestinians shot dead by Israeli troops"): a past form with
    a subject, no auxiliary and no object, in a sentence with no final punctuation (a headline,
    whose actives are in the present: "Merkel visits Paris"), of a verb that is never active
    without an object (the lexicon's ``headline_passives``: not "Protesters marched in
    Berlin"). Not a by-phrase alone, which an active verb takes too ("Hungary abided by the
    decision.")."""
    if v.dep_ != "ROOT" or auxes or v.tag_ not in ("VBN", "VBD"):
        return False
    # (a count of times is no object: "Man shot multiple times with air rifle")
    deps = {c.dep_ for c in v.children if not (c.dep_ == "dobj" and c.lemma_.lower() == "time")}
    if "nsubj" not in deps or deps & {"dobj", "dative", "ccomp", "xcomp", "attr", "acomp"}:
        return False
    last = next((t for t in reversed(v.sent) if not (t.is_quote or t.is_space)), None)
    return last is not None and last.text not in _TERMINAL


def _given_name(token: SpToken) -> bool:
    """Whether a word that also names a time ("May", "August") has a given name before it as a
    compound ("Theresa May"): a person's surname, not a month."""
    return any(c.dep_ == "compound" and c.tag_ == "NNP" and c.i < token.i for c in token.children)


@dataclass(slots=True)
class _Work:
    """A clause under construction with what linking needs to know."""

    head: SpToken
    clause: Clause
    subj: Phrase | None = None          # grammatical subject: nsubj, or nsubjpass
    has_aux: bool = False               # an auxiliary other than infinitival "to"
    rel_slot: str | None = None         # role filled by a relative pronoun
    rel_prep: str | None = None         # its preposition, left behind by a passive ("who were fired on")
    rel_where: bool = False             # relative "where": the antecedent is the place
    rel: str = ""                       # relation to the parent (first conjunct's for conjuncts)
    gov: SpToken | None = None          # the word governing the head (for control verbs)
    conj_of: int | None = None          # clause index of the first conjunct
    covered: set[int] = field(default_factory=set)
    spans: list[tuple[Phrase, list[int]]] = field(default_factory=list)


class _Builder:
    """Builds the clauses of one sentence; one instance per sentence."""

    def __init__(self, sent: Span, tokens: dict[int, Token], index: int, lex: Lexicon) -> None:
        self.sent = sent
        self.tokens = tokens
        self.index = index
        self.lex = lex
        self.words = languages.get("en").words      # the lists the coder shares (message nouns ...)
        self.lo, self.hi = sent.start, sent.end
        self.ent_of: dict[int, tuple[int, int, str]] = {}
        for start, end, label in _entities(sent):
            for i in range(start, end):
                self.ent_of[i] = (start, end, label)

    # ----------------------------------------------------------------- phrases
    def span(self, tok: SpToken, dropped: list[SpToken] | None = None, origin: bool = False) -> list[int]:
        """Token indices of the phrase headed by ``tok``, in text order. With ``origin`` (a
        subject) the head's "from" phrase naming a state or an organisation stays in it: it
        says whose they are ("Troops from Chad attacked", "A delegation from the EU arrived")."""
        keep: set[int] = set()
        stack = [tok]
        while stack:
            t = stack.pop()
            keep.add(t.i)
            for ch in t.children:
                dep = ch.dep_
                if dep in _CLAUSAL:
                    continue
                if dep == "appos" and t.i == tok.i and tok.ent_type_ in _STATE_ENTS and ch.pos_ == "NOUN" \
                        and ch.lemma_.lower() not in self.words.name_titles:
                    continue      # "Russia, a close ally of Damascus,": what the state is, no second party
                                  # (but a person the parser took for a place: "Johannes Kahrs, a
                                  # former lawmaker")
                if dep == "prep" and ch.lower_ == "of" and t.i == tok.i and tok.head.dep_ == "agent" and any(
                        c.dep_ == "pcomp" and c.tag_ == "VBG" for c in ch.children):
                    continue      # "was accused by UN experts of backing the M23": the charge, not the accusers'
                # ("the suspension of talks by the EU": the EU is in the suspension's phrase, not
                # in the phrase of the talks it suspends)
                if dep == "prep" and ch.lower_ != "of" and not (
                        ch.lower_ == "by" and t.pos_ == "NOUN" and not (t.i == tok.i and self._outer_by(t)) and (
                            self._event_noun(t) or t.lemma_.lower() in self.lex.maker_nouns
                            or t.lower_ in self.lex.maker_nouns)) and not (
                        # (what a thing is said to be, by whom: "was a provocation by Serbia")
                        ch.lower_ == "by" and t.i == tok.i and tok.dep_ == "attr"
                        and tok.lemma_.lower() in self.lex.evaluative_adjectives) and not (
                        origin and t.i == tok.i and ch.lower_ in self.lex.origin_preps and any(
                            c.dep_ == "pobj" and c.ent_type_ in self.lex.origin_entities for c in ch.children)) and not (
                        t.i == tok.i and ch.lower_ in self.lex.member_preps and any(
                            c.dep_ == "pobj" and c.ent_type_ in self.lex.member_entities for c in ch.children)) \
                        and not (t.dep_ == "amod" and t.head.i == tok.i and t.lemma_.lower() in self.lex.allegiance_adjectives
                                 and ch.lower_ in self.lex.allegiance_preps) \
                        and not (t.i == tok.i and self._office(t, ch)):
                    # (kept: "calls by Annan", the subject's "Troops from Chad", "forces loyal to Hifter",
                    # "officials, including Carrie Lam", "a spokesman for the ministry")
                    if dropped is not None:
                        dropped.append(ch)
                    continue
                stack.append(ch)
        names = self.lex.name_entities
        for i in list(keep):
            ent = self.ent_of.get(i)
            if ent is not None and ent[2] in names:
                keep.update(range(max(ent[0], self.lo), min(ent[1], self.hi)))
        order = sorted(i for i in keep if i in self.tokens)
        doc = tok.doc
        lo, hi = 0, len(order)
        while lo < hi and _edge(doc[order[lo]], first=True):
            lo += 1
        while hi > lo and _edge(doc[order[hi - 1]], first=False):
            hi -= 1
        if hi < len(order) and doc[order[hi]].text == ")" and any(
                doc[i].text == "(" for i in order[lo:hi]):
            hi += 1                          # keep "(RUF)" whole
        return order[lo:hi]

    def _office(self, head: SpToken, prep: SpToken) -> bool:
        """Whether ``prep`` opens the phrase of the body a spokesman, an official or a source
        speaks or acts for ("a spokesman for the Chinese foreign ministry", "an official at the
        ministry", "an official in the Pakistani government"; not "officials in Kabul")."""
        lex = self.lex
        if head.lower_ not in lex.office_nouns or prep.lower_ not in lex.office_preps | lex.place_office_preps:
            return False
        objects = [c for c in prep.children if c.dep_ == "pobj"]
        if not objects:
            return False
        return prep.lower_ in lex.office_preps or all(o.ent_type_ not in ("GPE", "LOC", "FAC") for o in objects)

    def phrase(self, tok: SpToken, role: str, prep: str | None = None,
               dropped: list[SpToken] | None = None) -> Phrase | None:
        """The phrase headed by ``tok`` (None when nothing is left of it)."""
        return self._make_phrase(tok, self.span(tok, dropped), role, prep)

    def _hostile(self, ch: SpToken, noun: SpToken) -> SpToken | None:
        """The word an adjective of hostility before an event noun names ("anti" "-" "Chinese" of
        "anti-Chinese protests": the pack's ``hostile_prefixes`` and a hyphen before a modifier of
        the same noun), whom the act is against; None for any other modifier."""
        words = self.words
        if ch.dep_ != "amod" or ch.lower_ not in words.hostile_prefixes or not words.hostile_prepositions:
            return None
        doc = ch.doc
        if ch.i + 2 >= noun.i or doc[ch.i + 1].text != "-" or doc[ch.i + 1].whitespace_ or ch.whitespace_:
            return None
        named = doc[ch.i + 2]
        return named if named.head.i == noun.i and named.dep_ in ("amod", "compound") else None

    def _make_phrase(self, tok: SpToken, order: list[int], role: str,
                     prep: str | None) -> Phrase | None:
        if not order:
            return None
        tokens = [self.tokens[i] for i in order]
        counted = any(t.pos == "CD" or t.lemma.lower() in self.lex.quantity_words for t in tokens[:-1])
        return Phrase(tokens=tokens, role=role, prep=prep, counted=counted,
                      pronoun=tok.tag_ in ("PRP", "PRP$") and len(order) == 1)

    def _add(self, work: _Work, tok: SpToken, role: str, prep: str | None = None,
             dropped: list[SpToken] | None = None) -> Phrase | None:
        """Add the phrase headed by ``tok`` as an argument of ``work``."""
        if tok.i in work.covered:          # a second piece of a name already taken
            return None
        order = self.span(tok, dropped, origin=tok.dep_ in ("nsubj", "nsubjpass"))
        p = self._make_phrase(tok, order, role, prep)
        if p is None:
            return None
        work.covered.add(tok.i)
        work.covered.update(order)
        doc = tok.doc
        for q, q_order in work.spans:       # "co - chairman" parsed as two subjects
            if q.role == role and q.prep == prep and q_order[-1] < order[0] and all(
                    not doc[i].whitespace_ for i in range(q_order[-1], order[0])):
                gap = [i for i in range(q_order[-1] + 1, order[0]) if i in self.tokens]
                q_order.extend(gap + order)
                q.tokens.extend([self.tokens[i] for i in gap] + p.tokens)
                return q
        work.spans.append((p, list(order)))
        work.clause.arguments.append(p)
        return p

    def _outer_by(self, tok: SpToken) -> bool:
        """Whether a noun is the "of" phrase of an event noun, which the "by" phrase the parser
        hangs on the first noun names the doer of ("the suppression of the protests by the
        police", "the lifting of sanctions by the EU")."""
        of = tok.head if tok.dep_ == "pobj" and tok.head.lower_ == "of" else None
        return of is not None and of.head.pos_ == "NOUN" and of.head.i != tok.i and self._event_noun(of.head)

    def _event_noun(self, tok: SpToken) -> bool:
        ev = self.lex.event_nouns
        return tok.lower_ in ev or tok.lemma_.lower() in ev

    def is_time(self, tok: SpToken) -> bool:
        return tok.ent_type_ in _TIME_ENTS or tok.lower_ in self.lex.temporal_words

    def _month_named(self, verb: SpToken, tok: SpToken) -> bool:
        """A month's name that is also a person's, alone right after an active verb with no
        object ("Juncker later met May."): the parser's adverb of time is the verb's object; a
        month with a day or year ("met May 5"), after a passive ("was dissolved May") or a
        verb with an object is still a time."""
        doc = tok.doc
        return tok.lower_ in self.lex.name_months and tok.tag_ == "NNP" and not list(tok.children) \
            and tok.i == verb.i + 1 and (tok.i + 1 >= len(doc) or doc[tok.i + 1].is_punct) \
            and not any(c.dep_ in ("dobj", "auxpass", "nsubjpass") for c in verb.children)

    def _misread_date(self, tok: SpToken) -> bool:
        """A name alone that the parser took for a date ("the coup in Niger"): one capitalised
        word of no digit and no time word, a place after a preposition of place."""
        return tok.ent_type_ in _TIME_ENTS and tok.tag_ == "NNP" and tok.ent_iob_ == "B" \
            and tok.lower_ not in self.lex.temporal_words and not any(ch.isdigit() for ch in tok.text) \
            and (tok.i + 1 >= len(tok.doc) or tok.doc[tok.i + 1].ent_iob_ != "I")

    def is_place(self, tok: SpToken) -> bool:
        return tok.ent_type_ in _PLACE_ENTS or tok.lemma_.lower() in self.lex.place_nouns

    def _companion(self, work: _Work, prep: SpToken) -> bool:
        """A with-phrase after a companion adverb ("together with Lithuania", "along with X"):
        added as the subject's companion, not as a prepositional argument."""
        lex = self.lex
        if prep.lower_ in lex.companion_adverbs:     # "along" heading "with X"
            prep = next((c for c in prep.children if c.dep_ == "prep" and c.lower_ == "with"), None)
            if prep is None:
                return False
        elif prep.lower_ != "with" or prep.i == 0 or prep.doc[prep.i - 1].lower_ not in lex.companion_adverbs:
            return False
        pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if pobj is not None:
            self._add(work, pobj, "companion")
        return True

    def _prep(self, work: _Work, prep: SpToken, *, noun: bool = False,
              dropped: list[SpToken] | None = None) -> None:
        """A prepositional dependent: time, place or a "prep" argument."""
        p = prep.lower_
        if p == "according":
            return
        if self._companion(work, prep):
            return
        if p in self.lex.on_forms:
            p = "on"                 # "called upon Turkey" is "called on Turkey"
        pobj = next((c for c in prep.children if c.dep_ == "pobj"), None) or stray_object(prep)
        if pobj is None:
            return
        clause = work.clause
        if p in self.lex.time_preps and pobj.lower_ in self.lex.occasion_nouns:
            return                   # "for a second time": which time, no argument and no date
        misread = self._misread_date(pobj)
        if (p in self.lex.time_preps and pobj.ent_type_ in _TIME_ENTS and not misread) or (
                p in ("on", "in", "during") and pobj.lower_ in self.lex.temporal_words
                and not _given_name(pobj)):   # "called on Theresa May to resign": a person
            if clause.time is None:
                clause.time = self.phrase(pobj, "time", p)
            return
        if p in self.lex.place_preps and (self.is_place(pobj) or misread):
            if clause.place is None:
                clause.place = self.phrase(pobj, "place", p)
            if pobj.ent_type_ in _PLACE_ENTS or misread or any(     # "demonstrated in Serbia": the place may be the target,
                    c.ent_type_ in _PLACE_ENTS or (c.ent_type_ == "NORP" and c.dep_ in _OWNER_DEPS)
                    for c in pobj.subtree):                # as a town named by its noun may be
                self._add(work, pobj, "prep", p, dropped)  # ("fired missiles at the Saudi city of Jizan"),
            return                                        # or a state's building ("outside the Russian embassy"; its
                                                          # own place, "in Baghdad", is lifted as the clause's)
        if noun and p == "by":
            self._add(work, pobj, "agent")
        else:
            self._add(work, pobj, "prep", p, dropped)

    def _compass_name(self, tok: SpToken) -> bool:
        """A name after a compass adjective ("in northern Mali"), a place whatever entity the
        parser took it for."""
        return tok.pos_ == "PROPN" and any(c.dep_ == "amod" and c.i < tok.i and c.lower_ in self.lex.compass_adjectives
                                           for c in tok.children)

    def _region_name(self, tok: SpToken) -> bool:
        """A noun of a state's part after a name ("in Rakhine state", "in Idlib province"), a place
        whatever entity the parser took the name for (Rakhine: a person; Rakhine state: a body)."""
        return tok.lemma_.lower() in self.lex.region_nouns and any(
            c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < tok.i for c in tok.children)

    def _lift_place(self, work: _Work, dropped: list[SpToken]) -> None:
        """Place phrases left out of an argument ("met Kim in Panmunjom", "protesters in
        Baghdad"): the first is the clause's place; each named place is also a "prep"
        argument, so that the coder can seat an actor of unknown nationality there."""
        for prep in dropped:
            if prep.lower_ not in self.lex.place_preps:
                continue
            pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if pobj is None or not (pobj.ent_type_ in _PLACE_ENTS or self._misread_date(pobj) or any(
                    c.ent_type_ in _PLACE_ENTS for c in pobj.subtree)    # "in the capital Kabul"
                    or self._compass_name(pobj) or _seat_read_as_body(prep, pobj)
                    or self._region_name(pobj)):
                continue
            if work.clause.place is None:
                work.clause.place = self.phrase(pobj, "place", prep.lower_)
            self._add(work, pobj, "prep", prep.lower_)

    # ---------------------------------------------------------------- clauses
    def kind(self, tok: SpToken) -> str | None:
        pos, dep = tok.pos_, tok.dep_
        if pos == "VERB" and dep not in _NOT_PREDICATE:
            if dep == "acl" and tok.tag_ == "VBN" and tok.lower_ in self.lex.describing_participles \
                    and any(c.dep_ == "agent" for c in tok.children):
                return None          # "rebels backed by Iran": who they are, no act
            if tok.tag_ == "VBZ" and self._event_noun(tok) and _noun_read_as_verb(tok):
                return "noun"        # the headline "US strikes on Syrian air base"
            return "verb"
        if pos == "AUX" and dep not in _NOT_PREDICATE:
            return "adj" if any(c.dep_ == "acomp" for c in tok.children) else "verb"
        if pos == "NOUN" and dep != "compound":
            ev = self.lex.event_nouns
            if tok.lower_ in ev or tok.lemma_.lower() in ev:
                return "noun"
            if self._addressee(tok) is not None:
                return "noun"        # "in a letter to Obama": whom what is said in it addresses
        return None

    def _addressee(self, noun: SpToken) -> SpToken | None:
        """The preposition of the addressee of a message noun (the pack's ``message_nouns`` and
        ``message_prepositions``): its own ("in a letter to Obama") or, where the parser hangs it on
        the verb, the one right after the noun's phrase ("demanded ... in a note to the German
        foreign ministry"); None for other nouns."""
        words = self.words
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in words.message_nouns:
            return None
        own = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ in words.message_prepositions), None)
        if own is not None:
            return own
        after = noun.doc[noun.right_edge.i + 1] if noun.right_edge.i + 1 < len(noun.doc) else None
        if after is not None and noun.dep_ == "pobj" and after.dep_ == "prep" and after.lower_ in words.message_prepositions \
                and after.head.i == noun.head.head.i and any(c.dep_ == "pobj" for c in after.children):
            return after
        return None

    def _stolen_addressee(self, prep: SpToken) -> bool:
        """Whether a verb's prepositional phrase is the addressee of the message noun before it
        ("criticised the tariffs in a letter to Trump": to Trump is the letter's)."""
        before = prep.doc[prep.i - 1] if prep.i > 0 else None
        to = self._addressee(before) if before is not None and before.dep_ == "pobj" else None
        return to is not None and to.i == prep.i

    def make_verb(self, v: SpToken, kind: str) -> _Work:
        lex = self.lex
        pred = Predicate(lemma=v.lemma_.lower(), tokens=[], kind=kind)
        work = _Work(head=v, clause=Clause(sentence=self.index, predicate=pred))
        work.covered.add(v.i)
        group = [v]
        auxes: list[SpToken] = []
        particles: list[str] = []
        relcl = v.dep_ == "relcl"
        work.clause.relative = relcl      # it describes its antecedent: no content of the verb above
        if v.dep_ in ("acl", "relcl") and v.tag_ in ("VB", "VBP") and v.head.lemma_.lower() in lex.proposal_nouns \
                and any(c.dep_ == "nsubj" and c.tag_ not in _REL_TAGS for c in v.children):
            # the content of a demand, in the subjunctive ("rejected Germany's demand that it free
            # the protesters", "dismissed calls that it release the detainees"): asked, not done
            work.clause.relative, work.clause.possible = False, True
        dropped: list[SpToken] = []
        object_heads: set[int] = set()
        # "Israel is opposed to ...": a participle read as an adjective, its subject the actor; not
        # one with a direct object, which is a verb in the perfect ("Turkey had committed a crime")
        stative = (v.tag_ == "VBN" and v.lower_ in lex.adjectival_participles
                   and not any(c.dep_ in ("agent", "dobj") for c in v.children))
        # "The G7 was concerned by China's actions": a feeling, whose "by" phrase names what it is about
        feeling = v.tag_ == "VBN" and v.lower_ in lex.feeling_participles and not any(c.dep_ == "dobj" for c in v.children) \
            and any(c.dep_ in ("auxpass", "nsubjpass") for c in v.children)
        stative = stative or feeling
        children = list(v.children)
        # a participle that completes a passive verb of telling or finding, with no auxiliary of its
        # own, is passive too: "were reported killed in air strikes", "were confirmed dead by ...",
        # "was found murdered" (its subject, the governor's, is whom the act was done to)
        if (v.dep_ == "xcomp" and v.tag_ == "VBN" and not stative and v.head.i != v.i
                and not any(c.dep_ in ("aux", "auxpass") for c in children)
                and any(c.dep_ == "auxpass" for c in v.head.children)):
            pred.voice = "passive"
        # "The government had Imran Khan arrested": a participle that completes a causative verb,
        # with a subject of its own and no auxiliary, is passive, its subject whom the act was
        # done to and the causative verb's subject its doer (added below)
        causer = None
        if (v.dep_ in ("ccomp", "xcomp") and v.tag_ in ("VBD", "VBN") and not stative and v.head.i != v.i
                and v.head.lemma_.lower() in lex.causative_verbs
                and not any(c.dep_ in ("aux", "auxpass", "dobj") for c in children)
                and any(c.dep_ == "nsubj" for c in children)):
            pred.voice = "passive"
            causer = next((c for c in v.head.children if c.dep_ == "nsubj"), None)
        # "Protesters were fired on by troops": a preposition the passive leaves behind, whose noun
        # is the passive's subject (the lexicon's stranded_preps)
        stranded = None if stative else _stranded_prep(v, children, lex)
        k = 0
        while k < len(children):
            ch = children[k]
            k += 1
            dep = ch.dep_
            if stranded is not None and ch.i == stranded.i:
                group.append(ch)             # no particle of the verb, no phrase of its own
                continue
            if dep in ("dobj", "dative", "nsubj", "nsubjpass") and _says_no(ch, lex) or dep == "prep" and any(
                    c.dep_ == "pobj" and _says_no(c, lex) for c in ch.children):
                pred.negated = True          # "agreed to no plan", "no state recognised the government"
            if dep == "advmod" and ch.lower_ in lex.hearsay_adverbs:
                work.clause.reported = True      # "Russia reportedly arrested two border guards"
            if dep == "prep" and v.pos_ == "VERB":
                # the answer the parser hangs on the preposition after it ("said no to the demands")
                pred.objects.extend(c.lower_ for c in ch.children if c.dep_ == "intj" and c.lower_ in lex.answer_words)
            if dep in ("aux", "auxpass"):
                auxes.append(ch)
                group.append(ch)
                if dep == "auxpass" and not stative:
                    pred.voice = "passive"
            elif dep == "neg":
                pred.negated = True
                group.append(ch)
            elif dep == "advmod" and ch.lower_ in lex.ceasing_adverbs and any(
                    c.dep_ == "neg" for c in ch.children):
                pred.negated = pred.ceased = True     # "will no longer recognize"
            elif dep == "advmod" and ch.lower_ in lex.adverb_particles and all(c.dep_ == "prep" for c in ch.children):
                particles.append(ch.lower_)    # "was pushed back": the parser's adverb is the particle
                group.append(ch)
                # and the phrases the parser hung on it are the verb's ("pulled back from two
                # positions in Ladakh", as "pull out of")
                children.extend(ch.children)
            elif dep == "intj" and ch.lower_ in lex.answer_words:
                pred.objects.append(ch.lower_)     # "said no to the demands": the answer is said
                group.append(ch)
                children.extend(c for c in ch.children if c.dep_ == "prep")    # and the phrase hung on it the verb's
            elif dep == "prt":
                amount = up_to(ch)
                if amount is not None:       # "kidnapped up to 16 advisers": a number, not a particle
                    p = self._add(work, amount, "object", dropped=dropped)
                    if p is not None:
                        _objects(pred, amount, lex)
                        object_heads.add(amount.i)
                    continue
                particles.append(ch.lower_)
                group.append(ch)
            elif dep == "acomp" and kind == "adj" and ch.lemma_.lower() in lex.evaluative_adjectives | lex.acceptance_adjectives:
                pred.kind = "verb"           # "the sanctions are illegal": "be" with its predicative,
                pred.objects.append(ch.lemma_.lower())      # as "the sanctions are a crime"
                group.append(ch)
            elif dep == "advmod" and v.lemma_ in lex.manner_verbs \
                    and _adjective_of(ch.lower_) in lex.evaluative_adjectives | lex.manner_adjectives:
                # "the troops are in Syria illegally", "reacted angrily to", "behaving irresponsibly"
                pred.objects.append(_adjective_of(ch.lower_))
                group.append(ch)
            elif dep == "acomp" and kind == "adj":
                pred.lemma = ch.lower_ if ch.lower_ in lex.adjectival_participles else ch.lemma_.lower()
                group.append(ch)
                if pred.lemma in lex.wish_adjectives and any(c.dep_ == "prep" for c in ch.children):
                    work.clause.intent = True    # "is interested in a meeting": the meeting is wanted
                children.extend(c for c in ch.children if c.dep_ == "prep"    # "opposed to X"
                                or (c.dep_ == "agent" and ch.lower_ in lex.feeling_participles))  # "concerned by X"
            elif dep == "acomp" and ch.lemma_.lower() in lex.wish_adjectives and any(
                    c.dep_ == "prep" for c in ch.children):
                # "remained open to talks", "stays ready for dialogue": wanted, as under "is"
                work.clause.intent = True
                group.append(ch)
                children.extend(c for c in ch.children if c.dep_ == "prep")
            elif dep in ("nsubj", "nsubjpass", "dobj"):
                if dep == "nsubjpass" and not stative:
                    pred.voice = "passive"
                role = "subject" if dep == "nsubj" or (stative and dep == "nsubjpass") else "object"
                if causer is not None and dep == "nsubj":
                    role = "object"          # "had Imran Khan arrested": whom the act was done to
                left = None
                if dep in ("nsubjpass", "nsubj") and stranded is not None:
                    # "were fired on": the subject is the noun of "on", as in "fired on protesters"
                    role, left = "prep", "on" if stranded.lower_ in lex.on_forms else stranded.lower_
                    pred.voice = "passive"
                if ch.tag_ in _REL_TAGS or (relcl and ch.lower_ == "that"):
                    if relcl:
                        work.rel_slot = work.rel_slot or role
                        work.rel_prep = work.rel_prep or left
                    continue
                p = self._add(work, ch, role, left, dropped=dropped)
                if p is not None and dep != "dobj" and work.subj is None:
                    work.subj = p
                if dep == "nsubj":           # "Poland, together with Lithuania, demanded ..."
                    for c in (c for s in (ch, *ch.conjuncts) for c in s.children if c.dep_ == "prep"):
                        self._companion(work, c)
                if p is not None and role == "object":
                    _objects(pred, ch, lex)
                    object_heads.add(ch.i)
            elif dep == "csubj" and v.lemma_ == "be" and work.subj is None and (subj := next(
                    (c for c in ch.children if c.dep_ == "nsubj" and c.tag_ not in _REL_TAGS), None)) is not None:
                # what a party does, said to be something: "What Russia is doing in Ukraine is
                # unacceptable", "That China jailed the activists is a crime": the doer is what is
                # judged, as "Russia's behaviour is unacceptable"
                p = self._add(work, subj, "subject", dropped=dropped)
                if p is not None:
                    work.subj = p
            elif dep == "oprd" and ch.pos_ == "PROPN" and not any(c.dep_ == "dobj" for c in children):
                p = self._add(work, ch, "object", dropped=dropped)   # "called Kavanaugh 'hysterical'":
                if p is not None:                                    # the parser's name is the object
                    object_heads.add(ch.i)
            elif dep == "oprd":
                # what the object is called or made: "called the sanctions illegal", "called him a
                # liar" (the frame's object condition reads it)
                # (also a word the tagger took for an adverb or a verb: "called the US claims
                # absurd" is tagged "claims/VBZ absurd/RB", and is still no telephone call)
                pred.objects.extend(t.lemma_.lower() for t in (ch, *ch.conjuncts) if t.pos_ in ("ADJ", "NOUN", "ADV", "VERB"))
                # ... and the word that says what kind it is: "called Israel a terrorist state",
                # "called the government a criminal regime" (the frame reads "terrorist", "criminal")
                pred.objects.extend(m.lower_ for t in (ch, *ch.conjuncts) if t.pos_ == "NOUN"
                                    for m in t.children if m.dep_ in ("amod", "compound") and m.i < t.i)
            elif dep == "attr":
                self._add(work, ch, "predicative", dropped=dropped)   # "is a threat", "is a lie"
            elif dep in ("dative", "iobj"):
                if ch.pos_ == "ADP":
                    self._prep(work, ch)
                else:
                    self._add(work, ch, "dative", dropped=dropped)
            elif dep == "agent" and (feeling or (ch.head.i != v.i and ch.head.lower_ in lex.feeling_participles)):
                self._prep(work, ch, dropped=dropped)
            elif dep == "agent":
                pobj = next((c for c in ch.children if c.dep_ == "pobj"), None)
                if pobj is not None and self.is_time(pobj):
                    # "had been detained by the evening", "will be released by Friday": a time
                    if work.clause.time is None:
                        work.clause.time = self.phrase(pobj, "time", "by")
                elif pobj is not None:
                    self._add(work, pobj, "agent", dropped=dropped)
            elif dep == "prep":
                if ch.lower_ in lex.particles and not any(c.dep_ == "pobj" for c in ch.children):
                    particles.append(ch.lower_)   # "pull out of": out is a particle
                    group.append(ch)
                    children.extend(c for c in ch.children if c.dep_ == "prep")
                elif not self._stolen_addressee(ch):
                    shifted = _shifted_object(v, ch)
                    if shifted is not None:
                        # "denounced as an ugly crime Serbia's suppression of ...": the object put
                        # after what it is called, which the parser hangs on that as an apposition
                        p = self._add(work, shifted, "object", dropped=dropped)
                        if p is not None:
                            _objects(pred, shifted, lex)
                            object_heads.add(shifted.i)
                    self._prep(work, ch, dropped=dropped)
            elif dep in ("advcl", "ccomp", "xcomp") and (mark := next(
                    (c for c in ch.children if c.dep_ == "mark" and c.lower_ in lex.subject_marks), None)) is not None:
                # "called for Russia to withdraw": the mark's subject, as "called for Russia"; and a
                # passive one too: "called for the Guards to be listed", as "called for the Guards"
                subj = next((c for c in ch.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                if subj is not None and subj.i > mark.i:
                    self._add(work, subj, "prep", mark.lower_, dropped=dropped)
            elif dep in ("npadvmod", "tmod"):
                if self._month_named(v, ch):
                    self._add(work, ch, "object", dropped=dropped)
                elif work.clause.time is None and self.is_time(ch):
                    work.clause.time = self.phrase(ch, "time")
                elif dep == "npadvmod" and _vocative(v, ch) and work.subj is None:
                    work.subj = self._add(work, ch, "subject", dropped=dropped)   # "Prime Minister, listen"
            elif dep == "advmod" and relcl and ch.lower_ == "where":
                work.rel_where = True
        # (not the phrase of what a verb of striving strives for: "campaigned for sanctions against
        # Russia" campaigns against no one)
        prep_heads = {a.i for c in v.children if c.dep_ == "prep" and c.lower_ not in lex.topic_preps
                      and c.lower_ not in lex.aside_preps
                      and f"{v.lemma_.lower()} {c.lower_}" not in lex.striving_verbs
                      for a in c.children if a.dep_ == "pobj"}
        # the object's of-phrase is part of the object ("called back the chiefs of its missions
        # from Panama": from Panama belongs to the verb as much as after "the chiefs"), and so is
        # what a call or an offer is for ("rejected calls for talks with the TPLF": the talks are
        # with the TPLF, as in "rejected talks with the TPLF"; the lexicon's proposal_nouns)
        object_heads |= {a.i for h in object_heads for c in v.doc[h].children if c.dep_ == "prep" and (
                         c.lower_ == "of" or c.lower_ in lex.proposal_preps and v.doc[h].lemma_.lower() in lex.proposal_nouns)
                         for a in c.children if a.dep_ == "pobj"}
        dropped.extend(c for p in list(dropped) if p.lower_ in lex.proposal_preps and p.head.i in object_heads
                       and p.head.lemma_.lower() in lex.proposal_nouns
                       for a in p.children if a.dep_ == "pobj" for c in a.children if c.dep_ == "prep")
        for prep in list(dropped):     # "imposed sanctions on Iran": on Iran belongs to the verb
            amount = prep.lower_ in lex.amount_preps and prep.head.lemma_.lower() in lex.amount_nouns
            state = any(f"{prep.lower_} {c.lemma_.lower()}" in lex.state_phrases
                        for c in prep.children if c.dep_ == "pobj")
            aimed = prep.lower_ in lex.aimed_preps and prep.head.lemma_.lower() in lex.aimed_nouns
            aimed |= prep.lower_ in lex.credit_preps and prep.head.lemma_.lower() in lex.credit_nouns
            aimed |= prep.lower_ in lex.beneficiary_preps and prep.head.lemma_.lower() in lex.beneficiary_nouns
            aimed |= prep.lower_ in lex.trust_preps and prep.head.lemma_.lower() in lex.trust_nouns
            if prep.lower_ in lex.course_preps and prep.head.i in prep_heads and prep.head.head.lower_ in lex.launch_preps:
                # "fired rockets from Gaza towards Ashkelon": the parser hangs where the force went
                # on the place it came from; it belongs to the verb
                self._prep(work, prep, dropped=dropped)
                continue
            if prep.lower_ not in lex.object_preps and not amount and not state and not aimed:
                continue
            # also "called for sanctions against Nigeria", "mobilized for a war against Iraq"
            if prep.head.i in object_heads or (prep.head.i in prep_heads and prep.lower_ in lex.lifted_preps):
                self._prep(work, prep, dropped=dropped)
        # one phrase further in, a state or an organisation the act is aimed at, where the verb
        # names none with that preposition: "relaxed its curbs on exports to Japan", "slapped
        # tariffs on steel from China", "dropped its veto on the aid package for Ukraine"
        taken = {a.prep for a in work.clause.arguments if a.role == "prep"}
        for prep in list(dropped):
            head = prep.head
            if prep.lower_ not in lex.nested_preps or prep.lower_ in taken or head.dep_ != "pobj" \
                    or head.i not in work.covered or head.head.lower_ in lex.topic_preps \
                    or head.head.lower_ in lex.aside_preps:
                continue
            # (not where the phrase it hangs on names one itself: "countermeasures against the US
            # arms sale to Taiwan" are aimed at the US)
            inner = {t.i for t in prep.subtree}
            if any(t.ent_type_ in lex.nested_entities for t in head.subtree if t.i not in inner):
                continue
            pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if pobj is not None and any(t.ent_type_ in lex.nested_entities for t in pobj.subtree):
                self._prep(work, prep, dropped=dropped)
                taken.add(prep.lower_)
        if particles:
            pred.lemma = " ".join([pred.lemma, *particles])
        if stative:
            pred.lemma, pred.kind = v.lower_, "adj"
        self._verb_features(work, v, auxes)
        if v.dep_ == "acl" and v.tag_ == "VBN" and not auxes:   # "weapons seized last year"
            pred.voice, pred.tense = "passive", "past"
        if pred.voice != "passive" and v.lemma_.lower() in lex.headline_passives and _headline_passive(v, auxes):
            # "Journalist killed in Mexico", "Two Palestinians shot dead by Israeli troops": a
            # headline's participle with no auxiliary and no object is a passive; its subject
            # is what was done to
            pred.voice, pred.tense = "passive", "past"
            for phrase in work.clause.arguments:
                if phrase.role == "subject":
                    phrase.role = "object"
            for subject in (c for c in v.children if c.dep_ == "nsubj"):
                _objects(pred, subject, lex)
                object_heads.add(subject.i)
        if pred.voice == "passive" and not work.clause.args("agent"):
            # "Sanctions were imposed on Niger by ECOWAS": the parser may take the doer's "by" for
            # a phrase of the verb like any other; one that names no time, number or amount ("by
            # Monday", "by 50 percent") is the passive's doer
            by = next((c for c in v.children if c.dep_ == "prep" and c.lower_ == "by"), None)
            doer = next((c for c in by.children if c.dep_ == "pobj"), None) if by is not None else None
            if doer is not None and doer.pos_ in ("PROPN", "NOUN") and doer.ent_type_ not in _NO_DOER_ENTITIES:
                for phrase in work.clause.arguments:
                    if phrase.role == "prep" and phrase.prep == "by":
                        phrase.role, phrase.prep = "agent", None
                        break
        if pred.voice == "passive" and not work.clause.args("agent"):
            # "Iran was hit with new sanctions by the United States", "was killed in an attack by
            # rebels": the parser hangs the doer's "by" on the noun of the verb's own phrase; it
            # names the passive's doer (the noun keeps it too)
            for prep in (c for c in v.children if c.dep_ == "prep" and c.lower_ != "by"):
                noun = next((c for c in prep.children if c.dep_ == "pobj"), None)
                by = next((c for c in noun.children if c.dep_ in ("prep", "agent") and c.lower_ == "by"), None) \
                    if noun is not None else None
                doer = next((c for c in by.children if c.dep_ == "pobj"), None) if by is not None else None
                agent = self._make_phrase(doer, self.span(doer), "agent", None) if doer is not None else None
                if agent is not None:          # (inside the phrase already taken: added as well)
                    work.clause.arguments.append(agent)
                    break
        if causer is not None and not work.clause.args("agent"):
            agent = self._make_phrase(causer, self.span(causer), "agent", None)
            if agent is not None:
                work.clause.arguments.append(agent)
        if _addressed(v, auxes):
            pred.mood = "imperative"     # "President Putin, stop this war": an order to him
        group.sort(key=lambda t: t.i)
        pred.tokens = [self.tokens[t.i] for t in group if t.i in self.tokens]
        self._lift_place(work, dropped)
        _theme_with(work.clause, lex)
        return work

    def _verb_features(self, work: _Work, v: SpToken, auxes: list[SpToken]) -> None:
        lex, pred, clause = self.lex, work.clause.predicate, work.clause
        clause.conditional = any(c.dep_ == "mark" and c.lower_ in lex.conditional_marks for c in v.children)
        # a verb joined to a conditional one is conditional too: "whether he will fire X and endanger Y"
        if v.dep_ == "conj" and any(c.dep_ == "mark" and c.lower_ in lex.conditional_marks for c in v.head.children):
            clause.conditional = True
        # "will not disarm unless it can trust Washington", "will disarm only if it can trust
        # Washington": the attitude said to be wanting first is withheld now (attitude_verbs,
        # negative_conditional_marks, only_condition_adverbs), no condition
        only = any(c.dep_ == "advmod" and c.lower_ in lex.only_condition_adverbs for c in v.children)
        if v.lemma_.lower() in self.words.attitude_verbs and not any(c.dep_ == "neg" for c in v.children) \
                and any(c.dep_ == "mark" and (c.lower_ in lex.negative_conditional_marks
                                              or (only and c.lower_ in lex.conditional_marks)) for c in v.children):
            clause.conditional = False
            pred.negated = True
        # "Should Congress change hands, ...", "Had they attacked, ...": an adverbial clause with its
        # auxiliary before its subject is a condition too
        subjects = [c.i for c in v.children if c.dep_ in ("nsubj", "nsubjpass", "expl")]
        if v.dep_ == "advcl" and any(a.i < s for a in auxes if a.tag_ != "TO" for s in subjects):
            clause.conditional = True
        # "asked the senators whether the FBI could find anything": a question, not a request (but
        # "asked Germany if it could send troops" asks the addressee to act)
        if v.lemma_.lower() in lex.question_verbs and any(_open_question(c, v, lex) for c in v.children):
            clause.possible = True
        # "asked the minister why Iran had seized it", parsed as a relative clause of the one asked
        if v.lemma_.lower() in lex.question_verbs and any(
                c.dep_ == "relcl" and any(w.lower_ in lex.question_adverbs and w.i < c.i for w in c.children)
                for o in v.children if o.dep_ in ("dobj", "dative") for c in o.children):
            clause.possible = True
        # what a clause of doubt governs is no act reported: "it is unlikely that Turkey will
        # impose sanctions", "it remains unclear whether the army shelled the town"
        # what a verb of conjecture governs is expected, hoped or feared, no act reported: "NATO fears
        # Russia will attack Finland", "Germany expects Russia to invade", "hopes that talks resume"
        # (not a wish laid on another, "wants Russia to withdraw": a demand, see directive_verbs)
        if v.dep_ == "ccomp" and v.head.i != v.i and v.head.lemma_.lower() in lex.conjecture_verbs \
                and not (v.head.lemma_.lower() in lex.directive_verbs and _to_infinitive(v)
                         and any(c.dep_ == "nsubj" for c in v.children)
                         and not any(c.dep_ == "neg" for c in v.head.children)):
            clause.possible = True
        # what a noun of hearsay says with "that" is reported, not asserted: "Reports that Iran sent
        # drones to Russia alarmed Washington", "Russia's claim that Ukraine attacked the Kremlin"
        # (a clause with its own subject and object: "the claim that he made" is a relative clause)
        if v.dep_ == "acl" and v.head.pos_ == "NOUN" and v.head.lemma_.lower() in lex.hearsay_nouns \
                and any(c.dep_ == "mark" and c.lower_ == "that" for c in v.children) \
                and any(c.dep_ in ("nsubj", "nsubjpass") for c in v.children) \
                and any(c.dep_ in ("dobj", "dative", "ccomp", "xcomp", "nsubjpass") for c in v.children):
            clause.reported = True
        # ... and the act a verb of what may come rules in or out: "did not rule out attacking Iranian
        # nuclear sites", "ruled out sending troops" (possibility_verbs, as of their nouns)
        if v.dep_ in ("xcomp", "advcl", "ccomp") and v.head.i != v.i and v.head.pos_ in ("VERB", "AUX"):
            governor = " ".join([v.head.lemma_.lower()] + [c.lower_ for c in v.head.children if c.dep_ == "prt"])
            if governor in lex.refusal_verbs and v.tag_ == "VBG" and v.i > v.head.i \
                    and all(t.dep_ == "prt" for t in v.doc[v.head.i + 1:v.i]) \
                    and not any(c.dep_ == "neg" for c in v.head.children):
                # ... but what is ruled out with a gerund is refused, as with "refused to": "the EU
                # ruled out recognising the Taliban government" (not so "did not rule out attacking")
                pred.negated = clause.refused = True
                pred.modal = pred.modal or governor
                if pred.tense == "present" and v.head.tag_ in ("VBD", "VBN"):
                    pred.tense = "past"         # refused when it was ruled out
            elif governor in lex.possibility_verbs:
                clause.possible = True
        # ... and what is considered or discussed is an option, not done: "Poland considered expelling
        # Russian diplomats", "is weighing sending tanks", "discussed imposing sanctions"
        if v.dep_ in ("xcomp", "ccomp") and v.head.i != v.i and v.head.lemma_.lower() in lex.deliberation_verbs:
            clause.possible = True
        if v.dep_ in ("ccomp", "csubj") and any(c.dep_ == "acomp" and c.lemma_.lower() in lex.doubt_adjectives
                                                for c in v.head.children):
            clause.possible = True
        # what a thing that is blocked or vetoed would have done is not done: "Hungary blocked a joint
        # EU statement condemning China", "vetoed a resolution that criticised Israel" (as the nouns
        # of what is prevented, _prevented); a text that would have said or done it, not people
        # ("prevented protesters who attacked the embassy from entering": they did attack)
        if v.dep_ in ("acl", "relcl") and v.head.lemma_.lower() in lex.text_nouns and _prevented(v.head, lex):
            clause.possible = True
        # a gerund that is the subject of a clause names an act in general, not one done: "Getting
        # Washington to back down means caving in"
        if v.dep_ in ("csubj", "csubjpass") and v.tag_ == "VBG":
            clause.possible = True
        lemmas = [a.lemma_.lower() for a in auxes]
        work.has_aux = any(a.tag_ != "TO" for a in auxes)
        modal = next((lem for a, lem in zip(auxes, lemmas) if a.tag_ == "MD"), None)
        if modal is not None:
            pred.modal = modal
            if modal in lex.subjunctive_modals:
                pred.mood = "subjunctive"
            if modal in lex.intent_modals:
                clause.intent = True
        # a headline's infinitive with a subject and no verb above it tells what is to come: "US
        # to impose tariffs on Chinese steel", "Merkel to visit China next week"
        if v.dep_ == "ROOT" and v.tag_ == "VB" and modal is None and any(a.tag_ == "TO" for a in auxes) \
                and any(c.dep_ == "nsubj" for c in v.children):
            clause.intent = True
            pred.tense = "future"
            return
        # a perfect infinitive under a modal: "would have attacked", "should have withdrawn"
        pred.perfect = modal is not None and "have" in lemmas[lemmas.index(modal) + 1:]
        if modal in ("will", "shall"):
            pred.tense = "future"
        elif v.tag_ == "VBD" or "have" in lemmas or any(a.tag_ == "VBD" for a in auxes):
            pred.tense = "past"

    def _of_phrases(self, work: _Work, n: SpToken, dropped: list[SpToken]) -> None:
        """The phrases the parser hangs on the "of" phrase of an event noun that are the noun's own
        ("Morocco's severing of ties with Iran", "the exchange of prisoners between Russia and
        Ukraine"), where that phrase names a thing, not an act with phrases of its own ("the
        criticism of the sanctions against Russia"), unless the noun ends that act ("the lifting of
        sanctions on Iran": the lifting is for Iran). Not a preposition the noun has already."""
        lex = self.lex
        own = {c.lower_ for c in n.children if c.dep_ == "prep"}
        for ch in n.children:
            pobj = next((c for c in ch.children if c.dep_ == "pobj"), None) \
                if ch.dep_ == "prep" and ch.lower_ == "of" else None
            if pobj is None or pobj.pos_ != "NOUN" or (
                    (self._event_noun(pobj) or pobj.lemma_.lower() in lex.maker_nouns)
                    and n.lemma_.lower() not in lex.ceasing_nouns and n.lower_ not in lex.ceasing_nouns):
                continue
            for prep in pobj.children:
                if prep.dep_ == "prep" and prep.lower_ not in ("of", "by") and prep.lower_ not in own:
                    self._prep(work, prep, noun=True, dropped=dropped)
                    own.add(prep.lower_)

    def make_noun(self, n: SpToken) -> _Work:
        lex = self.lex
        lemma = n.lower_ if n.lower_ in lex.event_nouns else n.lemma_.lower()
        lemma = next((f"{c.lower_} {lemma}" for c in n.children   # "trade war": no war of arms, "nuclear test"
                      if c.dep_ in ("compound", "amod") and f"{c.lower_} {lemma}" in lex.event_nouns), lemma)
        pred = Predicate(lemma=lemma, tokens=[self.tokens[n.i]] if n.i in self.tokens else [],
                         kind="noun")
        work = _Work(head=n, clause=Clause(sentence=self.index, predicate=pred))
        work.covered.add(n.i)
        of = n.head if n.dep_ == "pobj" and n.head.lower_ == "of" else None
        to = n.head if n.dep_ == "pobj" and n.head.lower_ == "to" else None
        ended = to is not None and (to.head.lemma_.lower() in lex.ending_nouns or any(   # "put an end to": the
            c.dep_ == "dobj" and c.lemma_.lower() in lex.ending_nouns for c in to.head.children))  # phrase on the verb
        if of is not None and of.head.lemma_.lower() in lex.ceasing_nouns or _ceased_object(n, lex) or ended:
            # "the suspension of talks", "ended its aid", "an end to the war": no longer done
            pred.negated = pred.ceased = True
        if _prevented(n, lex):
            work.clause.possible = True             # "to prevent attacks on civilians": none made
        if _conditioned(n, lex):
            work.clause.possible = True             # "made the resumption of talks conditional on ..."
        if _unreal_object(n, lex):
            work.clause.possible = True             # "feared an attack", "lobbied for talks": none reported
        if _forgone_object(n, lex):
            pred.negated = True                     # "refrained from criticism of China": not done
        if _doubted_subject(n, lex):
            work.clause.possible = True             # "an invasion of Taiwan by China is possible": a forecast
        if n.dep_ == "dobj" and n.head.lemma_.lower() in lex.simulating_verbs:
            work.clause.possible = True             # "simulated a Chinese attack on Taiwan": played
        if source_cited(n, lex):
            work.clause.possible = True             # "according to an investigation of ...": a source
        dropped: list[SpToken] = []
        for ch in n.children:
            dep = ch.dep_
            against = self._hostile(ch, n)
            if against is not None:
                # "anti-Chinese protests": protests against China (the pack's hostile_prefixes), not China's
                p = self._make_phrase(against, [against.i], "prep", self.words.hostile_prepositions[0])
                if p is not None and against.i not in work.covered:
                    work.covered.update(range(ch.i, against.i + 1))
                    work.spans.append((p, [against.i]))
                    work.clause.arguments.append(p)
                continue
            if dep == "poss":
                self._add(work, ch, "possessor")
            elif dep in ("compound", "nmod") and ch.ent_type_ in lex.possessor_entities:
                self._add(work, ch, "possessor")    # "US tariffs", "US military aid" (nmod)
            elif dep in ("compound", "amod") and _hyphen_pair(ch, lex):
                self._add(work, ch, "possessor")    # "Israeli-Palestinian clashes": both parties
            elif (dep in ("compound", "amod") and ch.pos_ in ("NOUN", "PROPN") and not ch.ent_type_
                  and ch.is_title and n.is_lower):
                # a capitalised name the tagger took for a common noun before a lower-case event
                # noun ("Trump meeting with ..."): the name is its agent as a possessor would be
                self._add(work, ch, "possessor")
            elif dep == "compound" and ch.pos_ == "NOUN" and not ch.ent_type_ and (named := next(
                    (g for g in ch.children if g.dep_ == "compound" and g.i < ch.i
                     and g.ent_type_ in lex.possessor_entities), None)) is not None:
                # "US drone strike": the parser hangs the state on the noun before the event noun
                self._add(work, named, "possessor")
            elif dep == "amod" and ch.lower_ in self.words.leading_participles and _leader(ch) is not None:
                self._add(work, _leader(ch), "possessor")    # "a Saudi-led blockade of Qatar"
            elif dep == "amod":
                if ch.ent_type_ == "NORP":
                    self._add(work, ch, "possessor")
                elif ch.lower_ in lex.intent_adjectives:
                    work.clause.intent = work.clause.planned = True    # "Trump's planned meeting with Rosenstein": a meeting (040) in intent
            elif dep == "det" and ch.lower_ == "no":
                pred.negated = True
            elif dep == "det" and ch.lower_ in lex.generic_determiners:
                work.clause.possible = True         # "any attack on Taiwan": none in particular
            elif dep == "prep":
                if ch.lower_ == "by" and self._outer_by(n):
                    continue    # "the suppression of the protests by the police": the doer of the first noun
                self._prep(work, ch, noun=True, dropped=dropped)
        # "the accusation made by Russia", "the attack carried out by rebels": the agent of a
        # participle after the noun is the noun's doer, as a possessor is ("Russia's accusation");
        # not a mediator's ("a truce brokered by Egypt" is no truce of Egypt's)
        if not work.clause.args("possessor"):
            for ch in n.children:
                agent = next((c for c in ch.children if c.dep_ == "agent"), None) \
                    if ch.dep_ == "acl" and ch.tag_ == "VBN" and ch.lower_ not in self.lex.mediating_participles else None
                pobj = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
                if pobj is not None:
                    self._add(work, pobj, "possessor")
                    break
        to = self._addressee(n)
        if to is not None and to.head.i != n.i:
            self._prep(work, to, noun=True, dropped=dropped)
        self._of_phrases(work, n, dropped)
        # "the arrest of a French journalist by Iranian authorities", "the supply of weapons to
        # Ukraine by Germany": the parser hangs the doer's "by" on the person or the place the act
        # is done to; it names the act's doer
        if not work.clause.args("agent"):
            for ch in n.children:
                pobj = next((c for c in ch.children if c.dep_ == "pobj"), None) \
                    if ch.dep_ == "prep" and ch.lower_ not in ("by", "according") else None
                by = next((c for c in pobj.children if c.dep_ == "prep" and c.lower_ == "by"), None) if pobj is not None else None
                agent = next((c for c in by.children if c.dep_ == "pobj"), None) if by is not None else None
                if agent is not None and pobj.lemma_.lower() not in lex.maker_nouns:
                    self._add(work, agent, "agent")
                    break
        # "criticised the raids by Guatemalan prosecutors": the parser hangs the doer's "by" right
        # after an active verb's object noun on the verb; it names the noun's doer (not a time,
        # number or amount: "cut the aid by half")
        if not work.clause.args("agent") and n.dep_ == "dobj" and n.head.pos_ == "VERB" \
                and not any(c.dep_ in ("auxpass", "nsubjpass") for c in n.head.children):
            end = max(t.i for t in n.subtree)
            by = next((c for c in n.head.children if c.dep_ == "prep" and c.lower_ == "by" and c.i == end + 1), None)
            doer = next((c for c in by.children if c.dep_ == "pobj"), None) if by is not None else None
            if doer is not None and doer.pos_ in ("PROPN", "NOUN") and doer.ent_type_ not in _NO_DOER_ENTITIES:
                self._add(work, doer, "agent")
        # "protests against police brutality in the United States": a named place left out of
        # the noun's argument is where the event is, as for a verb
        self._lift_place(work, dropped)
        return work

    # ---------------------------------------------------------------- linking
    def run(self) -> list[Clause]:
        works: list[_Work] = []
        by_tok: dict[int, int] = {}
        according: list[SpToken] = []
        for tok in self.sent:
            if tok.lower_ == "according" and tok.dep_ == "prep":
                according.append(tok)
            kind = self.kind(tok)
            if kind is None:
                continue
            by_tok[tok.i] = len(works)
            works.append(self.make_noun(tok) if kind == "noun" else self.make_verb(tok, kind))
        if not works:
            return []
        for w in works:
            w.clause.parent = _governor(w.head, by_tok)
            w.rel, w.gov = w.head.dep_, w.head.head
            if w.head.dep_ == "conj" and w.head.head.i in by_tok:
                w.conj_of = by_tok[w.head.head.i]
        for w in works:
            self._raise_object(w)
            if w.head.dep_ == "advcl" and any(c.dep_ in ("mark", "advmod") and c.lower_ in self.lex.adverbial_marks
                                              for c in w.head.children):
                w.clause.adverbial = True
                if _contrasted(w.head, self.lex.contrast_marks):
                    w.clause.parent = None
        for i, w in enumerate(works):          # conjuncts are siblings of the first conjunct
            first, seen = w, {i}
            while first.conj_of is not None and first.conj_of not in seen:
                seen.add(first.conj_of)
                first = works[first.conj_of]
            if first is not w:
                w.clause.parent = first.clause.parent
                w.rel, w.gov = first.head.dep_, first.head.head
        persons = {self.tokens[i].start for i, e in self.ent_of.items()
                   if e[2] == "PERSON" and i in self.tokens}
        subjects = [w.subj for w in works]
        parents = [w.clause.parent for w in works]
        objects = [next((a for a in w.clause.args("object") if not a.pronoun), None) for w in works]
        for i in _order(works):
            w = works[i]
            start = w.clause.parent if w.conj_of is None else works[w.conj_of].clause.parent
            resolve_pronouns(w.clause, subjects=subjects, parents=parents, start=start, persons=persons,
                             objects=objects, before=tuple(k for k in (w.conj_of, w.clause.parent) if k is not None))
        for i in _order(works):
            if works[i].clause.predicate.kind != "noun":
                self._link(works, i)
        clauses = [w.clause for w in works]
        speakers = []
        for tok in according:
            to = next((c for c in tok.children if c.lower_ == "to"), None)
            pobj = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
            target = _governor(tok, by_tok)
            if pobj is not None and target is not None:
                p = self.phrase(pobj, "subject")
                if p is not None:
                    speakers.append((target, p))
        lead = _headline_speaker(self.sent)
        target = _governor(lead, by_tok) if lead is not None else None
        if target is not None and not any(t == target for t, _ in speakers):
            p = self.phrase(lead, "subject")
            if p is not None:
                speakers.append((target, p))
        mark_reported(clauses, [w.rel for w in works], self.lex, according=speakers)
        for c in clauses:     # "Iraq said it would allow ...": reported "would" is a backshifted "will"
            if c.reported and c.predicate.modal in self.lex.intent_modals_reported:
                c.intent = True
            elif c.predicate.modal in self.lex.intent_modals_reported and _pledged_in(c, clauses, self.lex.pledging_verbs):
                c.intent = True   # "vowed that his forces would continue fighting": pledged, as "vowed to"
        for i in _order(works):   # "will fight until we purge the land": the purge is planned too
            w = works[i]
            if w.clause.parent is not None and any(c.dep_ == "mark" and c.lower_ in self.lex.goal_marks
                                                   for c in w.head.children):
                parent = clauses[w.clause.parent]
                planned = parent.intent or parent.predicate.tense == "future"
                if planned and _other_doer(w.clause, parent):
                    # "would continue until the separatists laid down their arms": what another
                    # party is to do first is a condition, neither planned nor done
                    w.clause.possible = True
                    continue
                w.clause.intent = w.clause.intent or planned
        for i in _order(works):   # "the sanctions stay until Russia withdraws": a time to come
            w = works[i]
            if w.clause.parent is not None and time_to_come(w.clause, w.head, clauses[w.clause.parent], self.lex):
                w.clause.possible = True
            if generic_relative(w.clause, w.head):     # "countries that impose tariffs on China will suffer"
                w.clause.possible = True
            if _generic_rule(w.head, self.lex):         # "Whoever flees risks prison for his family"
                w.clause.possible = True
            if avoided(w.clause, w.head, w.rel, w.gov, self.lex):     # "refrained from criticising China": not done
                w.clause.predicate.negated = True
        return clauses + self._hyphened_participles(by_tok, clauses)

    def _hyphened_participles(self, by_tok: dict[int, int], clauses: list[Clause]) -> list[Clause]:
        """A participle of mediation (``mediating_participles``) joined by a hyphen to the name
        right before it ("the Qatar-mediated talks between the US and the Taliban", "a US-brokered
        truce between Israel and Hezbollah"): a passive clause of its own, the name its agent, the
        noun it qualifies its object with that noun's own phrase after it, as the German "die von
        Katar vermittelten Gespräche". Not a participle of a standing state ("Russian-occupied
        Crimea", "Iran-backed militias"), which reports no act of its own."""
        out: list[Clause] = []
        for tok in self.sent:
            if tok.dep_ != "amod" or tok.tag_ != "VBN" or tok.lower_ not in self.lex.mediating_participles \
                    or tok.i not in self.tokens:
                continue
            leader = _leader(tok)
            if leader is None or leader.i != tok.i - 2 or tok.doc[tok.i - 1].tag_ != "HYPH":
                continue
            head = tok.head
            agent = self.phrase(leader, "agent")
            own = {t.i for t in tok.subtree}
            obj = self._make_phrase(head, [i for i in self.span(head) if i not in own], "object", None)
            if agent is None or obj is None:
                continue
            after = next((c for c in head.children if c.dep_ == "prep" and c.i > head.i
                          and c.lower_ not in ("of", "by")), None)
            pobj = next((c for c in after.children if c.dep_ == "pobj"), None) if after is not None else None
            extra = self.phrase(pobj, "prep", after.lower_) if pobj is not None else None
            pred = Predicate(lemma=tok.lemma_.lower(), tokens=[self.tokens[tok.i]], voice="passive", tense="past",
                             objects=[head.lemma_.lower()])
            parent = by_tok.get(head.i, _governor(head, by_tok))
            clause = Clause(sentence=self.index, predicate=pred, parent=parent,
                            arguments=[agent, obj] + ([extra] if extra is not None else []))
            clause.reported = parent is not None and clauses[parent].reported
            out.append(clause)
        return out

    def _raise_object(self, w: _Work) -> None:
        """Right-node raising: a verb that ends its conjunct takes the object of the next
        conjunct(s) when it has none of its own ("police arrested and charged three activists")."""
        pred, v = w.clause.predicate, w.head
        if (pred.kind != "verb" or v.pos_ != "VERB" or pred.voice == "passive"
                or w.clause.args("object") or pred.lemma in self.lex.intransitive_verbs):
            return
        conj = v
        while _open_right(conj):
            conj = next((c for c in conj.children if c.dep_ == "conj" and c.pos_ == "VERB"), None)
            if conj is None:
                return
            obj = next((c for c in conj.children if c.dep_ == "dobj" and c.i > conj.i), None)
            if obj is not None:
                if self._add(w, obj, "object") is not None:
                    _objects(pred, obj, self.lex)
                return

    def _controlled(self, works: list[_Work], w: _Work) -> None:
        """The to-infinitive of a noun of will, decision or attempt (``control_nouns``) is what the
        noun's owner does, read as the verb the noun is paired with: "China announced its decision to
        impose tariffs" (decided to impose), "the refusal by Iran to negotiate" (refused). The
        owner: the noun's possessor or "by" phrase, else the subject of an owning verb whose object
        the noun is ("The EU made the decision to impose sanctions"); none after other verbs."""
        lex, clause, pred = self.lex, w.clause, w.clause.predicate
        noun = w.head.head
        verb = next((e.split()[1] for e in lex.control_nouns if e.split()[0] == noun.lower_), None)
        if verb is None or pred.modal is not None:
            return
        owner = next((c for c in noun.children if c.dep_ == "poss"), None)
        if owner is None:
            by = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "by"), None)
            owner = next((c for c in by.children if c.dep_ == "pobj"), None) if by is not None else None
        own = owner is None or owner.tag_ == "PRP$"      # none, or "its": the owning verb's subject
        phrase = self.phrase(owner, "subject") if not own else None
        if own and noun.dep_ == "dobj" and noun.head.lemma_.lower() in lex.owning_verbs and clause.parent is not None:
            parent = works[clause.parent]
            if parent.head.i == noun.head.i:
                phrase = parent.subj
        if phrase is None:
            return
        w.subj = _copy(phrase, "object" if pred.voice == "passive" else "subject", clause)
        pred.modal = f"{verb} to"
        clause.intent = clause.intent or verb in lex.intent_verbs
        # a noun denied, or an owning verb negated, denies the act: "The Kremlin has no plans to
        # talk to Zelensky", "did not make a decision to expel diplomats"
        denied = _says_no(noun, lex) or (noun.dep_ == "dobj" and any(c.dep_ == "neg" for c in noun.head.children))
        pred.negated = pred.negated or verb in lex.negating_verbs or denied
        clause.refused = clause.refused or verb in lex.refusal_verbs
        if not w.has_aux and pred.tense == "present" and clause.parent is not None:
            pred.tense = "future" if clause.intent else works[clause.parent].clause.predicate.tense

    def _link(self, works: list[_Work], i: int) -> None:
        """Fill what a clause borrows from its antecedent, first conjunct or governor."""
        w = works[i]
        clause, pred, lex = w.clause, w.clause.predicate, self.lex
        passive = pred.voice == "passive"
        head = w.head
        if head.dep_ in ("relcl", "acl") and head.head.i != head.i:
            ante = head.head
            if head.dep_ == "relcl" and ante.lemma_.lower() in lex.summary_nouns:
                ante = _doer_summed_up(ante) or ante
            if head.dep_ == "relcl":
                if w.rel_slot is not None:
                    role = w.rel_slot
                elif w.rel_where:
                    role = "place"
                elif w.subj is None:
                    role = "object" if passive else "subject"
                elif not clause.args("object"):
                    role = "object"
                else:
                    role = ""
            elif head.tag_ == "VBN":
                role = "" if clause.args("object") else "object"
            elif head.tag_ == "VBG" and w.subj is None:
                role = "subject"
            else:
                role = ""
            if role == "place":
                if clause.place is None:
                    clause.place = self.phrase(ante, "place")
            elif role:
                p = self.phrase(ante, role, w.rel_prep if role == "prep" else None)
                if p is not None:
                    clause.arguments.insert(0, p)
                    if role == "subject" or passive:
                        w.subj = w.subj or p
                    if role == "object":
                        _objects(pred, ante, lex)
        if head.dep_ == "acl" and w.subj is None and _to_infinitive(head):
            self._controlled(works, w)
        if w.conj_of is not None:
            first = works[w.conj_of]
            shared = w.subj is None
            if shared and head.tag_ == "VBN" and not w.has_aux and first.clause.predicate.voice == "passive":
                # "was attacked and killed by a pig": the bare participle is passive like the first
                # conjunct, and the first, with nothing after it, shares its agent
                passive = True
                pred.voice, pred.tense = "passive", first.clause.predicate.tense
                agent = next(iter(clause.args("agent")), None)
                if agent is not None and not first.clause.args("agent") and _open_right(first.head):
                    first.clause.arguments.append(Phrase(tokens=list(agent.tokens), role="agent",
                                                         pronoun=agent.pronoun, counted=agent.counted))
            if w.subj is None and first.subj is not None:
                w.subj = _copy(first.subj, "object" if passive else "subject", clause)
            if head.tag_ == "VB" and not w.has_aux:     # "will not meet or talk"
                fp = first.clause.predicate
                pred.tense, pred.mood = fp.tense, fp.mood
                pred.modal = pred.modal or fp.modal
                pred.negated = pred.negated or fp.negated
                clause.intent = clause.intent or first.clause.intent
            elif head.tag_ in ("VBN", "VBD") and shared and not w.has_aux and first.clause.predicate.perfect:
                # "should have released the sailors and apologized": the perfect under the modal too
                fp = first.clause.predicate
                pred.tense, pred.mood, pred.modal, pred.perfect = fp.tense, fp.mood, pred.modal or fp.modal, True
                pred.negated = pred.negated or fp.negated
        parent = works[clause.parent] if clause.parent is not None else None
        if w.rel == "xcomp" and parent is not None:
            gov = (w.gov.lemma_ if w.gov is not None else "").lower()
            if w.subj is None:
                src = None
                if gov not in lex.subject_control_verbs and not _instrument(parent.clause, gov, lex):
                    src = next(iter(_addressees(parent.clause, gov, lex)), None)
                src = src or parent.subj
                if src is not None:
                    w.subj = _copy(src, "object" if passive else "subject", clause)
            if gov in lex.odds_adjectives:
                clause.possible = True          # "is unlikely to attack": a forecast
            pending = gov in lex.pending_verbs and any(c.dep_ == "advmod" and c.lower_ in lex.pending_adverbs
                                                       for c in w.gov.children)
            if pending:
                pred.negated = True             # "Russia has yet to withdraw its troops": not done
            if gov in lex.hearsay_passives and w.gov.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in w.gov.children):
                clause.reported = True          # "Iran is believed to have supplied drones": hearsay
            if gov in lex.directive_verbs and pred.modal is None and _addressees(parent.clause, gov, lex):
                pred.modal = "must"             # "told the forces to withdraw": they must withdraw
            if gov in lex.obligation_verbs and not pending and pred.modal is None and _to_infinitive(head) \
                    and w.gov.tag_ in ("VBZ", "VBP") \
                    and not any(c.dep_ in ("aux", "auxpass", "neg") for c in w.gov.children):
                pred.modal = "must"             # "Turkey needs to respect human rights": it must
                                                # (not "had to release": done, often)
            if pred.modal is None and _to_infinitive(head, passive=True) and (
                    (gov in lex.progressive_intent_verbs and w.gov.tag_ == "VBG"
                     and any(c.dep_ == "aux" for c in w.gov.children))          # "is going to block"
                    or (gov in lex.passive_intent_verbs and w.gov.tag_ == "VBN"
                        and any(c.dep_ == "auxpass" for c in w.gov.children))   # "is expected to impose"
                    or (gov in lex.future_copulas and w.gov.pos_ in ("AUX", "VERB")
                        and pred.lemma not in lex.copula_idioms      # "is to blame": responsible, no plan
                        and not any(c.dep_ in ("attr", "acomp") for c in w.gov.children))):  # "is to expel"
                pred.modal = f"{w.gov.lower_} to"     # announced, as "will block"
                clause.intent = True
                if _thwarted(w.gov, lex):
                    clause.possible = True      # "were initially expected to sign"
            if gov in lex.future_copulas and pred.lemma in lex.copula_idioms and _to_infinitive(head):
                pred.lemma = f"to {pred.lemma}"      # "Russia is to blame for the attack": said of
                                                     # Russia, as "is responsible" is (frames "to blame")
            if gov in lex.modal_verbs and pred.modal is None:
                pred.modal = f"{gov} to"
                clause.intent = clause.intent or gov in lex.intent_verbs or (
                    gov in lex.wish_verbs and parent.clause.predicate.modal in lex.subjunctive_modals)
                # (an intent denied denies the act: "Russia does not intend to attack Poland")
                pred.negated = pred.negated or gov in lex.negating_verbs or (
                    gov in lex.intent_verbs and parent.clause.predicate.negated)
                clause.refused = clause.refused or gov in lex.refusal_verbs
                if _thwarted(w.gov, lex):
                    clause.possible = True      # "originally wanted to sign", "had been due to meet"
            if head.tag_ == "VBG" and _ceases(w.gov, lex):
                pred.negated = pred.ceased = True   # "stopped supplying weapons": supplies no longer
            if gov in lex.aspectual_verbs:
                pred.modal = pred.modal or parent.clause.predicate.modal    # "would continue fighting"
                clause.intent = clause.intent or parent.clause.intent
            if not w.has_aux and pred.tense == "present":
                pred.tense = "future" if clause.intent else parent.clause.predicate.tense
        elif w.rel in ("ccomp", "advcl") and parent is not None and w.subj is None and not w.has_aux \
                and _opens_quote(head) and w.gov is not None and w.gov.lemma_.lower() in lex.directive_verbs \
                and _addressees(parent.clause, w.gov.lemma_.lower(), lex):
            # a bare verb opening the quotation of "told": an order to the one told ("“Stop the
            # war,” the minister told Putin": Putin is to stop it, as in "told Putin: “Stop ...”")
            w.subj = _copy(_addressees(parent.clause, w.gov.lemma_.lower(), lex)[0], "subject", clause)
            pred.mood = "imperative"
        elif w.rel in _SUBJ_COPY_RELS and parent is not None and w.subj is None and not passive:
            if parent.clause.predicate.kind != "noun" and parent.subj is not None:
                # "appealed to Russia to help" (parsed as a purpose clause): Russia is to help
                addressee = (_prepositional_addressees(parent.clause, parent.clause.predicate.lemma, lex)
                             if w.rel == "advcl" and _to_infinitive(head) else [])
                if w.rel == "pcomp" and w.gov is not None and w.gov.lower_ in lex.object_control_preps:
                    addressee = parent.clause.args("object")    # "accused Russia of attacking": Russia attacked
                w.subj = _copy(addressee[0] if addressee else parent.subj, "subject", clause)
        elif w.rel in _SUBJ_COPY_RELS and parent is not None and w.subj is None and passive \
                and any(c.dep_ == "auxpass" and c.tag_ == "VBG" for c in head.children) \
                and not clause.args("object") and parent.clause.predicate.kind != "noun" and parent.subj is not None:
            # "After being summoned by the Polish foreign ministry, the Russian ambassador left": the
            # governing subject is whom the passive gerund's act was done to
            w.subj = _copy(parent.subj, "object", clause)
        if w.rel == "ccomp" and parent is not None and w.subj is not None and pred.modal is None \
                and _to_infinitive(head) and w.gov is not None and w.gov.lemma_.lower() in lex.directive_verbs \
                and not any(c.dep_ == "neg" for c in w.gov.children):
            pred.modal = "must"     # "wants Russia to withdraw" (parsed with Russia its subject): it must
        if w.rel == "pcomp" and w.gov is not None and w.gov.lemma_ in ("of", "about"):
            adjective = w.gov.head.lemma_.lower()
            if adjective in lex.refusal_verbs:
                clause.refused = True           # "is wary of agreeing to the declaration"
            elif adjective in lex.imminence_nouns and pred.modal is None and w.gov.lemma_ == "of":
                pred.modal = f"{adjective} of"     # "on the verge of attacking Rafah": about to, announced
                clause.intent = True
            elif adjective in lex.reluctance_adjectives and pred.modal is None:
                pred.modal = f"{adjective} {w.gov.lemma_}"    # "hesitant about signing"
                pred.negated = True


def _seat_read_as_body(prep: SpToken, pobj: SpToken) -> bool:
    """A one-word name after "in" on the subject that the parser takes for an organisation
    ("The junta in Niamey/ORG expelled", "the government in Bamako/ORG"): the seat of the
    subject, a capital the small model does not know. The actor matcher decides whether it
    names a state; the coder seats the subject there."""
    return (prep.lower_ == "in" and pobj.ent_type_ == "ORG" and pobj.pos_ == "PROPN"
            and pobj.left_edge.i == pobj.right_edge.i == pobj.i and prep.head.dep_ in ("nsubj", "nsubjpass"))


def _thwarted(gov: SpToken, lex: Lexicon) -> bool:
    """Whether the verb or adjective of a plan (``plan_verbs``) tells one not carried out: in the past with an
    adverb of what was first meant (``thwarted_adverbs``: "Israel and Hamas originally wanted to
    sign", "were initially expected to meet"), or what had been due or scheduled under a past perfect
    (``scheduled_verbs``: "had been due to meet in Vienna")."""
    verbs = [gov] + ([gov.head] if gov.dep_ == "acomp" else [])
    children = [c for v in verbs for c in v.children]
    past = any(v.tag_ == "VBD" for v in verbs) or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in children)
    if past and gov.lemma_.lower() in lex.plan_verbs and any(
            c.dep_ == "advmod" and c.lower_ in lex.thwarted_adverbs for c in children):
        return True
    return gov.lemma_.lower() in lex.scheduled_verbs and any(
        c.dep_ == "aux" and c.tag_ == "VBD" and c.lemma_.lower() == "have" for c in children)


def _doubted_subject(n: SpToken, lex: Lexicon) -> bool:
    """Whether a noun (or the first of its conjuncts) is the subject of a verb whose adjective calls
    it only possible, unlikely or unclear (``doubt_adjectives``): "an invasion of Taiwan by China is
    possible", "the recognition of Kosovo by Spain remains unlikely". Not "likely", which as often
    names who likely did an act done ("Russia's sabotage of the pipeline is likely")."""
    while n.dep_ == "conj" and n.head.pos_ in ("NOUN", "PROPN"):
        n = n.head
    if n.dep_ != "nsubj":
        return False
    return any(c.dep_ in ("acomp", "oprd") and c.lemma_.lower() in lex.doubt_adjectives
               for c in n.head.children)


def _noun_read_as_verb(tok: SpToken) -> bool:
    """Whether a plural event noun the parser took for a verb in -s is a noun: it has a name
    before it as a compound, the dependent only a noun has, and no subject or object ("US
    strikes on Syrian air base", "EU sanctions on Russian oil")."""
    kids = list(tok.children)
    return any(c.dep_ == "compound" and c.i < tok.i for c in kids) and not any(
        c.dep_ in ("nsubj", "nsubjpass", "dobj", "aux", "auxpass", "ccomp", "xcomp") for c in kids)


def _leader(led: SpToken) -> SpToken | None:
    """The name before a participle of leading ("Saudi" of "a Saudi-led blockade", "US" of "a
    US-led coalition"), which the parser hangs on the participle."""
    return next((c for c in led.children if c.i < led.i and c.dep_ in ("npadvmod", "compound", "nmod", "amod", "nsubj")
                 and (c.pos_ == "PROPN" or c.ent_type_)), None)


def _shifted_object(v: SpToken, prep: SpToken) -> SpToken | None:
    """The object of a verb with none of its own that the parser took for an apposition in the
    verb's "as" phrase, put after what it is called ("denounced as a crime Serbia's suppression of
    the unrest", "condemned as illegal the annexation of Crimea")."""
    if prep.lower_ != "as" or any(c.dep_ in ("dobj", "nsubjpass") for c in v.children):
        return None
    pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    return next((c for c in pobj.children if c.dep_ == "appos" and c.pos_ in ("NOUN", "PROPN")), None) \
        if pobj is not None else None


def _stranded_prep(v: SpToken, children: list[SpToken], lex: Lexicon) -> SpToken | None:
    """The preposition a passive verb leaves behind, right after it or its particle, with no noun
    of its own ("Protesters were fired on by troops", "was spied upon", "were cracked down on"):
    the lexicon's ``stranded_preps``, which the parser may tag a particle; None otherwise (and for
    a verb with an object of its own)."""
    # (a headline's passive has no auxiliary, and the parser makes its subject the active's: "Sudanese
    # protesters fired on by troops"; its "by" phrase tells it)
    headline = any(c.dep_ == "agent" for c in children) and not any(c.dep_ in ("aux", "auxpass") for c in children)
    if not (headline or any(c.dep_ in ("auxpass", "nsubjpass") for c in children)) or any(c.dep_ == "dobj" for c in children):
        return None
    doc = v.doc
    for c in children:
        if c.i <= v.i or c.dep_ not in ("prep", "prt") or c.lower_ not in lex.stranded_preps:
            continue
        if any(g.dep_ in ("pobj", "pcomp") for g in c.children) or stray_object(c) is not None:
            return None
        if all(doc[j].dep_ == "prt" and doc[j].head.i == v.i for j in range(v.i + 1, c.i)):
            return c
        return None
    return None


def _says_no(noun: SpToken, lex: Lexicon) -> bool:
    """Whether a noun is determined by a word that denies it (``negating_determiners``: "no plan",
    "no state", "neither France nor Germany", "recognised neither Kosovo nor Palestine")."""
    return any(c.dep_ in ("det", "preconj") and c.lower_ in lex.negating_determiners for c in noun.children)


def _addressees(clause: Clause, verb: str, lex: Lexicon) -> list[Phrase]:
    """Whom ``clause`` addresses: its object ("urged Russia to help"), else the prepositional
    object of an addressee verb ("called on Russia to help", lexicon ``addressee_verbs``)."""
    return clause.args("object", "dative") or _prepositional_addressees(clause, verb, lex)


def _instrument(clause: Clause, verb: str, lex: Lexicon) -> bool:
    """Whether ``clause`` uses an instrument (``instrument_verbs``, ``instrument_nouns``, which
    may be several words, ending the object: "used tear gas to disperse the crowd"): its subject,
    not the instrument, does the infinitive's act."""
    if verb not in lex.instrument_verbs:
        return False
    for o in clause.args("object"):
        # each of the phrase's conjuncts ("used water cannon and tear gas to disperse ...": the
        # water cannon is one)
        conjunct: list[str] = []
        for t in o.tokens + [None]:
            if t is not None and t.pos != "CC" and t.text != ",":
                conjunct.append(t.text.lower())
                continue
            words, conjunct = conjunct, []
            if any(" ".join(words[k:]) in lex.instrument_nouns for k in range(max(0, len(words) - 3), len(words))):
                return True     # the phrase ends in an instrument ("water cannon", "its veto")
    return False


def _prepositional_addressees(clause: Clause, verb: str, lex: Lexicon) -> list[Phrase]:
    """The prepositional object of an addressee verb: "Russia" in "appealed to Russia"."""
    return [a for a in clause.args("prep") if f"{verb} {a.prep}" in lex.addressee_verbs]


def _opens_quote(v: SpToken) -> bool:
    """Whether a verb is a base form right after an opening quotation mark ("“Stop the war,” ...")."""
    return v.tag_ == "VB" and v.i > 0 and v.doc[v.i - 1].tag_ == "``"


def _addressed(v: SpToken, auxes: list[SpToken]) -> bool:
    """Whether a verb is an imperative addressed to someone named before it and a comma ("Mr
    Netanyahu, end the siege", "Prime Minister, listen to the people"): a base form with no
    auxiliary after a name and a comma, which the parser takes for its subject or for an adverbial
    noun (then made the clause's subject, see make_verb)."""
    return not auxes and any(c.dep_ in ("nsubj", "npadvmod") and _vocative(v, c) for c in v.children)


def _theme_with(clause: Clause, lex: Lexicon) -> None:
    """"supplied Israel with bombs": the receiver is the dative and the thing given the object, as
    in "supplied bombs to Israel" (``theme_with_verbs``), so that one frame reads both."""
    if clause.predicate.lemma not in lex.theme_with_verbs or clause.args("dative"):
        return
    objects, given = clause.args("object"), [a for a in clause.args("prep") if a.prep == "with"]
    if len(objects) == 1 and len(given) == 1:
        objects[0].role = "dative"
        given[0].role, given[0].prep = "object", None


def _vocative(v: SpToken, name: SpToken) -> bool:
    """Whether a noun before a base-form verb and a comma names the one the verb is addressed to
    ("President Maduro, release the prisoners": the parser's subject or adverbial noun)."""
    return (v.tag_ == "VB" and v.i >= 2 and v.doc[v.i - 1].text == "," and name.i < v.i
            and name.right_edge.i == v.i - 2 and name.pos_ == "PROPN")


def _to_infinitive(head: SpToken, passive: bool = False) -> bool:
    """Whether ``head`` is a to-infinitive ("to expel"), or with ``passive`` also one in the
    passive ("to be stationed", "to be lifted")."""
    infinitive = head.tag_ == "VB" or (passive and head.tag_ == "VBN" and any(
        c.dep_ == "auxpass" and c.lower_ == "be" for c in head.children))
    return infinitive and any(c.dep_ == "aux" and c.lower_ == "to" for c in head.children)


def _entities(sent: Span) -> list[tuple[int, int, str]]:
    """The named entities wholly inside ``sent``, as ``sent.ents`` gives them, read from the
    sentence's own tokens (``sent.ents`` walks the whole document: quadratic on a long one)."""
    doc, out, i = sent.doc, [], sent.start
    while i < sent.end:
        if doc[i].ent_iob_ != "B":
            i += 1
            continue
        j = i + 1
        while j < len(doc) and doc[j].ent_iob_ == "I":
            j += 1
        if j <= sent.end:
            # (no name goes on over a finite verb of the parse: "Biden hosts Zelenskiy at White
            # House", which the tagger took for one name, is two names and the verb between them)
            start = i
            for k in range(i, j + 1):
                if k == j or doc[k].tag_ in _FINITE_TAGS and doc[k].pos_ in ("VERB", "AUX"):
                    if k > start:
                        out.append((start, k, doc[i].ent_type_))
                    start = k + 1
        i = j
    return out


def build_clauses(sent: Span, tokens: dict[int, Token], index: int, lex: Lexicon) -> list[Clause]:
    """The clauses of one parsed sentence.

    ``tokens`` maps spaCy token indices (``Token.i``) to the model tokens already
    made for the sentence (whitespace tokens are absent); ``index`` is the
    sentence index written into every clause.
    """
    verbs_read_as_adjectives(sent)
    participles_read_as_adjectives_after_have(sent)
    adjectives_read_as_verbs(sent)
    finite_verbs_read_as_infinitives(sent)
    infinitives_read_as_nouns(sent)
    particles_read_as_prepositions(sent)
    adverbs_read_as_particles(sent, lex.prepositional_particles)
    verbs_read_as_relatives(sent)
    reactions_read_as_attributes(sent, lex.summary_nouns | lex.event_nouns)
    acronyms_read_as_verbs(sent)
    verbs_read_as_attributes(sent)
    subordinate_verbs_read_as_attributes(sent)
    subjects_read_as_prepositional_objects(sent)
    participles_read_as_clauses(sent)
    small_clauses(sent)
    complements_read_as_appositions(sent)
    nouns_read_as_verbs_after_names(sent)
    objects_read_as_compounds(sent)
    objects_read_as_predicates(sent)
    deadlines_read_as_adverbs(sent)
    phrases_read_as_clauses(sent, lex.predicative_phrases)
    acronyms_read_as_pronouns(sent)
    names_read_as_adverbs(sent)
    for t in verbs_read_as_noun_roots(sent) + infinitives_read_as_names(sent) + places_read_as_adverbs(sent) \
            + nouns_read_as_infinitives(sent, lex.to_nouns) \
            + names_read_as_participles(sent) \
            + gerunds_read_as_verbs(sent, lex.event_nouns) + verbs_read_as_modifiers(sent, lex.past_forms) \
            + subjunctives_read_as_nouns(sent, lex.mandative_verbs, lex.particles, is_base_verb):
        if t.i in tokens:        # a name the tagger took for an adverb, an event noun for a gerund
            tokens[t.i].pos, tokens[t.i].lemma = t.tag_, t.lemma_
    phrases_read_as_values(sent)
    receivers_read_as_verb_phrases(sent, lex.receiver_preps, lex.receiver_nouns)
    partners_read_as_topics(sent, lex.talk_nouns, lex.talk_topic_preps, lex.partner_preps)
    offices_read_as_verb_phrases(sent, lex.office_nouns, lex.office_owner_preps)
    receivers_read_as_sums(sent, lex.amount_nouns)
    receivers_read_as_compounds(sent, lex.granting_verbs, lex.granted_nouns)
    charges_read_as_attributes(sent, lex.charge_verbs, lex.charge_preps)
    infinitives_read_as_verb_complements(sent, lex.proposal_nouns)
    charged_gerunds_read_as_conjuncts(sent, lex.charge_verbs, lex.charge_preps)
    past_conjuncts_read_as_content(sent)
    objects_read_as_descriptions(sent, lex.description_preps)
    descriptions_read_as_attributes(sent, lex.description_verbs, lex.description_preps)
    agents_read_as_sums(sent, lex.amount_nouns)
    doers_read_as_verb_phrases(sent, lex.event_nouns)
    reactions_read_as_inner_adverbs(sent, lex.reaction_verbs)
    speakers_acts_read_as_reported(sent, lex.speech_verbs, lex.speaker_acts,
                                   lex.event_nouns | lex.maker_nouns | lex.summary_nouns)
    speakers_read_as_appositions(sent, lex.speech_verbs)
    reports_read_as_relatives(sent, lex.speech_verbs)
    claims_read_as_predicates(sent, lex.hearsay_nouns | {n + "s" for n in lex.hearsay_nouns})
    return _Builder(sent, tokens, index, lex).run()


def _edge(t: SpToken, *, first: bool) -> bool:
    """Tokens trimmed from either end of a phrase."""
    return t.is_punct or t.is_space or t.dep_ == "cc" or (not first and t.tag_ == "POS")


# words that open a question (Penn tags): "when", "why", "how", "where" (WRB), "what", "who" (WP)
_QUESTION_WORD_TAGS = ("WRB", "WP")


def _open_question(c: SpToken, v: SpToken, lex: Lexicon) -> bool:
    """Whether ``c`` is a clause of ``v`` that asks whether someone other than the one
    addressed (no pronoun, not the object) does something, or asks when, why, how or what
    ("asked the minister when the troops would leave")."""
    if c.dep_ not in ("ccomp", "advcl"):
        return False
    if any(w.tag_ in _QUESTION_WORD_TAGS and w.i < c.i for w in c.children):
        return True
    if not any(m.dep_ == "mark" and m.lower_ in lex.conditional_marks for m in c.children):
        return False
    addressed = {o.lower_ for o in v.children if o.dep_ in ("dobj", "dative")}
    subjects = [s for s in c.children if s.dep_ in ("nsubj", "nsubjpass")]
    return bool(subjects) and not any(s.pos_ == "PRON" or s.lower_ in addressed for s in subjects)


def _open_right(v: SpToken) -> bool:
    """Whether nothing but a conjunction, adverbs or particles follows ``v`` in its conjunct (what
    comes after the conjunct verb's own words belongs to the whole: "..., according to reports")."""
    conj = next((c for c in v.rights if c.dep_ == "conj"), None)
    if conj is None:
        return False
    end = conj.right_edge.i
    return all(c.dep_ in _OPEN_RIGHT for c in v.rights if c.i < end)


def _objects(pred: Predicate, head: SpToken, lex: Lexicon) -> None:
    """Record the lemma of a common-noun object and of its conjuncts, of what an amount is of
    ("30 million dollars of aid": aid), and of what a call or an offer is for ("calls for talks":
    talks; the lexicon's ``proposal_nouns``)."""
    stack = [head]
    while stack:
        t = stack.pop()
        lemma = t.lower_ if t.lower_ in lex.event_nouns else t.lemma_.lower()
        if t.pos_ == "NOUN" and lemma not in pred.objects:
            pred.objects.append(lemma)
        stack.extend(c for c in t.children if c.dep_ == "conj")
        preps = ("of", "in") if lemma in lex.amount_nouns else lex.proposal_preps if lemma in lex.proposal_nouns else ()
        stack.extend(o for c in t.children if c.dep_ == "prep" and c.lower_ in preps
                     for o in c.children if o.dep_ == "pobj")


def _adjective_of(adverb: str) -> str:
    """The adjective an adverb in -ly is made of ("illegally": illegal, "irresponsibly":
    irresponsible, "angrily": angry); other words as they are."""
    if adverb.endswith("bly"):
        return adverb[:-1] + "e"
    if adverb.endswith("ily"):
        return adverb[:-3] + "y"       # "angrily": angry
    return adverb[:-2] if adverb.endswith("ly") else adverb


def _copy(p: Phrase, role: str, clause: Clause) -> Phrase:
    q = Phrase(tokens=list(p.tokens), role=role, prep=None, pronoun=p.pronoun, counted=p.counted)
    clause.arguments.insert(0, q)
    return q


#: Most words of a name before a headline's colon ("Erdogan: Turkey will not back down").
HEADLINE_SPEAKER_WORDS = 4
_SPEAKER_ENTS = frozenset({"PERSON", "ORG", "NORP"})


def _headline_speaker(sent: Span) -> SpToken | None:
    """The name before the colon of a headline that gives what someone said ("Trump: I will
    meet Kim in Singapore", "Merkel: We will not negotiate with the Taliban"): at most
    HEADLINE_SPEAKER_WORDS capitalised words, a person's, an organisation's or a group's name or
    one the parser gives no kind, and nothing else, hanging off the verb after the colon, in a
    sentence with no final stop. Not a place or an event ("Berlin: ...", "Wayde Sims shooting:
    ...")."""
    colon = next((t for t in sent[:HEADLINE_SPEAKER_WORDS + 1] if t.text == ":"), None)
    if colon is None or colon.i == sent.start:
        return None
    last = next((t for t in reversed(sent) if not t.is_space and not t.is_quote), None)
    if last is None or last.text in (".", "!", ";"):
        return None
    lead = sent.doc[sent.start:colon.i]
    # (the parser's names miss many a name before a colon: "Trump/NN", "Merkel/NN")
    if any(t.ent_type_ not in _SPEAKER_ENTS and (t.ent_type_ or not t.is_title)
           or t.pos_ not in ("PROPN", "NOUN", "PUNCT") for t in lead):
        return None
    heads = [t for t in lead if not (lead.start <= t.head.i < lead.end)]
    if len(heads) != 1 or heads[0].head.i <= colon.i or heads[0].head.pos_ not in ("VERB", "AUX"):
        return None
    return heads[0]


def _contrasted(head: SpToken, marks: frozenset[str]) -> bool:
    """Whether an adverbial clause is another party's act set beside the one above it: opened by
    one of ``marks`` after a comma or at the sentence's start, with a subject of its own ("...,
    while Russia condemned ...", "While Russia condemned ..., Britain urged ...")."""
    mark = next((c for c in head.children if c.dep_ in ("mark", "advmod") and c.lower_ in marks), None)
    return (mark is not None and (mark.is_sent_start or head.doc[mark.i - 1].text == ",")
            and any(c.dep_ in ("nsubj", "nsubjpass") for c in head.children))


def _doer_summed_up(noun: SpToken) -> SpToken | None:
    """The subject of the clause a noun set off by a comma sums up ("Iran began enriching uranium,
    a move that ...": Iran), or None: the noun comes after a comma, with "a" or no determiner, and
    the nearest verb above it has a subject of its own."""
    left = noun.left_edge
    if left.i == 0 or noun.doc[left.i - 1].text != "," or any(
            c.dep_ == "det" and c.lower_ not in ("a", "an") for c in noun.children):
        return None
    t = noun
    for _ in range(len(noun.doc)):
        if t.head.i == t.i:
            break
        t = t.head
        if t.pos_ in ("VERB", "AUX"):
            return next((c for c in t.children if c.dep_ == "nsubj" and c.i < noun.i
                         and c.tag_ not in ("WDT", "WP")), None)
    return None


def _governor(tok: SpToken, by_tok: dict[int, int]) -> int | None:
    """Index of the nearest clause whose head dominates ``tok``."""
    t = tok
    for _ in range(len(tok.doc)):
        h = t.head
        if h.i == t.i:
            return None
        if h.i in by_tok:
            return by_tok[h.i]
        t = h
    return None


def _order(works: list[_Work]) -> list[int]:
    """Clause indices so that parents and first conjuncts come first."""
    depth: dict[int, int] = {}

    def dep_of(i: int) -> int:
        chain = []
        j: int | None = i
        while j is not None and j not in depth and j not in chain:
            chain.append(j)
            w = works[j]
            j = w.conj_of if w.conj_of is not None else w.clause.parent
        base = depth.get(j, 0) if j is not None else 0
        for k in reversed(chain):
            base += 1
            depth[k] = base
        return depth[i]

    return sorted(range(len(works)), key=dep_of)


def _ceases(verb: SpToken | None, lex: Lexicon) -> bool:
    """Whether a verb, not itself negated, ends what it governs ("stopped", "cut off")."""
    if verb is None or any(c.dep_ == "neg" for c in verb.children):
        return False
    lemma = verb.lemma_.lower()
    particle = next((c.lower_ for c in verb.children if c.dep_ == "prt"), None)
    return (f"{lemma} {particle}" if particle else lemma) in lex.ceasing_verbs


def _ceased_object(n: SpToken, lex: Lexicon) -> bool:
    """Whether a noun (or the first of its conjuncts) is the object of a verb that ends it:
    "ended its military aid", "halted the talks and the visits"."""
    while n.dep_ == "conj" and n.head.pos_ in ("NOUN", "PROPN"):
        n = n.head
    return n.dep_ == "dobj" and _ceases(n.head, lex)


def _unreal_object(n: SpToken, lex: Lexicon) -> bool:
    """Whether a noun (or the first of its conjuncts) is the object, or in the phrase, of a verb
    that names it only as feared, hoped for or awaited (``possibility_verbs``: "fears an attack on
    Ukraine", "hopes for talks with Iran"), striven for (``striving_verbs``: "lobbied for talks with
    Turkey") or referred to (``reference_verbs``: "recalled the German invasion of Poland"): no act
    the text reports. Entries with a preposition name the verb's phrase, others its object."""
    while n.dep_ == "conj" and n.head.pos_ in ("NOUN", "PROPN"):
        n = n.head
    if n.dep_ == "dobj":
        verb, prep = n.head, ""
    elif n.dep_ == "pobj" and n.head.dep_ == "prep" and n.head.head.pos_ == "VERB":
        verb, prep = n.head.head, " " + n.head.lower_
    elif n.dep_ == "pobj" and n.head.dep_ == "prep" and n.head.head.dep_ == "dobj" and n.head.head.head.pos_ == "VERB":
        verb, prep = n.head.head.head, " " + n.head.lower_    # "compared the protests to the attack"
    else:
        return False
    lemma = verb.lemma_.lower()
    particle = next((c.lower_ for c in verb.children if c.dep_ == "prt"), None)
    keys = {lemma + prep} | ({f"{lemma} {particle}{prep}"} if particle else set())
    return bool(keys & (lex.possibility_verbs | lex.striving_verbs | lex.reference_verbs))


def _forgone_object(n: SpToken, lex: Lexicon) -> bool:
    """Whether a noun (or the first of its conjuncts) is the object, or in the phrase, of a verb of
    forgoing (``forgoing_phrases``: "refrained from criticism of China", "decided against sanctions
    on Turkey", "backed away from sanctions", "stopped short of sanctions", "held off on tariffs",
    "renounced any recognition of Kosovo"), a verb not itself negated: an act not done. The
    phrase may hang on the verb's adverb ("backed away from", "stopped short of")."""
    while n.dep_ == "conj" and n.head.pos_ in ("NOUN", "PROPN"):
        n = n.head
    if n.dep_ == "dobj":
        verb, words = n.head, []
    elif n.dep_ == "pobj" and n.head.dep_ == "prep":
        prep, above = n.head, n.head.head
        if above.pos_ == "VERB":
            verb, words = above, [prep.lower_]
        elif above.dep_ in ("advmod", "prt", "acomp") and above.head.pos_ == "VERB":
            verb, words = above.head, [above.lower_, prep.lower_]
        else:
            return False
    else:
        return False
    if verb.pos_ != "VERB" or any(c.dep_ == "neg" for c in verb.children):
        return False
    lemma = verb.lemma_.lower()
    keys = {" ".join([lemma] + words)}
    keys |= {" ".join([lemma, c.lower_] + words) for c in verb.children if c.dep_ in ("prt", "advmod") and c.i < n.i}
    return bool(keys & lex.forgoing_phrases)


def _other_doer(clause: Clause, parent: Clause) -> bool:
    """Whether a clause names a subject of its own, no pronoun, other than its parent's."""
    own = clause.args("subject")
    if not own or any(p.pronoun for p in own):
        return False
    words = {" ".join(t.text.lower() for t in p.tokens) for p in parent.args("subject", "agent")}
    return not {" ".join(t.text.lower() for t in p.tokens) for p in own} <= words


def _pledged_in(clause: Clause, clauses: list[Clause], pledging: frozenset[str]) -> bool:
    """Whether a clause with a modal of intent is what a verb of pledging above it pledges, through
    the verbs that share its modal ("vowed that his forces would continue fighting": "continue" and
    "fighting" under "vowed")."""
    k, seen = clause.parent, 0
    while k is not None and seen < 8:
        above = clauses[k]
        if above.predicate.kind == "verb" and above.predicate.lemma in pledging:
            return True
        if above.predicate.modal != clause.predicate.modal:
            return False
        k, seen = above.parent, seen + 1
    return False


def _generic_rule(v: SpToken, lex: Lexicon) -> bool:
    """Whether a verb states a general rule about whoever does something, or is what they do
    (``generic_pronouns``): the clause whose subject is "whoever ..." or "anyone who ..." ("Whoever
    criticises Erdogan is prosecuted", "Anyone who attacks a NATO member will face a response"),
    told in no past tense, and the clause of what they do."""
    if v.pos_ not in ("VERB", "AUX"):
        return False
    if v.dep_ in ("csubj", "csubjpass") or (v.dep_ == "relcl" and v.head.dep_ in ("nsubj", "nsubjpass")):
        main = v.head if v.dep_ != "relcl" else v.head.head
        return _generic_rule(main, lex)
    for c in v.children:
        if c.dep_ in ("csubj", "csubjpass"):
            opener = next((g for g in c.children if g.dep_ in ("nsubj", "nsubjpass")), None)
        elif c.dep_ in ("nsubj", "nsubjpass") and any(g.dep_ == "relcl" for g in c.children):
            opener = c
        else:
            continue
        if opener is not None and opener.lower_ in lex.generic_pronouns:
            return not (v.tag_ == "VBD" or any(a.dep_ in ("aux", "auxpass") and (a.tag_ == "VBD" or a.lemma_ == "have")
                                               for a in v.children))
    return False


def _conditioned(n: SpToken, lex: Lexicon) -> bool:
    """Whether a noun stands in the object of a verb that makes it depend on a condition it names
    (``conditioning_verbs``: "made the resumption of talks with Turkey conditional on the release of
    journalists", "conditioned military aid to Egypt on reforms"): a condition set, no act done."""
    obj, steps = n, 0
    while obj.dep_ != "dobj":
        if obj.dep_ not in ("pobj", "prep", "conj", "appos") or steps > 8 or obj.head.i == obj.i:
            return False
        obj, steps = obj.head, steps + 1
    verb = obj.head
    words = [t.lower_ for t in verb.subtree]
    lemma = verb.lemma_.lower()
    for entry in lex.conditioning_verbs:
        parts = entry.split()
        if parts[0] != lemma:
            continue
        wanted = parts[1:]
        if any(words[k:k + len(wanted)] == wanted for k in range(len(words))):
            return True
    return False


def _prevented(n: SpToken, lex: Lexicon) -> bool:
    """Whether a noun (or the first of its conjuncts) is the object of a verb that keeps the
    act from happening ("to prevent attacks and kidnappings"), or the subject of its passive
    ("the protest by teachers against the government was cancelled"), a verb not itself negated
    ("did not prevent the attack", "failed to avert the strike": the act took place)."""
    while n.dep_ == "conj" and n.head.pos_ in ("NOUN", "PROPN"):
        n = n.head
    # the "of" phrase of what is kept from happening is kept from it too ("to prevent acts of
    # genocide", "to prevent an escalation of the war")
    if n.dep_ == "pobj" and n.head.lower_ == "of" and n.head.head.dep_ == "dobj" and n.head.head.pos_ == "NOUN":
        n = n.head.head
    verb = n.head
    if n.dep_ not in ("dobj", "nsubjpass") or verb.lemma_.lower() not in lex.preventing_verbs:
        return False
    if any(c.dep_ == "neg" for c in verb.children):
        return False
    return not (verb.dep_ == "xcomp" and verb.head.lemma_.lower() in lex.negating_verbs)


def _hyphen_pair(word: SpToken, lex) -> bool:
    """Whether a modifier is the second of two words joined by a hyphen whose first is a name, a
    capitalised word or what the tagger took for a nationality ("Israeli-Palestinian clashes",
    "the Biden-Putin summit", "Indo-Pakistani clashes"):
    the tagger often leaves the second untagged, or takes the whole for a building's name;
    together they name the parties of the noun."""
    k = word.i
    doc = word.doc
    if k < 2 or doc[k - 1].text != "-" or doc[k - 2].whitespace_ or doc[k - 1].whitespace_:
        return False
    first = doc[k - 2]
    return first.head == word and (first.ent_type_ in lex.possessor_entities or first.pos_ == "PROPN"
                                   or first.is_title) and word.pos_ in ("ADJ", "PROPN")
