"""The coder: clauses in, events out.

For every clause it finds the actors of each argument (resolving pronouns and
definite descriptions), picks the frame that fits the predicate, takes the
source and target from the roles the frame names, and sets the modality. It
sees only Clauses, never a front-end.
"""
from __future__ import annotations

import datetime as dt
import logging

from chronist.actors.coref import Mentions, pronoun_kind
from chronist.coding.frames import Frame, FrameBook, frame_book
from chronist.coding.ontology import cameo as cameo_code
from chronist.model import Actor, Clause, Document, Event, Phrase, Sentence

log = logging.getLogger(__name__)

HYPOTHETICAL_MODALS = {"können", "dürfen", "mögen", "could", "might", "may"}
RECIPROCALS = {"sich", "einander", "miteinander", "each other", "one another"}


class Coder:
    """Codes the clauses of a Document into Events."""

    def __init__(self, *, lang: str, matcher, frames: FrameBook | None = None):
        self.lang = lang
        self.matcher = matcher
        self.frames = frames or frame_book(lang)

    # -- actors ------------------------------------------------------------
    def _match(self, phrase: Phrase, date: dt.date | None) -> list[Actor]:
        words = [t for t in phrase.tokens if pronoun_kind(t, self.lang) is None]
        return self.matcher.match(words, lang=self.lang, date=date) if words else []

    def annotate(self, doc: Document) -> None:
        """Set ``Phrase.actors`` of every argument and speaker, pronouns resolved."""
        mentions = Mentions()
        date = doc.article.date
        for sentence in doc.sentences:
            phrases = _phrases(sentence)
            for clause, phrase in phrases:
                phrase.actors = self._match(phrase, date)
                subject = phrase.role == "subject" and clause.parent is None
                mentions.add(phrase.actors, sentence=sentence.index, start=phrase.start, subject=subject)
            for clause, phrase in sorted(phrases, key=lambda cp: cp[1].role != "subject"):
                pronouns = [t for t in phrase.tokens if pronoun_kind(t, self.lang)]
                for token in pronouns:
                    subject = [a for s in clause.args("subject") if s is not phrase for a in s.actors]
                    speaker = clause.speaker.actors if clause.speaker is not None else None
                    phrase.actors.extend(mentions.resolve(token, lang=self.lang, sentence=sentence.index,
                                                          subject=subject, speaker=speaker))
                phrase.actors = [mentions.describe(a) for a in phrase.actors]

    # -- events ------------------------------------------------------------
    def code(self, doc: Document) -> list[Event]:
        """Events of an annotated Document (see ``annotate``)."""
        events: list[Event] = []
        for sentence in doc.sentences:
            events.extend(self._code_sentence(doc, sentence))
        return events

    def _code_sentence(self, doc: Document, sentence: Sentence) -> list[Event]:
        clauses = sentence.clauses
        order = sorted(range(len(clauses)), key=lambda i: (clauses[i].predicate.kind == "noun",
                                                            clauses[i].predicate.tokens[0].start
                                                            if clauses[i].predicate.tokens else 0))
        consumed: list[tuple[int, int]] = []
        seen: set[tuple] = set()
        out: list[Event] = []
        for i in order:
            clause = clauses[i]
            if clause.predicate.kind == "none" or not clause.predicate.tokens:
                continue
            trigger = clause.predicate.tokens[0]
            if any(s <= trigger.start < e for s, e in consumed):
                continue
            frame = self.frames.find(clause)
            if frame is None or self._hypothetical(clause, clauses):
                continue
            source = self._source(frame, clause, clauses)
            if not source:
                continue
            target = self._target(frame, clause, i, clauses)
            if not target and frame.reciprocal and self._reciprocal(clause, source):
                target = list(source)
            codes = {a.code for a in source}
            target = [a for a in target if a.code not in codes] if not frame.reciprocal else target
            if not target and not frame.optional:
                continue
            key = (cameo_code(frame.cameo).plover, frozenset(codes), frozenset(a.code for a in target))
            if key in seen:
                continue
            seen.add(key)
            if frame.when_prep or frame.when_object:
                consumed.extend((a.start, a.end) for a in clause.arguments if a.role in ("prep", "object"))
            out.append(self._event(doc, sentence, clause, clauses, frame, source, target))
        return out

    def _hypothetical(self, clause: Clause, clauses: list[Clause]) -> bool:
        if clause.predicate.kind != "noun" or clause.parent is None:
            return False
        return clauses[clause.parent].predicate.modal in HYPOTHETICAL_MODALS

    def _source(self, frame: Frame, clause: Clause, clauses: list[Clause]) -> list[Actor]:
        roles = frame.source
        if clause.predicate.kind == "verb" and clause.predicate.voice == "passive":
            roles = ("agent",)
        for role in roles:
            if role == "parent":
                actors = self._parent_actors(clause, clauses)
            else:
                actors = _actors(clause, role)
            if actors:
                return actors
        return []

    def _parent_actors(self, clause: Clause, clauses: list[Clause]) -> list[Actor]:
        seen = set()
        while clause.parent is not None and clause.parent not in seen:
            seen.add(clause.parent)
            clause = clauses[clause.parent]
            role = "agent" if clause.predicate.voice == "passive" else "subject"
            actors = _actors(clause, role)
            if actors:
                return actors
        return []

    def _target(self, frame: Frame, clause: Clause, index: int, clauses: list[Clause]) -> list[Actor]:
        for role in frame.target:
            if role == "complement":
                holder = clause.parent if clause.predicate.kind == "noun" else index
                actors = [a for k, c in enumerate(clauses) if c.parent == holder and k != index
                          and c.predicate.kind == "verb" for a in _actors(c, "subject")]
            else:
                actors = _actors(clause, role)
            if actors:
                return actors
        return []

    @staticmethod
    def _reciprocal(clause: Clause, source: list[Actor]) -> bool:
        words = {t.text.lower() for a in clause.arguments for t in a.tokens}
        return len(source) > 1 or bool(words & RECIPROCALS)

    def _event(self, doc: Document, sentence: Sentence, clause: Clause, clauses: list[Clause],
               frame: Frame, source: list[Actor], target: list[Actor]) -> Event:
        code = cameo_code(frame.cameo)
        tokens = clause.predicate.tokens
        parent = clauses[clause.parent] if clause.parent is not None else None
        return Event(
            article=doc.article.id, sentence_index=sentence.index, sentence=sentence.text,
            source=source, target=target, plover=code.plover or "", cameo=code.code, quad=code.quad or "",
            goldstein=code.goldstein, modality=self._modality(clause, clauses, frame, source),
            event_text=" ".join(t.text for t in tokens),
            trigger_start=tokens[0].start, trigger_end=tokens[-1].end,
            confidence=0.6 if clause.predicate.kind == "verb" else 0.5,
            time_text=_text(clause.time or (parent.time if parent else None)),
            place_text=_text(clause.place or (parent.place if parent else None)),
            tense=clause.predicate.tense if clause.predicate.kind == "verb" else (
                parent.predicate.tense if parent else "past"))

    @staticmethod
    def _modality(clause: Clause, clauses: list[Clause], frame: Frame, source: list[Actor]) -> str:
        parent = clauses[clause.parent] if clause.parent is not None else None
        if clause.predicate.negated:
            return "negated"
        if clause.intent or frame.intent or (clause.predicate.kind == "noun" and parent is not None and parent.intent):
            return "intent"
        if clause.reported:
            speakers = {a.code for a in (clause.speaker.actors if clause.speaker else [])}
            if not speakers or not speakers & {a.code for a in source}:
                return "reported"
        return "asserted"


def _actors(clause: Clause, role: str) -> list[Actor]:
    if role.startswith("prep:"):
        phrases = clause.args("prep", "agent", prep=role[5:])
    else:
        phrases = clause.args(role)
    return [a for p in phrases for a in p.actors]


def _text(phrase: Phrase | None) -> str | None:
    return phrase.text if phrase is not None else None


def _phrases(sentence: Sentence) -> list[tuple[Clause, Phrase]]:
    """Every (clause, phrase) whose actors matter, each phrase object once."""
    seen: set[int] = set()
    out = []
    for clause in sentence.clauses:
        for phrase in clause.arguments + ([clause.speaker] if clause.speaker else []):
            if id(phrase) not in seen:
                seen.add(id(phrase))
                out.append((clause, phrase))
    return out
