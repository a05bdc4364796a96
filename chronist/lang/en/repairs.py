"""Repairs of spaCy parses that the clause builder relies on.

* "kidnapped up to 16 advisers": the parser takes "up" for a particle; the number
  phrase is the object.
* "granted asylum to five officers holed up in ...": the parser makes the noun the
  subject of the participle and leaves "to" without an object.
* "the army shelled and bombed rebel positions": the parser takes the second verb for an
  adjective of the noun and the noun for a conjunct of the first verb.
* "Ukraine's foreign minister called on Germany to deliver tanks", "Netanyahu's main
  challenger, Benny Gantz, called on him to resign": the parser makes the noun the root and the
  finite verb a reduced relative clause of it (or of its apposition); so it does with a verb
  it tags a participle though it has an object ("The Saudi-led coalition bombed Sanaa").
* "Armenia massed troops along the border": the parser makes the noun the root, the verb a
  participle modifying it and the name a modifier of the noun.
* "held the government responsible for the deaths": the parser makes the object the subject
  of a verbless clause headed by the adjective; "held Iran directly responsible": it makes
  the adjective an adverbial clause.
* "After Russia annexed Crimea, the EU imposed sanctions": the parser makes the object noun
  the main verb's subject, the past tense before it an adjective of it and the mark and the
  name before that its dependents.
* "Nauru cut diplomatic ties with Taiwan": the parser takes a rare name opening the sentence
  for an adverb of the verb after it and leaves the verb without a subject.
* "to respect the ceasefire agreed in Minsk": the parser makes the participle after the object
  a past tense conjoined with the main verb, which gives it the main verb's subject.
* "China signed agreements worth 10 billion dollars with Pakistan": the parser hangs the
  prepositional phrase after the value off "worth" or the amount, not off the verb.
* "Turkey offered to host talks between Russia and Ukraine": the parser tags a verb that is
  also a noun ("host", "fund", "head") as a noun after "to", though it heads an infinitive
  clause with an object.
* "Troops sealed off the town": the parser makes the particle a preposition with the object
  for its noun; "walked away from the summit": it makes the particle an adverb with the verb's
  prepositional phrase under it.
* "The WHO sent aid to Gaza": the tagger takes the acronym for the pronoun "who".
* "ECOWAS imposed sanctions on Niger": the tagger takes the acronym for a verb whose object is
  the noun after the true verb, and the true verb for a participle modifying the noun.
* "Rebels shelled Sirte": the parser takes a proper noun right after a verb that has no object
  for an adverb of the verb; "Russia attacked Bakhmut": the tagger takes the name for an adverb.
* "Poland declared three Russian diplomats persona non grata": the parser takes the first
  word of a fixed Latin or foreign phrase for a verb heading a clause whose subject is the object.
* "Hunt said the seizure was unacceptable and warned of serious consequences", "Raab said the
  hackers had tried to steal data and accused Moscow of ...": the parser joins the second verb
  to the verb of the reported clause, which gives it that clause's subject ("the seizure", "the
  hackers") instead of the speaker.
* "Poland accused two Russian diplomats of spying": the parser hangs the phrase of the charge on
  the object (or a noun inside it), not on the verb.
* "The EU fined Google 4.3 billion euros": the parser makes the name after the verb a modifier of
  the sum, its object, not the verb's indirect object.
* "May urged lawmakers to back the deal": the parser takes a name that is also a modal verb for
  the auxiliary of the past tense after it.
* "Vice Premier Liu He met Lighthizer": the tagger takes the last part of a Chinese name that is
  also a pronoun for the pronoun, the subject of the verb after it.
* "Pompeo urged Maduro to step down and called on the military to protect civilians", "Maduro
  accused Washington of plotting a coup and broke off relations with Colombia": the parser joins
  the second past tense to the infinitive or the gerund, which gives it their subject.
* "China called the US move a provocation": the parser takes the noun after a name for a verb
  whose object is what the noun is called, and the name for the object.
* "Germany called Venezuela's decision unacceptable": the parser makes the object noun a compound
  of the adjective it is called, and leaves the verb without an object.
* "The United States will halt funding to the WHO": the tagger takes an event noun in -ing
  ("funding") for a gerund, a verb ("fund") heading a clause of its own, so the verb above has no
  object noun its frames know; "walked out of the WHO meeting": the parser makes such a noun after
  a name a participle of the name.
* "The EU froze accession talks with Georgia", "The EU suspended accession talks with Georgia":
  the parser reads the whole sentence as one noun phrase, the past tense an adjective or a
  compound of the object noun and the name before it a modifier too; the sentence has no verb.
* "Russia annexed four regions, a move the UN chief condemned as illegal": the parser makes the
  reactor an apposition of the noun summing up the act and the reaction a participle modifying it.
* "Britain designated the Wagner Group a terrorist organisation": the parser makes what the object
  is named an apposition of the object, though no comma sets it off.
* "The House of Representatives voted to impeach Trump": the tagger takes the verb of an
  infinitive before a name for a proper noun, the object of "to" or a compound of the name.
* "The US cut funding to UNRWA": the tagger takes a past tense spelt like a noun for a noun,
  which the parser makes the root with the subject and the object it has.
* "Erdogan demanded that Washington extradite Gulen", "urged that the United States release the
  pastor": the tagger takes the base-form verb of a clause after a verb of demanding for an
  adjective or a noun, and the parser makes it a modifier of the object or the object a compound.
* "Turkey described Austria's decision as a provocation", "described the move as irresponsible":
  the parser hangs the "as" phrase on an object with a possessor, and gives a lone adjective in it
  the modifier's role, so that the phrase has no object.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span
from spacy.tokens import Token as SpToken

_PAST_FORMS = frozenset({"VBN", "VBD"})


def up_to(prt: SpToken) -> SpToken | None:
    """The noun of "up to 16 advisers" when the parser took "up" for a particle."""
    if prt.lower_ != "up":
        return None
    nxt = prt.doc[prt.i + 1] if prt.i + 1 < len(prt.doc) else None
    to = nxt if (nxt is not None and nxt.lower_ == "to" and nxt.dep_ == "prep"
                 and nxt.head.i in (prt.i, prt.head.i)) else None
    pobj = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
    if pobj is not None and any(c.dep_ == "nummod" or c.like_num for c in pobj.subtree):
        return pobj
    return None


def stray_object(prep: SpToken) -> SpToken | None:
    """"granted asylum to five officers holed up in ...": the parser made the noun the
    subject of the participle and left the preposition without object."""
    doc = prep.doc
    nxt = prep.i + 1
    for t in doc[nxt:min(len(doc), nxt + 10)]:
        if (t.dep_ == "nsubj" and t.left_edge.i == nxt and t.head.i > t.i
                and t.head.dep_ in ("advcl", "acl", "relcl", "ccomp") and t.head.head.i == prep.head.i):
            return t
    return None


def verbs_read_as_adjectives(sent: Span) -> None:
    """"shelled and bombed rebel positions": a past form right after the "and" of a verb,
    read as an adjective of a noun that the parser joined to that verb, is the verb's
    conjunct and the noun its object. The parse is mended in place (idempotent)."""
    for t in sent:
        if t.dep_ != "amod" or t.tag_ not in _PAST_FORMS or t.i == sent.start:
            continue
        noun, cc = t.head, t.doc[t.i - 1]
        verb = noun.head
        if (noun.dep_ == "conj" and noun.i > t.i and verb.pos_ == "VERB" and cc.dep_ == "cc"
                and cc.head.i == verb.i and not any(c.dep_ == "dobj" for c in verb.children)):
            t.head, t.dep_, t.pos_ = verb, "conj", "VERB"
            if verb.tag_ == "VBD":
                t.tag_ = "VBD"                    # a past tense like the first verb's
            noun.head, noun.dep_ = t, "dobj"


def participles_read_as_adjectives_after_have(sent: Span) -> None:
    """"it had frozen normalisation talks with Israel": an irregular past participle (not one in
    -ed, which is often a true adjective: "had armed guards") right after a "have" that the parser
    made the verb, read as an adjective of that verb's object, is the verb of a perfect tense,
    "have" its auxiliary and the noun its object. The parse is mended in place (idempotent)."""
    for t in sent:
        if t.dep_ != "amod" or t.tag_ != "VBN" or t.i == sent.start or t.lower_.endswith("ed"):
            continue
        have, noun = t.doc[t.i - 1], t.head
        if have.lemma_ != "have" or have.dep_ == "aux" or noun.head.i != have.i or noun.dep_ != "dobj" \
                or noun.i <= t.i:
            continue
        for c in list(have.children):
            if c.i != t.i:
                c.head = t
        if have.head.i == have.i:
            t.head, t.dep_ = t, "ROOT"
        else:
            t.head, t.dep_ = have.head, have.dep_
        t.pos_ = "VERB"
        have.head, have.dep_, have.pos_ = t, "aux", "AUX"


def adjectives_read_as_verbs(sent: Span) -> None:
    """"fired tear gas and live ammunition at protesters": a base form after the "and" of a
    finite verb that has its object, with no subject, auxiliary or negation of its own and a
    noun right after it, is an adjective of that noun ("live" read as the verb), and the noun
    the second object of the finite verb, which takes the phrases the parser gave the base form.
    Mended in place (idempotent)."""
    for t in sent:
        verb = t.head
        if t.dep_ != "conj" or t.tag_ != "VB" or verb.tag_ not in ("VBD", "VBZ", "VBP") \
                or any(c.dep_ in ("aux", "nsubj", "neg") for c in t.children):
            continue
        noun = next((c for c in t.children if c.dep_ == "dobj" and c.i == t.i + 1), None)
        first = next((c for c in verb.children if c.dep_ == "dobj" and c.i < t.i), None)
        cc = t.doc[t.i - 1]
        if noun is None or first is None or cc.dep_ != "cc":
            continue
        for c in list(t.children):
            if c.dep_ == "prep":
                c.head = verb
        t.head, t.dep_, t.pos_, t.tag_ = noun, "amod", "ADJ", "JJ"
        noun.head, noun.dep_ = first, "conj"
        cc.head = first


def adverbs_read_as_particles(sent: Span, particles: frozenset[str]) -> None:
    """"Trump walked away from the summit with Kim": the parser makes the particle (one of
    ``particles``) an adverb of the verb and hangs the verb's prepositional phrase on it. An adverb
    of ``particles`` right after its verb, with nothing but prepositions under it, is the verb's
    particle, and its phrases are the verb's. Mended in place (idempotent)."""
    for t in sent:
        verb = t.head
        if t.dep_ != "advmod" or t.lower_ not in particles or verb.pos_ != "VERB" or t.i != verb.i + 1 \
                or not all(c.dep_ == "prep" for c in t.children):
            continue
        t.dep_ = "prt"
        for c in list(t.children):
            c.head = verb


