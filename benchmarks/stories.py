"""Story clustering: merge precision and recall, stories vs events, and cost against store size.

    .venv/bin/python benchmarks/stories.py quality [--limit N]    # NTREX de+en and 10kGNAD near-duplicates
        [--sets ntrex gnad] [--cache DIR] [--explain] [--sample 20]
    .venv/bin/python benchmarks/stories.py corpus [--day ISO]     # all of 10kGNAD: stories vs events
    .venv/bin/python benchmarks/stories.py cost [--sizes 10000 100000 1000000]

quality
    Two sets ingested (through ``Store.add``, so assignment runs as in ``chronist ingest``):
    the German and English sides of each NTREX document in ``../shared/eval/parallel/
    ntrex_de_en_dev.tsv`` (one article per side, the aligned sentences as its sentences, coded
    with its publication day: each document on a day of its own 30 days apart, then all of them
    on one day, the harder case, since different documents may then merge), and
    synthetic near-duplicates of 10kGNAD: each article (published on a day drawn from a year)
    and a copy under another id and publication, published the same or the next day, whose
    first sentence (the teaser, the article's headline) is replaced by another.
    Gold: two mentions report the same event when they come from aligned sentences of the two
    versions (NTREX: the same line; near-duplicates: the same sentence text) and have the same
    type and dyad. Precision: the share of stories of several mentions whose mentions are all
    one gold event. Recall: the share of gold pairs (an event found in both versions) whose
    two mentions are in one story. For NTREX it also counts the aligned lines where the two
    languages' coders agree on an event, on a type only, or on nothing: where they disagree,
    a missed merge is the coder's, not the clustering's.
corpus [--day 2016-03-01]
    All 925 10kGNAD articles (no publication dates, as the corpus has none; or all on the day
    given, the hardest case, where only type, dyad and place keep articles apart) ingested by
    ``chronist ingest`` and how many stories their events make; prints a seeded random sample
    of 20 stories of several mentions, for checking by eye.
cost
    Synthetic stores of N events (hand-made events through ``Store.add``, then bulk-copied):
    1,000 new events of 50 articles are added through the write path and the time per
    1,000 is measured, wall-clock and CPU (the process's: SQLite runs in it; on a loaded
    machine the CPU time is the figure to compare). Events are spread over N/500 days (a feed of 500 events a day), over
    ~200 actor codes with a skewed (Zipf) choice of dyads; 30 % of the new events repeat a
    recent story.
"""
from __future__ import annotations

import argparse
import csv
import datetime as dt
import random
import sqlite3
import sys
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(ROOT))

from chronist.model import Actor, Article, Document, Event, Sentence  # noqa: E402
from chronist.stories.rules import dyad_key  # noqa: E402
from chronist.store import Store  # noqa: E402

NTREX = SHARED / "eval/parallel/ntrex_de_en_dev.tsv"
GNAD = SHARED / "corpora/de_news_10kgnad.csv"


def gnad_rows() -> list[tuple[str, str]]:
    """(category, text) of each 10kGNAD article."""
    with open(GNAD, encoding="utf-8", newline="") as handle:
        return [(row[0], row[1]) for row in csv.reader(handle, delimiter=";", quotechar="'") if len(row) >= 2]


def gnad_texts() -> list[str]:
    return [text for _, text in gnad_rows()]


def ntrex_docs() -> dict[str, list[tuple[str, str]]]:
    docs: dict[str, list[tuple[str, str]]] = defaultdict(list)
    with open(NTREX, encoding="utf-8") as handle:
        next(handle)
        for line in handle:
            doc, de, en = line.rstrip("\n").split("\t")
            docs[doc].append((de, en))
    return docs


def _gold_key(r: dict, where: str) -> str:
    dyad = dyad_key(r["plover"], [(a["actor"], a.get("sector")) for a in r["source"]],
                    [(a["actor"], a.get("sector")) for a in r["target"]])
    polarity = "no" if r["modality"] == "negated" else "yes"
    return f"{where}|{r['plover']}|{polarity}|{dyad}"


