"""The Spark job: read articles, code them with ``mapPartitions``, write events and article states.

Stages (all on executors; the driver only lists inputs and counts the states at the end):

1. **read**: one task per input file (Chronist's own readers), Parquet datasets through
   ``spark.read.parquet``, remote files (``hdfs://``, ``s3a://``) through ``binaryFiles``;
   every item becomes a row, problems included.
2. **spread**: ``repartitionAndSortWithinPartitions`` by content hash: articles are spread evenly
   over ``partitions`` (a single 10kGNAD CSV is read by one task and coded by all), and the
   copies of one text meet in one partition, in input order, so the first codes and the others
   are skipped as ``duplicate``, as ``chronist ingest`` does.
3. **code**: ``mapPartitions``; the pipeline is built once per Python worker and reused by every
   later partition that worker runs (``spark.python.worker.reuse``, on by default). An exception
   while coding fails that article with its error, never the task.
4. **write**: events as Parquet partitioned by event date, the article states as a second
   dataset, per-partition statistics as a third (``partitions/``).

Run it with ``chronist spark`` or ``spark-submit``::

    spark-submit --master yarn $(python -c 'import chronist.spark.job as j; print(j.__file__)') \\
        hdfs:///news/2024/*.jsonl --out hdfs:///chronist/2024 --lang de
"""
from __future__ import annotations

import argparse
import datetime as dt
import logging
import os
import resource
import sys
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from chronist.errors import ChronistError, ConfigError, InputError

log = logging.getLogger(__name__)

_PIPELINE = None          # one per Python worker process, built at its first partition
JAVA_HINT = ("Spark needs Java: install a JRE (Debian/Ubuntu: apt-get install default-jre-headless) "
             "or set JAVA_HOME")


@dataclass(slots=True)
class SparkSummary:
    out: str
    states: dict[str, int] = field(default_factory=dict)
    events: int = 0
    partitions: int = 0
    seconds: float = 0.0

    def lines(self) -> list[str]:
        from chronist.spark import writers
        total = sum(self.states.values())
        parts = ", ".join(f"{self.states.get(s, 0)} {s}" for s in ("coded", "skipped", "failed"))
        return [f"{total} articles: {parts}; {self.events} events in {self.seconds:.1f} s "
                f"({self.partitions} partitions)",
                f"events:   {self.out}/{writers.EVENTS}/  (Parquet, by {writers.PARTITION_COLUMN})",
                f"articles: {self.out}/{writers.ARTICLES}/  (state and reason of every input)",
                f"store them: chronist load {self.out} --db chronist.db"]


# -- executors ----------------------------------------------------------------------


_WARM: set[str] = set()   # languages whose models this worker has loaded
_WARM_UP = {"de": "Merkel traf Macron in Paris.", "en": "Merkel met Macron in Paris."}


def _pipeline(lang: str):
    """The worker's pipeline, ready for ``lang``, and the seconds it took to get it ready now
    (building it, loading the language's models; 0.0 when this worker had done so before)."""
    global _PIPELINE
    if _PIPELINE is not None and lang in _WARM:
        return _PIPELINE, 0.0
    started = time.perf_counter()
    if _PIPELINE is None:
        from chronist.pipeline import Pipeline
        _PIPELINE = Pipeline.default()
    if lang not in _WARM:                 # the models load lazily: load them here, not in an article's time
        from chronist.model import Article
        _PIPELINE.process(Article(text=_WARM_UP[lang], id="warm-up"), lang=lang)
        _WARM.add(lang)
    return _PIPELINE, time.perf_counter() - started


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0       # KiB on Linux


