"""Reported speech in English: "X said (that) ...", "..., X said.", "according to X".

The speech clause itself stays (CAMEO 01: the coder ignores it); the clauses
it reports, with everything below them, get ``reported=True`` and ``speaker``
set to the sayer's Phrase. A nested report takes the nearer speaker.
"""
from __future__ import annotations

import logging
from collections.abc import Sequence

from spacy.tokens import Span

from chronist.lang.en.lexicon import Lexicon
from chronist.model import Clause, Phrase, Sentence

log = logging.getLogger(__name__)

# Relations of a clause to a speech verb that make it the reported content.
_CONTENT_RELS = frozenset({"ccomp"})


# what may follow a trailing speech verb: "said on Twitter", "said on Tuesday", "told reporters"
_AFTER_SPEECH = frozenset({"prep", "npadvmod", "advmod", "dobj", "dative", "punct"})


def speakers_read_as_appositions(sent: Span, speech_verbs: frozenset[str]) -> None:
    """"China must respect the rights of Uighurs, the EU's foreign policy chief said on Twitter":
    the parser hangs the speaker after the comma on the last noun of the clause as its
    apposition and joins the speech verb to the main verb as its conjunct, which gives it the
    main verb's subject ("China said"). A past or present speech verb joined so, with no subject,
    conjunction, object clause or auxiliary of its own and only phrases of place, time or
    addressee after it, whose words before it are an apposition set off by a comma, is the
    sentence's main verb, that apposition its subject and the clause before it what it reports.
    Mended in place (idempotent: the speech verb is the root after).

    So is an apposition that ends right before a speech verb that is the root already, with the
    clause before it for its object clause and no subject of its own ("Israel must allow aid
    into Gaza, a spokeswoman for the European Commission said"), or whose subject is a name the
    parser cut from the apposition's dangling preposition ("..., a spokeswoman for EU foreign
    policy chief Josep Borrell said": the name is the preposition's object)."""
    root = sent.root
    doc = sent.doc
    if root.lemma_.lower() in speech_verbs and root.i >= 2 and any(c.dep_ == "ccomp" and c.i < root.i
                                                                     for c in root.children):
        _apposition_as_subject(root)
        return
    for verb in sent:
        if verb.dep_ != "conj" or verb.head != root or verb.tag_ not in ("VBD", "VBZ", "VBP") \
                or verb.lemma_.lower() not in speech_verbs or verb.i < 2:
            continue
        if any(c.dep_ not in _AFTER_SPEECH or c.i < verb.i for c in verb.children):
            continue
        speaker = next((a for a in [doc[verb.i - 1], *doc[verb.i - 1].ancestors]
                        if a.dep_ == "appos" and a.i < verb.i), None)
        if speaker is None:
            continue
        own = [t.i for t in speaker.subtree]
        if max(own) != verb.i - 1 or doc[min(own) - 1].text != "," or min(own) - 1 <= root.i:
            continue
        comma = doc[min(own) - 1]
        verb.head, verb.dep_ = verb, "ROOT"
        root.head, root.dep_ = verb, "ccomp"
        speaker.head, speaker.dep_ = verb, "nsubj"
        comma.head = verb
        for child in list(root.children):
            if child.dep_ == "punct" and child.i > verb.i:
                child.head = verb
        return


def _apposition_as_subject(verb) -> None:
    """The apposition that ends right before the root speech verb ``verb`` (or its dangling
    preposition, whose object the parser made the verb's subject) is the verb's subject; see
    ``speakers_read_as_appositions``."""
    doc = verb.doc
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    end = verb.i - 1
    cut = None
    if subjects:
        subject = subjects[0]
        first = min(t.i for t in subject.subtree)
        dangling = doc[first - 1]
        if len(subjects) > 1 or dangling.dep_ != "prep" or any(True for _ in dangling.children) \
                or max(t.i for t in subject.subtree) != verb.i - 1:
            return
        end, cut = first - 1, subject
    speaker = next((a for a in [doc[end], *doc[end].ancestors] if a.dep_ == "appos" and a.i < verb.i), None)
    if speaker is None:
        return
    own = [t.i for t in speaker.subtree]
    if max(own) != end or doc[min(own) - 1].text != ",":
        return
    if cut is not None:
        cut.head, cut.dep_ = doc[end], "pobj"
    doc[min(own) - 1].head = verb
    speaker.head, speaker.dep_ = verb, "nsubj"