def small_clauses(sent: Span) -> None:
    """"held the government responsible for the deaths", "considers Tehran guilty of fraud":
    the parser makes the object the subject of a clause headed by the bare adjective. A clause
    with a subject but no verb at all (no copula, no auxiliary) is no clause: its subject is the
    object of the governing verb and the adjective what the object is held to be, as the
    parser reads "held Israel responsible". Not when the verb has a clause of its own beside
    it ("said the government responsible for it had resigned"). So is one headed by a noun
    ("declared the PKK a terrorist organisation"): the noun is a second object, as the parser
    reads "designated the TPLF a terrorist organisation". Mended in place (idempotent)."""
    for t in sent:
        if t.dep_ != "ccomp" or t.pos_ not in ("ADJ", "NOUN") or t.head.pos_ != "VERB":
            continue
        kids = list(t.children)
        subj = [c for c in kids if c.dep_ == "nsubj"]
        verbal = any(c.dep_ in ("aux", "auxpass", "cop", "mark", "neg") or c.pos_ in ("VERB", "AUX") for c in kids)
        taken = any(c.dep_ == "dobj" or (c.dep_ in ("ccomp", "xcomp") and c.i != t.i) for c in t.head.children)
        if len(subj) != 1 or subj[0].i > t.i or verbal or taken:
            continue
        verb = t.head
        subj[0].head, subj[0].dep_ = verb, "dobj"
        t.dep_ = "oprd" if t.pos_ == "ADJ" else "dobj"
    for t in sent:
        # "held Iran directly responsible": with an adverb before it, the adjective right after
        # the object becomes an adverbial clause of its own, with no subject, verb or mark
        if t.dep_ != "advcl" or t.pos_ != "ADJ" or t.head.pos_ != "VERB":
            continue
        obj = next((c for c in t.head.children if c.dep_ == "dobj"), None)
        if (obj is not None and obj.right_edge.i + 1 == t.left_edge.i and not any(
                c.dep_ in ("nsubj", "aux", "auxpass", "cop", "mark") or c.pos_ in ("VERB", "AUX") for c in t.children)):
            t.dep_ = "oprd"


def phrases_read_as_clauses(sent: Span, phrases: frozenset[str]) -> None:
    """"declared three Russian diplomats persona non grata": the parser makes the first word of a
    fixed phrase (``phrases``, the lexicon's ``predicative_phrases``) the verb of a clause whose
    subject is the governing verb's object. A clause with no verb of its own but that phrase:
    its subject is the object, the phrase what the object is declared to be (as "declared the
    consul persona non grata" parses). Mended in place (idempotent)."""
    for t in sent:
        if t.dep_ != "ccomp" or t.head.pos_ != "VERB" or any(c.dep_ == "dobj" for c in t.head.children):
            continue
        words = [w.lower_ for w in t.doc[t.i:t.i + 4]]
        if not any(" ".join(words[:len(p.split())]) == p for p in phrases):
            continue
        subj = [c for c in t.children if c.dep_ == "nsubj"]
        if len(subj) != 1 or subj[0].i > t.i or any(c.dep_ in ("aux", "auxpass", "mark", "neg") for c in t.children):
            continue
        subj[0].head, subj[0].dep_ = t.head, "dobj"
        t.dep_, t.pos_, t.lemma_ = "oprd", "NOUN", t.lower_


def verbs_read_as_relatives(sent: Span) -> None:
    """"Ukraine's foreign minister called on Germany to deliver tanks": the parser makes the
    subject noun the sentence's root and the verb after it a reduced relative clause ("acl"),
    though it tags the verb a past tense (VBD), not a participle. Such a verb right after its
    noun phrase (no comma before it: ", used to locate" is a participle) is the sentence's
    verb and the noun its subject; so is one after the comma that closes an apposition of the
    noun ("Netanyahu's main challenger, Benny Gantz, called on him to resign"; "Gantz,
    Netanyahu's main challenger, called ...", where the parser hangs the verb on the
    apposition), or of a relative clause of the noun ("Mondlane, who claims he won the vote,
    called for a nationwide shutdown"; "Sudan, which hosted the talks, called on both sides to
    ...", where the parser hangs the verb on the relative clause's last noun). So is a verb tagged a participle (VBN) that has a direct
    object, which no participle of a reduced relative clause has ("The Saudi-led coalition bombed
    Sanaa", "NATO-led peacekeepers sealed off the village"). Mended in place (idempotent: the noun is no root after)."""
    root = sent.root
    if root.pos_ not in ("NOUN", "PROPN"):
        return
    appositions = [c for c in root.children if c.dep_ == "appos" and c.i > root.i]
    relatives = [c for c in root.children if c.dep_ == "relcl" and c.i > root.i]
    verb = next((c for h in [root, *appositions] for c in h.children
                 if c.dep_ == "acl" and c.i > root.i and (c.tag_ == "VBD" or (
                     c.tag_ == "VBN" and _has_object(c)))), None)
    if verb is None:
        verb = _verb_after_relative(relatives)
    if verb is None or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return
    if verb.doc[verb.i - 1].is_punct and not _closes_apposition(verb, root, appositions + relatives):
        return
    verb.head = root
    after = [c for c in root.children if c.i > verb.i]     # the full stop, a clause the noun held
    verb.head, verb.dep_ = verb, "ROOT"
    root.head, root.dep_ = verb, "nsubj"
    for child in after:
        child.head = verb


def _has_object(verb: SpToken) -> bool:
    """A direct object and no by-phrase of a passive."""
    return any(c.dep_ == "dobj" for c in verb.children) and not any(c.dep_ == "agent" for c in verb.children)


def particles_read_as_prepositions(sent: Span) -> None:
    """"Turkish troops sealed off the town", "NATO-led peacekeepers sealed off the village": the
    parser tags "off" a particle (RP) but gives it the noun after it for its object, as if it
    were a preposition. A particle right after its verb with an object of its own, where the
    verb has none, is the verb's particle and the noun the verb's object. Mended in place
    (idempotent)."""
    for t in sent:
        if t.tag_ != "RP" or t.dep_ not in ("prep", "prt") or t.head.pos_ != "VERB" or t.i != t.head.i + 1:
            continue
        verb = t.head
        if any(c.dep_ == "dobj" for c in verb.children):
            continue
        for c in list(t.children):
            if c.dep_ == "pobj":
                c.head, c.dep_ = verb, "dobj"
                t.dep_ = "prt"


def _verb_after_relative(relatives: list[SpToken]) -> SpToken | None:
    """"Sudan, which hosted the talks, called on both sides to ...": the parser hangs the verb
    after the comma that closes the relative clause on the clause's last noun, as a participle
    ("acl") of it. With the sentence's root a noun, no verb of the sentence is left but this one."""
    for rel in relatives:
        for t in rel.subtree:
            if (t.dep_ == "acl" and t.tag_ in _PAST_FORMS and t.i > rel.i
                    and t.doc[t.i - 1].text == "," and t.head.i == t.i - 2):
                return t
    return None


def _closes_apposition(verb: SpToken, root: SpToken, appositions: list[SpToken]) -> bool:
    """Whether the comma before ``verb`` closes an apposition or a relative clause of ``root``
    set off by a comma before it: ", Benny Gantz," or ", who claims he won," between the noun and
    the verb."""
    doc = verb.doc
    if doc[verb.i - 1].text != ",":
        return False
    for a in appositions:
        own = [t.i for t in a.subtree if t.i < verb.i - 1]       # not the verb the parser hung on it
        if own and max(own) == verb.i - 2 and min(own) - 1 > root.i and doc[min(own) - 1].text == ",":
            return True
    return False


def verbs_read_as_attributes(sent: Span) -> None:
    """"Armenia massed troops along the border": the parser makes the object noun the sentence's
    root, the verb before it a participle modifying it ("amod") and the name before that a
    modifier of the noun or of the participle. A name right before the participle, with nothing of the noun phrase
    before the name but the article that opens the sentence ("The EU suspended accession talks with
    Georgia": the parser hangs "The" on the noun), is the subject, the participle the verb and the
    noun its object. Mended in place (idempotent: the noun is no root after)."""
    root = sent.root
    if root.pos_ not in ("NOUN", "PROPN"):        # "Trump criticized/amod Democrats/ROOT"
        return
    verb = next((c for c in root.children if c.dep_ == "amod" and c.tag_ in _PAST_FORMS and c.i < root.i), None)
    if verb is None or verb.i == sent.start:
        return
    name = verb.doc[verb.i - 1]
    article = verb.doc[name.i - 1] if name.i - 1 == sent.start else None
    if article is not None and (article.dep_ != "det" or article.head != root):
        article = None
    if (name.pos_ != "PROPN" and not name.ent_type_) or name.head not in (root, verb) or any(
            c.i < name.i and c != article and c.dep_ in ("det", "poss", "amod", "nummod") for c in root.children):
        return
    first = min((c.i for c in name.subtree), default=name.i)
    if first != sent.start and article is None:
        return                   # "the Russia-backed rebels": the name is inside a noun phrase
    after = [c for c in root.children if c.i > root.i]
    verb.head, verb.dep_ = verb, "ROOT"
    name.head, name.dep_ = verb, "nsubj"
    if article is not None:
        article.head = name
    root.head, root.dep_ = verb, "dobj"
    for child in after:
        if child.dep_ == "punct":
            child.head = verb


