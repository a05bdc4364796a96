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
    floor_seconds: float = 0.0      # spaCy's blank tokenizer + sentencizer alone, same run
    floor_sentences: int = 0
    before_seconds: float = 0.0     # German: the whole pipeline on HanTa's own searches, same run

    # Rates and ratios of the run (0.0 where a part was not measured).
    ratio = property(lambda self: _per(self.seconds, self.reference_seconds),
                     doc="Whole pipeline time over reference time: the cost of everything Chronist adds.")
    floor_ratio = property(lambda self: _per(self.seconds, self.floor_seconds),
                           doc="Whole pipeline time over the tokenizer-only floor.")
    speedup = property(lambda self: _per(self.before_seconds, self.seconds) if self.before_seconds else 0.0,
                       doc="German: the pipeline on HanTa's own searches over the pipeline as it runs.")
    sentences_per_second = property(lambda self: _per(self.sentences, self.seconds))
    events_per_second = property(lambda self: _per(self.events, self.seconds))


def _per(amount: float, per: float) -> float:
    return amount / per if per else 0.0


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


def _floor(articles: list[Article], lang: str) -> tuple[float, int]:
    """Time of spaCy's blank tokenizer and rule sentencizer alone over the same texts."""
    import spacy
    nlp = spacy.blank(lang)
    nlp.add_pipe("sentencizer")
    sentences = 0
    started = time.perf_counter()
    for doc in nlp.pipe(a.text for a in articles):
        sentences += sum(1 for _ in doc.sents)
    return time.perf_counter() - started, sentences


def _run(pipeline: Pipeline, articles: list[Article], lang: str, result: BenchResult | None = None) -> float:
    started = time.perf_counter()
    for doc in pipeline.process_many(articles, lang=lang, batch_size=64):   # batched parse, as the reference
        if result is not None:
            result.articles += 1
            result.sentences += len(doc.sentences)
            result.events += len(doc.events)
            for name, seconds in doc.timings.items():
                result.stages[name] = result.stages.get(name, 0.0) + seconds
    return time.perf_counter() - started


def _with_hanta_searches(articles: list[Article], pipeline: Pipeline) -> float:
    """The German pipeline timed on HanTa's own searches (the path before
    chronist.lang.de.decode), cold, then the fast tagger restored, cold."""
    import os
    from chronist.lang.de import tag
    saved = os.environ.get(tag.REFERENCE_ENV)
    os.environ[tag.REFERENCE_ENV] = "hanta"
    try:
        tag.reset()
        tag._tagger()                 # loading the model is not part of the timing
        return _run(pipeline, articles, "de")
    finally:
        if saved is None:
            os.environ.pop(tag.REFERENCE_ENV, None)
        else:
            os.environ[tag.REFERENCE_ENV] = saved
        tag.reset()
        pipeline.warm("de")
        pipeline.process(Article(text=WARM_UP["de"], id="warm-up"), lang="de")
        tag.clear_caches()


def bench(articles: list[Article], *, lang: str, pipeline: Pipeline | None = None,
          compare_hanta: bool = False) -> BenchResult:
    """Time ``articles`` through the pipeline; in the same run, the reference and the
    tokenizer-only floor over the same texts, and (German, ``compare_hanta``) the same
    pipeline on HanTa's own searches."""
    pipeline = pipeline or Pipeline.default()
    # Load models and gazetteers outside the timing (what an ingest worker loads before its
    # first article), then a sentence with an event and a place.
    pipeline.warm(lang)
    pipeline.process(Article(text=WARM_UP.get(lang, "Warm-up."), id="warm-up"), lang=lang)
    result = BenchResult()
    result.reference, result.reference_seconds = _reference(articles, lang)
    result.floor_seconds, result.floor_sentences = _floor(articles, lang)
    if compare_hanta and lang == "de":
        result.before_seconds = _with_hanta_searches(articles, pipeline)
    result.seconds = _run(pipeline, articles, lang, result)
    result.peak_mb = peak_memory_mb()
    return result


def startup_seconds(*, runs: int = 5, lang: str = "de") -> list[float]:
    """Wall time of ``chronist code`` on one sentence in a fresh process, ``runs`` times."""
    import subprocess
    import sys
    import tempfile
    text = {"de": "Abe forderte Nordkorea in Tokio zu einer Denuklearisierung auf.",
            "en": "Abe urged North Korea in Tokyo to denuclearize."}[lang]
    times = []
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "one.txt"
        path.write_text(text + "\n", encoding="utf-8")
        for _ in range(runs):
            started = time.perf_counter()
            subprocess.run([sys.executable, "-m", "chronist.cli", "code", str(path), "--lang", lang,
                            "--date", "2023-05-17"], check=True, capture_output=True)
            times.append(time.perf_counter() - started)
    return times


def report(result: BenchResult, *, lang: str) -> str:
    """What ``make bench`` prints for one corpus."""
    lines = [f"[{lang}] {result.articles} articles, {result.sentences} sentences, {result.events} events "
             f"in {result.seconds:.1f} s",
             f"[{lang}] {result.sentences_per_second:.1f} sentences/s, {result.events_per_second:.1f} events/s, "
             f"peak memory {result.peak_mb:.0f} MB",
             f"[{lang}] reference ({result.reference}): {result.reference_seconds:.1f} s; "
             f"whole pipeline / reference = {result.ratio:.2f}",
             f"[{lang}] tokenizer-only floor (spaCy blank {lang} + sentencizer, {result.floor_sentences} sentences): "
             f"{result.floor_seconds:.1f} s; whole pipeline / floor = {result.floor_ratio:.1f}"]
    if result.before_seconds:
        lines.append(f"[{lang}] same pipeline on HanTa's own searches (CHRONIST_DE_TAGGER=hanta): "
                     f"{result.before_seconds:.1f} s, {result.sentences / result.before_seconds:.1f} sentences/s; "
                     f"speed-up {result.speedup:.2f}x")
    total = sum(result.stages.values()) or 1.0
    for name, seconds in result.stages.items():
        lines.append(f"[{lang}]   {name:<10} {seconds:7.2f} s  {100 * seconds / total:5.1f} %")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """``python -m chronist.bench CORPUS --lang de --limit 300 [--hanta] [--startup 5]``"""
    import argparse
    import statistics
    parser = argparse.ArgumentParser(prog="python -m chronist.bench")
    parser.add_argument("corpus")
    parser.add_argument("--lang", default="de")
    parser.add_argument("--limit", type=int)
    parser.add_argument("--hanta", action="store_true", help="German: also time the pipeline on HanTa's own searches")
    parser.add_argument("--startup", type=int, default=0, metavar="N",
                        help="also time `chronist code` on one sentence N times (median)")
    args = parser.parse_args(argv)
    result = bench(corpus_articles(args.corpus, limit=args.limit), lang=args.lang, compare_hanta=args.hanta)
    print(report(result, lang=args.lang), flush=True)
    if args.startup:
        times = startup_seconds(runs=args.startup, lang=args.lang)
        print(f"[{args.lang}] start-up of `chronist code` on one sentence: median {statistics.median(times):.2f} s "
              f"of {len(times)} runs ({', '.join(f'{t:.2f}' for t in times)})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
