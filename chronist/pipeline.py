"""The pipeline: small named stages in an order given by configuration.

Each stage says what it needs and what it sets, as fields of the document model written
``<object>.<field>`` ("doc.sentences", "phrase.actors", "event.date"; the objects are those
of ``MODEL``). The names are checked when the stage is made, and the order when the pipeline
is built: a misspelt field or a stage before what it needs fails there, not on the first
article. So a language front-end, the actor matcher or the coder can be swapped without
touching the rest. ``Pipeline.from_config`` builds one from a dict such as::

    {"stages": ["frontend", "actors", "coder", "time", "geo"]}

and ``Pipeline.default()`` is that configuration.
"""
from __future__ import annotations

import dataclasses
import logging
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from chronist import lang as languages
from chronist.errors import ConfigError, InputError
from chronist.lang.detect import decide
from chronist.lang.pack import FrontEnd
from chronist.lang.segments import Dateline, blank, find_dateline, sentence_spans
from chronist.loading import for_bulk_work
from chronist.model import Actor, Article, Clause, Document, Event, Phrase, Predicate, Sentence, Token

log = logging.getLogger(__name__)

DEFAULT_STAGES = ("frontend", "actors", "coder", "time", "geo")
# The objects of the document model a stage may name in ``needs`` and ``sets``.
MODEL: dict[str, type] = {"doc": Document, "article": Article, "sentence": Sentence, "token": Token,
                          "clause": Clause, "predicate": Predicate, "phrase": Phrase, "actor": Actor,
                          "event": Event}
# What every document has before the first stage runs.
GIVEN = ("doc.article", "doc.lang")


def _model_fields(cls: type) -> set[str]:
    return {f.name for f in dataclasses.fields(cls)} | {
        name for name, value in vars(cls).items() if isinstance(value, property)}


def check_fields(stage: str, names: tuple[str, ...]) -> None:
    """ConfigError unless every name is ``<object>.<field>`` of the document model."""
    for name in names:
        obj, _, attr = name.partition(".")
        cls = MODEL.get(obj)
        if cls is None or not attr:
            raise ConfigError(f"stage {stage!r}: {name!r} names no field of the document model; write "
                              f"<object>.<field> with an object of {', '.join(MODEL)} (e.g. 'doc.sentences')")
        if attr not in _model_fields(cls):
            raise ConfigError(f"stage {stage!r}: {cls.__name__} has no field {attr!r} ({name!r}); "
                              f"its fields: {', '.join(sorted(_model_fields(cls)))}")


@dataclass(slots=True)
class Stage:
    name: str
    needs: tuple[str, ...]
    sets: tuple[str, ...]
    run: Callable[[Document], None]
    # Optional: the same work for many documents at once (batched parsing); used by
    # Pipeline.process_many, which falls back to ``run`` per document when None.
    run_many: Callable[[list[Document]], None] | None = None
    # Optional: load what the stage needs for a language now (models, dictionaries), so that
    # the first document does not pay for it (Pipeline.warm).
    warm: Callable[[str], None] | None = None

    def __post_init__(self) -> None:
        check_fields(self.name, self.needs)
        check_fields(self.name, self.sets)


def stacked_dictionaries(spec: str):
    """The PETRARCH folders of a ``--dictionaries`` spec that stacks them after the built-in
    dictionaries ("builtin,petrarch:DIR,..."); ConfigError for any other spec."""
    from chronist.petrarch.spec import parse_spec
    parsed = parse_spec(spec)
    if parsed.parts[0] != "builtin":
        raise ConfigError(f"dictionaries {spec!r}: code, eval and ingest stack PETRARCH dictionaries after "
                          "the built-in ones; write 'builtin,petrarch:DIR' (PETRARCH's files alone: "
                          "chronist petrarch-test)")
    return parsed.petrarch