def reports_read_as_relatives(sent: Span, speech_verbs: frozenset[str]) -> None:
    """"Macron told Putin in a phone call that Russia must end the war": the parser hangs the
    that-clause after a speech verb's prepositional phrase on the phrase's noun as a relative
    clause. A "relative" clause opened by "that" as its mark (a relative "that" would be its
    subject or object) with a subject of its own, on the object of a preposition of a speech verb,
    is what the speech verb reports. Mended in place (idempotent)."""
    for verb in sent:
        if verb.dep_ != "relcl" or not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            continue
        first = min(t.i for t in verb.subtree)
        mark = verb.doc[first]
        noun = verb.head
        if mark.lower_ != "that" or mark.dep_ != "mark" or mark.head != verb or noun.dep_ != "pobj":
            continue
        speech = noun.head.head
        if noun.head.dep_ != "prep" or speech.lemma_.lower() not in speech_verbs or speech.pos_ != "VERB" \
                or any(c.dep_ == "ccomp" for c in speech.children):
            continue
        verb.head, verb.dep_ = speech, "ccomp"


def claims_read_as_predicates(sent: Span, claims: frozenset[str]) -> None:
    """"Iran dismissed as baseless reports that it had supplied missiles to Russia": with what it is
    dismissed as put first, the parser makes the claim noun the object of "as", and its
    that-clause the noun's or the verb's own (then read as an act the text tells). A noun of
    hearsay (``claims``: the lexicon's hearsay_nouns and their plurals) as the object of "as",
    with a that-clause right after it, of a verb with no object of its own, is the verb's object,
    and the clause its content. Mended in place (idempotent: the noun is no object of "as" after)."""
    for verb in sent:
        preps = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"]
        if not preps or any(c.dep_ == "dobj" for c in verb.children):
            continue
        noun = next((c for c in preps[0].children if c.dep_ == "pobj"), None)
        if noun is None or not (noun.lower_ in claims or noun.lemma_.lower() in claims):
            continue
        content = next((c for c in [*verb.children, *noun.children] if c.dep_ in ("ccomp", "acl")
                        and c.i > noun.i and min(t.i for t in c.subtree) == noun.i + 1
                        and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)
        if content is None:
            continue
        noun.head, noun.dep_ = verb, "dobj"
        content.head, content.dep_ = noun, "acl"


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


# Quotation marks: the ones that open, that close, and the straight one that does either.
_OPENING = frozenset("“«")
_CLOSING = frozenset("”»")
_STRAIGHT = frozenset('"')
# Single quotation marks (the British press: "O'Hagan said: 'I would appeal to anyone ...'"),
# straight or curly, which are apostrophes too ("the players' union", "Trump’s", "the '90s"):
# one opens before a word after a space or an opening bracket or dash, and closes after the
# punctuation that ends what is quoted ("... by now,' he said") or before punctuation ("'fake
# news',"); any other is an apostrophe. Single marks inside a double quotation are no marks; a
# double mark ends an open single one, which was an apostrophe ("in the '90s").
_SINGLE = frozenset("'‘’")
_SINGLE_OPENS_AFTER = "([{-–—:"
_SINGLE_CLOSES_AFTER = ".,!?…"
_SINGLE_CLOSES_BEFORE = ",.;:!?)"


def carry_quotes(sentences: Sequence[Sentence], text: str, lex: Lexicon) -> None:
    """A quotation that runs over several sentences is said by one speaker:
    '"We will not back down. We will defend our borders," the minister said.' A sentence
    wholly inside a quotation with no speech verb of its own takes the speaker of the
    quotation (named in a sentence it shares, before its opening or after its closing
    mark); a quotation with no speaker of its own that follows right after one that has
    one ('"Sanctions are a mistake," said X. "They will hurt both countries."') continues
    it. Quotation marks are balanced within a paragraph; a paragraph break closes an open
    quotation (the next paragraph opens it again)."""
    quotes: list[_Quote] = []
    current: _Quote | None = None
    previous_end = nested = 0
    for k, sentence in enumerate(sentences):
        if current is not None and "\n" in text[previous_end:sentence.start]:
            current, nested = None, 0
        previous_end = sentence.end
        words = inside = 0
        owners: list[_Quote] = []
        for token in sentence.tokens:
            mark = token.text
            if mark in _SINGLE:
                mark = _single_mark(text, token.start, current)
            elif current is not None and current.single and (mark in _STRAIGHT or mark in _OPENING or mark in _CLOSING):
                quotes.remove(current)   # a double mark after a single one: that was an apostrophe ("the '90s")
                current = None
            if mark in _STRAIGHT:       # opens after a space ('said: "We'), else closes ('down," he')
                mark = "“" if token.start == 0 or text[token.start - 1].isspace() \
                    or text[token.start - 1] in "([{-–—" else "”"
            if mark == "‘":           # (only with none open: see _single_mark)
                current = _Quote(first=k, single=True)
                quotes.append(current)
                continue
            if mark == "’":
                current.last = k
                current.closed = True
                current = None
                continue
            if mark in _OPENING:
                if current is not None:           # a quotation inside one: "Once they say, "O.K.," we"
                    nested += 1
                else:
                    current = _Quote(first=k)
                    quotes.append(current)
                continue
            if mark in _CLOSING:      # (none open: an apostrophe typed as a quote mark, 'Mercedes" team')
                if nested:
                    nested -= 1
                elif current is not None:
                    current.last = k
                    current.closed = True
                    current = None
                continue
            if not any(ch.isalnum() for ch in mark):
                continue
            words += 1
            if current is not None:
                inside += 1
                current.last = k
                current.tokens.add(token.start)
                if current not in owners:
                    owners.append(current)
        if words and inside == words and len(owners) == 1:
            owners[0].whole.append(k)
    said = None
    for quote in quotes:
        quote.speaker = _quote_speaker(quote, sentences, lex)
        if quote.speaker is None and quote.whole and said is not None and said.last >= quote.first - 1:
            quote.speaker = said.speaker          # the quotation goes on
        if quote.speaker is not None:
            said = quote
        for k in quote.whole:
            clauses = sentences[k].clauses
            if quote.speaker is None or not quote.closed or any(
                    is_speech(c, lex) and speaker_of(c) and not _quoting(speaker_of(c), lex) for c in clauses):
                continue
            for clause in clauses:
                if clause.speaker is None:
                    clause.reported = True
                    clause.speaker = quote.speaker
        # the sentence of the closing mark and of the speaker ("... lift them,' the minister said"):
        # its clauses inside the quotation that the parse left unreported
        if quote.speaker is not None and quote.closed and quote.last not in quote.whole:
            for clause in sentences[quote.last].clauses:
                inside = [t.start in quote.tokens for t in clause.predicate.tokens]
                if clause.speaker is None and inside and all(inside) and not is_speech(clause, lex):
                    clause.reported = True
                    clause.speaker = quote.speaker


def _quoting(phrase: Phrase, lex: Lexicon) -> bool:
    """Whether a speaker is the pronoun of the one who speaks a quotation ("I said, ...")."""
    return len(phrase.tokens) == 1 and phrase.tokens[0].text.lower() in lex.quoting_pronouns


def _single_mark(text: str, start: int, current: _Quote | None) -> str:
    """A single quotation mark at ``start`` as an opening ("‘") or closing ("’") mark, or ""
    for an apostrophe (``_SINGLE``); inside a double quotation none is a mark."""
    if current is not None and not current.single:
        return ""
    before = text[start - 1] if start > 0 else " "
    after = text[start + 1] if start + 1 < len(text) else " "
    if current is None:
        opens = before.isspace() or before in _SINGLE_OPENS_AFTER
        return "‘" if opens and after.isalnum() else ""
    if before in _SINGLE_CLOSES_AFTER or (before.isalnum() and after in _SINGLE_CLOSES_BEFORE):
        return "’"
    return ""


class _Quote:
    __slots__ = ("first", "last", "tokens", "whole", "speaker", "closed", "single")

    def __init__(self, first: int, single: bool = False) -> None:
        self.single = single                   # opened by a single mark
        self.first = self.last = first
        self.tokens: set[int] = set()          # start offsets of the words inside
        self.whole: list[int] = []             # sentences wholly inside
        self.speaker: Phrase | None = None
        self.closed = False                    # its closing mark was seen


def _quote_speaker(quote: _Quote, sentences: Sequence[Sentence], lex: Lexicon) -> Phrase | None:
    """The speaker of a speech verb outside the quotation in a sentence it touches, the
    sentence of its closing mark first ('..., the minister said'), then of its opening
    ('The minister said: "...')."""
    for k in dict.fromkeys((quote.last, quote.first)):
        if k in quote.whole:
            continue
        for clause in sentences[k].clauses:
            speaker = speaker_of(clause) if is_speech(clause, lex) else None
            if speaker is not None and not any(t.start in quote.tokens for t in clause.predicate.tokens) \
                    and not any(t.start in quote.tokens for t in speaker.tokens):
                return speaker
    return None