def subordinate_verbs_read_as_attributes(sent: Span) -> None:
    """"After Russia annexed Crimea, the EU imposed sanctions on Moscow": the parser makes
    "Crimea" a subject of "imposed", "annexed" an adjective of it (though it tags it a past tense,
    VBD, no participle) and "After" and "Russia" its mark and subject. A past tense read as the
    adjective of a noun that has a subordinating mark and a subject of its own before the verb is
    the verb of an adverbial clause: the mark and the subject are its own, the noun its object,
    and the clause hangs on the noun's verb. Mended in place (idempotent: no such adjective after)."""
    for t in sent:
        if t.dep_ != "amod" or t.tag_ != "VBD":
            continue
        noun = t.head
        main = noun.head
        if noun.i < t.i or noun.dep_ not in ("nsubj", "nsubjpass") or main.pos_ not in ("VERB", "AUX") or main.i < noun.i:
            continue
        mark = next((c for c in noun.children if c.dep_ == "mark" and c.i < t.i), None)
        subj = next((c for c in noun.children if c.dep_ == "nsubj" and mark is not None and mark.i < c.i < t.i), None)
        if mark is None or subj is None:
            continue
        after = [c for c in noun.children if c.i > noun.i and c.dep_ == "punct"]
        t.head, t.dep_, t.pos_ = main, "advcl", "VERB"
        mark.head = subj.head = t
        noun.head, noun.dep_ = t, "dobj"
        for child in after:
            child.head = main


def subjects_read_as_prepositional_objects(sent: Span) -> None:
    """"Three men were arrested after a 16-year-old was stabbed": the parser takes the subordinator
    for a preposition of the main verb and the subject of the subordinate clause for its object,
    and joins the subordinate verb to the main one as a conjunct with no "and" (which gives it the
    main verb's subject) or as an adverbial clause with no subject. A conjunct or adverbial verb with
    no subject and no coordinator whose first auxiliary, a finite one, comes right after the object of a
    preposition of the verb it is joined to heads an adverbial clause: the preposition is its mark,
    the object its subject. Mended in place (idempotent: the verb has a subject after)."""
    for t in sent:
        if t.dep_ not in ("conj", "advcl") or t.pos_ not in ("VERB", "AUX") or any(c.dep_ in _SUBJECTS for c in t.children):
            continue
        main = t.head
        if any(c.dep_ == "cc" and main.i < c.i < t.i for c in main.children):
            continue
        aux = [c for c in t.children if c.dep_ in ("aux", "auxpass") and c.i < t.i]
        if not aux:
            continue
        first = min(aux, key=lambda c: c.i)
        if first.tag_ not in _FINITE and first.tag_ != "MD":
            continue                  # an infinitive's "to" ("offered troops to Hrawi to help him")
        prep = max((c for c in main.children if c.dep_ == "prep" and main.i < c.i < first.i), key=lambda c: c.i,
                   default=None)
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
        if obj is None or max(x.i for x in obj.subtree) + 1 != first.i:
            continue
        t.dep_ = "advcl"
        prep.head, prep.dep_ = t, "mark"
        obj.head, obj.dep_ = t, "nsubjpass" if first.dep_ == "auxpass" else "nsubj"


_FINITE = frozenset({"VBD", "VBZ", "VBP"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})


def names_read_as_adverbs(sent: Span) -> None:
    """"Nauru cut diplomatic ties with Taiwan": the parser makes the name opening the sentence
    an adverb ("advmod", "npadvmod") of the finite verb right after it, and the verb has no
    subject. A name (no date or time) that opens the sentence and ends right before a finite
    verb without a subject is that verb's subject. Mended in place (idempotent)."""
    for verb in sent:
        if verb.tag_ not in _FINITE or verb.pos_ not in ("VERB", "AUX") or any(
                c.dep_ in _SUBJECTS for c in verb.children):
            continue
        name = next((c for c in verb.children if c.dep_ in ("advmod", "npadvmod") and c.i < verb.i), None)
        if (name is not None and name.pos_ == "PROPN" and name.ent_type_ not in ("DATE", "TIME")
                and name.left_edge.i == sent.start and name.right_edge.i == verb.i - 1):
            name.dep_ = "nsubj"


def acronyms_read_as_verbs(sent: Span) -> None:
    """"ECOWAS imposed sanctions on Niger", "On Sunday, ECOWAS lifted sanctions on Mali": the
    tagger takes an acronym in capitals for a verb (or a noun heading the sentence) whose object
    is the noun after the true verb, and that verb, right after the acronym, for a participle
    modifying the noun. Such an acronym, the sentence's root in a sentence not written in
    capitals, is the subject of the verb; the words before it that are not of its own noun
    phrase ("On Sunday,") hang on the verb, and a noun before it that the parser took for its
    subject ("West African bloc ECOWAS") is part of its name. Mended in place (idempotent: the
    acronym is no root after)."""
    root = sent.root
    if len(root.text) < 3 or not root.text.isupper() or not any(t.is_lower for t in sent):
        return
    verb = root.doc[root.i + 1] if root.i + 1 < sent.end else None
    if verb is None or verb.dep_ != "amod" or verb.tag_ not in _PAST_FORMS:
        return
    noun = verb.head
    if noun.head.i != root.i or noun.dep_ != "dobj" or noun.i < verb.i:
        return
    for child in list(root.children):
        if child.i == noun.i:
            continue
        if child.i < root.i and child.dep_ in ("nsubj", "compound", "amod", "det"):
            if child.dep_ == "nsubj":
                child.dep_ = "compound"
            continue
        child.head = verb
    verb.head, verb.dep_, verb.pos_, verb.tag_ = verb, "ROOT", "VERB", "VBD"
    root.head, root.dep_, root.pos_, root.tag_ = verb, "nsubj", "PROPN", "NNP"
    noun.head = verb


def acronyms_read_as_pronouns(sent: Span) -> None:
    """"The WHO sent aid to Gaza": the tagger takes an acronym that is also a question word or a
    relative pronoun ("WHO") for the pronoun, and the clause loses its subject. Written in
    capitals in a sentence that is not, it is a name. Mended in place (idempotent)."""
    if not any(t.is_lower for t in sent):
        return
    for t in sent:
        if t.tag_ in ("WP", "WDT") and len(t.text) > 1 and t.text.isupper():
            t.tag_, t.pos_ = "NNP", "PROPN"


def participles_read_as_clauses(sent: Span) -> None:
    """"called on both sides to respect the ceasefire agreed in Minsk in 2015": the parser
    takes the participle right after the object for a past tense (VBD) of a clause of its own,
    a conjunct or an adverbial clause of the main verb, with no subject and no object, and the
    clause builder gives it the main verb's subject ("Merkel and Macron agreed"). A verb of
    that kind with nothing between it and the object or prepositional object noun before it (no
    comma, no "and") is a reduced relative clause of that noun, as "the agreement signed in Minsk"
    is parsed. An infinitive the parser joins to that verb with "and" ("to respect the truce
    agreed in Stockholm and to allow aid workers access") is joined to the infinitive above the
    noun. Mended in place (idempotent: no such verb is left a conjunct or adverbial clause)."""
    for t in sent:
        if t.dep_ not in ("conj", "advcl") or t.tag_ not in _PAST_FORMS or t.i == sent.start:
            continue
        noun = t.doc[t.i - 1]
        if noun.pos_ != "NOUN" or noun.dep_ not in ("dobj", "pobj"):
            continue
        verb = noun.head if noun.dep_ == "dobj" else noun.head.head
        infinitives = [c for c in t.children if c.dep_ == "conj" and c.tag_ == "VB"
                       and any(a.tag_ == "TO" for a in c.children)]
        moved = [c for c in t.children if c.dep_ == "cc" and infinitives and c.i < infinitives[0].i] + infinitives \
            if verb.tag_ == "VB" and any(a.tag_ == "TO" for a in verb.children) else []
        if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "dobj", "cc", "mark") and c not in moved
               for c in t.children):
            continue
        for c in moved:
            c.head = verb
        t.head, t.dep_, t.tag_ = noun, "acl", "VBN"


def phrases_read_as_values(sent: Span) -> None:
    """"signed agreements worth 10 billion dollars with Pakistan": the parser hangs "with
    Pakistan" off "worth" (or off the amount under it), which makes it part of the object. A
    prepositional phrase at the end of a value phrase ("worth" and its amount) of a verb or of its
    object belongs to the verb: a value names no partner. Mended in place (idempotent)."""
    for worth in sent:
        if worth.lower_ != "worth" or worth.dep_ not in ("amod", "advmod", "prep", "oprd"):
            continue
        verb = worth.head if worth.head.pos_ == "VERB" else worth.head.head
        if verb.pos_ != "VERB" or (verb.i != worth.head.i and worth.head.dep_ != "dobj"):
            continue
        for p in list(worth.subtree):
            if p.dep_ == "prep" and p.i > worth.i and p.head.i >= worth.i and p.head.i < p.i:
                p.head = verb


