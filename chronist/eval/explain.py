"""Why gold events were missed, in terms a dictionary curator can act on.

``explain`` codes the gold files as ``evaluate`` does, keeps the pipeline's documents,
and looks at every missed gold event:

- each gold actor's text is run through the actor matcher on its own: no actor at all is
  an *unknown actor* ("unknown actor: 'Tsipras' (gold GRC)"); a pronoun is an unresolved
  reference; an actor without a country or with another code is named as such;
- the words of the gold ``event_text`` are looked up among the sentence's clauses: a
  clause whose predicate has no frame is an *unknown verb/noun* (by lemma); event words
  that no clause carries are "no clause found", unless their lemma has no frame either
  (then again an unknown verb/noun);
- with a frame that fits, the frame's category is compared with the gold one, and the
  score's coarse reason (source differs, target differs) is kept.

A miss can have several reasons; the summary gives the share of missed gold events with
an unknown actor, with an unknown verb or noun, with either, and of those with neither.
"""
from __future__ import annotations

import datetime as dt
import logging
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from chronist.actors.matcher import ActorMatcher
from chronist.coding.coder import Coder
from chronist.coding.frames import FrameBook, frame_book
from chronist.coding.ontology import cameo
from chronist.eval.gold import GoldRecord, half_of, read_gold
from chronist.eval.score import (BOTH_DIFFER, NO_PREDICTION, SOURCE_DIFFERS, TARGET_DIFFERS, Score,
                                  score, why_missed)
from chronist.io.readers import read_articles, record_ids
from chronist.model import Clause, Document, Sentence, Token
from chronist.pipeline import Pipeline

log = logging.getLogger(__name__)

UNKNOWN_ACTOR = "unknown actor"
UNKNOWN_VERB = "unknown verb/noun"
NO_CLAUSE = "no clause found"
CATEGORY_DIFFERS = "category differs"
KINDS = (UNKNOWN_ACTOR, UNKNOWN_VERB, NO_CLAUSE, CATEGORY_DIFFERS, "source differs",
         "target differs", "other")
PRONOUNS = frozenset("""er sie es ihn ihm ihr ihnen wir uns man dieser diese dieses jener jene
beide he she it they them his her its their we us this these those both""".split())
_WORD = re.compile(r"(?:[A-Z]\.){2,}(?:-\w+)*|\w+(?:[-'’]\w+)*-?|'s|’s|[^\w\s]")


@dataclass(slots=True)
class Diagnosis:
    """One missed gold event and the reasons found, most actionable first."""

    record_id: str
    file: str
    event: dict[str, Any]
    reasons: list[tuple[str, str]] = field(default_factory=list)   # (kind, text)

    @property
    def kinds(self) -> set[str]:
        return {kind for kind, _ in self.reasons}

    @property
    def kind(self) -> str:
        """The first reason in KINDS order (what to fix first)."""
        return min(self.kinds, key=KINDS.index) if self.reasons else "other"


@dataclass(slots=True)
class Explained:
    score: Score
    diagnoses: list[Diagnosis]

    def shares(self) -> dict[str, float]:
        """Share of missed gold events with an unknown actor, an unknown verb/noun,
        either of them, and neither."""
        n = len(self.diagnoses) or 1
        actor = sum(UNKNOWN_ACTOR in d.kinds for d in self.diagnoses)
        verb = sum(UNKNOWN_VERB in d.kinds for d in self.diagnoses)
        either = sum(bool({UNKNOWN_ACTOR, UNKNOWN_VERB} & d.kinds) for d in self.diagnoses)
        return {"unknown actor": actor / n, "unknown verb/noun": verb / n,
                "unknown actor or verb": either / n, "other": 1 - either / n}


