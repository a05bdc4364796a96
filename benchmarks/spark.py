"""Spark against plain multiprocessing on all of 10kGNAD, and a scaling table to 100 executors.

    .venv/bin/python benchmarks/spark.py [--corpus ../shared/corpora/de_news_10kgnad.csv]

Runs, one after the other, as separate processes: ``chronist ingest --workers 2`` (SQLite),
``chronist spark --master local[1]`` and ``--master local[2]``. For each: wall time, sentences
per second, and peak memory (resident set of the whole process tree, sampled every 0.2 s; for
Spark also the Python workers' own peak from the job's ``partitions/`` dataset). Spark's
overhead is its wall time over ingest's at the same core count (2).

The scaling table is computed, not measured: from local[1]'s per-core throughput (sentences over
the coding seconds of all partitions) and the per-worker start-up cost (building the pipeline
and loading the models, measured per partition), plus the job's fixed cost (wall time minus
coding and start-up). It assumes the job is map-only: every article is coded independently,
executors never wait for each other, and the two shuffles (spreading articles by content hash,
grouping events by date) move little next to the coding. What would break it: a driver that
collects results (it does not: the driver only counts states), skew (one giant article or a
partition of long ones: the tail sets the wall time), a shared file system or object store
slower than the executors read, a shuffle larger than the executors' memory, and stories (the
cross-article clustering is not part of the Spark job; it runs in the store after ``load``).
"""
from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CHRONIST = str(ROOT / ".venv" / "bin" / "chronist")


def _tree_rss(pid: int) -> int:
    """Resident bytes of a process and all its descendants (from /proc)."""
    children: dict[int, list[int]] = {}
    rss: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
            children.setdefault(int(fields[1]), []).append(int(entry))
            rss[int(entry)] = int(fields[21]) * os.sysconf("SC_PAGE_SIZE")
        except (OSError, IndexError, ValueError):
            continue
    total, stack = 0, [pid]
    while stack:
        p = stack.pop()
        total += rss.get(p, 0)
        stack += children.get(p, [])
    return total


def timed(argv: list[str]) -> tuple[float, float, str]:
    """(seconds, peak MB of the process tree, stdout)."""
    started = time.monotonic()
    proc = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, cwd=ROOT)
    peak = 0
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not done.is_set():
            peak = max(peak, _tree_rss(proc.pid))
            time.sleep(0.2)
    thread = threading.Thread(target=sample, daemon=True)
    thread.start()
    out, _ = proc.communicate()
    done.set()
    thread.join()
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(argv)} exited with {proc.returncode}")
    return time.monotonic() - started, peak / 2**20, out


def spark_stats(out: Path) -> dict:
    import duckdb
    con = duckdb.connect()
    parts = con.execute(f"SELECT * FROM read_parquet('{out}/partitions/*.parquet')").fetchall()
    names = [d[0] for d in con.description]
    parts = [dict(zip(names, p)) for p in parts]
    sentences, coded = con.execute(f"SELECT sum(sentences), count(*) FILTER (WHERE state = 'coded') "
                                   f"FROM read_parquet('{out}/articles/*.parquet')").fetchone()
    startups = [p["pipeline_seconds"] for p in parts if p["pipeline_seconds"] > 0]
    return {"sentences": int(sentences or 0), "coded": coded, "partitions": len(parts),
            "coding": sum(p["coding_seconds"] for p in parts),
            "startup": sum(startups) / len(startups) if startups else 0.0, "workers": len(startups),
            "worker_peak_mb": max(p["peak_rss_mb"] for p in parts)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", default=str(ROOT.parent / "shared" / "corpora" / "de_news_10kgnad.csv"))
    args = parser.parse_args()
    corpus = Path(args.corpus).resolve()
    if not corpus.is_file():
        print(f"{corpus}: absent; nothing measured", file=sys.stderr)
        return 1
    work = Path(tempfile.mkdtemp(prefix="chronist-spark-bench-"))
    try:
        seconds, peak, out = timed([CHRONIST, "ingest", str(corpus), "--lang", "de", "--workers", "2", "--quiet",
                                    "--db", str(work / "ingest.db")])
        status = subprocess.run([CHRONIST, "status", "--db", str(work / "ingest.db")], capture_output=True,
                                text=True).stdout
        sentences = int(status.split("; ")[1].split()[0])
        rows = [("ingest --workers 2", 2, seconds, sentences, peak, None)]
        stats = {}
        for cores in (1, 2):
            target = work / f"spark{cores}"
            seconds, peak, _ = timed([CHRONIST, "spark", str(corpus), "--lang", "de", "--master", f"local[{cores}]",
                                      "--partitions", str(4 * cores), "--out", str(target)])
            stats[cores] = s = spark_stats(target)
            rows.append((f"spark local[{cores}]", cores, seconds, s["sentences"], peak, s["worker_peak_mb"]))
    finally:
        shutil.rmtree(work, ignore_errors=True)

    print(f"corpus {corpus.name}: {rows[0][3]} sentences (ingest), {stats[1]['sentences']} (Spark)\n")
    print("| run | cores | wall s | sentences/s | peak memory, process tree | Python worker peak |")
    print("|---|---|---|---|---|---|")
    for name, cores, seconds, n, peak, worker in rows:
        print(f"| {name} | {cores} | {seconds:.1f} | {n / seconds:.0f} | {peak:.0f} MB | "
              f"{f'{worker:.0f} MB' if worker else '-'} |")
    ingest2, spark2 = rows[0][2], rows[2][2]
    print(f"\nSpark local[2] / ingest --workers 2: {spark2 / ingest2:.2f} "
          f"(overhead {100 * (spark2 / ingest2 - 1):+.0f} %)")
    s1 = stats[1]
    rate = s1["sentences"] / s1["coding"]
    fixed = max(0.0, rows[1][2] - s1["coding"] - s1["startup"])
    print(f"local[1]: per-core throughput {rate:.0f} sentences/s (coding time only), start-up per worker "
          f"{s1['startup']:.1f} s (pipeline and models), fixed job cost {fixed:.1f} s (JVM, session, "
          f"scheduling, shuffles, writing)")
    per_article = s1["sentences"] / max(1, s1["coded"])
    print("\nComputed (map-only, one core per executor, 4 partitions per executor):\n")
    print("| executors | 10kGNAD wall s | 10kGNAD sentences/s | 10M articles wall h | 10M articles sentences/s |")
    print("|---|---|---|---|---|")
    big = 10_000_000 * per_article
    for n in (1, 2, 5, 10, 20, 50, 100):
        small_t = fixed + s1["startup"] + s1["sentences"] / (n * rate)
        big_t = fixed + s1["startup"] + big / (n * rate)
        print(f"| {n} | {small_t:.0f} | {s1['sentences'] / small_t:.0f} | {big_t / 3600:.1f} | {big / big_t:.0f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