def receivers_read_as_verb_phrases(sent: Span, preps: frozenset[str], nouns: frozenset[str]) -> None:
    """"approved the sale of missiles to Taiwan", "protested against U.S. arms sales to Taiwan":
    the parser hangs the receiver's phrase on the verb, where it reads as the verb's own ("protested
    to Taiwan"). A phrase of ``preps`` on a verb right after a noun of ``nouns`` (goods handed over)
    that ends the verb's object or the object of its preposition belongs to that noun. Mended in
    place (idempotent)."""
    for prep in sent:
        if prep.dep_ != "prep" or prep.lower_ not in preps or prep.head.pos_ not in ("VERB", "AUX") \
                or prep.i == sent.start:
            continue
        verb = prep.head
        noun = sent.doc[prep.i - 1]
        while noun.i != verb.i and noun.lemma_.lower() not in nouns and noun.dep_ != "ROOT":
            noun = noun.head
        if noun.i == verb.i or noun.lemma_.lower() not in nouns or noun.right_edge.i != prep.i - 1:
            continue
        chain = noun.head if noun.dep_ == "dobj" else noun.head.head if noun.dep_ == "pobj" else None
        if chain is not None and chain.i == verb.i and (noun.dep_ == "dobj" or noun.head.head.i == verb.i):
            prep.head = noun


def offices_read_as_verb_phrases(sent: Span, offices: frozenset[str], preps: frozenset[str]) -> None:
    """"met with aides to House Speaker Nancy Pelosi": the parser hangs the phrase that says whose
    the aides are on the verb ("met ... to Pelosi"). A phrase of ``preps`` on a verb right after a
    noun of ``offices`` (aides, advisers, officials) that is the object of another preposition of
    that verb, whose own object names no place ("met with officials to Kabul" is no one's), belongs
    to that noun. Mended in place (idempotent)."""
    for prep in sent:
        if prep.dep_ != "prep" or prep.lower_ not in preps or prep.head.pos_ not in ("VERB", "AUX") \
                or prep.i == sent.start:
            continue
        noun = sent.doc[prep.i - 1]
        objects = [c for c in prep.children if c.dep_ == "pobj"]
        if noun.lower_ not in offices or noun.dep_ != "pobj" or noun.head.head.i != prep.head.i \
                or not objects or any(o.ent_type_ in ("GPE", "LOC", "FAC") for o in objects):
            continue
        prep.head = noun


def partners_read_as_topics(sent: Span, talks: frozenset[str], topic_preps: frozenset[str],
                            partner_preps: frozenset[str]) -> None:
    """"suspended talks on a trade agreement with India": the parser hangs the partner's phrase
    (``partner_preps``) on the noun of the talks' topic, the object of a preposition of
    ``topic_preps`` on a noun of ``talks``. When the talks noun has no partner's phrase of its own,
    the phrase is put on it: the talks are held with that partner. Mended in place (idempotent)."""
    for prep in sent:
        topic = prep.head
        if prep.dep_ != "prep" or prep.lower_ not in partner_preps or topic.dep_ != "pobj":
            continue
        about = topic.head
        noun = about.head
        if about.lower_ not in topic_preps or noun.pos_ != "NOUN" or (noun.lemma_.lower() not in talks
                                                                      and noun.lower_ not in talks):
            continue      # (a verb of talking is no talks held: "in talking about relations with Kim")
        if not any(c.dep_ == "prep" and c.lower_ in partner_preps for c in noun.children):
            prep.head = noun


def receivers_read_as_sums(sent: Span, amount_nouns: frozenset[str]) -> None:
    """"fined Google 4.3 billion euros", "fined Hungary 200 million euros": the parser makes the
    name right after the verb a modifier ("nmod", "compound") of the sum that is the verb's
    object. A name there, before the number of an object headed by one of ``amount_nouns``, is the
    verb's indirect object (what "fined Poland one million euros" gets). Mended in place (idempotent)."""
    for sum_ in sent:
        verb = sum_.head
        if sum_.dep_ != "dobj" or sum_.lemma_.lower() not in amount_nouns or verb.pos_ != "VERB":
            continue
        name = sent.doc[verb.i + 1] if verb.i + 1 < sum_.i else None
        if (name is not None and name.tag_ in ("NNP", "NNPS") and name.dep_ in ("nmod", "compound")
                and name.head.i == sum_.i and name.i + 1 < sum_.i and sent.doc[name.i + 1].tag_ == "CD"
                and not any(c.dep_ in ("dative", "iobj") for c in verb.children)):
            name.head = verb
            name.dep_ = "dative"


def receivers_read_as_compounds(sent: Span, verbs: frozenset[str], nouns: frozenset[str]) -> None:
    """"Spain granted Edmundo Gonzalez asylum", "gave Guaido refuge": the parser makes the
    name right after a verb of ``verbs`` (that hand something to someone) compounds of the object
    noun of ``nouns`` (what is handed over), and the verb has no one it was given to. The run of
    proper nouns right after the verb, all compounds of that object (or of the name's next word), is the verb's indirect
    object, headed by its last word (what "granted him asylum" gets). Mended in place (idempotent)."""
    for noun in sent:
        verb = noun.head
        if noun.dep_ != "dobj" or noun.lemma_.lower() not in nouns or verb.lemma_.lower() not in verbs \
                or verb.pos_ != "VERB" or any(c.dep_ in ("dative", "iobj") for c in verb.children):
            continue
        names = []
        for t in sent.doc[verb.i + 1:noun.i]:
            if t.tag_ not in ("NNP", "NNPS") or t.dep_ != "compound" or not t.i < t.head.i <= noun.i:
                break
            names.append(t)
        if not names or any(c.i < names[0].i for c in noun.lefts):
            continue
        for t in names[:-1]:
            t.head = names[-1]
        names[-1].head, names[-1].dep_ = verb, "dative"
    # "Mexico granted Morales political asylum": the name is the verb's indirect object, but the
    # parser hangs the object noun on it
    for name in sent:
        verb = name.head
        if name.dep_ != "dative" or name.tag_ not in ("NNP", "NNPS") or verb.lemma_.lower() not in verbs \
                or verb.pos_ != "VERB" or any(c.dep_ == "dobj" for c in verb.children):
            continue
        for noun in list(name.rights):
            if noun.lemma_.lower() in nouns and noun.dep_ in ("pobj", "dobj", "appos", "npadvmod"):
                noun.head, noun.dep_ = verb, "dobj"


def charges_read_as_attributes(sent: Span, verbs: frozenset[str], preps: frozenset[str]) -> None:
    """"accused two Russian diplomats of spying", "accused the head of state of treason": the
    parser hangs the phrase of what a verb of ``verbs`` charges its object with on the object (or
    on a noun inside it). The last phrase of ``preps`` that ends the verb's direct object, of a
    gerund or a common noun with no determiner and no capitalised modifier ("of espionage", "of
    electoral fraud", "of war crimes"), belongs to the verb when it has no such phrase of its own
    ("the leader of the opposition", "the government of Mali", "the leader of Kurdish militias"
    keep theirs). Mended in place (idempotent)."""
    for obj in sent:
        verb = obj.head
        if obj.dep_ != "dobj" or verb.lemma_.lower() not in verbs \
                or any(c.dep_ == "prep" and c.lower_ in preps for c in verb.children):
            continue
        ending = [p for p in obj.subtree if p.dep_ == "prep" and p.lower_ in preps and p.right_edge.i == obj.right_edge.i]
        if ending and any(c.dep_ in ("pobj", "pcomp") and (c.tag_ == "VBG" or (c.tag_ in ("NN", "NNS") and not any(
                d.dep_ in ("det", "poss", "nummod") or (d.dep_ in ("amod", "compound") and not d.is_lower)
                for d in c.children))) for c in ending[-1].children):
            ending[-1].head = verb


def descriptions_read_as_attributes(sent: Span, verbs: frozenset[str], preps: frozenset[str]) -> None:
    """"described Austria's decision as a provocation", "described the move as irresponsible": the
    parser hangs the phrase of what a verb of ``verbs`` calls its object on the object, or gives a
    lone adjective in it the modifier's role and no object. The last phrase of ``preps`` that ends
    the verb's direct object belongs to the verb when it has no such phrase of its own; a phrase of
    the verb with no object but an adjective has the adjective for its object. Mended in place
    (idempotent)."""
    for obj in sent:
        verb = obj.head
        if obj.dep_ != "dobj" or verb.lemma_.lower() not in verbs:
            continue
        if not any(c.dep_ == "prep" and c.lower_ in preps for c in verb.children):
            ending = [p for p in obj.subtree if p.dep_ == "prep" and p.lower_ in preps
                      and p.right_edge.i == obj.right_edge.i]
            if ending:
                ending[-1].head = verb
        for prep in [c for c in verb.children if c.dep_ == "prep" and c.lower_ in preps]:
            if any(c.dep_ in ("pobj", "pcomp") for c in prep.children):
                continue
            lone = [c for c in prep.children if c.dep_ in ("amod", "acomp", "advmod") and c.tag_.startswith("JJ")]
            if lone:
                lone[-1].dep_ = "pobj"


