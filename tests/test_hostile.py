"""Hostile input: nothing crashes, nothing hangs, nothing is lost (issue 18).

Every bad input ends as a failed (or skipped) article with its reason, the good article
beside it is stored exactly once, on the first run and on a rerun. Real files, a real
SQLite store, the real pipeline; no mocks.
"""
from __future__ import annotations

import datetime as dt
import importlib.util
import io
import json
import os
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

import pytest

from chronist.cli import main
from chronist.errors import InputError
from chronist.ingest import ingest
from chronist.io import formats
from chronist.io.decode import decode
from chronist.io.readers import iter_inputs, list_sources
from chronist.lang.limits import MAX_PUNCT_RUN, MAX_TOKEN, cap_text
from chronist.model import Article
from chronist.store import Store

ROOT = Path(__file__).resolve().parents[1]
GOOD = "Die Bundesregierung kritisierte Russland am Montag scharf wegen der Angriffe in der Ukraine."
OTHER = "Frankreich verurteilte Nordkorea wegen des Raketentests und forderte neue Gespräche."


def _rows(db: Path) -> list[tuple[str, str, str | None]]:
    with Store.open(db) as store:
        return [tuple(r) for r in store.conn.execute(
            "SELECT article_id, state, reason FROM articles ORDER BY article_id")]


def _twice(names, db: Path, **options):
    """Ingest twice into ``db``; the rows after each run."""
    rows = []
    for _ in range(2):
        with Store.open(db) as store:
            ingest(names, store=store, lang="de", workers=1, **options)
        rows.append(_rows(db))
    return rows


def _states(rows) -> dict[str, tuple[str, str | None]]:
    return {article_id.rsplit("/", 1)[-1]: (state, reason) for article_id, state, reason in rows}


# -- CSV and JSON Lines ------------------------------------------------------------


def test_csv_field_over_128_kib_fails_that_row_only(tmp_path: Path) -> None:
    path = tmp_path / "big.csv"
    huge = "Wort " * 50_000                             # 250,000 characters: over the field limit
    long = "Wort " * 27_000                             # 135,000 characters: over 128 KiB, under the limit
    path.write_text(f'id,text\ngood,"{GOOD}"\nhuge,"{huge}"\nlong,"{long}"\nother,"{OTHER}"\n', "utf-8")
    first, second = _twice([path], tmp_path / "c.db", max_chars=50_000)
    assert first == second
    states = _states(first)
    assert states["good"][0] == states["other"][0] == "coded"
    assert states["big.csv:3"][0] == "failed" and "field larger than field limit" in states["big.csv:3"][1]
    assert states["long"] == ("skipped", states["long"][1]) and "too long" in states["long"][1]
    assert len(first) == 4


def test_jsonl_hostile_records_fail_one_by_one(tmp_path: Path) -> None:
    path = tmp_path / "dump.jsonl"
    lines = [json.dumps({"id": "good", "text": GOOD}),
             '{"id": "surrogate", "text": "Text mit \\ud800 darin"}',
             json.dumps({"id": "lang5", "text": OTHER, "lang": 5}),
             json.dumps({"id": "title", "text": OTHER + " Zwei.", "title": {"a": 1}}),
             json.dumps({"id": ["x"], "text": OTHER + " Drei."}),
             "[" * 100_000 + "]" * 100_000,
             json.dumps({"id": "huge", "text": "Wort " * 13_000}),
             json.dumps({"id": "other", "text": OTHER})]
    path.write_text("\n".join(lines) + "\n", "utf-8")
    first, second = _twice([path], tmp_path / "j.db", max_chars=60_000)
    assert first == second
    states = _states(first)
    assert states["good"][0] == states["other"][0] == "coded"
    reasons = {key: reason for key, (state, reason) in states.items() if state != "coded"}
    assert "lone surrogate (\\ud800)" in reasons["dump.jsonl:2"]
    assert '"lang" is a int (5); give a string' in reasons["dump.jsonl:3"]
    assert '"title" is a dict ({"a": 1}); give a string' in reasons["dump.jsonl:4"]
    assert '"id" is a list' in reasons["dump.jsonl:5"]
    assert "nested too deeply" in reasons["dump.jsonl:6"]
    assert "too long" in reasons["huge"]
    assert len(first) == 8