def evaluate(store: Store, gold_of) -> dict:
    """Precision and recall of the stories in ``store``; ``gold_of(record)`` names a record's gold event."""
    records = store.events()
    story = {row[0]: row[1] for row in store.conn.execute("SELECT event_id, story FROM events")}
    gold: dict[str, set] = defaultdict(set)
    of_gold: dict[str, list[dict]] = defaultdict(list)
    by_story: dict[int, list[dict]] = defaultdict(list)
    for r in records:
        gold[gold_of(r)].add(r["id"])
        of_gold[gold_of(r)].append({**r, "story": story[r["id"]]})
        by_story[story[r["id"]]].append(r)
    pairs = merged = 0
    missed = []
    for key, ids in gold.items():
        articles = {i.split("-")[0] for i in ids}
        if len(articles) < 2:                  # found in one version only: no pair to merge
            continue
        pairs += 1
        merged += len({story[i] for i in ids}) == 1
        if len({story[i] for i in ids}) > 1:
            missed.append(key)
    multi = [members for members in by_story.values() if len(members) > 1]
    pure = sum(len({gold_of(r) for r in members}) == 1 for members in multi)
    return {"events": len(records), "stories": len(by_story), "multi": len(multi), "pure": pure,
            "precision": pure / len(multi) if multi else 1.0, "pairs": pairs, "merged": merged,
            "recall": merged / pairs if pairs else 1.0, "impure": [m for m in multi if len({gold_of(r) for r in m}) > 1], "missed": missed,
            "records": of_gold}


def _coded(args: argparse.Namespace, name: str, make):
    """``make()``'s coded documents, kept in ``--cache`` (pickled) so that runs after a change of the
    clustering rules alone skip the pipeline."""
    if not args.cache:
        return make()
    import pickle
    path = Path(args.cache) / f"stories-{name}-{args.limit or 'all'}.pickle"
    if path.exists():
        with open(path, "rb") as handle:
            return pickle.load(handle)
    out = make()
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "wb") as handle:
        pickle.dump(out, handle)
    return out


def quality(args: argparse.Namespace) -> None:
    from chronist.pipeline import Pipeline
    pipeline = None

    def pipe() -> Pipeline:
        nonlocal pipeline
        pipeline = pipeline or Pipeline.default()
        return pipeline

    with tempfile.TemporaryDirectory() as tmp:
        if "ntrex" in args.sets:
            ntrex(args, pipe, Path(tmp))
        if "gnad" in args.sets:
            near_duplicates(args, pipe, Path(tmp))


def ntrex(args: argparse.Namespace, pipe, tmp: Path) -> None:
    # NTREX: German and English side of each document; each document on a day of its own, then
    # all of them on one day (where different documents may merge, rightly or not)
    docs = list(ntrex_docs().items())[:args.limit or None]

    def make(spread: bool):
        def run() -> list:
            coded = []
            for n, (doc, lines) in enumerate(docs):
                day = dt.date(2019, 1, 1) + dt.timedelta(days=30 * n if spread else 0)
                for lang, column in (("de", 0), ("en", 1)):
                    sentences = [pair[column] for pair in lines]
                    article = Article(text=" ".join(sentences), id=f"{doc}:{lang}", lang=lang, date=day,
                                      source=f"ntrex-{lang}", sentences=sentences)
                    coded.append((n, article, pipe().process(article, lang=lang)))
            return coded
        return run

    # each article is coded with its publication day, so that its time phrases resolve against it
    # (and past events without one are dated by it), as in ``chronist ingest``
    for label, spread in (("a day of its own", True), ("all on one day", False)):
        coded = _coded(args, f"ntrex-{'spread' if spread else 'oneday'}", make(spread))
        if spread:
            agreement(coded)
        with Store.open(tmp / f"ntrex-{spread}.db") as store:
            for n, article, doc in coded:
                store.add(doc)
            result = evaluate(store, lambda r: _gold_key(r, f"{r['article'].rsplit(':', 1)[0]}#"
                                                           f"{r['sentence_index']}"))
            report(f"NTREX de+en ({len(docs)} documents, {sum(len(lines) for _, lines in docs)} aligned "
                   f"sentence pairs; each document {label})", result, explain=args.explain)


