"""Ingest: read inputs, code them on several cores, store every outcome.

The main process reads the inputs, decides what needs coding and is the only
writer to SQLite; worker processes (``workers`` of them) code articles. On Linux
the main process loads the pipeline for the first article's language and then
forks the workers, which share its models and dictionaries (copy-on-write) and
start coding at once; elsewhere, or when the caller runs other threads, each
worker is a new interpreter that loads its own pipeline. Every input ends in one state:

- **coded**, with its sentences and events (written whole, in its group's transaction);
- **skipped**, with the reason: ``duplicate`` (the same text under another id,
  or twice in this run), ``unsupported language 'fr'``, ``language not
  recognised``, ``no text`` (empty file, record or page), ``too long``;
- **failed**, with the error: unreadable or binary file, broken JSON line
  (with its line number), invalid feed XML, a date that is not ISO, an
  exception while coding.

An input whose id and text are already stored is that article again: nothing
is written (``already stored``), so re-running an interrupted or finished
ingest only codes what is missing. A **failed** input is retried on the next
run and its row replaced by the new outcome (a failed line that reads fine
now loses its failed row); skipped ones are not retried.

Coded (and failed) articles are written in groups, one transaction a group (see
``GROUP``): a group is written once it holds ``GROUP`` articles or its first one has
waited ``GROUP_SECONDS``, before any other row is written (so the rows keep the order
of the inputs' outcomes) and at the end. The counts and the progress line count
written articles only. Interrupting (Ctrl-C) loses at most the articles being coded
at that moment (the group coded before is written first); killing the process
(``kill -9``) also loses the group not yet written, at most ``GROUP_SECONDS`` of work:
each stored article was committed whole, and the next run codes the others. Workers
watch their parent: killed with ``kill -9``, the main process takes its workers with
it within a second.

Every article has a time budget (``budget`` seconds; by default 120 s plus 1 s per
1,000 characters): an article whose coding takes longer is recorded as failed
("took longer than N s") and the run goes on. The budget interrupts Python code
(a timer signal in the process that codes); the caps of :mod:`chronist.lang.limits`
keep the known slow spots inside spaCy's and HanTa's own loops short.
"""
from __future__ import annotations

import dataclasses
import gc
import logging
import multiprocessing
import os
import signal
import sys
import threading
import time
from collections.abc import Iterable
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import BinaryIO

from chronist.errors import InputError, StoreError
from chronist.ingest.progress import Progress
from chronist.ingest.summary import IngestSummary
from chronist.io.readers import DEFAULT_MAX_CHARS, Input, input_key, iter_inputs, list_sources
from chronist import lang as languages
from chronist.lang.detect import decide
from chronist.model import Article, Document, Sentence
from chronist.store import Store

log = logging.getLogger(__name__)

# ("coded", Document) or ("failed", reason)
Outcome = tuple[str, object]

# Articles handed to the pool per worker before the main process waits for an outcome: enough
# that a worker finds its next article queued while the main process stores the last ones
# (three processes share the cores, so the main process is not always running when a worker
# finishes), few enough that an interrupted run loses little.
IN_FLIGHT = 4

# Outcomes written in one transaction: at most GROUP of them, the first of them at most
# GROUP_SECONDS old. One transaction per article made the search index (FTS5) write and merge a
# segment per article: of the main process's 2.9 s of CPU storing 925 articles of 10kGNAD, 2.4 s
# were the index; in groups of 32 storing takes 1.0 s (Store.batch).
GROUP = 32
GROUP_SECONDS = 1.0

_DIED = "a worker process died while coding (out of memory, or killed); run ingest again to retry"
_pipeline = None          # one per process (a forked worker starts with the main process's)
_dictionaries: str | None = None    # the dictionary spec it was built with