def test_jsonl_line_over_the_limit_is_not_read_whole(tmp_path: Path) -> None:
    path = tmp_path / "long.jsonl"
    path.write_text(json.dumps({"text": "x" * 8_000_000}) + "\n" + json.dumps({"id": "ok", "text": GOOD}) + "\n")
    tracemalloc.start()
    items = list(iter_inputs(list_sources([path]), max_chars=1_000))
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert [i.state for i in items] == ["skipped", None] and "too long" in items[0].reason
    assert peak < 2_000_000                       # the 8 MB line was never held whole


def test_article_refuses_a_lone_surrogate() -> None:
    with pytest.raises(InputError, match="lone surrogate"):
        Article(text="a\ud800b", id="x")
    assert Article(text="ein Emoji 😀", id="y").content_hash


# -- folders ---------------------------------------------------------------------


def test_folder_with_broken_links_unreadable_files_and_a_fifo(tmp_path: Path) -> None:
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "a-good.txt").write_text(GOOD, "utf-8")
    (folder / "dangling.txt").symlink_to(folder / "gone.txt")
    (folder / "loop.txt").symlink_to(folder / "loop.txt")
    os.mkfifo(folder / "pipe.txt")
    locked = folder / "locked.txt"
    locked.write_text(OTHER + " Gesperrt.", "utf-8")
    locked.chmod(0)
    (folder / "z-other.txt").write_text(OTHER, "utf-8")
    try:
        first, second = _twice([folder], tmp_path / "f.db")
    finally:
        locked.chmod(0o644)
    assert first == second
    states = _states(first)
    assert states["a-good.txt"][0] == states["z-other.txt"][0] == "coded"
    assert "symbolic link to a missing file" in states["dangling.txt"][1]
    assert "points back to itself" in states["loop.txt"][1]
    assert "not a regular file but a FIFO" in states["pipe.txt"][1]
    if os.geteuid() != 0:                          # root reads any file
        assert states["locked.txt"] == ("failed", states["locked.txt"][1])
        assert "no permission" in states["locked.txt"][1]
    assert {state for key, (state, _) in states.items() if key not in ("a-good.txt", "z-other.txt", "locked.txt")} \
        == {"failed"}


# -- dates at the ends of the calendar --------------------------------------------


@pytest.mark.parametrize("pub", [dt.date(1, 1, 1), dt.date(9999, 12, 31)], ids=["0001-01-01", "9999-12-31"])
@pytest.mark.parametrize("lang, text", [
    ("de", "Merkel traf gestern Macron. Morgen besucht Merkel Macron. Im März traf Merkel Putin. "
           "Nächstes Jahr trifft Merkel Macron. Vor zwei Wochen traf Merkel Macron."),
    ("en", "Merkel met Macron yesterday. Tomorrow Merkel will visit Macron. Next year Merkel will meet Macron."),
], ids=["de", "en"])
def test_relative_dates_at_the_ends_of_the_calendar(pipeline, pub: dt.date, lang: str, text: str) -> None:
    doc = pipeline.process(Article(text=text, id="x", date=pub), lang=lang)
    assert doc.events
    for event in doc.events:
        assert event.date is None or 1 <= int(event.date[:4]) <= 9999 and len(event.date.split("-")[0]) == 4


@pytest.fixture(scope="module")
def pipeline():
    from chronist.pipeline import Pipeline
    return Pipeline.default()


# -- caps and the time budget -------------------------------------------------------


HOSTILE = {
    "dots": "." * 2000, "zero-width": "\u200b" * 1000, "url": "https://example.org/" + "abcdefghij/" * 180,
    "commas": "," * 10_000, "spaced-commas": ", " * 5000, "parens": "(" * 3000 + "Berlin" + ")" * 3000,
}