def charged_gerunds_read_as_conjuncts(sent: Span, verbs: frozenset[str], preps: frozenset[str]) -> None:
    """"accuse him of corruption and supporting a terrorist organisation": the parser makes the
    gerund after "and" a second verb of the clause, done by its subject, where it is a second charge
    joined to the noun of the verb's phrase of ``preps`` (as "and of supporting" is): a gerund with no
    subject of its own, joined to a verb of ``verbs`` after that phrase, is put on the phrase's noun.
    Mended in place (idempotent)."""
    for verb in sent:
        if verb.lemma_.lower() not in verbs:
            continue
        charge = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ in preps), None)
        noun = next((c for c in charge.children if c.dep_ == "pobj"), None) if charge is not None else None
        if noun is None:
            continue
        for gerund in [c for c in verb.children if c.dep_ == "conj" and c.tag_ == "VBG" and c.i > noun.i]:
            if any(c.dep_ in ("nsubj", "nsubjpass") for c in gerund.children):
                continue
            for cc in [c for c in verb.children if c.dep_ == "cc" and noun.i < c.i < gerund.i]:
                cc.head = noun
            gerund.head = noun


def agents_read_as_sums(sent: Span, amount_nouns: frozenset[str]) -> None:
    """"Google was fined 4.1 billion euros by the European Commission": the parser hangs the "by"
    phrase of a passive verb on the sum that is its object. A "by" phrase of an object headed by
    one of ``amount_nouns`` of a passive verb is the verb's agent. Mended in place (idempotent)."""
    for by in sent:
        sum_ = by.head
        if by.lower_ != "by" or by.dep_ != "prep" or sum_.dep_ != "dobj" or sum_.lemma_.lower() not in amount_nouns:
            continue
        verb = sum_.head
        if verb.tag_ == "VBN" and any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children) \
                and not any(c.dep_ == "agent" for c in verb.children):
            by.head = verb
            by.dep_ = "agent"


def doers_read_as_verb_phrases(sent: Span, event_nouns: frozenset[str]) -> None:
    """"Germany condemned the air strikes by the junta": the parser hangs the "by" phrase that
    names the doer of an event noun with a noun before it (the verb's object) on the active verb
    instead. A "by" phrase after such an object headed by one of ``event_nouns`` (its lemma) of a
    verb with no passive subject or auxiliary, naming no number ("raised the tariffs by ten
    percent") or act in -ing ("responded to the attack by shelling the town"), is the noun's. So
    is one after the noun's own prepositional phrase ("condemned the attack on Israel by Hamas",
    "the invasion of Ukraine by Russia"). A noun alone stays as parsed: "accepted mediation by
    Saudi Arabia", whose frame takes the "by" phrase. Mended in place (idempotent)."""
    for by in sent:
        verb = by.head
        if by.lower_ != "by" or by.dep_ != "prep" or not verb.tag_.startswith("VB") \
                or any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
            continue
        objects = [c for c in verb.children if c.dep_ == "dobj" and c.i < by.i]
        doers = [c for c in by.children if c.dep_ == "pobj"]
        if len(objects) != 1 or objects[0].lemma_.lower() not in event_nouns or len(doers) != 1 \
                or not any(c.dep_ == "compound" or c.dep_ == "prep" and c.i < by.i for c in objects[0].children) \
                or doers[0].tag_ not in ("NN", "NNS", "NNP", "NNPS") or doers[0].like_num \
                or any(c.tag_ == "CD" for c in doers[0].children):
            continue
        by.head = objects[0]


_OWN_SUBJECT = frozenset({"nsubj", "nsubjpass", "csubj", "expl", "aux", "auxpass"})


def speakers_acts_read_as_reported(sent: Span, speech_verbs: frozenset[str], acts: frozenset[str],
                                   act_nouns: frozenset[str]) -> None:
    """"The minister said the decision was a mistake and urged Washington to reconsider": the
    parser joins "urged" to "was", the copula of the clause the speech verb governs, so the
    verb gets "the decision" for subject. A past tense of a speaker's act (``acts``) with no
    subject or auxiliary of its own, joined to the verb of a clause that a past-tense speech
    verb governs (or to its adjective), is the speech verb's conjunct and shares its subject when

    * the reported verb is a copula whose subject is an act or event noun (``act_nouns``: no act
      noun urges or warns), or, where the verb is joined to the copula's adjective, a personal
      pronoun, the speaker telling of itself ("The State Department said it was deeply concerned
      and called on Georgian authorities to ...", "Britain said the seizure was unacceptable and
      called on Iran to ..."), or
    * the reported verb stands in another tense, with "had" or a modal ("said the hackers had
      tried to steal data and accused Moscow", "said Addis Ababa would not yield and warned
      ..."): the bare past tense after "and" is the speech verb's tense, not the reported one.

    Not "said the army was ready and would strike back" (an auxiliary: the reported clause's
    own verb) nor "said the soldiers were drunk and fired into the crowd" (no act noun). Mended
    in place (idempotent)."""
    for t in sent:
        if t.dep_ != "conj" or t.tag_ != "VBD" or t.lemma_.lower() not in acts:
            continue
        joined = t.head
        on_adjective = joined.dep_ == "acomp"
        reported = joined.head if on_adjective else joined
        speech = reported.head
        if (reported.dep_ != "ccomp" or reported.i > t.i or speech.tag_ != "VBD"
                or speech.lemma_.lower() not in speech_verbs or speech.i > reported.i
                or any(c.dep_ in _OWN_SUBJECT for c in t.children)):
            continue
        if not (_act_noun_copula(reported, act_nouns, on_adjective)
                or (not on_adjective and _other_tense(reported))):
            continue
        t.head = speech
        for c in joined.children:       # the "and" before the verb joins it to the speech verb
            if c.dep_ == "cc" and joined.i < c.i < t.i:
                c.head = speech


def _act_noun_copula(verb: SpToken, act_nouns: frozenset[str], pronoun: bool = False) -> bool:
    """A copula whose subject is an act noun, or (``pronoun``) a personal pronoun."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return verb.lemma_.lower() == "be" and subj is not None and (
        (subj.pos_ == "NOUN" and subj.lemma_.lower() in act_nouns) or (pronoun and subj.tag_ == "PRP"))


def _other_tense(verb: SpToken) -> bool:
    """A verb with a perfect "had" or a modal among its auxiliaries."""
    return any(c.dep_ == "aux" and (c.tag_ == "MD" or (c.lemma_.lower() == "have" and c.tag_ == "VBD"))
               for c in verb.children)


def finite_verbs_read_as_infinitives(sent: Span) -> None:
    """"Pompeo urged Maduro to step down and called on the military to protect civilians": the
    parser joins the past tense "called" to the infinitive "step down", so the verb gets the
    infinitive's subject (Maduro) instead of the main verb's. A past tense with no subject or
    auxiliary of its own, joined to an infinitive (a bare verb with "to") that hangs on a past
    tense, is that past tense's conjunct and shares its subject. Not "asked him to leave and
    stay" (a bare verb: the content goes on). So with a gerund in a phrase of the past tense:
    "Maduro accused Washington of plotting a coup and broke off relations with Colombia" (a past
    tense is no second gerund of the charge). Mended in place (idempotent)."""
    for t in sent:
        if t.dep_ != "conj" or t.tag_ != "VBD":
            continue
        inf = t.head
        main = inf.head
        if inf.tag_ == "VBG" and inf.dep_ == "pcomp" and main.dep_ == "prep":
            main = main.head            # the gerund of a phrase: the phrase's verb is the main verb
        elif (inf.tag_ != "VB" or inf.dep_ not in ("xcomp", "ccomp")
                or not any(c.dep_ == "aux" and c.tag_ == "TO" for c in inf.children)):
            continue
        if main.tag_ != "VBD" or inf.i > t.i or any(c.dep_ in _OWN_SUBJECT for c in t.children):
            continue
        t.head = main
        for c in inf.children:          # the "and" before the verb joins it to the main verb
            if c.dep_ == "cc" and inf.i < c.i < t.i:
                c.head = main


def infinitives_read_as_nouns(sent: Span) -> None:
    """"Turkey offered to host talks between Russia and Ukraine": the parser tags the verb of an
    infinitive clause ("xcomp") as a noun ("NN") though "to" is its auxiliary right before it and
    it has a direct object: it is the verb's base form. Mended in place (idempotent)."""
    for t in sent:
        if (t.dep_ == "xcomp" and t.tag_ == "NN" and t.i > sent.start and t.doc[t.i - 1].tag_ == "TO"
                and t.doc[t.i - 1].head.i == t.i and any(c.dep_ == "dobj" for c in t.children)):
            t.tag_, t.pos_ = "VB", "VERB"



def nouns_read_as_infinitives(sent: Span, nouns: frozenset[str]) -> list[SpToken]:
    """"Venezuela took the United States to court over the sanctions": with a phrase after it,
    the parser reads a noun after "to" (the lexicon's ``to_nouns``) as the verb of an infinitive
    clause ("xcomp") of a verb that has a direct object. With no object of its own it is the
    noun, "to" the preposition it hangs on, and what hung on it hangs on the verb; it is retagged
    and returned, as in ``places_read_as_adverbs``. Mended in place (idempotent)."""
    retagged = []
    for t in sent:
        if not (t.dep_ == "xcomp" and t.tag_.startswith("VB") and t.lower_ in nouns and t.i > sent.start):
            continue
        to, verb = sent.doc[t.i - 1], t.head
        if to.lower_ != "to" or to.head.i != t.i or any(c.dep_ == "dobj" for c in t.children) \
                or not any(c.dep_ == "dobj" and c.i < to.i for c in verb.children):
            continue
        for c in list(t.children):
            if c.i != to.i:
                c.head = verb
        to.head, to.dep_, to.tag_, to.pos_ = verb, "prep", "IN", "ADP"
        t.head, t.dep_, t.tag_, t.pos_, t.lemma_ = to, "pobj", "NN", "NOUN", t.lower_
        retagged.append(t)
    return retagged


