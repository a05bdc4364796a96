"""Ingest with the real pipeline into real SQLite files: every input in one state, resumable,
parallel, safe with two processes, clear on a full or read-only database."""
from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from chronist.errors import StoreError
from chronist.ingest import Progress, ingest
from chronist.store import Store

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "gipfel-diplomatie.txt"

GERMAN = ("Die Bundesregierung hat Russland am Montag scharf kritisiert. Außenministerin Baerbock "
          "forderte Moskau zum Rückzug seiner Truppen auf.")
ENGLISH = "The United States imposed new sanctions on Iran on Tuesday. Tehran condemned the decision."
FRENCH = "Le gouvernement a annoncé des sanctions contre le pays pour la semaine prochaine et la suite."


def numbered(n: int, *, paragraphs: int = 1) -> list[dict]:
    """``n`` distinct short German reports (two sentences a paragraph)."""
    return [{"id": f"m{i}", "date": "2022-03-01",
             "text": " ".join(f"Meldung {i}.{k}: Die Bundesregierung kritisierte Moskau scharf. Der Kanzler "
                              f"traf den französischen Präsidenten in Paris." for k in range(paragraphs))}
            for i in range(n)]


def write_jsonl(path: Path, records: list[dict | str]) -> Path:
    path.write_text("".join((r if isinstance(r, str) else json.dumps(r, ensure_ascii=False)) + "\n"
                            for r in records), "utf-8")
    return path


def chronist(*args: str, cwd: Path | None = None, **options) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "chronist.cli", *args], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, cwd=cwd or ROOT, **options)


def consistent(db: Path) -> dict:
    """Integrity, no orphan rows, every coded article with its sentences; returns the counts."""
    with sqlite3.connect(db) as raw:
        assert raw.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert raw.execute("PRAGMA foreign_key_check").fetchall() == []
        assert raw.execute("SELECT count(*) FROM articles a WHERE state = 'coded' AND NOT EXISTS "
                           "(SELECT 1 FROM sentences s WHERE s.article = a.id)").fetchone()[0] == 0
        assert raw.execute("SELECT count(*) FROM events e WHERE NOT EXISTS "
                           "(SELECT 1 FROM articles a WHERE a.id = e.article)").fetchone()[0] == 0
        assert raw.execute("SELECT count(*) FROM articles WHERE state <> 'coded' AND id IN "
                           "(SELECT article FROM sentences)").fetchone()[0] == 0
    raw.close()
    with Store.open(db) as store:
        return store.counts()


@pytest.fixture
def mixed(tmp_path: Path) -> Path:
    folder = tmp_path / "news"
    (folder / "sub").mkdir(parents=True)
    (folder / "de.txt").write_text(GERMAN, "utf-8")
    (folder / "sub" / "copy.txt").write_text(GERMAN, "utf-8")                 # same text, other name
    (folder / "en.txt").write_text("---\ndate: 2021-06-01\n---\n" + ENGLISH, "utf-8")
    (folder / "fr.txt").write_text(FRENCH, "utf-8")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00")
    (folder / "latin1.txt").write_bytes(GERMAN.replace("Montag", "Dienstag").encode("latin-1"))
    (folder / "utf16.txt").write_bytes(GERMAN.replace("Montag", "Freitag").encode("utf-16"))
    (folder / "notes.pdf").write_bytes(b"%PDF-1.4")
    write_jsonl(folder / "dump.jsonl", [
        {"id": "j1", "lang": "en", "text": "Russia threatened Ukraine with new attacks."},
        "{broken",
        {"id": "j1", "lang": "en", "text": "Russia threatened Ukraine with new attacks."},   # the same again
        {"id": "j4", "text": "Die Polizei nahm in Berlin Demonstranten fest.", "date": "1.3.2022"},
    ])
    return folder