@pytest.mark.parametrize("name", list(HOSTILE))
def test_caps_keep_length_and_bound_what_the_front_end_sees(name: str) -> None:
    text = f"Merkel besuchte {HOSTILE[name]} gestern."
    capped = cap_text(text)
    assert len(capped) == len(text) and capped.startswith("Merkel besuchte ") and capped.endswith(" gestern.")
    assert max(len(t) for t in capped.split()) <= max(MAX_TOKEN, MAX_PUNCT_RUN)


def test_caps_leave_news_text_alone() -> None:
    text = ("Wien – Die Gewerkschaft GPA-djp sieht (...) Handlungsbedarf bei „All-in-Verträgen“: "
            "www.allinrechner.at. " + "Leitha:EbergassingFischamend" * 5)
    assert cap_text(text) is text


@pytest.mark.parametrize("lang", ["de", "en"])
def test_hostile_tokens_are_coded_in_seconds(pipeline, lang: str) -> None:
    for name, piece in HOSTILE.items():
        started = time.perf_counter()
        pipeline.process(Article(text=f"Merkel besuchte {piece} gestern.", id=name), lang=lang)
        assert time.perf_counter() - started < 20, name      # minutes before the caps; generous under load


def test_the_coder_looks_frames_up_linearly_in_one_long_sentence(pipeline, monkeypatch) -> None:
    """A fuzzed line of 1,300 clauses ("unterstützte: unterstützte: ...") took 20 s when every
    noun clause asked every other clause for its frame; the look-ups grow with the clauses."""
    from chronist.coding.frames import FrameBook
    calls = {"n": 0}
    find = FrameBook.find

    def counted(self, clause):
        calls["n"] += 1
        return find(self, clause)

    monkeypatch.setattr(FrameBook, "find", counted)

    def lookups(unit: str, n: int) -> int:
        calls["n"] = 0
        pipeline.process(Article(text=unit * n, id=f"long{n}"), lang="de")
        return calls["n"]

    small, large = lookups("  unterstützte: unterstützte:  x", 100), lookups("  unterstützte: unterstützte:  x", 200)
    assert large <= 3 * small, (small, large)


def test_many_nouns_in_one_verbs_object_cost_linear_time(pipeline) -> None:
    """"heute - Angriff» traf „Angriff» ..." (57 KB fuzzed) took 18 s CPU when each noun
    searched its verb's thousands of phrases again; three times the text must cost about three
    times (twice the text against a limit of 3.2 failed once at 3.22 on a machine loaded 4-fold)."""
    unit = "heute - Angriff» traf „Angriff» "
    _cpu(pipeline, unit * 50)
    small, large = _cpu(pipeline, unit * 700), _cpu(pipeline, unit * 2100)
    assert large < 6 * small, (small, large)     # quadratic: about 9



def test_states_named_inside_another_mention_are_counted_once_as_before() -> None:
    """The sorted pass that finds the outermost mentions of a state (a line naming Seoul thousands
    of times took 6 s comparing each mention with every other) keeps what the comparison kept, on
    random nested, equal-start and overlapping spans of two codes."""
    import random
    from chronist.coding.coder import _outermost
    rng = random.Random(7)
    for _ in range(300):
        spans = set()
        for _ in range(rng.randint(0, 12)):
            start = rng.randint(0, 20)
            spans.add((start, start + rng.randint(1, 8), rng.choice("AB")))
        slow = {(start, end, code) for start, end, code in spans
                if not any(c == code and s <= start and end <= e and (s, e) != (start, end)
                           for s, e, c in spans)}
        assert _outermost(spans) == slow, spans

