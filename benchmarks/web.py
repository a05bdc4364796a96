"""Latency of the web view over a large store (not a test).

Builds a synthetic store (by default 1,000,000 events in 100,000 articles over three years,
60 actors, every PLOVER type, a third of the events placed at a capital) with the store's own
migrations, starts `chronist serve` on it in a subprocess and prints p50/p95 latency of each page
and API call: once with the server's result cache off (every request computes) and once with it
on (repeated views of an unchanged store), and the server's CPU time per request without the
cache (from /proc: it says what a request costs when the machine is shared). Target: p95 < 500 ms.

    .venv/bin/python benchmarks/web.py [--events 1000000] [--db /tmp/chronist-web-bench.db] [--repeat 15]

The store is kept (and reused when it holds the asked-for number of events).
"""
from __future__ import annotations

import argparse
import hashlib
import os
import random
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from chronist.coding.ontology import QUAD_CLASSES  # noqa: E402
from chronist.store import Store  # noqa: E402
from chronist.store.schema import MIGRATIONS  # noqa: E402

ACTORS = ["USA", "RUS", "UKR", "CHN", "DEU", "FRA", "GBR", "PRK", "KOR", "JPN", "IRN", "ISR", "PSE", "TUR", "SYR",
          "IRQ", "AFG", "PAK", "IND", "SAU", "EGY", "LBY", "SDN", "ETH", "NGA", "MLI", "VEN", "COL", "BRA", "MEX",
          "POL", "HUN", "BLR", "GEO", "ARM", "AZE", "SRB", "ITA", "ESP", "NLD", "BEL", "AUT", "CHE", "SWE", "NOR",
          "FIN", "CAN", "AUS", "TWN", "VNM", "PHL", "IDN", "MMR", "THA", "YEM", "LBN", "JOR", "QAT", "ARE", "KEN"]
SECTORS = ["GOV", "GOV", "GOV", "MIL", "CVL", "OPP", "", "ELI"]
GOLDSTEIN = {"AGREE": 4.0, "CONSULT": 1.0, "SUPPORT": 3.0, "CONCEDE": 5.0, "COOPERATE": 6.0, "AID": 7.0,
             "RETREAT": 5.0, "REQUEST": -2.0, "ACCUSE": -2.0, "REJECT": -4.0, "THREATEN": -6.0, "SANCTION": -8.0,
             "PROTEST": -6.5, "MOBILIZE": -7.0, "COERCE": -7.0, "ASSAULT": -10.0}
PLACES = [("Washington", "USA", 38.9, -77.0), ("Moscow", "RUS", 55.75, 37.62), ("Kyiv", "UKR", 50.45, 30.52),
          ("Beijing", "CHN", 39.9, 116.4), ("Berlin", "DEU", 52.52, 13.4), ("Paris", "FRA", 48.86, 2.35),
          ("London", "GBR", 51.5, -0.12), ("Pyongyang", "PRK", 39.03, 125.75), ("Seoul", "KOR", 37.57, 126.98),
          ("Tokyo", "JPN", 35.68, 139.69), ("Tehran", "IRN", 35.69, 51.39), ("Jerusalem", "ISR", 31.78, 35.22),
          ("Gaza", "PSE", 31.5, 34.47), ("Ankara", "TUR", 39.93, 32.86), ("Damascus", "SYR", 33.51, 36.29),
          ("Baghdad", "IRQ", 33.31, 44.36), ("Kabul", "AFG", 34.53, 69.17), ("Caracas", "VEN", 10.49, -66.88),
          ("Nairobi", "KEN", -1.29, 36.82), ("Khartoum", "SDN", 15.5, 32.56)]
MODALITIES = ["asserted"] * 7 + ["reported", "reported", "intent", "negated"]