def test_every_input_ends_in_exactly_one_state(tmp_path: Path, mixed: Path) -> None:
    db = tmp_path / "chronist.db"
    with Store.open(db) as store:
        summary = ingest([mixed], store=store, workers=1)
        pairs = store.conn.execute("SELECT article_id, state || ': ' || coalesce(reason, '') "
                                   "FROM articles ORDER BY id").fetchall()
    rows = dict(pairs[::-1])                                # the first row of an id wins
    # 9 article files + 4 JSON lines; notes.pdf is not an article format and is listed as ignored
    assert (summary.coded, summary.skipped, summary.failed, summary.already) == (5, 4, 3, 0)
    assert [p.name for p in summary.ignored] == ["notes.pdf"]
    counts = consistent(db)
    assert counts["articles"] == {"coded": 5, "skipped": 4, "failed": 3}
    assert sum(counts["articles"].values()) == 12
    assert rows["news/sub/copy.txt"] == "skipped: duplicate: same text as article 'news/de.txt'"
    assert rows["news/fr.txt"].startswith("skipped: unsupported language 'fr'")
    assert rows["news/empty.txt"] == "skipped: no text: the file is empty"
    assert rows["news/image.txt"].startswith("failed: looks like a binary file")
    assert rows["news/dump.jsonl:2"].startswith("failed: not valid JSON")
    assert rows["j4"].startswith("failed: date '1.3.2022' is not an ISO date")
    assert {k for k, v in rows.items() if v.startswith("coded")} == {
        "news/de.txt", "news/en.txt", "news/latin1.txt", "news/utf16.txt", "j1"}
    assert [v for k, v in pairs if k == "j1"] == ["coded: ", "skipped: duplicate: same text as article 'j1'"]
    assert summary.skip_reasons["duplicate"] == 2
    with Store.open(db) as store:
        langs = dict(store.conn.execute("SELECT article_id, lang FROM articles WHERE state = 'coded'"))
        assert langs["news/en.txt"] == "en" and langs["news/latin1.txt"] == "de"
        events_before = store.events()
    assert {r["article"] for r in events_before} >= {"news/de.txt", "news/en.txt"}


def test_rerun_is_a_no_op_except_for_failures(tmp_path: Path, mixed: Path) -> None:
    db = tmp_path / "chronist.db"
    with Store.open(db) as store:
        ingest([mixed], store=store, workers=1)
        before = (store.counts(), store.events())
        again = ingest([mixed], store=store, workers=1)
        assert (store.counts(), store.events()) == before
    # the three failed inputs are retried (and fail again); everything else is already stored
    assert (again.coded, again.skipped, again.failed, again.already) == (0, 0, 3, 9)


def test_fixed_line_replaces_its_failure(tmp_path: Path) -> None:
    db = tmp_path / "chronist.db"
    dump = write_jsonl(tmp_path / "dump.jsonl", [{"id": "a", "text": GERMAN, "date": "27.05.2018"},
                                                  {"id": "b", "text": ENGLISH}])
    with Store.open(db) as store:
        first = ingest([dump], store=store, workers=1)
        assert (first.coded, first.failed) == (1, 1)
        write_jsonl(dump, [{"id": "a", "text": GERMAN, "date": "2018-05-27"}, {"id": "b", "text": ENGLISH}])
        second = ingest([dump], store=store, workers=1)
        assert (second.coded, second.failed, second.already) == (1, 0, 1)
        assert store.counts()["articles"] == {"coded": 2, "skipped": 0, "failed": 0}
        pub = store.conn.execute("SELECT pub_date FROM articles WHERE article_id = 'a'").fetchone()[0]
    assert pub == "2018-05-27"


def test_two_workers_store_what_one_worker_stores(tmp_path: Path) -> None:
    dump = write_jsonl(tmp_path / "dump.jsonl", numbered(4) + [{"id": "en", "text": ENGLISH}])
    results = []
    for workers in (1, 2):
        with Store.open(tmp_path / f"w{workers}.db") as store:
            summary = ingest([dump], store=store, workers=workers)
            assert (summary.coded, summary.failed) == (5, 0)
            results.append(sorted((r["article"], r["sentence_index"], r["plover"], r["event_text"])
                                  for r in store.events()))
    assert results[0] and results[0] == results[1]