def _init_worker(parent: int | None = None, dictionaries: str | None = None) -> None:
    from chronist.spacy_cli import defer_spacy_cli
    defer_spacy_cli()                                # a worker runs no spaCy command
    signal.signal(signal.SIGINT, signal.SIG_IGN)     # Ctrl-C is the main process's business
    signal.signal(signal.SIGTERM, signal.SIG_DFL)    # a forked worker inherits the run's handler
    # The parent's pid comes from the parent: a worker that starts after its parent died
    # (killed while the workers were still importing) must not watch its new parent.
    threading.Thread(target=_watch_parent, args=(parent or os.getppid(),), name="chronist-parent-watch",
                     daemon=True).start()
    _load_pipeline(dictionaries)


def _start_method() -> str:
    """``fork`` where forking a loaded pipeline is safe: on Linux (macOS's system libraries
    do not survive a fork, Windows has none), and only when this process runs no other
    thread (a lock another thread holds at the fork stays locked in the worker for ever);
    else ``spawn``."""
    if sys.platform.startswith("linux") and threading.active_count() == 1:
        return "fork"
    return "spawn"


def _load_before_fork(lang: str, dictionaries: str | None) -> None:
    """Load and warm the pipeline for ``lang`` in this process, so that forked workers begin
    with it (no start-up of their own, one copy of the tables in memory); what was loaded is
    frozen out of the garbage collector, which would otherwise write to every object it walks
    and so copy the shared pages into each worker."""
    if lang in languages.available():
        _load_pipeline(dictionaries).warm(lang)
    gc.freeze()


def _watch_parent(parent: int, interval: float = 0.5) -> None:
    """End this worker when its parent is gone (killed with kill -9, it cannot tell its workers)."""
    while True:
        time.sleep(interval)
        if os.getppid() != parent:
            os._exit(1)


class _Overtime(BaseException):
    """Raised by the timer when an article's coding exceeds its budget (a BaseException, so
    that no stage's ``except Exception`` swallows it)."""


_ARMED = [False]          # whether the budget timer may still interrupt the article being coded
_AGAIN = 0.25             # seconds between alarms after the budget is spent


def _overtime(signum, frame) -> None:
    # The alarm repeats: one that lands inside a garbage-collector callback is swallowed by the
    # interpreter ("Exception ignored in ..."), and the next one stops the article.
    if _ARMED[0]:
        raise _Overtime


def article_budget(article: Article, budget: float | None) -> float:
    """Seconds one article may take: ``budget``, or 120 s plus 1 s per 1,000 characters."""
    return budget if budget is not None else 120.0 + len(article.text or "") / 1000


def _load_pipeline(dictionaries: str | None = None):
    """This process's pipeline, built once per dictionary spec (``--dictionaries``)."""
    global _pipeline, _dictionaries
    if _pipeline is None or dictionaries != _dictionaries:
        from chronist.pipeline import Pipeline
        _pipeline = Pipeline.from_config({"dictionaries": dictionaries})
        _dictionaries = dictionaries
    return _pipeline


def _overtime_inside(exc: BaseException) -> bool:
    """Whether the budget's alarm is what went wrong: one that lands as a compiled (numba)
    function returns comes back as a SystemError whose context is the alarm's exception."""
    seen: set[int] = set()
    while exc is not None and id(exc) not in seen:
        if isinstance(exc, _Overtime):
            return True
        seen.add(id(exc))
        exc = exc.__cause__ or exc.__context__
    return False


