"""Throughput of the pipeline on a corpus: sentences and events per second,
peak memory, and the time share of each stage (what ``chronist bench`` prints)."""
from __future__ import annotations

import csv
import resource
import time
from dataclasses import dataclass, field
from pathlib import Path

from chronist.errors import InputError
from chronist.model import Article
from chronist.pipeline import Pipeline


@dataclass(slots=True)
class BenchResult:
    articles: int = 0
    sentences: int = 0
    events: int = 0
    seconds: float = 0.0
    stages: dict[str, float] = field(default_factory=dict)
    peak_mb: float = 0.0
    reference: str = ""             # what the reference run did
    reference_seconds: float = 0.0  # the same articles through the reference alone, same run

    @property
    def ratio(self) -> float:
        """Whole pipeline time over reference time: the cost of everything Chronist adds."""
        return self.seconds / self.reference_seconds if self.reference_seconds else 0.0

    @property
    def sentences_per_second(self) -> float:
        return self.sentences / self.seconds if self.seconds else 0.0

    @property
    def events_per_second(self) -> float:
        return self.events / self.seconds if self.seconds else 0.0


def corpus_articles(path: str | Path, *, limit: int | None = None) -> list[Article]:
    """Articles of a benchmark corpus: a ``category;text`` CSV (10kGNAD) or one text a line."""
    path = Path(path)
    if not path.is_file():
        raise InputError(f"{path}: no such corpus file")
    articles: list[Article] = []
    with path.open(encoding="utf-8") as handle:
        if path.suffix.lower() == ".csv":
            rows = (row[1] for row in csv.reader(handle, delimiter=";", quotechar="'") if len(row) > 1)
        else:
            rows = (line.strip() for line in handle if line.strip())
        for n, text in enumerate(rows):
            if limit is not None and n >= limit:
                break
            articles.append(Article(text=text, id=f"{path.name}:{n}"))
    if not articles:
        raise InputError(f"{path}: no articles found")
    return articles


def peak_memory_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _reference(articles: list[Article], lang: str) -> tuple[str, float]:
    """Time of what a German or English pipeline would be built on, used as its makers ship
    it: for German, spaCy's tokenizer and HanTa's ``tag_sent`` over the same sentences;
    for English, spaCy's ``en_core_web_sm`` over the same texts."""
    if lang == "de":
        import spacy
        from chronist.lang.de import split, tag
        tokenizer, tagger = spacy.blank("de").tokenizer, tag.plain_tagger()
        started = time.perf_counter()
        for article in articles:
            for start, end in split.split_sentences(article.text):
                words = [t.text for t in tokenizer(article.text[start:end]) if not t.is_space]
                if words:
                    tagger.tag_sent(words, taglevel=1)
        seconds = time.perf_counter() - started
        tag.clear_caches()       # the pipeline starts cold too
        return "spaCy tokenizer + HanTa tag_sent, uncached", seconds
    from chronist.lang.en.parse import load_nlp
    nlp = load_nlp()
    started = time.perf_counter()
    for _ in nlp.pipe((a.text for a in articles), batch_size=64):
        pass
    return "spaCy en_core_web_sm alone", time.perf_counter() - started


WARM_UP = {"en": "Russia attacked Ukraine in Kyiv.", "de": "Russland griff die Ukraine in Kiew an."}


def bench(articles: list[Article], *, lang: str, pipeline: Pipeline | None = None) -> BenchResult:
    pipeline = pipeline or Pipeline.default()
    # Load models and gazetteers outside the timing: a sentence with an event and a place.
    pipeline.process(Article(text=WARM_UP.get(lang, "Warm-up."), id="warm-up"), lang=lang)
    result = BenchResult()
    result.reference, result.reference_seconds = _reference(articles, lang)
    started = time.perf_counter()
    for doc in pipeline.process_many(articles, lang=lang, batch_size=64):   # batched parse, as the reference
        result.articles += 1
        result.sentences += len(doc.sentences)
        result.events += len(doc.events)
        for name, seconds in doc.timings.items():
            result.stages[name] = result.stages.get(name, 0.0) + seconds
    result.seconds = time.perf_counter() - started
    result.peak_mb = peak_memory_mb()
    return result