def _worker_pipeline() -> tuple[int, int]:
    import chronist.ingest.run as run
    return os.getpid(), id(run._pipeline)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="workers are forked on Linux only")
def test_workers_are_forked_with_the_main_process_pipeline(tmp_path: Path) -> None:
    """On Linux the main process loads the pipeline and forks the workers, which code with it
    (the same object, inherited) instead of starting an interpreter and loading their own."""
    import threading

    import chronist.ingest.run as run
    from chronist.io.readers import Input
    from chronist.model import Article
    assert run._start_method() == "fork"
    stop = threading.Event()
    other = threading.Thread(target=stop.wait)
    other.start()
    try:
        assert run._start_method() == "spawn"      # another thread's locks would stay locked in a fork
    finally:
        stop.set()
        other.join()
    with Store.open(tmp_path / "chronist.db") as store:
        state = run._Run(store, workers=2, progress=None)
        try:
            state.handle(Input(where="one", article=Article(text=GERMAN, id="one")), lang="de")
            pid, pipeline = state.executor.submit(_worker_pipeline).result(timeout=300)
            state.finish()
        finally:
            state.drop_executor(kill=False)
        assert pid != os.getpid() and pipeline == id(run._pipeline)
        assert state.summary.coded == 1


def test_progress_line(tmp_path: Path) -> None:
    import io
    stream = io.StringIO()
    dump = write_jsonl(tmp_path / "dump.jsonl", numbered(2) + ["{broken"])
    with Store.open(tmp_path / "chronist.db") as store:
        ingest([dump], store=store, workers=1, progress=Progress(stream, interval=0))
    last = stream.getvalue().rstrip("\n").split("\r")[-1]
    assert last.startswith("100% [####################] 3 articles")
    assert "sentences/s | " in last and "0 skipped | 1 failed" in last
    assert stream.getvalue().endswith("\n")


def test_full_database_stops_with_a_clear_error_and_no_half_rows(tmp_path: Path) -> None:
    db = tmp_path / "chronist.db"
    long_text = " ".join(f"Satz {i}: Die Regierung kritisierte die Opposition." for i in range(400))
    dump = write_jsonl(tmp_path / "dump.jsonl", numbered(2) + [{"id": "long", "text": long_text}])
    with Store.open(db) as store:
        pages = store.conn.execute("PRAGMA page_count").fetchone()[0]
        store.conn.execute(f"PRAGMA max_page_count = {pages + 12}")   # room for the short ones only
        with pytest.raises(StoreError, match="full") as info:
            ingest([dump], store=store, workers=1)
        assert "free some disk space" in str(info.value)
    assert consistent(db)["articles"] == {"coded": 2, "skipped": 0, "failed": 0}
    with Store.open(db) as store:                                        # space again: the rerun finishes
        summary = ingest([dump], store=store, workers=1)
    assert (summary.coded, summary.already) == (1, 2)
    assert consistent(db)["articles"]["coded"] == 3


def test_read_only_database_stops_with_a_clear_error(tmp_path: Path) -> None:
    db = tmp_path / "chronist.db"
    dump = write_jsonl(tmp_path / "dump.jsonl", numbered(1))
    with Store.open(db) as store:
        store.conn.execute("PRAGMA query_only = ON")      # SQLite refuses writes as on a read-only file
        with pytest.raises(StoreError, match="readonly") as info:
            ingest([dump], store=store, workers=1)
        assert str(db) in str(info.value)
    assert consistent(db)["articles"] == {"coded": 0, "skipped": 0, "failed": 0}


def _wait_for_coded(db: Path, at_least: int, process: subprocess.Popen, timeout: float = 120) -> int:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"ingest ended before it could be stopped: {process.communicate()}")
        if db.exists():
            try:
                with sqlite3.connect(db, timeout=5) as raw:
                    n = raw.execute("SELECT count(*) FROM articles WHERE state = 'coded'").fetchone()[0]
                raw.close()
                if n >= at_least:
                    return n
            except sqlite3.OperationalError:
                pass                                   # schema not there yet
        time.sleep(0.05)
    pytest.fail("ingest stored nothing in time")