def infinitives_read_as_names(sent: Span) -> list[SpToken]:
    """"The House of Representatives voted to impeach Trump", "Lawmakers moved to impeach Trump": the
    tagger takes a lower-case verb between "to" and a name for a proper noun (NNP), the object of "to"
    as a preposition or a compound of the name, or the verb of the infinitive clause the parse has
    ("The House voted to impeach Trump": only its tag is mended). A lower-case proper noun outside
    any entity, right after a "to" that hangs off a verb with no object and right before a
    capitalised name, is the base-form verb of an infinitive clause of that verb, the name its object
    (not the particle of a name: "attributed the bombing to al Shabaab"); it is retagged and
    returned, as in ``places_read_as_adverbs``. Mended in place (idempotent)."""
    retagged = []
    for t in sent:
        if not (t.tag_ == "NNP" and t.text.isalpha() and t.text.islower() and not t.ent_type_
                and sent.start < t.i < sent.end - 1):
            continue
        to, name = sent.doc[t.i - 1], sent.doc[t.i + 1]
        if t.dep_ == "xcomp" and to.lower_ == "to" and to.head.i == t.i and name.tag_ == "NNP":
            t.tag_, t.pos_, t.lemma_ = "VB", "VERB", t.lower_     # parsed as the verb, tagged a name
            retagged.append(t)
            continue
        if (to.lower_ != "to" or to.dep_ != "prep" or to.head.pos_ != "VERB" or name.tag_ != "NNP"
                or not name.text[:1].isupper() or any(c.dep_ == "dobj" for c in to.head.children)):
            continue
        verb = to.head
        objects = [c for c in to.children if c.dep_ == "pobj" and c.i != t.i]
        t.tag_, t.pos_, t.lemma_ = "VB", "VERB", t.lower_
        t.head, t.dep_ = verb, "xcomp"
        to.head, to.dep_, to.tag_ = t, "aux", "TO"
        for o in objects:
            o.head, o.dep_ = t, "dobj"
        retagged.append(t)
    return retagged


def verbs_read_as_noun_roots(sent: Span) -> list[SpToken]:
    """"The US cut funding to UNRWA": the tagger takes a verb spelt like a noun ("cut", "hit",
    "set") for a singular noun (NN) that the parser makes the root of the sentence, with a subject
    before it and a direct object after it, as a verb has. Such a root is the verb (a past tense);
    it is retagged and returned, as in ``places_read_as_adverbs``. Mended in place (idempotent)."""
    retagged = []
    for t in sent:
        if (t.dep_ == "ROOT" and t.tag_ == "NN" and t.text.islower()
                and any(c.dep_ == "nsubj" and c.i < t.i for c in t.children)
                and any(c.dep_ == "dobj" and c.i > t.i for c in t.children)):
            t.tag_, t.pos_ = "VBD", "VERB"
            retagged.append(t)
    return retagged