def agreement(coded: list) -> None:
    """How often the two languages' coders agree on an aligned line: the ceiling of cross-language
    merges, and the lines where a miss is the coder's, not the clustering's."""
    keys: dict[tuple[int, int], dict[str, set]] = defaultdict(lambda: {"de": set(), "en": set()})
    for n, article, doc in coded:
        for event in doc.events:
            r = event.record()
            keys[(n, event.sentence_index)][article.lang].add(_gold_key(r, "")[1:])
    both = [k for k in keys.values() if k["de"] and k["en"]]
    agree = [k for k in both if k["de"] & k["en"]]
    same_type = [k for k in both if not k["de"] & k["en"]
                 and {x.split("|")[0] for x in k["de"]} & {x.split("|")[0] for x in k["en"]}]
    one = sum(bool(k["de"]) != bool(k["en"]) for k in keys.values())
    print(f"NTREX coder agreement: {len(keys)} aligned lines with an event on either side; {one} on one side "
          f"only; {len(both)} on both, of which {len(agree)} share an event (type, polarity and dyad), "
          f"{len(same_type)} share only a type (the dyads differ), {len(both) - len(agree) - len(same_type)} "
          "share nothing")
    for k in same_type:
        print("  same type, other dyad:  de", sorted(k["de"]), " en", sorted(k["en"]))


def near_duplicates(args: argparse.Namespace, pipe, tmp: Path) -> None:
    # 10kGNAD near-duplicates
    rng = random.Random(14)
    texts = gnad_texts()[:args.limit or None]
    start = dt.date(2016, 1, 1)
    replacement = "Die Redaktion hat diesen Bericht am Abend aktualisiert und ergänzt."

    def make() -> list:
        coded = []
        for n, text in enumerate(texts):
            published = start + dt.timedelta(days=rng.randrange(365))
            original = Article(text=text, id=f"gnad:{n}", date=published, lang="de", source="derStandard")
            doc = pipe().process(original, lang="de")
            coded.append(doc)
            first = doc.sentences[0] if doc.sentences else None
            if first is None:
                continue
            copy_text = replacement + text[first.end:]
            copy = Article(text=copy_text, id=f"copy:{n}", lang="de", source="APA",
                           date=published + dt.timedelta(days=rng.randrange(2)))
            coded.append(pipe().process(copy, lang="de"))
        return coded

    with Store.open(tmp / "gnad.db") as store:
        for doc in _coded(args, "gnad", make):
            store.add(doc)
        result = evaluate(store, lambda r: _gold_key(r, f"{r['article'].split(':')[1]}#{r['sentence']}"))
        report(f"10kGNAD near-duplicates ({len(texts)} articles and their copies, changed first sentence)",
               result, explain=args.explain)
        if args.sample:
            print_sample(store, args.sample, width=args.width)


def print_sample(store: Store, n: int, *, width: int = 160) -> None:
    """A seeded random sample of ``n`` stories of several mentions, each mention with its sentence."""
    multi = store.stories(min_mentions=2)
    sample = random.Random(20).sample(multi, min(n, len(multi)))
    text = {r["id"]: r for r in store.events()}
    for s in sample:
        print(f"\nstory {s['id']} {s['plover']} {s['dyad']} {s['date_lo']}..{s['date_hi']} mentions {s['mentions']} "
              f"articles {s['articles']}")
        for event in s["events"]:
            r = text[event]
            print(f"   {r['article']}#{r['sentence_index']} {r['modality']} date {r['date']} ({r['date_basis']}) "
                  f"[{r['event_text']}] {r['sentence'][:width]}")


def report(title: str, result: dict, *, explain: bool = False) -> None:
    print(title)
    print(f"  events {result['events']}, stories {result['stories']}, of several mentions {result['multi']}")
    print(f"  merge precision {result['precision']:.3f} ({result['pure']}/{result['multi']} stories of one event)")
    print(f"  merge recall    {result['recall']:.3f} ({result['merged']}/{result['pairs']} pairs in one story)")
    for key in result["missed"][:None if explain else 10]:
        print("  missed:", key)
        if explain:
            for r in result["records"][key]:
                print(f"     story {r['story']} {r['article']}#{r['sentence_index']} {r['plover']} {r['cameo']} "
                      f"{r['modality']} date {r['date']} ({r['date_basis']}) place {r.get('country')}: "
                      f"{r['sentence'][:150]}")
    for members in result["impure"][:None if explain else 10]:
        if explain:
            print("  impure:")
            for r in members:
                print(f"     {r['article']}#{r['sentence_index']} {r['plover']} {r['cameo']} {r['modality']} "
                      f"date {r['date']} ({r['date_basis']}) place {r.get('country')}: {r['sentence'][:150]}")
            continue
        print("  impure:", " | ".join(f"{m['article']}#{m['sentence_index']} {m['plover']} "
                                      f"{'+'.join(a['actor'] for a in m['source'])}>"
                                      f"{'+'.join(a['actor'] for a in m['target'])}: {m['sentence'][:70]}"
                                      for m in members))


