"""Speech inserted between commas ("Iran has, he noted, enriched uranium"): the parser often
reads the sentence around such an aside wrongly (here "enriched" as an adjective of "uranium",
"has" as the main verb). The sentence is parsed again without the aside, and the aside is put
back as a parataxis of the main verb, the shape the parser gives the asides it reads well
("China, Pompeo noted, has violated the agreement"), which lang/en/speech.py takes as the
speaker of the clause.

An aside is a comma, a short subject (a pronoun or a noun phrase of at most
``MAX_SUBJECT`` words, no verb and no punctuation), a finite speech verb of the lexicon, at
most ``MAX_SUBJECT`` words more ("told reporters", "said on Monday") and a comma; or a comma,
"according to", at most ``MAX_SUBJECT`` words and a comma; with words on both sides of it in
the sentence. "According to X" goes back as a prepositional phrase of the main verb.
"""
from __future__ import annotations

import logging

from spacy.language import Language
from spacy.tokens import Doc, Span

from chronist.lang.en.lexicon import Lexicon

log = logging.getLogger(__name__)

MAX_SUBJECT = 5
_FINITE = frozenset({"VBD", "VBZ", "VBP"})
_SUBJECT_POS = frozenset({"PRON", "PROPN", "NOUN", "DET", "ADJ", "PUNCT", "ADP"})
_RELATIVE_TAGS = frozenset({"WP", "WDT", "WP$"})


def asides(sent: Span, lex: Lexicon) -> list[tuple[int, int, int, str]]:
    """(first comma, head, last comma, relation of the head to the main verb) of the asides of
    a sentence, as Doc indices: a speech verb ("parataxis") or "according to X" ("prep")."""
    doc, out = sent.doc, []
    for v in sent:
        according = v.lower_ == "according" and v.i + 1 < sent.end and doc[v.i + 1].lower_ == "to"
        if not according and (v.tag_ not in _FINITE or v.lemma_.lower() not in lex.speech_verbs):
            continue
        # the comma that closes the aside, after a short tail ("said on Monday", "told reporters",
        # "according to the defence ministry")
        after = v.i + 2 if according else v.i + 1
        right = next((k for k in range(after, min(sent.end - 2, after + MAX_SUBJECT + 1))
                      if doc[k].text == ","), None)
        if right is None or (according and right == after) or not _plain(doc[after:right]):
            continue
        if according:
            left = v.i - 1
        else:
            left = next((k for k in range(v.i - 1, max(sent.start, v.i - MAX_SUBJECT - 1) - 1, -1)
                         if doc[k].text == ","), None)
        if left is None or left <= sent.start or doc[left].text != ",":
            continue
        subject = doc[left + 1:v.i]
        # (not a relative clause: ", who declared himself interim president," tells of the one
        # before it, it does not report the sentence)
        if not according and (not subject or not _plain(subject) or any(t.pos_ not in _SUBJECT_POS for t in subject)
                              or not any(t.pos_ in ("PRON", "PROPN", "NOUN") for t in subject)
                              or any(t.tag_ in _RELATIVE_TAGS for t in subject)):
            continue
        out.append((left, v.i, right, "prep" if according else "parataxis"))
    return out


def _plain(words: Span) -> bool:
    """Words with no punctuation and no verb: a subject, an object or a time of the aside."""
    return not any(t.is_punct or t.pos_ in ("VERB", "AUX") for t in words)


def without_asides(doc: Doc, nlp: Language, lex: Lexicon) -> Doc:
    """``doc`` parsed again without its asides (the same words, so the same offsets), or
    ``doc`` itself when it has none."""
    found = [a for sent in _sents(doc) for a in asides(sent, lex)]
    if not found:
        return doc
    dropped = {k for left, _, right, _ in found for k in range(left, right + 1)}
    kept = [t.i for t in doc if t.i not in dropped]
    if not kept:
        return doc
    words = [doc[i].text for i in kept]
    spaces = [bool(doc[i].whitespace_) for i in kept]
    for n, i in enumerate(kept[:-1]):
        if kept[n + 1] != i + 1:           # the word before an aside takes the space after it
            spaces[n] = bool(doc[kept[n + 1] - 1].whitespace_)
    short = Doc(doc.vocab, words=words, spaces=spaces)
    for name, proc in nlp.pipeline:
        if name != "ner":                  # the names stay those of the whole sentence
            short = proc(short)
    at = {i: n for n, i in enumerate(kept)}
    back = dict(enumerate(kept))
    heads = [t.i for t in doc]
    deps = [t.dep_ for t in doc]
    tags, pos, lemmas = [t.tag_ for t in doc], [t.pos_ for t in doc], [t.lemma_ for t in doc]
    for i, n in at.items():
        s = short[n]
        heads[i], deps[i], tags[i], pos[i], lemmas[i] = back[s.head.i], s.dep_, s.tag_, s.pos_, s.lemma_
    for left, head, right, rel in found:
        before = short[at[left - 1]].sent.root
        heads[head], deps[head] = back[before.i], rel
        for k in range(left, right + 1):
            if k == head:
                continue
            t = doc[k]
            if left < t.head.i < right and t.head.i != k:
                heads[k], deps[k] = t.head.i, t.dep_
            else:
                heads[k], deps[k] = head, ("punct" if t.is_punct else "nsubj" if k < head else t.dep_)
    ents = [f"{t.ent_iob_}-{t.ent_type_}" if t.ent_iob_ in ("B", "I") else "O" for t in doc]
    try:
        return Doc(doc.vocab, words=[t.text for t in doc], spaces=[bool(t.whitespace_) for t in doc],
                   heads=heads, deps=deps, tags=tags, pos=pos, lemmas=lemmas, ents=ents,
                   morphs=[str(t.morph) for t in doc])
    except ValueError:                     # a tree spaCy will not take: keep the first parse
        log.debug("aside re-parse rejected for %r", doc.text[:80])
        return doc


def _sents(doc: Doc):
    try:
        return list(doc.sents)
    except ValueError:
        return [doc[:]] if len(doc) else []