def code_article(article: Article, lang: str, budget: float | None = None,
                 dictionaries: str | None = None) -> Outcome:
    """Code one article in this process; an exception becomes a failed outcome, and so does
    coding that takes longer than ``budget`` seconds (in the main thread; None: no budget)."""
    pipeline = _load_pipeline(dictionaries)
    if lang in languages.available():
        pipeline.warm(lang)                             # loading is not part of the budget
    timed = (budget is not None and budget > 0 and hasattr(signal, "setitimer")
             and threading.current_thread() is threading.main_thread())
    try:
        if timed:
            previous = signal.signal(signal.SIGALRM, _overtime)
            _ARMED[0] = True
            signal.setitimer(signal.ITIMER_REAL, budget, _AGAIN)
        try:
            doc = pipeline.process(article, lang=lang)
        except Exception as exc:          # any bug in a stage fails this article, not the run
            if _overtime_inside(exc):
                raise _Overtime from None
            log.debug("coding %r failed", article.id, exc_info=True)
            return "failed", f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
        finally:
            if timed:
                _ARMED[0] = False         # first: an alarm from here on raises nothing
                signal.setitimer(signal.ITIMER_REAL, 0)
                signal.signal(signal.SIGALRM, previous)
    except _Overtime:
        return "failed", (f"took longer than {budget:g} s (the time budget of one article); split it, "
                          "or raise the budget")
    # Only what the store keeps travels back: sentences without tokens and clauses.
    doc.sentences = [Sentence(index=s.index, text=s.text, start=s.start, end=s.end, caption=s.caption)
                     for s in doc.sentences]
    return "coded", doc


def choose_language(article: Article, lang: str) -> tuple[str | None, str | None]:
    """(language to code in, None) or (None, reason to skip the article): ``decide``."""
    return decide(article, lang)


