"""Ingest with one and with two workers: wall time, and where the CPU goes.

    .venv/bin/python benchmarks/ingest_workers.py ../shared/corpora/de_news_10kgnad.csv --workers 1 2 --repeat 2

Each run is ``chronist ingest CORPUS --lang de --workers N`` into a new SQLite file (the
command as a user runs it, start-up included). While it runs, the ingest process and its
children are read from ``/proc`` every 50 ms, which gives, besides the wall time:

- the CPU time of the main process (reading, deciding, writing: the serial part) and of each
  worker (start-up and coding);
- when the first article was stored (the start-up the run waits for);
- the *tail*: how long the run went on after the first worker ran out of work;
- the ratio of one worker's wall time to two workers' (the issue's aim: 1.85).

On a loaded machine the wall times say little; the CPU times still do (though contention
inflates them too, by up to a fifth from run to run), and the estimate ``main CPU before the
workers start + (the rest of the main CPU + the workers' CPU) / N`` says what the run would
take on N free cores (one worker: the main CPU). Linux only (``/proc``).
"""
from __future__ import annotations

import argparse
import os
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TICK = os.sysconf("SC_CLK_TCK")


def cpu_seconds(pid: int) -> float | None:
    """utime + stime of one process (None once it is gone)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / TICK


def children(pid: int) -> list[int]:
    try:
        listed = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    except OSError:
        return []
    found = []
    for child in map(int, listed):
        try:
            command = Path(f"/proc/{child}/cmdline").read_bytes()
        except OSError:
            continue
        if b"resource_tracker" not in command:
            found.append(child)
    return found


def coded(db: Path) -> int:
    if not db.exists():
        return 0
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=0.05) as raw:
            n = raw.execute("SELECT count(*) FROM articles WHERE state = 'coded'").fetchone()[0]
        raw.close()
        return n
    except sqlite3.Error:
        return 0


def run(corpus: str, workers: int, folder: Path) -> dict:
    db = folder / f"w{workers}-{time.monotonic_ns()}.db"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    started = time.monotonic()
    process = subprocess.Popen([sys.executable, "-m", "chronist.cli", "ingest", corpus, "--lang", "de",
                                "--db", str(db), "--workers", str(workers)],
                               cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    main_cpu, worker_cpu = 0.0, {}
    first = startup = None
    last_cpu: dict[int, tuple[float, float]] = {}
    while process.poll() is None:
        now = time.monotonic() - started
        main_cpu = cpu_seconds(process.pid) or main_cpu
        found = children(process.pid)
        if found and startup is None:
            startup = main_cpu
        for child in found:
            cpu = cpu_seconds(child)
            if cpu is None:
                continue
            if cpu != worker_cpu.get(child):
                last_cpu[child] = (now, cpu)
            worker_cpu[child] = cpu
        if first is None and coded(db):
            first = now
        time.sleep(0.05)
    wall = time.monotonic() - started
    out, err = process.communicate()
    if process.returncode != 0:
        raise SystemExit(f"chronist ingest failed ({process.returncode}): {err.strip()[-800:]}")
    # A worker's last moment of work: the last poll at which its CPU time still grew.
    ends = sorted(t for t, _ in last_cpu.values())
    coding = main_cpu - (startup or 0.0) + sum(worker_cpu.values())
    estimate = main_cpu if not worker_cpu else startup + coding / min(workers, os.cpu_count() or 1)
    return {"workers": workers, "wall": wall, "main_cpu": main_cpu, "startup": startup, "estimate": estimate,
            "worker_cpu": sorted(worker_cpu.values()), "first": first or wall,
            "tail": (wall - ends[0]) if len(ends) > 1 else 0.0, "summary": (out.strip().splitlines() or [""])[0]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus")
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--repeat", type=int, default=1)
    args = parser.parse_args()
    walls: dict[int, list[float]] = {}
    estimates: dict[int, list[float]] = {}
    with tempfile.TemporaryDirectory(prefix="chronist-ingest-bench-") as tmp:
        for _ in range(args.repeat):
            for workers in args.workers:
                load = os.getloadavg()[0]
                result = run(args.corpus, workers, Path(tmp))
                walls.setdefault(workers, []).append(result["wall"])
                estimates.setdefault(workers, []).append(result["estimate"])
                cpus = " + ".join(f"{c:.1f}" for c in result["worker_cpu"]) or "-"
                before = f" ({result['startup']:.1f} s before the workers started)" if result["startup"] else ""
                print(f"workers {workers}: wall {result['wall']:.1f} s (load {load:.2f} before), main CPU "
                      f"{result['main_cpu']:.1f} s{before}, worker CPU {cpus} s, estimate on free cores "
                      f"{result['estimate']:.1f} s, first article stored at {result['first']:.1f} s, tail "
                      f"{result['tail']:.1f} s; {result['summary']}", flush=True)
    if 1 in walls and 2 in walls:
        print(f"ratio of wall times (best of each): {min(walls[1]) / min(walls[2]):.2f}; of the estimates: "
              f"{min(estimates[1]) / min(estimates[2]):.2f}")


if __name__ == "__main__":
    main()