def code_partition(index: int, items: Iterable[tuple[tuple[str, int], dict[str, Any]]], *,
                   lang: str) -> Iterator[tuple[str, tuple]]:
    """Code the rows of one partition (sorted by (hash, seq)); yields ``("a", article row)``,
    ``("e", event row)`` and, last, ``("p", partition statistics)``."""
    from chronist.ingest.run import choose_language
    from chronist.io.readers import input_key
    from chronist.spark import readers, writers
    started = time.perf_counter()
    build = 0.0
    articles = sentences = events = 0
    coding = 0.0
    first: tuple[str, str] | None = None           # (hash, article id) of the last coded text
    for (digest, _), row in items:
        articles += 1
        if row["state"] is not None:
            yield "a", writers.article_row(row, state=row["state"], reason=row["reason"], content_hash=None)
            continue
        if first is not None and first[0] == digest:
            reason = f"duplicate: same text as article {first[1]!r}"
            key = input_key(f"duplicate {row['where']} {digest}")
            yield "a", writers.article_row({**row, "text": ""}, state="skipped", reason=reason,
                                           content_hash=None, key=key)
            continue
        first = (digest, row["id"])
        try:
            article = readers.row_article(row)
        except ChronistError as exc:
            yield "a", writers.article_row(row, state="failed", reason=str(exc), content_hash=digest)
            continue
        chosen, why = choose_language(article, lang)
        if chosen is None:
            yield "a", writers.article_row(row, state="skipped", reason=why, content_hash=digest)
            continue
        pipeline, ready = _pipeline(chosen)
        build += ready
        t0 = time.perf_counter()
        try:
            doc = pipeline.process(article, lang=chosen)
            rows = writers.event_rows(doc)
        except Exception as exc:            # any bug in a stage fails this article, not the task
            log.debug("coding %r failed", article.id, exc_info=True)
            reason = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
            coding += time.perf_counter() - t0
            yield "a", writers.article_row(row, state="failed", reason=reason, content_hash=digest)
            continue
        seconds = time.perf_counter() - t0
        coding += seconds
        sentences += len(doc.sentences)
        events += len(rows)
        yield "a", writers.article_row(row, state="coded", reason=None, content_hash=digest, doc=doc,
                                       seconds=seconds)
        for event in rows:
            yield "e", event
    yield "p", (index, os.getpid(), articles, sentences, events, build, coding,
                time.perf_counter() - started, _peak_rss_mb())


# -- the driver ---------------------------------------------------------------------


def java_available() -> bool:
    import shutil
    home = os.environ.get("JAVA_HOME")
    return bool(shutil.which("java") or (home and os.path.exists(os.path.join(home, "bin", "java"))))


def session(master: str | None = None, *, app: str = "chronist", conf: dict[str, str] | None = None):
    """A SparkSession (``master`` None: whatever spark-submit or the environment gives).

    The Python workers run this interpreter unless PYSPARK_PYTHON says otherwise."""
    try:
        from pyspark.sql import SparkSession
    except ImportError:
        raise ConfigError("pyspark is not installed; install Chronist with its Spark extra: "
                          "pip install 'chronist[spark]'") from None
    if not java_available():
        raise ConfigError(JAVA_HINT)
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    builder = SparkSession.builder.appName(app)
    if master:
        builder = builder.master(master)
    settings = {"spark.ui.enabled": "false", "spark.ui.showConsoleProgress": "false",
                "spark.sql.session.timeZone": "UTC", **(conf or {})}
    for key, value in settings.items():
        builder = builder.config(key, value)
    spark = builder.getOrCreate()
    spark.sparkContext.setLogLevel("ERROR")
    return spark


@contextmanager
def running(master: str | None = None):
    """A session for one job: stopped at the end unless it was running before (a notebook's, a test's)."""
    try:
        from pyspark.sql import SparkSession
    except ImportError:
        raise ConfigError("pyspark is not installed; install Chronist with its Spark extra: "
                          "pip install 'chronist[spark]'") from None
    before = SparkSession.getActiveSession()
    spark = before or session(master)
    try:
        yield spark
    finally:
        if before is None:
            spark.stop()


def _read(spark, plan: readers.Plan, *, lang: str | None, date: dt.date | None, max_chars: int):
    """All input items as one RDD of rows."""
    from chronist.spark import readers
    sc = spark.sparkContext
    parts = []
    if plan.files:
        files = sc.parallelize(plan.files, len(plan.files))
        parts.append(files.flatMap(lambda entry: readers.read_file(entry, date=date, lang=lang,
                                                                   max_chars=max_chars)))
    for number, uri in plan.remote:
        parts.append(sc.binaryFiles(uri).zipWithIndex().flatMap(
            lambda pair, number=number: readers.read_remote(number * 1000 + pair[1], pair[0][0], pair[0][1],
                                                            date=date, lang=lang, max_chars=max_chars)))
    for number, path in plan.parquet:
        frame = spark.read.parquet(path)
        if "text" not in frame.columns:
            raise InputError(f"{path}: a Parquet dataset of articles needs a 'text' column "
                             f"(it has {', '.join(frame.columns)})")
        name = path.rstrip("/").rsplit("/", 1)[-1]
        parts.append(frame.rdd.zipWithIndex().map(
            lambda pair, number=number, name=name: readers.parquet_row(
                pair[0].asDict(), seq=number * readers.SEQ_STRIDE + pair[1], where=f"{name}:{pair[1] + 1}",
                date=date, lang=lang, max_chars=max_chars)))
    if not parts:
        return sc.emptyRDD()
    return parts[0] if len(parts) == 1 else sc.union(parts)