def test_an_article_over_its_time_budget_fails_and_the_run_goes_on(tmp_path: Path) -> None:
    # Long enough to take several seconds at any speed the tagger may reach (10,000 sentences,
    # words all different so no analysis is cached); the budget stops it after one.
    slow = " ".join(f"Merkel besuchte am Montag Paris{chr(97 + i % 26)}{i} und Wien{i}." for i in range(10000))
    path = tmp_path / "mixed.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in (
        {"id": "good", "text": GOOD}, {"id": "slow", "text": slow},
        {"id": "other", "text": OTHER})) + "\n", "utf-8")
    with Store.open(tmp_path / "b.db") as store:
        ingest([path], store=store, lang="de", workers=1, budget=1.0)
    states = _states(_rows(tmp_path / "b.db"))
    assert states["good"][0] == states["other"][0] == "coded"
    assert states["slow"] == ("failed", states["slow"][1]) and "took longer than 1 s" in states["slow"][1]


def test_an_alarm_swallowed_by_the_interpreter_does_not_lose_the_budget(monkeypatch) -> None:
    # The budget's alarm can land inside a garbage-collector callback, where the interpreter
    # prints "Exception ignored" and goes on: the first alarm is swallowed here on purpose.
    import chronist.ingest.run as run
    from chronist.model import Article
    real, calls = run._overtime, []

    def first_one_lost(signum, frame):
        calls.append(signum)
        if len(calls) > 1:
            real(signum, frame)

    monkeypatch.setattr(run, "_overtime", first_one_lost)
    slow = " ".join(f"Merkel besuchte am Montag Paris{chr(97 + i % 26)}{i} und Wien{i}." for i in range(10000))
    state, reason = run.code_article(Article(text=slow, id="slow"), "de", budget=0.5)
    assert (state, len(calls) >= 2) == ("failed", True) and "took longer than 0.5 s" in reason
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)


def test_an_alarm_that_comes_back_wrapped_by_compiled_code_is_still_the_budget() -> None:
    # numba's dispatcher turns an exception set while its function ran into a SystemError
    import chronist.ingest.run as run
    try:
        try:
            raise run._Overtime
        except run._Overtime:
            raise SystemError("CPUDispatcher(<function word_scores>) returned a result with an exception set")
    except SystemError as wrapped:
        assert run._overtime_inside(wrapped)
    assert not run._overtime_inside(ValueError("a bug"))


# -- feeds, decoding, temporary files -------------------------------------------------


BOMB = """<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>
<rss version="2.0"><channel><item><description>&lol2;</description></item></channel></rss>"""
XXE = """<?xml version="1.0"?>
<!DOCTYPE r [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<rss version="2.0"><channel><item><description>&xxe;</description></item></channel></rss>"""


@pytest.mark.parametrize("content, reason", [(BOMB, "entity bomb"), (XXE, "XXE")], ids=["billion-laughs", "xxe"])
def test_xml_attacks_are_named(tmp_path: Path, content: str, reason: str) -> None:
    path = tmp_path / "feed.xml"
    path.write_text(content, "utf-8")
    (item,) = iter_inputs(list_sources([path]))
    assert item.state == "failed" and reason in item.reason and "passwd" not in item.article.text


def test_a_long_feed_is_streamed() -> None:
    item = ("<item><title>T</title><description>" + GOOD + " " + "Mehr Text folgt hier. " * 90
            + "</description></item>\n")
    data = ('<?xml version="1.0"?><rss version="2.0"><channel><language>de</language>' + item * 4000
            + "</channel></rss>").encode()
    assert len(data) > 8_000_000
    tracemalloc.start()
    count = sum(1 for _ in formats.parse_feed(io.BytesIO(data), where="feed.xml"))
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert count == 4000 and peak < 2_000_000          # read whole, the tree alone took several times the bytes


def test_one_bad_byte_does_not_garble_the_file(caplog) -> None:
    data = "Europäische Union\nEin kaputtes \xe4 Byte\nÜbermorgen".encode().replace("\xe4".encode(), b"\xe4", 1)
    data = "Europäische Union\n".encode() + b"Ein kaputtes \xe4 Byte\n" + "Übermorgen".encode()
    assert decode(data, where="x.txt") == "Europäische Union\nEin kaputtes ä Byte\nÜbermorgen"
    assert "1 line(s) not UTF-8, read as Windows-1252 (Latin-1): line 2" in caplog.text