def corpus(args: argparse.Namespace) -> None:
    db = Path(args.db)
    if not db.exists():
        import json
        import os
        import subprocess
        source = GNAD
        if args.day:
            # the corpus has no publication days: give them all one day, so that nothing but the
            # rules' type, dyad and place keeps the reports of different articles apart
            source = db.with_suffix(".jsonl")
            with open(source, "w", encoding="utf-8") as out:
                for n, (category, text) in enumerate(gnad_rows()):
                    out.write(json.dumps({"id": f"gnad:{n}", "text": text, "lang": "de", "date": args.day,
                                          "source": "derStandard"}, ensure_ascii=False) + "\n")
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        subprocess.run([sys.executable, "-m", "chronist.cli", "ingest", str(source), "--lang", "de", "--db", str(db),
                        "--workers", str(args.workers), "--quiet"], check=True, env=env)
    with Store.open(db) as store:
        counts = store.story_counts()
        events = store.counts()["events"]
        if counts["unassigned"] or args.recluster:
            store.recluster()
            counts = store.story_counts()
        print(f"10kGNAD: {events} events in {counts['stories']} stories ({counts['multi']} of several mentions); "
              f"{events / max(counts['stories'], 1):.3f} events per story")
        print_sample(store, args.sample, width=args.width)


# -- cost --------------------------------------------------------------------------------

CODES = [f"C{n:03d}" for n in range(200)]
TYPES = ["CONSULT", "AGREE", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
         "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"]
PER_DAY = 500


def _zipf(rng: random.Random, n: int) -> int:
    return min(int(rng.paretovariate(1.1)) - 1, n - 1)


def synthetic_doc(rng: random.Random, n: int, day: dt.date, events: int, *, repeat=None) -> Document:
    article = Article(text=f"synthetic article {n} " + "x" * 20, id=f"syn:{n}", date=day, source=f"pub{n % 40}",
                      lang="en")
    sentences, out = [], []
    for i in range(events):
        if repeat and rng.random() < 0.3:
            plover, src, tgt, date = rng.choice(repeat)
        else:
            plover = TYPES[_zipf(rng, len(TYPES))]
            src, tgt = CODES[_zipf(rng, len(CODES))], CODES[_zipf(rng, len(CODES))]
            date = (day - dt.timedelta(days=rng.randrange(3))).isoformat()
        sentences.append(Sentence(index=i, text=f"s{i}", start=i, end=i + 1))
        out.append(Event(article=article.id, sentence_index=i, sentence=f"s{i}", source=[Actor(src, "GOV")],
                         target=[Actor(tgt, "GOV")], plover=plover, cameo="010", quad="verbal cooperation",
                         goldstein=0.0, modality="asserted", event_text="x", trigger_start=0, trigger_end=1,
                         date=date, date_basis="expression" if rng.random() < 0.5 else "publication"))
    return Document(article=article, lang="en", sentences=sentences, events=out)