class _Run:
    """The state of one ingest run: the store, the counts, the articles being coded."""

    def __init__(self, store: Store, *, workers: int, progress: Progress | None,
                 budget: float | None = None, dictionaries: str | None = None) -> None:
        self.store = store
        self.dictionaries = dictionaries
        self.budget = budget
        self.workers = workers
        self.progress = progress
        self.summary = IngestSummary()
        self.seen: dict[str, str] = {}                  # content hash -> article id, this run
        self.pending: dict[Future, Input] = {}
        self.executor: ProcessPoolExecutor | None = None
        self.done_bytes = 0
        self.unwritten: list[tuple[Input, Outcome]] = []    # outcomes of the group not yet written
        self.unwritten_since = 0.0                          # when its first one came
        self.written = False                                # whether a group was written yet

    # -- writing (the only place that writes) --------------------------------

    def record_outcome(self, item: Input, outcome: Outcome) -> None:
        """Add a coded or failed article to the group to write (written now when it is due)."""
        if not self.unwritten:
            self.unwritten_since = time.monotonic()
        self.unwritten.append((item, outcome))
        self.write_due()

    def write_due(self) -> None:
        """Write the group when it is full or its first outcome has waited long enough; the run's
        first outcome is written at once (the progress line, and a reader of the store, see the
        run store articles as soon as it does)."""
        if self.unwritten and (len(self.unwritten) >= GROUP or not self.written
                               or time.monotonic() - self.unwritten_since >= GROUP_SECONDS):
            self.write_outcomes()

    def seconds_to_write(self) -> float | None:
        """How long the main process may wait for an outcome before the group is due (None: no group)."""
        if not self.unwritten:
            return None
        return max(0.0, self.unwritten_since + GROUP_SECONDS - time.monotonic())

    def write_outcomes(self) -> None:
        """Write the group in one transaction. When that is interrupted nothing of it is stored,
        the counts are those before it, and the group stays to be written again. When the store
        refuses it (disk full), the group is written again one article a transaction, so that,
        as when every article was written at once, the articles before the one that does not fit
        are stored and the run stops at that one."""
        if not self.unwritten:
            return
        if not self.store.batches:               # PostgreSQL: each article its own transaction
            self.write_one_by_one()
            return
        before = dataclasses.replace(self.summary, skip_reasons=self.summary.skip_reasons.copy(),
                                     failures=list(self.summary.failures))
        try:
            with self.store.batch():
                for item, outcome in self.unwritten:
                    self.write_outcome(item, outcome)
        except StoreError:
            self.summary = before
            self.write_one_by_one()
            return
        except BaseException:
            self.summary = before
            raise
        self.unwritten.clear()
        self.written = True

    def write_one_by_one(self) -> None:
        while self.unwritten:
            self.write_outcome(*self.unwritten[0])
            del self.unwritten[0]
        self.written = True

    def record_problem(self, item: Input) -> None:
        self.write_outcomes()                        # rows in the order of the outcomes
        add = self.store.add_skipped if item.state == "skipped" else self.store.add_failed
        if add(item.article, item.reason or "", key=item.key):
            self.summary.count(item.state, item.where, item.reason)
        else:
            self.summary.already += 1

    def record_duplicate(self, item: Input, original: str) -> None:
        self.write_outcomes()
        self.store_duplicate(item, original)

    def store_duplicate(self, item: Input, original: str) -> None:
        article = item.article
        stand_in = Article(text="", id=article.id, title=article.title, source=article.source, url=article.url,
                           date=article.date, lang=article.lang)
        reason = f"duplicate: same text as article {original!r}"
        if self.store.add_skipped(stand_in, reason,
                                  key=input_key(f"duplicate {item.where} {article.content_hash}")):
            self.summary.count("skipped", item.where, reason)
        else:
            self.summary.already += 1

    def write_outcome(self, item: Input, outcome: Outcome) -> None:
        state, value = outcome
        if state == "failed":
            if self.store.add_failed(item.article, str(value)):
                self.summary.count("failed", item.where, str(value))
            else:
                self.summary.already += 1
            return
        doc: Document = value  # type: ignore[assignment]
        if self.store.add(doc):
            self.summary.coded += 1
            self.summary.sentences += len(doc.sentences)
            self.summary.events += len(doc.events)
            return
        # Stored meanwhile by another ingest process on the same database.
        stored = self.store.lookup(item.article)
        if stored is not None and stored[1] != item.article.id:
            self.store_duplicate(item, stored[1])
        else:
            self.summary.already += 1

    # -- deciding ------------------------------------------------------------

    def handle(self, item: Input, *, lang: str) -> None:
        self.done_bytes = max(self.done_bytes, item.done)
        if item.state is not None:
            self.record_problem(item)
            return
        article = item.article
        earlier = input_key(item.where)             # a failed read of this place: retried now
        if self.store.lookup(earlier) is not None:
            self.write_outcomes()
            self.store.drop_failed(earlier)
        content_hash = article.content_hash
        if content_hash in self.seen:
            self.record_duplicate(item, self.seen[content_hash])
            return
        stored = self.store.lookup(content_hash)
        if stored is not None and stored[0] != "failed":
            if stored[1] == article.id:
                self.summary.already += 1
            else:
                self.record_duplicate(item, stored[1])
            return
        self.seen[content_hash] = article.id
        chosen, why = choose_language(article, lang)
        if chosen is None:
            skipped = Input(where=item.where, article=article, state="skipped", reason=why)
            self.record_problem(skipped)
            return
        if self.workers <= 1:
            self.record_outcome(item, code_article(article, chosen, article_budget(article, self.budget),
                                                   self.dictionaries))
        else:
            self.submit(item, chosen)

    # -- the worker pool -----------------------------------------------------

    def submit(self, item: Input, lang: str) -> None:
        if self.executor is None:
            method = _start_method()
            if method == "fork":
                _load_before_fork(lang, self.dictionaries)
            self.executor = ProcessPoolExecutor(max_workers=self.workers, initializer=_init_worker,
                                                initargs=(os.getpid(), self.dictionaries),
                                                mp_context=multiprocessing.get_context(method))
        try:
            future = self.executor.submit(code_article, item.article, lang,
                                          article_budget(item.article, self.budget), self.dictionaries)
        except BrokenProcessPool:
            # The pool noticed a dead worker before any of its futures was collected.
            self.lose_pool()
            self.submit(item, lang)
            return
        self.pending[future] = item
        while len(self.pending) >= IN_FLIGHT * self.workers:
            self.collect(block=True)

    def collect(self, *, block: bool) -> None:
        """Write the outcomes of finished articles (waiting for at least one when ``block``)."""
        if not self.pending:
            return
        done, _ = wait(list(self.pending), timeout=self.seconds_to_write() if block else 0,
                       return_when=FIRST_COMPLETED)
        self.write_due()                             # when the wait ended for the group
        for future in done:
            item = self.pending.pop(future)
            try:
                outcome = future.result()
            except BrokenProcessPool:
                self.pending[future] = item
                self.lose_pool()
                return
            self.record_outcome(item, outcome)

    def lose_pool(self) -> None:
        """A worker died (out of memory, killed): which article it was coding is unknown, so every
        article in flight that has no outcome yet is recorded as failed (retried by the next run);
        a new pool codes the rest."""
        self.drop_executor(kill=True)
        for future, lost in self.pending.items():
            finished = future.done() and not future.cancelled() and future.exception() is None
            self.record_outcome(lost, future.result() if finished else ("failed", _DIED))
        self.pending.clear()

    def finish(self) -> None:
        while self.pending:
            self.collect(block=True)
        self.write_outcomes()

    def drop_executor(self, *, kill: bool) -> None:
        executor, self.executor = self.executor, None
        if executor is None:
            return
        if kill:
            for process in list((getattr(executor, "_processes", None) or {}).values()):
                if process.is_alive():
                    process.terminate()
        executor.shutdown(wait=True, cancel_futures=True)

    def tick(self, *, force: bool = False) -> None:
        if self.progress is not None:
            self.progress.update(self.summary, self.done_bytes, force=force)