def explain(paths: list[str | Path], *, pipeline: Pipeline | None = None,
            matcher: ActorMatcher | None = None, half: str | None = None) -> Explained:
    """Score the pipeline on gold files and diagnose every missed gold event."""
    pipeline = pipeline or Pipeline.default()
    matcher = matcher or ActorMatcher()
    records: list[GoldRecord] = []
    predictions: dict[str, list[dict]] = {}
    sentences: dict[str, tuple[Document, Sentence | None]] = {}
    for path in paths:
        records.extend(read_gold(path))
        ids = record_ids(path)
        for article in read_articles(path):
            doc = pipeline.process(article)
            sentence_ids = ids.get(article.id, [article.id])
            for n, rid in enumerate(sentence_ids):
                sentences[rid] = (doc, doc.sentences[n] if n < len(doc.sentences) else None)
            for event in doc.events:
                rid = sentence_ids[min(event.sentence_index, len(sentence_ids) - 1)]
                predictions.setdefault(rid, []).append(event.record())
    if half is not None:
        records = half_of(records, half)
        predictions = {rid: preds for rid, preds in predictions.items() if rid in {r.id for r in records}}
    result = score(records, predictions)
    by_id = {r.id: r for r in records}
    coders: dict[str, Coder] = {}       # the article's country, which actors of none take
    diagnoses = []
    for miss in result.misses:
        record = by_id[miss.record_id]
        doc, sentence = sentences.get(miss.record_id, (None, None))
        diagnosis = Diagnosis(miss.record_id, miss.file, miss.event)
        preds = predictions.get(miss.record_id, [])
        home = None
        if doc is not None and doc.lang:
            if doc.lang not in coders:
                coders[doc.lang] = Coder(lang=doc.lang)
            home = coders[doc.lang].article_country(doc)
        _diagnose(diagnosis, record, doc, sentence, preds, matcher, home)
        diagnoses.append(diagnosis)
    return Explained(result, diagnoses)


def _diagnose(diagnosis: Diagnosis, record: GoldRecord, doc: Document | None,
              sentence: Sentence | None, preds: list[dict], matcher: ActorMatcher,
              home: str | None = None) -> None:
    gold = diagnosis.event
    lang = doc.lang if doc is not None else record.lang
    date = doc.article.date if doc is not None else record.pub_date
    for role in ("source", "target"):
        for actor in gold[role]:
            reason = _actor_reason(actor, sentence, matcher, lang, date, home)
            if reason:
                diagnosis.reasons.append(reason)
    book = frame_book(lang)
    verb = _verb_reason(gold, sentence, book)
    if verb:
        diagnosis.reasons.append(verb)
    if not {UNKNOWN_VERB, NO_CLAUSE, CATEGORY_DIFFERS} & diagnosis.kinds:
        coarse = why_missed(gold, preds)
        if coarse in (SOURCE_DIFFERS, BOTH_DIFFER):
            diagnosis.reasons.append(("source differs", coarse))
        elif coarse == TARGET_DIFFERS:
            diagnosis.reasons.append(("target differs", coarse))
        elif coarse.startswith(CATEGORY_DIFFERS):
            diagnosis.reasons.append((CATEGORY_DIFFERS, coarse))
        elif not diagnosis.reasons:
            diagnosis.reasons.append(("other", "a frame fits, but no event was coded from the clause"
                                      if coarse == NO_PREDICTION else coarse))


def _tokens_of(text: str, sentence: Sentence | None) -> list[Token]:
    """The front-end's tokens of ``text`` in the sentence, else a plain split."""
    if sentence is not None and text:
        at = sentence.text.find(text)
        if at >= 0:
            start, end = sentence.start + at, sentence.start + at + len(text)
            found = [t for t in sentence.tokens if t.start >= start and t.end <= end]
            if found:
                return found
    return [Token(m.group(), m.group(), "", m.start(), m.end()) for m in _WORD.finditer(text)]