def build_store(path: Path, size: int, rng: random.Random) -> tuple[dt.date, list]:
    """A store of ``size`` synthetic events: one template article of 20 events stored through the write
    path, copied in SQL with shifted days and drawn actors, then reclustered."""
    days = max(size // PER_DAY, 1)
    start = dt.date(2010, 1, 1)
    with Store.open(path) as store:
        conn = store.conn
        conn.execute("BEGIN")
        per_article = 20
        articles = size // per_article
        conn.executemany(
            "INSERT INTO articles (id, article_id, content_hash, source, pub_date, lang, text, state, ingested_at) "
            "VALUES (?, ?, ?, ?, ?, 'en', 'x', 'coded', '2026-01-01T00:00:00')",
            [(a + 1, f"base:{a}", f"h{a:012d}", f"pub{a % 40}",
              (start + dt.timedelta(days=a * days // articles)).isoformat()) for a in range(articles)])
        conn.executemany("INSERT INTO sentences (article, idx, text) VALUES (?, ?, 's')",
                         [(a + 1, i) for a in range(articles) for i in range(per_article)])
        events, actors, recent = [], [], []
        for a in range(articles):
            day = start + dt.timedelta(days=a * days // articles)
            for i in range(per_article):
                eid = a * per_article + i + 1
                plover = TYPES[_zipf(rng, len(TYPES))]
                src, tgt = CODES[_zipf(rng, len(CODES))], CODES[_zipf(rng, len(CODES))]
                date = (day - dt.timedelta(days=rng.randrange(3))).isoformat()
                events.append((eid, f"h{a:012d}-{i}-1", a + 1, i, plover, date, date,
                               "publication" if i % 2 else "expression"))
                actors += [(eid, "source", src, "GOV"), (eid, "target", tgt, "GOV")]
                if a >= articles - 50:
                    recent.append((plover, src, tgt, date))
        conn.executemany(
            "INSERT INTO events (id, event_id, article, sentence_idx, plover, modality, date, date_from, date_basis) "
            "VALUES (?, ?, ?, ?, ?, 'asserted', ?, ?, ?)", events)
        conn.executemany('INSERT INTO event_actors (event, role, position, code, sector) VALUES (?, ?, 0, ?, ?)',
                         actors)
        conn.execute("COMMIT")
        t = time.perf_counter()
        n, stories = store.recluster()
        print(f"  store of {n:,} events: {stories:,} stories (recluster {time.perf_counter() - t:.1f} s)",
              flush=True)
    return start + dt.timedelta(days=days), recent


def cost(args: argparse.Namespace) -> None:
    print(f"clustering cost per 1,000 new events (50 articles of 20 events, through Store.add)")
    for size in args.sizes:
        rng = random.Random(size)
        with tempfile.TemporaryDirectory(dir=args.tmp) as tmp:
            path = Path(tmp) / "syn.db"
            day, recent = build_store(path, size, rng)
            docs = [synthetic_doc(rng, 10_000_000 + k, day, 20, repeat=recent) for k in range(50)]
            with Store.open(path) as store:
                conn = store.conn
                # time of the write path with assignment, minus the same inserts without it
                t, cpu = time.perf_counter(), time.process_time()
                for doc in docs:
                    store.add(doc)
                with_stories, with_cpu = time.perf_counter() - t, time.process_time() - cpu
                joined = conn.execute(
                    "SELECT count(*) FROM events e JOIN stories s ON s.id = e.story "
                    "WHERE e.article > ? AND s.root_event <= ?", (size // 20, size)).fetchone()[0]
                from chronist.stories.assign import assign_article
                rows = [r[0] for r in conn.execute("SELECT id FROM articles WHERE article_id LIKE 'syn:%'")]
                conn.execute("BEGIN")
                conn.execute("UPDATE events SET story = NULL WHERE article >= ?", (rows[0],))
                t, cpu = time.perf_counter(), time.process_time()
                for row in rows:
                    assign_article(conn, row)
                assign_only, assign_cpu = time.perf_counter() - t, time.process_time() - cpu
                conn.execute("ROLLBACK")
            print(f"  {size:>9,} events: {with_stories:.3f} s ({with_cpu:.3f} s CPU) to store 1,000 events with "
                  f"assignment, {assign_only:.3f} s ({assign_cpu:.3f} s CPU) of it assignment alone; {joined} of "
                  "1,000 joined an existing story", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="what", required=True)
    p = sub.add_parser("quality")
    p.add_argument("--limit", type=int, help="only the first N documents / articles")
    p.add_argument("--sets", nargs="+", choices=["ntrex", "gnad"], default=["ntrex", "gnad"])
    p.add_argument("--cache", metavar="DIR", help="keep the coded documents here (pickled) for the next run")
    p.add_argument("--explain", action="store_true", help="every missed pair with its mentions' dates and places")
    p.add_argument("--sample", type=int, default=0,
                   help="print a seeded random sample of this many near-duplicate stories of several mentions")
    p.add_argument("--width", type=int, default=160, help="characters of each sentence to print")
    p = sub.add_parser("corpus")
    p.add_argument("--db", default="/tmp/chronist-10kgnad-stories.db", help="store (ingested first if missing)")
    p.add_argument("--day", help="give every article this publication day (ISO); default: none, as in the corpus")
    p.add_argument("--workers", type=int, default=1)
    p.add_argument("--recluster", action="store_true", help="assign the stored events to stories again first")
    p.add_argument("--sample", type=int, default=20, help="stories of several mentions to print (seeded)")
    p.add_argument("--width", type=int, default=160, help="characters of each sentence to print")
    p = sub.add_parser("cost")
    p.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    p.add_argument("--tmp", default=None)
    args = parser.parse_args()
    {"quality": quality, "corpus": corpus, "cost": cost}[args.what](args)


if __name__ == "__main__":
    main()