class _Shared:
    """Resources that several stages use, built once per pipeline and language."""

    def __init__(self, dictionaries: str | None = None) -> None:
        self.dictionaries = dictionaries      # "builtin" (None), or "builtin,petrarch:DIR,..."
        self._petrarch = None
        self._frontends: dict[str, FrontEnd] = {}
        self._coders: dict[str, Any] = {}
        self._annotators: dict[str, Any] = {}
        self._matcher = None

    def frontend(self, lang: str) -> FrontEnd:
        if lang not in self._frontends:
            self._frontends[lang] = languages.get(lang).frontend()
        return self._frontends[lang]

    @property
    def matcher(self):
        if self._matcher is None:
            from chronist.actors.matcher import ActorMatcher
            dicts = self.petrarch()
            if dicts is None:
                self._matcher = ActorMatcher()
            else:
                from chronist.actors.petrarch import dictionary_with
                self._matcher = ActorMatcher(dictionary_with(dicts))
        return self._matcher

    def petrarch(self):
        """The PETRARCH dictionaries named in ``dictionaries`` (None for the built-in ones alone).
        They extend the built-in ones, which keep precedence; PETRARCH's files alone are read by
        ``chronist petrarch-test``, whose coder works on their parse trees."""
        if self.dictionaries in (None, "", "builtin"):
            return None
        if self._petrarch is None:
            from chronist.actors import petrarch as reader
            dirs = stacked_dictionaries(self.dictionaries)
            self._petrarch = reader.load(actors=[f for d in dirs for f in d.actors],
                                         agents=[f for d in dirs for f in d.agents],
                                         verbs=[f for d in dirs for f in d.verbs])
        return self._petrarch

    def coder(self, lang: str):
        if lang not in self._coders:
            from chronist.coding.coder import Coder
            dicts = self.petrarch()
            frames = None
            from chronist.actors.petrarch import PETRARCH_LANG
            if dicts is not None and lang == PETRARCH_LANG:      # PETRARCH's verb dictionaries are English
                from chronist.coding.petrarch_verbs import frames as petrarch_frames
                from chronist.coding.frames import FrameBook, frame_book
                own = frame_book(lang)
                frames = FrameBook(own.frames() + petrarch_frames(dicts), settled=own.settled, whole=own.whole)
            self._coders[lang] = Coder(lang=lang, frames=frames)
        return self._coders[lang]

    def annotator(self, lang: str):
        if lang not in self._annotators:
            from chronist.actors.annotate import ActorAnnotator
            self._annotators[lang] = ActorAnnotator(lang=lang, matcher=self.matcher)
        return self._annotators[lang]


def _frontend(shared: _Shared) -> Stage:
    """Sentences with tokens and clauses. A dateline ("Genf – ", "Seoul (dpa) - ") is blanked
    before the front-end reads the text, so a sentence codes the same with or without it; its
    place becomes the article's (``Document.place``, ``Document.country``) and the sentence
    keeps its full text with the place words in ``Sentence.dateline``."""
    def run(doc: Document) -> None:
        article, dateline = _masked(doc)
        doc.sentences = _restore(doc, dateline, shared.frontend(doc.lang).process(article))

    def run_many(docs: list[Document]) -> None:
        for lang in dict.fromkeys(d.lang for d in docs):
            group = [d for d in docs if d.lang == lang]
            masked = [_masked(d) for d in group]
            # a front-end may parse the whole group in one stream (English)
            parsed = shared.frontend(lang).process_many([article for article, _ in masked])
            for doc, (_, dateline), sentences in zip(group, masked, parsed):
                doc.sentences = _restore(doc, dateline, sentences)

    def _masked(doc: Document) -> tuple[Article, Dateline | None]:
        from chronist.geo.locate import is_place, locate
        from chronist.lang.limits import cap_article
        article = cap_article(doc.article)     # hostile tokens and punctuation runs, same length
        dateline = find_dateline(article.text or "", is_place,
                                 [start for start, _ in sentence_spans(article, lambda _: [])]
                                 if article.sentences is not None else ())
        if dateline is None:
            return article, None
        place = locate(dateline.places.split("/")[0], lang=doc.lang)
        if place is not None:
            doc.place, doc.country = place.name, place.country
        sentences = article.sentences
        if sentences is not None:
            sentences, pos = list(sentences), 0
            for k, sentence in enumerate(sentences):
                start = article.text.find(sentence, pos)
                if 0 <= start <= dateline.start < start + len(sentence):
                    sentences[k] = blank(sentence, dateline.start - start, dateline.end - start)
                    break
                pos = max(pos, start + len(sentence))
        masked = dataclasses.replace(article, text=blank(article.text, dateline.start, dateline.end),
                                     sentences=sentences)
        return masked, dateline

    def _restore(doc: Document, dateline: Dateline | None, sentences: list[Sentence]) -> list[Sentence]:
        if dateline is None:
            return sentences
        text = doc.article.text
        for sentence in sentences:
            if sentence.end > dateline.start:
                if sentence.start >= dateline.start:
                    sentence.start, sentence.dateline = dateline.start, dateline.places
                sentence.text = text[sentence.start:sentence.end]
                break
        return sentences
    def warm(lang: str) -> None:
        from chronist.geo.gazetteer import Gazetteer
        shared.frontend(lang).warm()
        Gazetteer.default()                             # datelines are checked against it

    return Stage("frontend", needs=GIVEN, sets=("doc.sentences", "doc.place", "doc.country"), run=run,
                 run_many=run_many, warm=warm)


def _actors(shared: _Shared) -> Stage:
    def run(doc: Document) -> None:
        shared.annotator(doc.lang).annotate(doc)
    return Stage("actors", needs=("doc.sentences",), sets=("phrase.actors", "phrase.agreement"), run=run,
                 warm=shared.annotator)


def _coder(shared: _Shared) -> Stage:
    def run(doc: Document) -> None:
        doc.events = shared.coder(doc.lang).code(doc)
    return Stage("coder", needs=("doc.sentences", "phrase.actors"), sets=("doc.events",), run=run,
                 warm=shared.coder)