def test_control_characters_are_checked_in_the_whole_text(caplog) -> None:
    text = GOOD * 60 + "\x00\x01" + GOOD
    assert len(text) > 4096
    assert decode(text.encode(), where="x.txt") == GOOD * 61
    assert "2 control character(s)" in caplog.text
    with pytest.raises(InputError, match="binary"):
        decode((GOOD * 60 + "\x00" * 500).encode(), where="x.txt")


def test_standard_input_leaves_no_temporary_file(tmp_path: Path) -> None:
    before = {p.name for p in Path(tempfile.gettempdir()).glob("chronist-stdin-*")}
    listing = list_sources(["-"], stdin=io.BytesIO(GOOD.encode()))
    assert str(listing.sources[0].path).startswith("/proc/self/fd/")       # no name in the temp folder
    assert {p.name for p in Path(tempfile.gettempdir()).glob("chronist-stdin-*")} == before
    (item,) = iter_inputs(listing)
    assert item.article.text == GOOD


# -- the command line ------------------------------------------------------------------


@pytest.fixture
def stored(tmp_path: Path) -> Path:
    db = tmp_path / "s.db"
    path = tmp_path / "a.txt"
    path.write_text(GOOD, "utf-8")
    with Store.open(db) as store:
        ingest([path], store=store, lang="de", workers=1)
    return db


def test_events_limit_beyond_sqlite_integers(stored: Path, capsys) -> None:
    assert main(["events", "--db", str(stored), "--limit", "99999999999999999999"]) == 0
    assert main(["events", "--db", str(stored), "--limit", "-1"]) == 2
    assert "--limit -1" in capsys.readouterr().err