def _ignore_sigint() -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)     # as a script or CI runner starts background jobs


@pytest.mark.parametrize("how, workers, started_by", [
    ("kill", "1", None), ("ctrl-c", "2", None), ("ctrl-c", "2", _ignore_sigint), ("term", "2", None)],
    ids=["killed", "interrupted", "interrupted-sigint-inherited-ignored", "terminated"])
def test_stopped_run_leaves_a_consistent_store_and_a_rerun_finishes(tmp_path: Path, how: str, workers: str,
                                                                    started_by) -> None:
    db = tmp_path / "chronist.db"
    dump = write_jsonl(tmp_path / "dump.jsonl", numbered(80, paragraphs=4))   # long enough to stop
    process = chronist("ingest", str(dump), "--db", str(db), "--workers", workers, "--lang", "de",
                       preexec_fn=started_by)
    _wait_for_coded(db, 3, process)
    process.send_signal({"kill": signal.SIGKILL, "ctrl-c": signal.SIGINT, "term": signal.SIGTERM}[how])
    out, err = process.communicate(timeout=60)
    if how == "kill":
        assert process.returncode == -signal.SIGKILL
    else:
        assert process.returncode == 130, err
        assert "interrupted" in out and "run the same command again" in out
    stored = consistent(db)["articles"]["coded"]
    assert 3 <= stored < 80
    with Store.open(db) as store:
        summary = ingest([dump], store=store, workers=1, lang="de")
    assert (summary.already, summary.coded) == (stored, 80 - stored)
    assert consistent(db)["articles"] == {"coded": 80, "skipped": 0, "failed": 0}


def test_two_ingest_processes_on_one_database(tmp_path: Path) -> None:
    db = tmp_path / "chronist.db"
    dump = write_jsonl(tmp_path / "dump.jsonl", numbered(40))
    first = chronist("ingest", str(dump), "--db", str(db), "--workers", "1")
    second = chronist("ingest", str(dump), "--db", str(db), "--workers", "1")
    outs = [p.communicate(timeout=300) for p in (first, second)]
    assert [p.returncode for p in (first, second)] == [0, 0], outs
    assert consistent(db)["articles"] == {"coded": 40, "skipped": 0, "failed": 0}
    coded = [int(out.split(" article(s) coded")[0]) for out, _ in outs]
    already = [int(out.split(", ")[1].split(" already")[0]) for out, _ in outs]
    assert sum(coded) == 40 and [c + a for c, a in zip(coded, already)] == [40, 40]


def test_cli_ingest_status_export(tmp_path: Path, mixed: Path) -> None:
    db = tmp_path / "chronist.db"
    run = chronist("ingest", str(mixed), "--db", str(db), "--workers", "1", "--progress")
    out, err = run.communicate(timeout=300)
    assert run.returncode == 0, err
    assert out.startswith("5 article(s) coded, 0 already stored, 4 skipped, 3 failed;")
    assert "dump.jsonl:2: not valid JSON" in out and "notes.pdf" in out
    assert "100% [####################] 12 articles" in err
    status = chronist("status", "--db", str(db))
    out, err = status.communicate(timeout=60)
    assert status.returncode == 0, err
    assert f"{db}: 12 articles: 5 coded, 4 skipped, 3 failed" in out
    assert "skipped: 2 duplicate, 1 no text, 1 unsupported language 'fr'" in out
    parquet = tmp_path / "events.parquet"
    export = chronist("export", "--db", str(db), "--format", "parquet", "--output", str(parquet))
    out, err = export.communicate(timeout=60)
    assert export.returncode == 0, err
    with Store.open(db) as store:
        assert err.strip() == f"{store.counts()['events']} events -> {parquet}"
    jsonl = chronist("export", "--db", str(db), "--format", "jsonl", "--category", "threaten")
    out, _ = jsonl.communicate(timeout=60)
    records = [json.loads(line) for line in out.splitlines()]
    assert records and {r["event"] for r in records} == {"THREATEN"}
    missing = chronist("status", "--db", str(tmp_path / "none.db"))
    _, err = missing.communicate(timeout=60)
    assert missing.returncode == 2 and "no such database" in err


