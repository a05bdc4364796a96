"""The pipeline: small named stages in an order given by configuration.

Each stage says what it needs and what it sets on the Document, so a language
front-end, the actor matcher or the coder can be swapped without touching the
rest. ``Pipeline.from_config`` builds one from a dict such as::

    {"stages": ["frontend", "actors", "coder", "time", "geo"]}

and ``Pipeline.default()`` is that configuration.
"""
from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from chronist.errors import ConfigError, InputError
from chronist.lang.detect import SUPPORTED, detect
from chronist.model import Article, Document

log = logging.getLogger(__name__)

DEFAULT_STAGES = ("frontend", "actors", "coder", "time", "geo")


@dataclass(slots=True)
class Stage:
    name: str
    needs: tuple[str, ...]
    sets: tuple[str, ...]
    run: Callable[[Document], None]


class _Shared:
    """Resources that several stages use, built once per pipeline and language."""

    def __init__(self) -> None:
        self._frontends: dict[str, Any] = {}
        self._coders: dict[str, Any] = {}
        self._matcher = None

    def frontend(self, lang: str):
        if lang not in self._frontends:
            if lang == "de":
                from chronist.lang.de import GermanFrontEnd
                self._frontends[lang] = GermanFrontEnd()
            elif lang == "en":
                from chronist.lang.en import EnglishFrontEnd
                self._frontends[lang] = EnglishFrontEnd()
            else:
                raise InputError(f"unsupported language {lang!r}; Chronist reads {', '.join(SUPPORTED)}")
        return self._frontends[lang]

    @property
    def matcher(self):
        if self._matcher is None:
            from chronist.actors.matcher import ActorMatcher
            self._matcher = ActorMatcher()
        return self._matcher

    def coder(self, lang: str):
        if lang not in self._coders:
            from chronist.coding.coder import Coder
            self._coders[lang] = Coder(lang=lang, matcher=self.matcher)
        return self._coders[lang]


def _frontend(shared: _Shared) -> Stage:
    def run(doc: Document) -> None:
        doc.sentences = shared.frontend(doc.lang).process(doc.article)
    return Stage("frontend", needs=("article", "lang"), sets=("sentences",), run=run)


def _actors(shared: _Shared) -> Stage:
    def run(doc: Document) -> None:
        shared.coder(doc.lang).annotate(doc)
    return Stage("actors", needs=("sentences",), sets=("actors",), run=run)


def _coder(shared: _Shared) -> Stage:
    def run(doc: Document) -> None:
        doc.events = shared.coder(doc.lang).code(doc)
    return Stage("coder", needs=("sentences", "actors"), sets=("events",), run=run)


def _time(shared: _Shared) -> Stage:
    from chronist.time.resolve import resolve

    def run(doc: Document) -> None:
        pub = doc.article.date
        for event in doc.events:
            date = resolve(event.time_text or "", pub, future=event.tense == "future")
            if date is not None:
                event.date, event.date_basis = date, "expression"
            elif pub is not None and event.tense == "past" and event.modality in ("asserted", "reported"):
                event.date, event.date_basis = pub.isoformat(), "publication"
    return Stage("time", needs=("events",), sets=("dates",), run=run)


def _geo(shared: _Shared) -> Stage:
    from chronist.geo.locate import locate

    def run(doc: Document) -> None:
        for event in doc.events:
            place = locate(event.place_text, lang=doc.lang, matcher=shared.matcher)
            if place is not None:
                event.location, event.country, event.lat, event.lon = place
    return Stage("geo", needs=("events",), sets=("locations",), run=run)


STAGES: dict[str, Callable[[_Shared], Stage]] = {
    "frontend": _frontend, "actors": _actors, "coder": _coder, "time": _time, "geo": _geo,
}


class Pipeline:
    """Runs the stages over articles; times each stage."""

    def __init__(self, stages: list[Stage]):
        provided = {"article", "lang"}
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
        shared = _Shared()
        return cls([STAGES[n](shared) for n in names])

    @classmethod
    def default(cls) -> "Pipeline":
        return cls.from_config()

    def process(self, article: Article, *, lang: str | None = None) -> Document:
        """Code one article. ``lang`` overrides the article's; None or "auto" detects it."""
        chosen = lang if lang not in (None, "auto") else article.lang
        if chosen in (None, "auto"):
            chosen = detect(article.text)
        if chosen not in SUPPORTED:
            found = f"it looks like {chosen!r}" if chosen else "its language could not be recognised"
            raise InputError(f"article {article.id!r}: {found}; Chronist reads {', '.join(SUPPORTED)} "
                             f"(set --lang to force one)")
        doc = Document(article=article, lang=chosen)
        for stage in self.stages:
            started = time.perf_counter()
            stage.run(doc)
            doc.timings[stage.name] = doc.timings.get(stage.name, 0.0) + time.perf_counter() - started
        return doc

    def process_many(self, articles: Iterable[Article], *, lang: str | None = None) -> Iterator[Document]:
        for article in articles:
            yield self.process(article, lang=lang)