@pytest.mark.parametrize("where, message", [("folder", "is a folder"), ("missing/x.jsonl", "does not exist")])
def test_export_output_to_a_folder_or_a_missing_folder(stored: Path, tmp_path: Path, capsys, where: str,
                                                        message: str) -> None:
    (tmp_path / "folder").mkdir()
    assert main(["export", "--db", str(stored), "-o", str(tmp_path / where)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and message in err and "Traceback" not in err


def test_ingest_into_memory_is_refused(tmp_path: Path, capsys) -> None:
    path = tmp_path / "a.txt"
    path.write_text(GOOD, "utf-8")
    assert main(["ingest", str(path), "--db", ":memory:"]) == 2
    assert "keeps nothing" in capsys.readouterr().err


def test_an_unexpected_error_is_one_line_and_debug_shows_the_traceback(tmp_path: Path, capsys) -> None:
    db = tmp_path / "broken.db"
    conn = sqlite3.connect(db)                   # a store whose events table lost a column
    conn.executescript("CREATE TABLE migrations (version INTEGER PRIMARY KEY, name TEXT, applied_at TEXT);"
                       "INSERT INTO migrations VALUES (1,'',''),(2,'',''),(3,'',''),(4,'','');"
                       "CREATE TABLE articles (id INTEGER PRIMARY KEY);")
    conn.close()
    code = main(["status", "--db", str(db)])
    err = capsys.readouterr().err
    assert code in (1, 2) and err.count("\n") == 1 and "Traceback" not in err and str(db) in err
    assert main(["--debug", "status", "--db", str(db)]) in (1, 2)


def test_reading_commands_do_not_wait_for_the_write_lock(stored: Path, capsys) -> None:
    writer = sqlite3.connect(stored, isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")             # another ingest holding the write lock
    try:
        started = time.monotonic()
        for command in (["status"], ["events"], ["export", "--format", "jsonl"]):
            assert main([*command, "--db", str(stored)]) == 0
        assert time.monotonic() - started < 10
    finally:
        writer.execute("ROLLBACK")
        writer.close()


# -- processes ------------------------------------------------------------------------------


def _children(pid: int) -> set[int]:
    found = set()
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid:
                found.add(int(entry.name))
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="needs /proc to find the workers")
def test_workers_die_with_their_parent_on_kill_9(tmp_path: Path) -> None:
    path = tmp_path / "many.jsonl"
    path.write_text("\n".join(json.dumps({"id": f"a{i}", "text": f"{GOOD} Nummer {i}. " * 40}) for i in range(400)))
    process = subprocess.Popen([str(ROOT / ".venv/bin/chronist"), "ingest", str(path), "--db",
                                str(tmp_path / "k.db"), "--workers", "2", "--lang", "de"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 120
        workers: set[int] = set()
        while time.monotonic() < deadline and len(workers) < 2:
            workers = {pid for pid in _children(process.pid)            # forked or spawned
                       if "resource_tracker" not in Path(f"/proc/{pid}/cmdline").read_text(errors="replace")}
            time.sleep(0.2)
        assert len(workers) >= 2, "the workers did not start"
        helpers = _children(process.pid)                    # workers and the resource tracker
        process.send_signal(signal.SIGKILL)
        process.wait()
        deadline = time.monotonic() + 120           # a worker still importing checks once it has started
        while time.monotonic() < deadline and any(_alive(pid) for pid in helpers):
            time.sleep(0.2)
        assert not [pid for pid in helpers if _alive(pid)]
    finally:
        if process.poll() is None:
            process.kill()


# -- fuzzing, bounded -------------------------------------------------------------------------


def _fuzz_module():
    spec = importlib.util.spec_from_file_location("chronist_fuzz", ROOT / "benchmarks" / "fuzz.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("lang", ["de", "en"])
def test_fuzzed_text_never_crashes_the_pipeline(pipeline, lang: str) -> None:
    figures = _fuzz_module().fuzz(lang, seconds=25, max_bytes=4_000, pipeline=pipeline, out=sys.stderr,
                                  max_examples=150)
    assert figures["tried"] >= 20
    assert figures["crashes"] == 0, figures["crashed"]


def test_parquet_export_spools_without_a_name(tmp_path: Path) -> None:
    """While the Parquet export spools its records, no named temporary file exists (a kill
    at that moment leaves nothing behind), and none is left afterwards."""
    from chronist.io.export import write_parquet
    seen: list[list[str]] = []

    def records():
        for n in range(3):
            seen.append(sorted(os.listdir(tmp_path)))
            yield {"id": f"e{n}", "cameo": "043", "event": "CONSULT"}

    assert write_parquet(records(), tmp_path / "events.parquet") == 3
    assert seen == [[], [], []]
    assert sorted(os.listdir(tmp_path)) == ["events.parquet"]


def test_many_coordinated_clauses_in_one_line_cost_linear_time(pipeline) -> None:
    """"Die Armee eroberte Dörfer zurück und ..." 600 times (22 KB) took 1.0 s CPU when each
    clause cut at "und" looked at the rest of the line again; three times the text must cost
    about three times."""
    unit = "Die Armee eroberte Dörfer zurück und "
    _cpu(pipeline, unit * 20 + "Städte.")
    small, large = _cpu(pipeline, unit * 500 + "Städte."), _cpu(pipeline, unit * 1500 + "Städte.")
    assert large < 6 * small, (small, large)     # quadratic: about 9


def test_many_speech_verbs_in_one_line_cost_linear_time(pipeline) -> None:
    """A fuzzed 100 KB line of "sagte sagte ..." took 5 s CPU when each speech verb looked at
    every clause of the sentence again; three times the text must cost about three times."""
    unit = "dass\u200bheute, sagte sagte sagte und «Seoul; sagte "
    _cpu(pipeline, unit * 20)
    # large enough that the smaller run takes a tenth of a second, not a noisy twentieth
    small, large = _cpu(pipeline, unit * 1000), _cpu(pipeline, unit * 3000)
    assert large < 6 * small, (small, large)     # quadratic: about 9


def _cpu(pipeline, text: str) -> float:
    """CPU seconds the pipeline takes to code ``text`` as one German article (the faster of two
    runs, so that a collection or a busy neighbour in one of them does not count)."""
    costs = []
    for run in range(2):
        started = time.process_time()
        pipeline.process(Article(text=text, id=f"cpu{len(text)}-{run}"), lang="de")
        costs.append(time.process_time() - started)
    return min(costs)