def run(spark, inputs: list[str], *, out: str, lang: str = "auto", date: dt.date | None = None,
        partitions: int | None = None, max_chars: int | None = None, mode: str = "errorifexists") -> SparkSummary:
    """Code ``inputs`` on ``spark`` and write the datasets under ``out`` (see the module docstring)."""
    from pyspark import StorageLevel
    from chronist.spark import readers, writers
    from chronist.lang import available
    if lang not in ("auto", *available()):
        raise InputError(f"unknown language {lang!r}; use one of auto, {', '.join(available())}")
    started = time.monotonic()
    if mode == "errorifexists" and "://" not in out and os.path.exists(out):
        raise InputError(f"{out} exists already; choose another --out folder or pass --overwrite")
    plan = readers.plan_inputs(inputs)
    if not (plan.files or plan.remote or plan.parquet):
        raise InputError(f"no articles in {', '.join(inputs)}; give text, JSON Lines, CSV, HTML, feed or "
                         "Parquet files")
    sc = spark.sparkContext
    partitions = partitions or max(1, sc.defaultParallelism * 4)
    limit = max_chars or readers.DEFAULT_MAX_CHARS
    rows = _read(spark, plan, lang=None if lang == "auto" else lang, date=date, max_chars=limit)
    spread = rows.map(readers.keyed).repartitionAndSortWithinPartitions(
        partitions, partitionFunc=lambda key, n=partitions: readers.partition_of(key, n))
    coded = spread.mapPartitionsWithIndex(lambda i, items: code_partition(i, items, lang=lang))
    coded.persist(StorageLevel.MEMORY_AND_DISK)
    try:
        from pyspark.sql import functions as F
        events = spark.createDataFrame(coded.filter(lambda kv: kv[0] == "e").map(lambda kv: kv[1]),
                                       schema=writers.events_ddl())
        events = events.withColumn(writers.PARTITION_COLUMN, F.date_format("date", "yyyy-MM-dd"))
        (events.repartition(partitions, writers.PARTITION_COLUMN).write.mode(mode)
         .partitionBy(writers.PARTITION_COLUMN).parquet(f"{out}/{writers.EVENTS}"))
        articles = spark.createDataFrame(coded.filter(lambda kv: kv[0] == "a").map(lambda kv: kv[1]),
                                         schema=writers.ddl(writers.ARTICLE_FIELDS))
        articles.write.mode(mode).parquet(f"{out}/{writers.ARTICLES}")
        stats = spark.createDataFrame(coded.filter(lambda kv: kv[0] == "p").map(lambda kv: kv[1]),
                                      schema=writers.ddl(writers.PARTITION_FIELDS))
        stats.coalesce(1).write.mode(mode).parquet(f"{out}/{writers.PARTITIONS}")
        written = spark.read.parquet(f"{out}/{writers.ARTICLES}")
        states = {r["state"]: r["count"] for r in written.groupBy("state").count().collect()}
        n_events = int(written.agg(F.sum("events")).collect()[0][0] or 0)
    finally:
        coded.unpersist()
    return SparkSummary(out=out, states=states, events=n_events, partitions=partitions,
                        seconds=time.monotonic() - started)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="chronist.spark.job",
                                     description="Code articles on Spark (spark-submit this file).")
    add_arguments(parser)
    return parser


def add_arguments(p: argparse.ArgumentParser, *, master: str | None = None) -> None:
    p.add_argument("inputs", nargs="+", metavar="INPUT",
                   help="files, folders, Parquet datasets or URIs (hdfs://, s3a://) of articles")
    p.add_argument("--out", required=True, help="output folder or URI: events/, articles/, partitions/")
    from chronist.lang import available
    p.add_argument("--lang", choices=(*available(), "auto"), default="auto")
    p.add_argument("--date", type=dt.date.fromisoformat, help="publication date for inputs that carry none")
    p.add_argument("--master", default=master,
                   help="Spark master, e.g. local[2], yarn, k8s://..., spark://host:7077"
                        + (f" (default: {master})" if master else " (default: from spark-submit)"))
    p.add_argument("--partitions", type=int, help="coding partitions (default: 4 per core of the cluster)")
    p.add_argument("--max-chars", type=int, help="skip longer articles (default: 1000000)")
    p.add_argument("--overwrite", action="store_true", help="replace an existing output folder")


def main(argv: list[str] | None = None, *, master: str | None = None) -> int:
    args = build_parser().parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    try:
        with running(args.master or master) as spark:
            summary = run(spark, args.inputs, out=args.out, lang=args.lang, date=args.date,
                          partitions=args.partitions, max_chars=args.max_chars,
                          mode="overwrite" if args.overwrite else "errorifexists")
    except ChronistError as exc:
        print(f"chronist: error: {exc}", file=sys.stderr)
        return 2
    print("\n".join(summary.lines()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