def ingest(names: Iterable[str | Path], *, store: Store, lang: str = "auto", date=None, workers: int = 0,
           max_chars: int = DEFAULT_MAX_CHARS, progress: Progress | None = None,
           stdin: BinaryIO | None = None, budget: float | None = None,
           dictionaries: str | None = None) -> IngestSummary:
    """Read, code and store every article behind ``names`` (files, folders, ``-``).

    ``workers``: coding processes; 0 means one per core, 1 codes in this
    process. ``budget``: seconds one article may take before it is recorded
    as failed (None: 120 s plus 1 s per 1,000 characters). ``dictionaries``: a spec such as
    "builtin,petrarch:DIR" (see ``chronist code --dictionaries``). Returns the counts of this run; after Ctrl-C they say
    ``interrupted``. A StoreError (disk full, database
    locked for longer than the store's timeout) stops the run: what was stored
    before stays stored, the article being written is not half-written.
    """
    if lang not in ("auto", *languages.available()):
        raise InputError(f"unknown language {lang!r}; use one of auto, {', '.join(languages.available())}")
    if max_chars < 1:
        raise InputError(f"max_chars={max_chars} is not a length; give a number of characters >= 1")
    if dictionaries not in (None, "", "builtin"):
        from chronist.pipeline import stacked_dictionaries
        stacked_dictionaries(dictionaries)          # a bad spec fails here, not in every worker
    listing = list_sources(names, stdin=stdin)
    workers = workers or os.cpu_count() or 1
    if budget is not None and not budget > 0:
        raise InputError(f"budget={budget!r} is not a time; give a number of seconds > 0 or None")
    if str(store.path) == ":memory:":
        log.warning("ingest into a store in memory: nothing is kept after the store is closed")
    run = _Run(store, workers=workers, progress=progress, budget=budget, dictionaries=dictionaries)
    run.summary.ignored = listing.ignored
    if progress is not None:
        progress.total = listing.size
    started = time.monotonic()
    try:
        for item in iter_inputs(listing, lang=None if lang == "auto" else lang, date=date, max_chars=max_chars):
            run.handle(item, lang=lang)
            if run.pending:
                run.collect(block=False)
            run.write_due()
            run.tick()
        run.finish()
        run.drop_executor(kill=False)
    except KeyboardInterrupt:
        # The articles being coded are dropped; every stored one is whole. The caller reports.
        run.pending.clear()
        try:
            run.write_outcomes()             # the articles coded before the interrupt
        except KeyboardInterrupt:            # a second Ctrl-C: the group is not written
            pass
        run.summary.interrupted = True
    finally:
        run.drop_executor(kill=True)
        run.summary.seconds = time.monotonic() - started
        if progress is not None:
            progress.close(run.summary, run.done_bytes)
    return run.summary
