"""Ingest into SQLite vs PostgreSQL, and two ingest processes on one PostgreSQL database.

    .venv/bin/python benchmarks/store_backends.py ../shared/corpora/de_news_10kgnad.csv --limit 1000 --workers 2

1. The corpus slice (German, as JSON lines) is ingested with ``--workers`` coding processes by
   ``chronist ingest`` into a new SQLite file, then into a new PostgreSQL database; articles per
   second of the whole command (start-up included, the same for both).
2. Two ``chronist ingest`` processes (one worker each) at once on one new PostgreSQL database,
   over two overlapping halves of the slice (the middle fifth in both): every article must be
   stored once (nothing lost, nothing doubled), and the articles per second of the pair.
3. The same pair on one SQLite file, for comparison.
4. The write path alone (``--write-limit`` articles coded once in this process, then stored
   with ``Store.add``): articles per second into SQLite and into PostgreSQL from one writer, and
   from two writer processes at once over overlapping halves (nothing lost, nothing doubled).
   This isolates what the backend costs from the coding, which dominates 1.-3.

PostgreSQL is a throwaway cluster (chronist.store.pgcluster) with its default durability
(fsync on), or the server of $CHRONIST_BENCH_PG (a URL where the user may create databases).
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from chronist.bench import corpus_articles  # noqa: E402
from chronist.store import Store  # noqa: E402


def write_jsonl(articles, path: Path) -> None:
    with path.open("w", encoding="utf-8") as out:
        for i, article in enumerate(articles):
            out.write(json.dumps({"id": f"gnad-{i}", "lang": "de", "text": article.text}, ensure_ascii=False) + "\n")


def ingest(files: list[Path], db: str, workers: int) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen([sys.executable, "-m", "chronist.cli", "ingest", *map(str, files), "--lang", "de",
                             "--db", db, "--workers", str(workers), "--quiet"],
                            cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def wait(procs: list[subprocess.Popen]) -> None:
    for proc in procs:
        out, err = proc.communicate()
        if proc.returncode != 0:
            raise SystemExit(f"chronist ingest failed ({proc.returncode}): {err.strip()[-800:]}")


def check(db: str, expected: int) -> dict:
    with Store.open(db) as store:
        counts = store.counts()
        stored = sum(counts["articles"].values())
        distinct = store.conn.execute("SELECT count(DISTINCT content_hash) FROM articles").fetchone()[0]
        stories = store.story_counts()
    ok = stored == distinct == expected and stories["unassigned"] == 0
    return {"articles": stored, "distinct": distinct, "expected": expected, "states": counts["articles"],
            "events": counts["events"], "unassigned_events": stories["unassigned"], "ok": ok}


def _add_all(db: str, docs: list) -> tuple[int, float, float]:
    """Store ``docs``; returns how many were new, and when the adding began and ended (wall clock:
    the documents' transfer to a process is not counted)."""
    with Store.open(db) as store:
        began = time.time()
        added = sum(store.add(doc) for doc in docs)
        return added, began, time.time()


def _add_at(db: str, pickled: str, start_at: float) -> tuple[int, float, float]:
    """In a writer process: load the documents, open the store, wait for ``start_at`` (the same
    wall-clock time for both writers), then add them (see _add_all)."""
    import pickle

    import chronist.stories  # noqa: F401  (the write path imports it at the first event)
    docs = pickle.loads(Path(pickled).read_bytes())
    with Store.open(db):
        pass
    time.sleep(max(0.0, start_at - time.time()))
    return _add_all(db, docs)


def write_path(articles, server, work: Path, limit: int) -> dict:
    from concurrent.futures import ProcessPoolExecutor
    from multiprocessing import get_context

    from chronist.pipeline import Pipeline
    pipeline = Pipeline.from_config({})
    docs = [pipeline.process(article, lang="de") for article in articles[:limit]]
    n = len(docs)
    out: dict = {"articles": n, "events": sum(len(d.events) for d in docs)}
    for name, db in (("sqlite", str(work / "write-one.db")), ("postgresql", server.create_database("write_one"))):
        added, began, ended = _add_all(db, docs)
        seconds = ended - began
        out[name] = {"seconds": round(seconds, 2), "articles_per_second": round(n / seconds, 1), **check(db, n)}
        print(f"write path, {name}, one writer: {n} articles in {seconds:.2f} s = {n / seconds:.1f} articles/s",
              flush=True)
    halves = [docs[:int(n * 0.6)], docs[int(n * 0.4):]]
    for name, db in (("postgresql_two_writers", server.create_database("write_two")),
                     ("sqlite_two_writers", str(work / "write-two.db"))):
        with Store.open(db):
            pass                                   # migrated before the clock starts
        import pickle
        files = []
        for i, half in enumerate(halves):
            files.append(work / f"half-{i}.pickle")
            files[-1].write_bytes(pickle.dumps(half))
        with ProcessPoolExecutor(max_workers=2, mp_context=get_context("spawn")) as pool:
            start_at = time.time() + 30          # both processes started, documents loaded, by then
            done = [f.result() for f in [pool.submit(_add_at, db, str(path), start_at) for path in files]]
        # from the first writer's first add to the last writer's last one
        seconds = max(d[2] for d in done) - min(d[1] for d in done)
        overlap = max(0.0, min(d[2] for d in done) - max(d[1] for d in done))
        added = [d[0] for d in done]
        out[name] = {"seconds": round(seconds, 2), "articles_per_second": round(n / seconds, 1),
                     "added": added, "both_writing_seconds": round(overlap, 2), **check(db, n)}
        print(f"write path, {name}: {len(halves[0])} + {len(halves[1])} articles in {seconds:.2f} s = "
              f"{n / seconds:.1f} distinct articles/s; added {added}; {out[name]}", flush=True)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--limit", type=int, default=1000)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--write-limit", type=int, default=200, help="articles for the write-path measure (4.)")
    parser.add_argument("--only-write-path", action="store_true", help="measure 4. alone")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args(argv)

    articles = corpus_articles(args.corpus, limit=args.limit)
    n = len(articles)
    work = Path(tempfile.mkdtemp(prefix="chronist-bench-store-"))
    whole = work / "all.jsonl"
    write_jsonl(articles, whole)
    # two overlapping halves: 0..60 % and 40..100 %, each article written under the same id and text
    cut_a, cut_b = int(n * 0.6), int(n * 0.4)
    lines = whole.read_text("utf-8").splitlines(keepends=True)
    first, second = work / "first.jsonl", work / "second.jsonl"
    first.write_text("".join(lines[:cut_a]), "utf-8")
    second.write_text("".join(lines[cut_b:]), "utf-8")

    from chronist.store.pgcluster import Cluster, Server
    server = Server(os.environ["CHRONIST_BENCH_PG"]) if os.environ.get("CHRONIST_BENCH_PG") else \
        Cluster.start(durable=True)
    results: dict = {"articles": n, "workers": args.workers, "cpus": os.cpu_count()}
    try:
        results["write_path"] = write_path(articles, server, work, args.write_limit)
        for name, db in ((("sqlite", str(work / "one.db")), ("postgresql", server.create_database("bench_one")))
                         if not args.only_write_path else ()):
            began = time.monotonic()
            wait([ingest([whole], db, args.workers)])
            seconds = time.monotonic() - began
            results[name] = {"seconds": round(seconds, 1), "articles_per_second": round(n / seconds, 2),
                             **check(db, n)}
            print(f"{name}: {n} articles with {args.workers} workers in {seconds:.1f} s = "
                  f"{n / seconds:.2f} articles/s; {results[name]}", flush=True)
        for name, db in ((("postgresql_two_processes", server.create_database("bench_two")),
                          ("sqlite_two_processes", str(work / "two.db"))) if not args.only_write_path else ()):
            began = time.monotonic()
            wait([ingest([first], db, 1), ingest([second], db, 1)])
            seconds = time.monotonic() - began
            results[name] = {"seconds": round(seconds, 1), "articles_per_second": round(n / seconds, 2),
                             "overlap": cut_a - cut_b, **check(db, n)}
            print(f"{name}: two processes (1 worker each), {cut_a} + {n - cut_b} articles ({cut_a - cut_b} in "
                  f"both) in {seconds:.1f} s = {n / seconds:.2f} distinct articles/s; {results[name]}", flush=True)
    finally:
        if isinstance(server, Cluster):
            server.stop()
    if args.json:
        args.json.write_text(json.dumps(results, indent=2) + "\n", "utf-8")
    checked = [v for v in results.values() if isinstance(v, dict)]
    checked += [v for v in results.get("write_path", {}).values() if isinstance(v, dict)]
    return 0 if all(v.get("ok", True) for v in checked) else 1


if __name__ == "__main__":
    raise SystemExit(main())