def _time(shared: _Shared) -> Stage:
    from chronist.time.resolve import date_event, direction_of
    from chronist.time.tagger import find

    def run(doc: Document) -> None:
        pub = doc.article.date
        found: dict[tuple[int, str], list] = {}
        for event in doc.events:
            direction = direction_of(event.tense, event.modality)
            key = (event.sentence_index, direction)
            if key not in found:
                found[key] = find(event.sentence, pub, lang=doc.lang, direction=direction)
            sentence = doc.sentences[event.sentence_index] if event.sentence_index < len(doc.sentences) else None
            trigger = event.trigger_start - sentence.start if sentence is not None else None
            phrase = event.time_phrase
            span = ((phrase.start - sentence.start, phrase.end - sentence.start)
                    if phrase is not None and phrase.tokens and sentence is not None else None)
            event.date, event.date_basis = date_event(
                sentence=event.sentence, time_text=event.time_text, trigger=trigger, pub=pub, lang=doc.lang,
                tense=event.tense, modality=event.modality, timexes=found[key], time_span=span)
    return Stage("time", needs=("doc.events",), sets=("event.date", "event.date_basis"), run=run)


def _geo(shared: _Shared) -> Stage:
    from chronist.geo.scene import place_events

    roaming: list[frozenset[str]] = []       # the dictionary's roaming groups, gathered once

    def run(doc: Document) -> None:
        if not roaming:
            roaming.append(shared.matcher.dictionary.roaming)
        place_events(doc, roaming=roaming[0])
    return Stage("geo", needs=("doc.events", "doc.place"),
                 sets=("event.location", "event.country", "event.lat", "event.lon", "event.source",
                       "event.target"), run=run)


STAGES: dict[str, Callable[[_Shared], Stage]] = {
    "frontend": _frontend, "actors": _actors, "coder": _coder, "time": _time, "geo": _geo,
}


class Pipeline:
    """Runs the stages over articles; times each stage."""

    def __init__(self, stages: list[Stage]):
        provided = set(GIVEN)
        for stage in stages:
            missing = [n for n in stage.needs if n not in provided]
            if missing:
                raise ConfigError(f"stage {stage.name!r} needs {', '.join(missing)}, which no earlier stage sets; "
                                  f"put it after the stage that does")
            provided.update(stage.sets)
        self.stages = stages

    @classmethod
    def from_config(cls, config: dict[str, Any] | None = None) -> "Pipeline":
        names = list((config or {}).get("stages", DEFAULT_STAGES))
        unknown = [n for n in names if n not in STAGES]
        if unknown:
            raise ConfigError(f"unknown stage(s) {', '.join(map(repr, unknown))}; known: {', '.join(STAGES)}")
        shared = _Shared((config or {}).get("dictionaries"))
        return cls([STAGES[n](shared) for n in names])

    @classmethod
    def default(cls) -> "Pipeline":
        return cls.from_config()

    def warm(self, lang: str) -> None:
        """Load every stage's models and dictionaries for ``lang`` now (idempotent), for a run
        of many articles (an ingest, a benchmark): the garbage collector runs less often too
        (``loading.for_bulk_work``)."""
        for_bulk_work()
        for stage in self.stages:
            if stage.warm is not None:
                stage.warm(lang)

    def process(self, article: Article, *, lang: str | None = None) -> Document:
        """Code one article. ``lang`` overrides the article's; None or "auto" detects it."""
        doc = self._document(article, lang)
        for stage in self.stages:
            started = time.perf_counter()
            stage.run(doc)
            doc.timings[stage.name] = doc.timings.get(stage.name, 0.0) + time.perf_counter() - started
        doc.assign_event_ids()
        return doc

    @staticmethod
    def _document(article: Article, lang: str | None) -> Document:
        chosen, why = decide(article, lang)
        if chosen is None:
            raise InputError(f"article {article.id!r}: {why}")
        return Document(article=article, lang=chosen)

    def process_many(self, articles: Iterable[Article], *, lang: str | None = None,
                     batch_size: int = 64) -> Iterator[Document]:
        """Code many articles, ``batch_size`` at a time: stages that can (the English
        front-end's parse) work on the whole batch at once. Yields Documents in input order;
        an article whose language is not supported raises after the ones before it."""
        if batch_size < 1:
            raise ConfigError(f"batch_size must be at least 1, got {batch_size}; pass a positive number")
        batch: list[Document] = []
        for article in articles:
            try:
                doc = self._document(article, lang)
            except InputError:
                yield from self._run_batch(batch)
                raise
            batch.append(doc)
            if len(batch) >= batch_size:
                yield from self._run_batch(batch)
                batch = []
        yield from self._run_batch(batch)

    def _run_batch(self, docs: list[Document]) -> list[Document]:
        for stage in self.stages:
            if stage.run_many is not None and len(docs) > 1:
                started = time.perf_counter()
                stage.run_many(docs)
                share = (time.perf_counter() - started) / len(docs)
                for doc in docs:
                    doc.timings[stage.name] = doc.timings.get(stage.name, 0.0) + share
                continue
            for doc in docs:
                started = time.perf_counter()
                stage.run(doc)
                doc.timings[stage.name] = doc.timings.get(stage.name, 0.0) + time.perf_counter() - started
        for doc in docs:
            doc.assign_event_ids()
        return docs