def test_standard_input(tmp_path: Path) -> None:
    db = tmp_path / "chronist.db"
    run = chronist("ingest", "-", "--db", str(db), "--workers", "1", stdin=subprocess.PIPE)
    out, err = run.communicate(json.dumps({"id": "s1", "text": GERMAN}) + "\n", timeout=300)
    assert run.returncode == 0, err
    assert out.startswith("1 article(s) coded")
    with Store.open(db) as store:
        assert store.conn.execute("SELECT article_id, text FROM articles").fetchall() == [("s1", GERMAN)]


def _workers_of(pid: int) -> list[int]:
    """The coding processes started by ingest ``pid`` (forked, or spawned: not multiprocessing's
    resource tracker)."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            parent = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            command = (entry / "cmdline").read_bytes()
        except OSError:
            continue
        if parent == pid and b"resource_tracker" not in command:
            found.append(int(entry.name))
    return found


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs /proc to find the worker processes")
def test_killed_worker_fails_its_articles_and_the_run_goes_on(tmp_path: Path) -> None:
    db = tmp_path / "chronist.db"
    dump = write_jsonl(tmp_path / "dump.jsonl", numbered(30, paragraphs=4))
    process = chronist("ingest", str(dump), "--db", str(db), "--workers", "2", "--lang", "de")
    _wait_for_coded(db, 1, process)
    workers = _workers_of(process.pid)
    assert len(workers) == 2
    os.kill(workers[0], signal.SIGKILL)
    out, err = process.communicate(timeout=300)
    assert process.returncode == 0, err
    assert "a worker process died while coding" in out
    counts = consistent(db)["articles"]
    assert counts["failed"] >= 1 and counts["coded"] + counts["failed"] == 30
    with Store.open(db) as store:
        summary = ingest([dump], store=store, workers=1, lang="de")
    assert summary.coded == counts["failed"]
    assert consistent(db)["articles"] == {"coded": 30, "skipped": 0, "failed": 0}


class _PoolInOrder:
    """A stand-in for the worker pool: codes in this process, except that the first pool
    built reports itself broken at the next submit (a worker died before any of its
    futures was collected: the race the killed-worker test meets now and then)."""

    built = 0

    def __init__(self, *args, **kwargs) -> None:
        type(self).built += 1
        self.broken = type(self).built == 1
        self.submitted = 0
        self._processes: dict = {}

    def submit(self, function, *args):
        from concurrent.futures import Future
        from concurrent.futures.process import BrokenProcessPool
        if self.broken and self.submitted:
            raise BrokenProcessPool("A child process terminated abruptly")
        self.submitted += 1
        future: Future = Future()
        if not self.broken:
            future.set_result(function(*args))
        return future                               # the broken pool's first article never ends

    def shutdown(self, **kwargs) -> None:
        pass


def test_pool_found_broken_at_submit_fails_the_articles_in_flight(tmp_path: Path, monkeypatch) -> None:
    import chronist.ingest.run as run
    monkeypatch.setattr(run, "ProcessPoolExecutor", _PoolInOrder)
    monkeypatch.setattr(_PoolInOrder, "built", 0)
    dump = write_jsonl(tmp_path / "dump.jsonl", numbered(3))
    with Store.open(tmp_path / "chronist.db") as store:
        summary = ingest([dump], store=store, workers=2, lang="de")
    assert (summary.coded, summary.failed) == (2, 1)
    assert _PoolInOrder.built == 2
    assert consistent(tmp_path / "chronist.db")["articles"] == {"coded": 2, "skipped": 0, "failed": 1}


def _rows(db: Path) -> list[tuple]:
    with sqlite3.connect(db) as raw:
        rows = raw.execute("SELECT id, article_id, state, coalesce(reason, '') FROM articles ORDER BY id").fetchall()
    raw.close()
    return rows


def test_outcomes_are_written_in_groups_in_the_order_of_one_by_one(tmp_path: Path, monkeypatch) -> None:
    """The first outcome at once, then groups of GROUP; a row of another kind (a broken line)
    writes the group first, so the rows, events and stories are those of writing each at once."""
    import chronist.ingest.run as run
    records = numbered(9)
    dump = write_jsonl(tmp_path / "dump.jsonl", records[:7] + ["{broken"] + records[7:])
    groups: list[int] = []
    write = run._Run.write_outcomes

    def counted(self) -> None:
        if self.unwritten:
            groups.append(len(self.unwritten))
        write(self)

    monkeypatch.setattr(run._Run, "write_outcomes", counted)
    results = {}
    for group, seconds in ((1, 1e9), (3, 1e9), (100, 0.0)):
        monkeypatch.setattr(run, "GROUP", group)
        monkeypatch.setattr(run, "GROUP_SECONDS", seconds)
        groups.clear()
        db = tmp_path / f"group{group}.db"
        with Store.open(db) as store:
            summary = ingest([dump], store=store, workers=1, lang="de")
            results[group] = (_rows(db), store.events(dedup=False), store.stories(), list(groups))
        assert (summary.coded, summary.failed) == (9, 1)
    assert results[1][3] == [1] * 9 and results[100][3] == [1] * 9    # every group due at once
    assert results[3][3] == [1, 3, 3, 2]
    assert results[3][:3] == results[1][:3] == results[100][:3]


def test_interrupt_stores_the_group_coded_before(tmp_path: Path, monkeypatch) -> None:
    import chronist.ingest.run as run
    monkeypatch.setattr(run, "GROUP", 100)
    monkeypatch.setattr(run, "GROUP_SECONDS", 1e9)
    code = run.code_article
    calls = []

    def interrupted_at_the_fifth(*args, **kwargs):
        calls.append(1)
        if len(calls) == 5:
            raise KeyboardInterrupt
        return code(*args, **kwargs)

    monkeypatch.setattr(run, "code_article", interrupted_at_the_fifth)
    dump = write_jsonl(tmp_path / "dump.jsonl", numbered(8))
    with Store.open(tmp_path / "chronist.db") as store:
        summary = ingest([dump], store=store, workers=1, lang="de")
    assert summary.interrupted and summary.coded == 4
    assert [r[1] for r in _rows(tmp_path / "chronist.db")] == ["m0", "m1", "m2", "m3"]


@pytest.mark.parametrize("batches", [True, False], ids=["one-transaction-a-group", "one-an-article"])
def test_store_error_in_a_group_keeps_the_articles_before_it(tmp_path: Path, monkeypatch, batches: bool) -> None:
    """A group the store refuses is written again one article a transaction: the articles before
    the one that fails are stored and counted, the run stops at that one. A store that does not
    batch (PostgreSQL) writes a group one article a transaction from the start."""
    import chronist.ingest.run as run
    from chronist.store.db import SqliteStore
    monkeypatch.setattr(SqliteStore, "batches", batches)
    monkeypatch.setattr(run, "GROUP", 100)
    monkeypatch.setattr(run, "GROUP_SECONDS", 1e9)
    add = Store.add

    def refuses_m3(self, doc):
        if doc.article.id == "m3":
            raise StoreError("disk full")
        return add(self, doc)

    monkeypatch.setattr(Store, "add", refuses_m3)
    dump = write_jsonl(tmp_path / "dump.jsonl", numbered(6))
    with Store.open(tmp_path / "chronist.db") as store:
        with pytest.raises(StoreError, match="disk full"):
            ingest([dump], store=store, workers=1, lang="de")
    assert [r[1] for r in _rows(tmp_path / "chronist.db")] == ["m0", "m1", "m2"]