def _actor_reason(actor: dict, sentence: Sentence | None, matcher: ActorMatcher, lang: str,
                  date: dt.date | None, home: str | None = None) -> tuple[str, str] | None:
    """Why a gold actor may have been missed; an actor the matcher leaves without country is
    told apart by the country the coder gives such actors (``home``, the article's country):
    when that is the gold one, the actor is no reason of the miss."""
    text, code = actor.get("text") or "", str(actor.get("actor", "")).upper()
    if not text or code == "UNK":
        return None
    tokens = _tokens_of(text, sentence)
    found = matcher.match(tokens, lang=lang, date=date)
    codes = {a.code for a in found}
    if code in codes:
        return None
    if not found:
        words = {t.text.casefold() for t in tokens if t.text[:1].isalnum()}
        if words and words <= PRONOUNS | {"der", "die", "das", "the"}:
            return "other", f"unresolved reference: '{text}' (gold {code})"
        return UNKNOWN_ACTOR, f"unknown actor: '{text}' (gold {code})"
    if codes == {"UNK"}:
        if home is not None and home == code:
            return "other", f"agent of the article's country: '{text}' (gold {code})"
        return "other", f"actor without country: '{text}' (gold {code}; the article's country {home or 'unknown'})"
    return "other", f"actor coded as {'+'.join(sorted(codes))}: '{text}' (gold {code})"


def _event_tokens(event_text: str, sentence: Sentence) -> list[Token]:
    words = {w.casefold() for w in _WORD.findall(event_text) if w[:1].isalnum()}
    return [t for t in sentence.tokens if t.text.casefold() in words]


def _has_frame(book: FrameBook, lemma: str) -> bool:
    low = lemma.lower()
    return any(f.lemma.lower() == low for f in book.frames())


def _verb_reason(gold: dict, sentence: Sentence | None, book: FrameBook) -> tuple[str, str] | None:
    event_text = gold.get("event_text") or ""
    if sentence is None or not event_text:
        return None
    tokens = _event_tokens(event_text, sentence)
    starts = {t.start for t in tokens}
    best: Clause | None = None
    overlap = 0
    for clause in sentence.clauses:
        n = sum(t.start in starts for t in clause.predicate.tokens)
        if n > overlap:
            best, overlap = clause, n
    if best is None:
        if not tokens:
            return NO_CLAUSE, f"no clause found: '{event_text}' (its words are not in the sentence)"
        verbs = [t for t in tokens if (t.pos or "").startswith(("V", "N"))] or tokens
        lemmas = [t.lemma or t.text for t in verbs]
        if not any(_has_frame(book, lemma) for lemma in lemmas):
            return UNKNOWN_VERB, f"unknown verb/noun: '{lemmas[0]}' (no clause either)"
        return NO_CLAUSE, f"no clause found: '{event_text}'"
    lemma = best.predicate.lemma
    frame = book.find(best)
    if frame is None:
        if _has_frame(book, lemma):
            return UNKNOWN_VERB, f"unknown verb/noun: '{lemma}' (frames exist, none fits the clause)"
        return UNKNOWN_VERB, f"unknown verb/noun: '{lemma}'"
    plover = cameo(frame.cameo).plover
    if plover != gold["plover"]:
        return CATEGORY_DIFFERS, (f"category differs: '{lemma}' gives {frame.cameo} {plover}, "
                                  f"gold {gold.get('cameo') or ''} {gold['plover']}".replace("  ", " "))
    return None


def format_explained(explained: Explained) -> str:
    """One line per missed gold event, then the summary of reasons."""
    lines = []
    for d in explained.diagnoses:
        src = "+".join(a.get("actor", "?") for a in d.event["source"])
        tgt = "+".join(a.get("actor", "?") for a in d.event["target"]) or "-"
        reasons = "; ".join(text for _, text in d.reasons) or "other"
        lines.append(f"missed {d.record_id}: {d.event.get('plover')} {src} -> {tgt}: {reasons}")
    n = len(explained.diagnoses)
    lines += ["", f"{n} missed gold events"]
    for name, share in explained.shares().items():
        lines.append(f"  with {name:<22} {share:6.1%}")
    counts = Counter(d.kind for d in explained.diagnoses)
    lines.append("first reason: " + ", ".join(f"{k} {counts[k]}" for k in KINDS if counts[k]))
    return "\n".join(lines) + "\n"