def build(db: Path, events: int, *, per_article: int = 10, seed: int = 7) -> None:
    """Write a synthetic store with the store's schema: the rows of the first four migrations
    written directly (fast), the later ones (daily counts, the search index) filled from them by
    their migrations when `migrate` opens the store."""
    import sqlite3
    for suffix in ("", "-wal", "-shm"):
        Path(str(db) + suffix).unlink(missing_ok=True)
    Store.open(db, migrations=MIGRATIONS[:4]).close()
    rng = random.Random(seed)
    weights = [1.0 / (i + 1) ** 0.9 for i in range(len(ACTORS))]
    categories = list(GOLDSTEIN)
    start = time.monotonic()
    conn = sqlite3.connect(db, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = OFF")
    conn.execute("BEGIN")
    n_articles = events // per_article
    import datetime as dt
    first_day = dt.date(2021, 1, 1).toordinal()
    span = 3 * 365
    event_id = 0
    for a in range(1, n_articles + 1):
        day = dt.date.fromordinal(first_day + rng.randrange(span)).isoformat()
        lang = "de" if rng.random() < 0.4 else "en"
        sentences = []
        for i in range(per_article):
            src, tgt = rng.choices(ACTORS, weights, k=2)
            if src == tgt:
                tgt = ACTORS[(ACTORS.index(src) + 1) % len(ACTORS)]
            sentences.append((src, tgt, rng.choice(categories)))
        text_parts, rows = [], []
        offset = 0
        for i, (src, tgt, cat) in enumerate(sentences):
            sentence = f"{src} said {cat.lower()} towards {tgt} in report {a} sentence {i}."
            rows.append((i, sentence, offset, offset + len(sentence), src, tgt, cat))
            text_parts.append(sentence)
            offset += len(sentence) + 1
        text = " ".join(text_parts)
        content_hash = hashlib.sha256(text.encode()).hexdigest()
        conn.execute("INSERT INTO articles (id, article_id, content_hash, title, source, url, pub_date, lang, text, "
                     "state, reason, ingested_at) VALUES (?, ?, ?, ?, ?, NULL, ?, ?, ?, 'coded', NULL, ?)",
                     (a, f"synthetic-{a}", content_hash, f"Report {a}", "Synthetic Wire", day, lang, text,
                      day + "T12:00:00+00:00"))
        conn.executemany('INSERT INTO sentences (article, idx, text, start, "end", caption) VALUES (?, ?, ?, ?, ?, 0)',
                         [(a, i, s, st, en) for i, s, st, en, *_ in rows])
        ev_rows, actor_rows = [], []
        for i, sentence, st, en, src, tgt, cat in rows:
            event_id += 1
            place = rng.choice(PLACES) if rng.random() < 0.33 else None
            event_day = (dt.date.fromisoformat(day) - dt.timedelta(days=rng.randrange(3))).isoformat()
            trigger = st + len(src) + 1
            ev_rows.append((event_id, f"{content_hash[:16]}-{i}-1", a, i, cat, None, "", None, QUAD_CLASSES[cat],
                            GOLDSTEIN[cat], rng.choice(MODALITIES), "said", trigger, trigger + 4, event_day, event_day,
                            "publication", place[0] if place else None, place[1] if place else None,
                            place[2] if place else None, place[3] if place else None, 0.7))
            ssec, tsec = rng.choice(SECTORS), rng.choice(SECTORS)
            actor_rows.append((event_id, "source", 0, src, ssec or None, src, st, st + len(src), None))
            tstart = sentence.index(f"towards {tgt}") + 8 + st
            actor_rows.append((event_id, "target", 0, tgt, tsec or None, tgt, tstart, tstart + len(tgt), None))
        conn.executemany(
            "INSERT INTO events (id, event_id, article, sentence_idx, plover, mode, context, cameo, quad, goldstein, "
            "modality, event_text, trigger_start, trigger_end, date, date_from, date_basis, location, "
            "location_country, lat, lon, confidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
            "?, ?, ?)", ev_rows)
        conn.executemany('INSERT INTO event_actors (event, role, position, code, sector, text, start, "end", name) '
                         "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", actor_rows)
        if a % 10_000 == 0:
            conn.execute("COMMIT")
            conn.execute("BEGIN")
            print(f"  {a * per_article:,} events ({time.monotonic() - start:.0f} s)", file=sys.stderr)
    for i in range(50):                          # some skipped and failed articles for the status page
        state = "skipped" if i % 2 else "failed"
        conn.execute("INSERT INTO articles (article_id, content_hash, text, state, reason, ingested_at) "
                     "VALUES (?, ?, '', ?, ?, '2024-01-01T00:00:00+00:00')",
                     (f"bad-{i}", f"bad-{i}", state, "no text: empty" if i % 2 else "not valid JSON (line 1)"))
    conn.execute("COMMIT")
    conn.execute("ANALYZE")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    print(f"built {db}: {event_id:,} events in {time.monotonic() - start:.0f} s", file=sys.stderr)


def migrate(db: Path) -> None:
    """Bring the store up to date through the store's own migrations (timed: they fill tables)."""
    started = time.process_time()
    with Store.open(db, timeout=600) as store:
        versions = [v for v, _, _ in store.migrations()]
    print(f"{db}: migrations {versions} ({time.process_time() - started:.0f} s CPU)", file=sys.stderr)


def count_events(db: Path) -> int:
    import sqlite3
    try:
        return sqlite3.connect(f"file:{db}?mode=ro", uri=True).execute("SELECT count(*) FROM events").fetchone()[0]
    except sqlite3.Error:
        return -1


CALLS = [
    ("page events", "/events"),
    ("page events, actor", "/events?actor=USA"),
    ("page events, dyad", "/events?dyad=USA,RUS"),
    ("page events, category+month", "/events?category=ASSAULT&since=2023-03&until=2023-03"),
    ("page events, quad+lang+modality", "/events?quad=material+conflict&lang=de&modality=reported"),
    ("page events, text search", "/events?q=report+4242+sentence"),
    ("page events, page 200", "/events?page=200"),
    ("page timeline per week", "/timeline?a=USA&b=RUS&per=week"),
    ("page timeline per day, bar", "/timeline?a=USA&b=RUS&per=day&since=2023-01&bucket=2023-01-10"),
    ("page network (last 30 days)", "/network"),
    ("page network, one year", "/network?since=2022&until=2022"),
    ("page map (last 30 days)", "/map"),
    ("page article", "/article/1234"),
    ("page status", "/status"),
    ("api events", "/api/events?actor=CHN&page=3"),
    ("api aggregate source,target per month", "/api/aggregate?by=source,target&per=month&since=2023"),
    ("api aggregate category, all", "/api/aggregate?by=category"),
    ("api timeline", "/api/timeline?a=USA&b=CHN&per=month"),
    ("api network", "/api/network"),
    ("api map", "/api/map"),
    ("api status", "/api/status"),
    ("download csv (dyad, one month)", "/download.csv?dyad=USA,RUS&since=2023-05&until=2023-05"),
    ("download plover (dyad, one month)", "/download.plover?dyad=USA,RUS&since=2023-05&until=2023-05"),
]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def measure(db: Path, *, repeat: int, cache: bool) -> dict[str, list[float]]:
    port = free_port()
    env = {**os.environ, "CHRONIST_WEB_CACHE": "256" if cache else "0"}
    proc = subprocess.Popen([sys.executable, "-m", "chronist.cli", "serve", "--db", str(db), "--port", str(port)],
                            cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(300):
            try:
                httpx.get(base + "/map/world.svg", timeout=2)
                break
            except httpx.HTTPError:
                time.sleep(0.1)
        times: dict[str, list[float]] = {}
        with httpx.Client(base_url=base, timeout=120) as client:
            for name, url in CALLS:
                for _ in range(repeat):
                    started, cpu = time.perf_counter(), server_cpu(proc.pid)
                    r = client.get(url)
                    _ = r.content
                    times.setdefault(name, []).append((time.perf_counter() - started) * 1000)
                    times.setdefault("cpu " + name, []).append((server_cpu(proc.pid) - cpu) * 1000)
                    if r.status_code != 200:
                        raise SystemExit(f"{url}: HTTP {r.status_code}: {r.text[:300]}")
        return times
    finally:
        proc.terminate()
        proc.wait(10)


def server_cpu(pid: int) -> float:
    """CPU seconds the server process has used (user and system, from /proc: Linux)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--db", type=Path, default=Path("/tmp/chronist-web-bench.db"))
    parser.add_argument("--repeat", type=int, default=15)
    args = parser.parse_args()
    if count_events(args.db) != args.events:
        build(args.db, args.events)
    migrate(args.db)
    print(f"{args.db}: {count_events(args.db):,} events, {args.db.stat().st_size / 1e6:.0f} MB; "
          f"{args.repeat} requests per call, one after another")
    cold = measure(args.db, repeat=args.repeat, cache=False)
    warm = measure(args.db, repeat=args.repeat, cache=True)
    print(f"{'call':<42} {'no cache p50':>12} {'p95':>8} {'CPU p50':>8} {'p95':>8}   {'cache: first':>12} "
          f"{'p50':>8} {'p95':>8}  (ms)")
    over = []
    for name, _ in CALLS:
        c, w, cpu = cold[name], warm[name], cold["cpu " + name]
        print(f"{name:<42} {pct(c, .5):12.0f} {pct(c, .95):8.0f} {pct(cpu, .5):8.0f} {pct(cpu, .95):8.0f}   "
              f"{w[0]:12.0f} {pct(w, .5):8.0f} {pct(w, .95):8.0f}")
        if pct(c, .95) >= 500:
            over.append(name)
    print("p95 >= 500 ms without the cache: " + (", ".join(over) if over else "none"))


if __name__ == "__main__":
    main()