# entity types of no name: a capitalised adverb the recogniser marks so ("Monday") stays one
_NO_NAMES = frozenset({"", "DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "PERCENT", "MONEY"})


def places_read_as_adverbs(sent: Span) -> list[SpToken]:
    """"Rebels shelled Sirte": the parser makes a proper noun right after a verb with no object an
    adverb ("advmod") of it. A proper noun (NNP) that is no date or time there is the verb's
    object. So is a capitalised word the tagger takes for an adverb (RB) where the entity
    recogniser marks it a name of any kind ("Russia attacked Bakhmut"); it is retagged a
    proper noun, and returned, so that its model token is retagged too (its word tag is read
    before the repairs). Mended in place (idempotent)."""
    retagged = []
    for t in sent:
        verb = t.head
        if (t.tag_ == "RB" and t.dep_ == "advmod" and t.i == verb.i + 1 and t.i > sent.start
                and t.text[:1].isupper() and t.ent_type_ not in _NO_NAMES):
            t.tag_, t.pos_, t.lemma_ = "NNP", "PROPN", t.text
            retagged.append(t)
        if (t.dep_ == "advmod" and t.i == verb.i + 1 and verb.pos_ == "VERB" and t.tag_ == "NNP"
                and t.ent_type_ not in ("DATE", "TIME") and not any(c.dep_ in ("dobj", "obj") for c in verb.children)):
            t.dep_ = "dobj"
    return retagged


def names_read_as_participles(sent: Span) -> list[SpToken]:
    """"bombed a village in Sagaing region": the tagger takes a name in -ing or -ed for a
    participle (VBG, VBN) that modifies the noun after it. A capitalised word inside the sentence
    that modifies a noun as a compound, which the entity recogniser marks a place, body or person,
    is a proper noun; it is retagged and returned, as in ``places_read_as_adverbs``. Mended in
    place (idempotent)."""
    retagged = []
    for t in sent:
        if (t.tag_ in ("VBG", "VBN") and t.dep_ == "compound" and t.i > sent.start
                and t.text[:1].isupper() and t.ent_type_ in _NAMES_OF_PLACES):
            t.tag_, t.pos_, t.lemma_ = "NNP", "PROPN", t.text
            retagged.append(t)
    return retagged


# entity types of a place, a body or a person
_NAMES_OF_PLACES = frozenset({"GPE", "LOC", "FAC", "ORG", "PERSON"})


def nouns_read_as_verbs_after_names(sent: Span) -> None:
    """"China called the US move a provocation", "Iraq called the U.S. strike a violation": the
    parser makes the name after "the" the verb's object and the noun after it a base-form verb
    (a clausal complement) whose object is what it is called. A base-form verb right after the
    object name, with no subject, auxiliary or "to" of its own, is the object noun the name
    modifies, and its object the predicate noun of the verb above. Mended in place (idempotent)."""
    for t in sent:
        verb = t.head
        if t.tag_ != "VB" or t.dep_ not in ("ccomp", "xcomp", "oprd") or verb.pos_ != "VERB" or t.i == 0:
            continue
        name = sent.doc[t.i - 1]
        kids = list(t.children)
        said = next((c for c in kids if c.dep_ == "dobj"), None)
        if (name.head.i != verb.i or name.dep_ != "dobj" or name.tag_ != "NNP" or said is None
                or not any(c.dep_ == "det" and c.lower_ == "the" for c in name.children)
                or any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark") for c in kids)):
            continue
        for det in [c for c in name.children if c.dep_ == "det"]:
            det.head = t
        name.head, name.dep_ = t, "compound"
        t.head, t.dep_, t.tag_, t.pos_ = verb, "dobj", "NN", "NOUN"
        said.head, said.dep_ = verb, "oprd"


def objects_read_as_compounds(sent: Span) -> None:
    """"Germany called Venezuela's decision unacceptable", "Maas called the decision
    incomprehensible": the parser makes the object noun a compound of the word after it, which
    it reads as the object predicate ("oprd"), and the verb has no object. The compound noun
    is the verb's object, with the words before it (its article, possessor, adjectives). Mended
    in place (idempotent)."""
    for t in sent:
        verb = t.head
        if t.dep_ != "oprd" or verb.pos_ != "VERB" or any(c.dep_ in ("dobj", "obj") for c in verb.children):
            continue
        nouns = [c for c in t.lefts if c.dep_ == "compound" and c.pos_ in ("NOUN", "PROPN")]
        if not nouns:
            continue
        noun = nouns[-1]
        for c in [c for c in t.lefts if c.i < noun.i]:
            c.head = noun
        noun.head, noun.dep_ = verb, "dobj"


def objects_read_as_predicates(sent: Span) -> None:
    """"The Greek Foreign Ministry called the Turkish move a provocation": the parser reads both
    nouns after the verb as object predicates ("oprd") and the verb has no object. The first of
    two such nouns is the verb's object, what the second says it is ("called the move a
    provocation", as the parser reads it after a subject of common nouns). Mended in place
    (idempotent)."""
    for verb in sent:
        if verb.pos_ != "VERB" or any(c.dep_ in ("dobj", "obj") for c in verb.children):
            continue
        said = [c for c in verb.rights if c.dep_ == "oprd"]
        if len(said) == 2 and said[0].pos_ in ("NOUN", "PROPN") and said[1].pos_ in ("NOUN", "ADJ"):
            said[0].dep_ = "dobj"


def deadlines_read_as_adverbs(sent: Span) -> None:
    """"ECOWAS gave Niger's junta one week to reinstate the president", "gave Colombian diplomats
    24 hours to leave": the parser makes the span of time an adverb ("npadvmod") of the verb, the
    receiver its object or dative, and the infinitive a clause of the verb or of the span, where it
    reads "gave Britain two weeks to present proposals" as a dative, an object and the verb's
    infinitive. A date or time counted right after the receiver, before a "to"-infinitive, is the
    object, the receiver the dative and the infinitive the verb's. Mended in place (idempotent)."""
    for t in sent:
        verb = t.head
        if t.dep_ != "npadvmod" or t.ent_type_ not in ("DATE", "TIME") or verb.pos_ != "VERB" \
                or not any(c.dep_ == "nummod" for c in t.children):
            continue          # a span counted ("one week"), not a time ("met Putin last week to discuss")
        kids = list(verb.children)
        receiver = next((c for c in kids if c.dep_ in ("dobj", "dative") and c.i < t.i), None)
        then = next((c for c in kids if c.dep_ in ("advcl", "xcomp") and c.i > t.i and _to_infinitive(c)), None) \
            or next((c for c in t.children if c.dep_ in ("relcl", "acl") and _to_infinitive(c)), None)
        if receiver is None or then is None or receiver.ent_type_ in ("DATE", "TIME") \
                or any(w.i > receiver.i and w.i < t.i and w.head.i == verb.i for w in sent):
            continue
        receiver.dep_, t.dep_ = "dative", "dobj"
        then.head, then.dep_ = verb, "xcomp"


def _to_infinitive(verb: SpToken) -> bool:
    return any(a.dep_ == "aux" and a.lower_ == "to" for a in verb.children)


def reactions_read_as_inner_adverbs(sent: Span, verbs: frozenset[str]) -> None:
    """"Britain urged Hong Kong to listen to its people, drawing a sharp rebuke from Beijing": the
    parser hangs the participle after the comma on the infinitive, whose subject it would take
    (Hong Kong drew the rebuke). A participle of these verbs of drawing a reaction (the lexicon's
    ``reaction_verbs``) after a comma answers the whole act: it hangs on the verb above the
    infinitive or the clause, whose subject drew the reaction. Mended in place (idempotent)."""
    for t in sent:
        inner = t.head
        if t.dep_ != "advcl" or t.tag_ != "VBG" or t.lemma_.lower() not in verbs \
                or inner.dep_ not in ("xcomp", "ccomp") or inner.head.pos_ not in ("VERB", "AUX") \
                or t.i == 0 or sent.doc[t.i - 1].text != ",":
            continue
        t.head = inner.head


# finite verb forms a modal never governs: a modal takes the base form ("may meet", not "may met")
_NO_MODAL_VERB = frozenset({"VBD", "VBZ"})


def names_read_as_modals(doc: Doc, modals: frozenset[str]) -> Doc:
    """"May urged lawmakers to back the deal", "May said the deal was the best": the parser tags a
    capitalised name that is also a modal verb (Theresa May) as a modal, the auxiliary or the subject
    of the past or present tense after it, which no modal governs. Such a word (one of ``modals``) is
    a name and the verb's subject. (Not a name tagged as one that the parser makes that tense's
    auxiliary: mending that too cost a gold event.) Mended in place, before the words are read
    (idempotent); returns ``doc``."""
    for t in doc:
        verb = t.head
        if (t.tag_ == "MD" and t.text[:1].isupper() and t.lower_ in modals and t.dep_ in ("aux", "nsubj")
                and verb.i == t.i + 1
                and verb.tag_ in _NO_MODAL_VERB and not any(c.dep_ in ("nsubj", "nsubjpass") and c.i != t.i
                                                             for c in verb.children)):
            t.tag_, t.pos_, t.dep_, t.lemma_ = "NNP", "PROPN", "nsubj", t.text
    return doc


def names_read_as_pronouns(doc: Doc, pronouns: frozenset[str]) -> Doc:
    """"Chinese Vice Premier Liu He met Lighthizer", "Liu He said ...": the tagger takes the second
    part of a Chinese name that is also a pronoun (one of ``pronouns``) for the pronoun, the subject
    of the verb after it, and the first part for a word of its own (a modifier of the verb, or a
    sentence of its own when it opens the sentence). A capitalised such pronoun right after a proper
    noun with no punctuation between them is the name's last part, and the proper noun its
    compound. Mended in place, before the words are read (idempotent); returns ``doc``."""
    for t in doc:
        if t.i == 0 or t.tag_ != "PRP" or not t.text[:1].isupper() or t.text[1:].isupper() \
                or t.lower_ not in pronouns:
            continue
        first = doc[t.i - 1]
        if first.tag_ != "NNP" or not first.whitespace_ or not first.text[:1].isupper():
            continue
        t.tag_, t.pos_, t.lemma_ = "NNP", "PROPN", t.text
        first.head, first.dep_ = t, "compound"
    return doc


def gerunds_read_as_verbs(sent: Span, event_nouns: frozenset[str]) -> list[SpToken]:
    """"will halt funding to the WHO": an event noun in -ing that the tagger made a gerund, the
    object of the verb above, with no subject, object, auxiliary or clause of its own (not
    "stopped funding the rebels"), is the noun; so is one that is the subject of the verb above
    ("Shelling by Syrian forces killed eight Turkish soldiers", as "The shelling by Syrian forces
    killed ..."): its doer after "by" is the noun's phrase. Mended in place; the
    tokens mended are returned, so that the caller can give its own tokens their tag and lemma."""
    mended = []
    for t in sent:
        if t.tag_ != "VBG" or t.lower_ not in event_nouns or any(
                c.dep_ in ("nsubj", "nsubjpass", "dobj", "dative", "aux", "auxpass", "ccomp", "xcomp") for c in t.children):
            continue
        name = t.head
        if t.dep_ == "acl" and name.i == t.i - 1 and (name.tag_ == "NNP" or name.ent_type_) and name.dep_ != "compound":
            # "walked out of the WHO meeting in protest": the parser makes the noun a participle
            # of the name before it (the WHO meeting); the name is the noun's modifier
            for det in [c for c in name.children if c.dep_ in ("det", "poss")]:
                det.head = t
            t.head, t.dep_ = name.head, name.dep_
            name.head, name.dep_ = t, "compound"
        elif t.dep_ in ("csubj", "csubjpass"):
            t.dep_ = "nsubj" if t.dep_ == "csubj" else "nsubjpass"
            for agent in (c for c in t.children if c.dep_ == "agent"):
                agent.dep_ = "prep"
        elif t.dep_ not in ("dobj", "nsubj"):
            continue
        t.tag_, t.pos_, t.lemma_ = "NN", "NOUN", t.lower_
        mended.append(t)
    return mended


def verbs_read_as_modifiers(sent: Span, past_forms: frozenset[str]) -> list[SpToken]:
    """"The EU froze accession talks with Georgia": in a sentence with no verb but modifiers, whose root
    is a noun, a past form (tagged so, or an irregular one of ``past_forms``, "form lemma" pairs,
    that the tagger took for an adjective) right after a name, both modifiers of the root noun,
    is the sentence's verb, the name (with its article) its subject and the root noun, with the
    words between, its object. Mended in place; the verb is returned, so that the caller can give
    its own token the tag and lemma."""
    root = sent.root
    if root.pos_ not in ("NOUN", "PROPN") or any(
            t.pos_ in ("VERB", "AUX") and t.dep_ not in ("amod", "compound") for t in sent):
        return []
    lemmas = dict(e.split() for e in past_forms)
    for t in sent:
        if t.i >= root.i or t.i == sent.start or t.head.i != root.i or t.dep_ not in ("amod", "compound") \
                or not (t.tag_ in _PAST_FORMS or t.lower_ in lemmas):
            continue
        name = t.doc[t.i - 1]
        if name.tag_ not in ("NNP", "NNPS") or name.head.i not in (root.i, t.i):
            return []
        for c in [c for c in sent if c.i < name.i and c.head.i in (root.i, t.i)]:
            c.head = name
        name.head, name.dep_ = t, "nsubj"
        after = [c for c in root.children if c.i > root.i and c.is_punct]
        t.head, t.dep_, t.tag_, t.pos_ = t, "ROOT", "VBD", "VERB"
        t.lemma_ = lemmas.get(t.lower_, t.lemma_)
        root.head, root.dep_ = t, "dobj"
        for c in after:
            c.head = t
        return [t]
    return []


def reactions_read_as_attributes(sent: Span, nouns: frozenset[str]) -> None:
    """"Russia annexed four regions, a move the UN chief condemned as illegal": the parser makes
    the noun phrase after a summing-up noun its apposition and the past tense after that a
    participle modifying it ("acl"), as if the chief were condemned. A participle with no subject
    and no "by" phrase right after a definite or named noun phrase (or one of a name's: "Ukraine's
    foreign minister") that follows one of these nouns
    (the lexicon's ``summary_nouns`` and ``event_nouns``) at once is a relative clause on the noun
    with no relative pronoun, the phrase its subject ("..., an attack the UN condemned"); "a
    decision, the ruling upheld by ..." keeps its participle. Mended in place (idempotent)."""
    for t in sent:
        phrase = t.head
        noun = phrase.head
        if t.dep_ != "acl" or t.tag_ != "VBN" or phrase.dep_ != "appos" or noun.i >= phrase.i \
                or noun.lemma_.lower() not in nouns or not any(c.dep_ == "det" for c in noun.children):
            continue
        own = [c.i for c in phrase.subtree if c.i < t.i]
        if min(own) != noun.i + 1 or max(own) != t.i - 1 or any(
                c.dep_ in ("nsubj", "nsubjpass", "agent", "dobj") for c in t.children):
            continue
        first = sent.doc[min(own)]
        if first.morph.get("Definite") != ["Def"] and "PROPN" not in (first.pos_, phrase.pos_) and not phrase.ent_type_:
            continue
        phrase.head, phrase.dep_ = t, "nsubj"
        t.head, t.dep_, t.tag_ = noun, "relcl", "VBD"


def complements_read_as_appositions(sent: Span) -> None:
    """"Britain designated the Wagner Group a terrorist organisation", "designated Hezbollah a
    terrorist group": the parser makes the indefinite noun phrase right after the object (or the
    indirect object, where the verb has no object) its apposition, though no comma sets it off. It
    is what the object is named, a second object of the verb, as the parser reads "designated the
    TPLF a terrorist organisation"; the indirect object is then the object. Mended in place (idempotent)."""
    for t in sent:
        noun, verb = t.head, t.head.head
        if t.dep_ != "appos" or noun.dep_ not in ("dobj", "dative") or verb.pos_ != "VERB" or t.i < noun.i:
            continue
        own = [c.i for c in noun.subtree if c.i < t.left_edge.i]
        first = t.left_edge
        if max(own) + 1 != first.i or first.morph.get("Definite") != ["Ind"] \
                or any(sent.doc[k].is_punct for k in range(noun.i, first.i)):
            continue        # (a comma sets off an apposition: "free the journalists, a spokesman ... said")
        if noun.dep_ == "dative":
            if any(c.dep_ == "dobj" for c in verb.children):
                continue
            noun.dep_ = "dobj"
        t.head, t.dep_ = verb, "dobj"


# Penn tags of the words of a plain noun phrase: the subject and the object of a demanded clause
_SUBJECT_TAGS = frozenset({"DT", "NNP", "NNPS", "NN", "JJ"})
_OBJECT_TAGS = frozenset({"DT", "NNP", "NNPS", "NN", "NNS", "JJ", "PRP", "PRP$", "CD", "POS", "VBN", "VBG"})


def past_conjuncts_read_as_content(sent: Span) -> None:
    """"The government demanded that the rebels hand over the port and accused Iran of arming
    them": the parser joins the past tense after "and" to the verb of the "that" clause, which is
    in the base or present form, so that the clause builder gives it the clause's subject (the
    rebels accused Iran). A past tense with no subject of its own joined to such a verb under a
    past tense is the main verb's conjunct, with its "and". Mended in place (idempotent: the verb
    is the main verb's conjunct after)."""
    for t in sent:
        head = t.head
        if t.dep_ != "conj" or t.tag_ != "VBD" or head.dep_ != "ccomp" or head.tag_ not in ("VB", "VBP", "VBZ") \
                or head.head.tag_ != "VBD" or head.i > t.i \
                or any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in t.children):
            continue
        main = head.head
        for c in [c for c in head.children if c.dep_ == "cc" and c.i < t.i and not any(
                d.dep_ == "conj" and c.i < d.i < t.i for d in head.children)]:
            c.head = main
        t.head = main


def subjunctives_read_as_nouns(sent: Span, demanding: frozenset[str], particles: frozenset[str],
                               is_verb) -> list[SpToken]:
    """"Erdogan demanded that Washington extradite Gulen", "demanded that the United States release
    the pastor": after a verb of demanding (``demanding``, the lexicon's ``mandative_verbs``) and
    "that", English puts the base form of the verb ("extradite", not "extradites"), which the
    tagger takes for an adjective or a noun, and the parser for a modifier of the name after it or
    a compound of the object, so that the demand has no clause saying whom it asks what. A plain
    noun phrase right after the "that" (a name, or a noun with its article and adjectives), then a
    lower-case word not tagged a verb that ``is_verb`` (the base forms of spaCy's verb index), then
    a noun phrase, or a particle (``particles``: "hand over Gulen") and one, or the clause's end
    ("demanded that the Netherlands apologise."), is that clause: the word is retagged the base-form verb, its
    subject and object hung on it, and the phrase of a preposition right after the object too; it
    is returned, as in ``places_read_as_adverbs``. Mended in place (idempotent)."""
    retagged = []
    for that in sent:
        if that.lower_ != "that" or that.i + 3 >= sent.end or that.i == sent.start:
            continue
        main = sent.doc[that.i - 1]
        if main.pos_ != "VERB" or main.lemma_.lower() not in demanding:
            continue
        found = None
        for k in range(that.i + 2, min(that.i + 7, sent.end - 1)):
            subject = [sent.doc[i] for i in range(that.i + 1, k)]
            verb = sent.doc[k]
            if not all(w.tag_ in _SUBJECT_TAGS and (w.tag_ != "DT" or w.i == that.i + 1) for w in subject):
                break
            # (or tagged the base form but hung as a compound of the object: "demanded that
            # Israel halt settlement construction")
            if subject[-1].tag_ in ("NNP", "NNPS", "NN") and (not verb.tag_.startswith("VB") or (
                    verb.tag_ == "VB" and verb.dep_ in ("compound", "amod", "nmod"))) \
                    and verb.text.isalpha() and verb.text.islower() and is_verb(verb.lower_):
                found = k
                break
        if found is None:
            continue
        k = found
        subject, verb = [sent.doc[i] for i in range(that.i + 1, k)], sent.doc[k]
        j = k + 1
        particle = sent.doc[j] if sent.doc[j].tag_ == "RP" or sent.doc[j].lower_ in particles else None
        if particle is not None:
            j += 1
        start = j
        while j < sent.end and sent.doc[j].tag_ in _OBJECT_TAGS:
            j += 1
        objects = [sent.doc[i] for i in range(start, j)]
        if objects and objects[-1].tag_ not in ("NNP", "NNPS", "NN", "NNS", "PRP"):
            continue
        if not objects and (particle is not None or j < sent.end and not (sent.doc[j].is_punct or sent.doc[j].tag_ == "RB")):
            continue      # with no object only a verb that ends the clause ("demanded that the Netherlands apologise.")
        verb.tag_, verb.pos_, verb.lemma_ = "VB", "VERB", verb.lower_
        verb.head, verb.dep_ = main, "ccomp"
        that.head, that.dep_ = verb, "mark"
        for words, role in ((subject, "nsubj"), (objects, "dobj")):
            if not words:
                continue
            head = words[-1]
            head.head, head.dep_ = verb, role
            for w in words[:-1]:
                w.head = head
                w.dep_ = {"DT": "det", "JJ": "amod", "VBN": "amod", "VBG": "amod", "PRP$": "poss", "CD": "nummod",
                          "POS": "case"}.get(w.tag_, "compound")
        if particle is not None:
            particle.head, particle.dep_, particle.tag_, particle.pos_ = verb, "prt", "RP", "ADP"
        if j < sent.end and sent.doc[j].tag_ in ("IN", "TO") and sent.doc[j].lower_ != "that":
            sent.doc[j].head, sent.doc[j].dep_ = verb, "prep"
        retagged.append(verb)
    return retagged


def infinitives_read_as_verb_complements(sent: Span, nouns: frozenset[str]) -> None:
    """"Eritrea defied the US demand to withdraw its troops", "spurned French appeals to hold
    elections", "balked at the EU demand to recognise Kosovo": the parser hangs the infinitive
    right after a noun of what is asked for or put forward (``nouns``, the lexicon's
    ``proposal_nouns``), the verb's object or the noun of its prepositional phrase, on the verb as its
    open complement, which makes the one who defies or spurns the demand the one who does what it
    asks. The infinitive is the noun's: it is hung on it, as the parser does after "rejected the
    demand to withdraw". Mended in place (idempotent)."""
    for v in sent:
        if v.dep_ not in ("xcomp", "advcl") or v.tag_ != "VB" or v.head.i == v.i or v.head.pos_ != "VERB":
            continue
        to = next((c for c in v.children if c.dep_ == "aux" and c.lower_ == "to"), None)
        if to is None:
            continue
        obj = next((c for c in v.head.children if c.dep_ == "dobj" and c.i < v.i), None) or next(
            (n for c in v.head.children if c.dep_ == "prep" and c.i < v.i
             for n in c.children if n.dep_ == "pobj"), None)      # "balked at the EU demand to ..."
        if obj is None or obj.lemma_.lower() not in nouns or obj.right_edge.i + 1 != to.i:
            continue
        v.head, v.dep_ = obj, "acl"


_DESCRIBING_TAGS = frozenset({"JJ", "JJR", "JJS", "NN", "NNS", "RB", "``", "''"})
_PHRASE_OPENERS = frozenset({"DT", "PRP$", "PDT"})


def objects_read_as_descriptions(sent: Span, preps: frozenset[str]) -> None:
    """"Ethiopia rejected as unacceptable the US decision to cut aid", "condemned as illegal the
    French strikes": when what the object is called comes first, in a phrase of ``preps`` (the
    lexicon's ``description_preps``) right after the verb, the parser makes the object that follows
    the phrase's noun, or the object of the noun it is called, and the verb has none. The words from the first determiner, possessive or
    name with its "'s" on are the verb's object; the adjective or noun before them is the phrase's.
    Mended in place (idempotent: after it the verb has its object)."""
    for prep in sent:
        verb = prep.head
        if prep.dep_ != "prep" or prep.lower_ not in preps or verb.pos_ != "VERB" or prep.i != verb.i + 1 \
                or any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in verb.children):
            continue
        noun = next((c for c in prep.children if c.dep_ == "pobj" and c.tag_.startswith("NN")), None)
        word = sent.doc[prep.i + 1] if prep.i + 1 < sent.end else None
        if noun is None and word is not None and word.head.i == prep.i and word.tag_ in _DESCRIBING_TAGS:
            # ("dismissed as interference the UN's demand": the object hung on the noun it is called)
            inner = next((c for c in word.children if c.dep_ == "dobj" and c.tag_.startswith("NN")
                          and c.left_edge.i == word.i + 1), None)
            if inner is not None:
                inner.head, inner.dep_ = verb, "dobj"
                word.dep_ = "pobj" if word.tag_.startswith("NN") else "pcomp"
            continue
        if noun is None or noun.left_edge.i != prep.i + 1:
            continue
        start = next((t.i for t in sent.doc[prep.i + 2:noun.i + 1] if t.tag_ in _PHRASE_OPENERS or (
            t.tag_ in ("NNP", "NNPS") and t.i + 1 < len(sent.doc) and sent.doc[t.i + 1].tag_ == "POS")), None)
        if start is None:
            continue
        described = [t for t in sent.doc[prep.i + 1:start] if not t.is_punct or t.tag_ in ("``", "''")]
        words = [t for t in described if t.tag_ not in ("``", "''")]
        if not words or len(words) > 2 or not all(t.tag_ in _DESCRIBING_TAGS for t in described):
            continue
        head = words[-1]
        for t in described:
            if t is not head:
                t.head = head
        head.head, head.dep_ = prep, "pobj" if head.tag_.startswith("NN") else "pcomp"
        noun.head, noun.dep_ = verb, "dobj"
