"""The ``chronist`` command: each sub-command parses arguments, calls the library, prints.

Errors the user can fix (a missing file, a bad date, an unknown language) come out
as one line on stderr and exit status 2; there is no traceback.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import logging
import sys
from pathlib import Path

from chronist.errors import ChronistError, InputError
from chronist.io.writers import FORMATS, format_records

# The exchange formats of chronist.io.export (imported lazily: it loads the ontology).
EXPORT_FORMATS = ("jsonl", "csv", "parquet", "plover", "polecat", "gdelt", "gdelt-mentions")
CODE_EXPORTS = ("plover", "polecat", "gdelt")

log = logging.getLogger("chronist")


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date; write it as YYYY-MM-DD") from None


def _event_filters(p: argparse.ArgumentParser) -> None:
    """The options that choose stored events (events, export)."""
    p.add_argument("--source", help="actor code, e.g. USA")
    p.add_argument("--target", help="actor code, e.g. PRK")
    p.add_argument("--category", help="PLOVER category, e.g. CONSULT")
    p.add_argument("--since", type=_period, help="events on or after a day, month or year (2023-05-17, 2023-05, 2023)")
    p.add_argument("--until", type=_period, help="events up to the end of a day, month or year")
    p.add_argument("--limit", type=int)


def _dedup_option(p: argparse.ArgumentParser) -> None:
    p.add_argument("--dedup", action="store_true",
                   help="one row per story (its first mention) with its counts of mentions, articles, sources")


def _period(value: str) -> str:
    """A day, ISO week, month or year (YYYY-MM-DD, YYYY-Www, YYYY-MM, YYYY) for --since/--until."""
    from chronist.store.queries import date_bounds
    if date_bounds(value) is None:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date; write it as YYYY-MM-DD, YYYY-MM, YYYY-Www "
                                         "or YYYY")
    return value.strip()


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version
    try:
        return version("chronist")
    except PackageNotFoundError:
        return "unknown"


def _lang(value: str) -> str:
    from chronist.lang import available
    choices = (*available(), "auto")
    if value not in choices:
        raise argparse.ArgumentTypeError(f"unknown language {value!r}; use one of {', '.join(choices)}")
    return value


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:       # one line, exit 2, as for every other bad input
        self.exit(2, f"chronist: error: {message}\n")

    def parse_known_args(self, args=None, namespace=None):
        args, extra = super().parse_known_args(args, namespace)
        if getattr(args, "db", "") is None:       # the store (and its modules) only for commands with one
            from chronist.store import default_target
            args.db = default_target()
        return args, extra


DICTIONARIES_HELP = ("builtin (default), or builtin,petrarch:DIR[,petrarch:DIR2]: PETRARCH actor, agent "
                     "and verb files stacked after the built-in dictionaries")


def _coded(files: list[str], *, lang: str, date: dt.date | None, dictionaries: str | None = None):
    from chronist.io.readers import read_articles
    from chronist.pipeline import Pipeline
    pipeline = Pipeline.from_config({"dictionaries": dictionaries})
    for name in files:
        for article in read_articles(name, date=date, lang=None if lang == "auto" else lang):
            yield pipeline.process(article, lang=lang)


def cmd_code(args: argparse.Namespace) -> int:
    docs = _coded(args.files, lang=args.lang, date=args.date, dictionaries=args.dictionaries)
    if args.format in CODE_EXPORTS:
        from chronist.io.export import document_records, export
        export((r for doc in docs for r in document_records(doc)), fmt=args.format, out=sys.stdout,
               header=args.header)
        return 0
    records = []
    for doc in docs:
        records += [e.record() for e in sorted(doc.events, key=lambda e: (e.sentence_index, e.trigger_start,
                                                                          e.trigger_end))]
    sys.stdout.write(format_records(records, args.format))
    return 0


def cmd_ingest(args: argparse.Namespace) -> int:
    from chronist.ingest import Progress, ingest
    from chronist.ingest.stop import stop_on_signals
    from chronist.store import Store
    progress = Progress(sys.stderr, enabled=args.progress or sys.stderr.isatty())
    with stop_on_signals(), Store.open(args.db) as store:
        summary = ingest(args.files, store=store, lang=args.lang, date=args.date, workers=args.workers,
                         max_chars=args.max_chars, progress=progress, dictionaries=args.dictionaries)
    if args.quiet:                       # no summary; what failed still goes to stderr
        for line in summary.lines(_shown(args.db))[1:]:
            if line.lstrip().startswith(("failed:", "...", "interrupted:")):
                print(f"chronist: {line.strip()}", file=sys.stderr)
    else:
        print("\n".join(summary.lines(_shown(args.db))))
    return 130 if summary.interrupted else 0


def _need_db(db: str) -> None:
    from chronist.store import exists
    if not exists(db):
        raise InputError(f"{db}: no such database; create it with `chronist ingest FILE --db {db}`")


def _shown(db: str) -> str:
    """The --db value for messages: a path as given, a URL without its password."""
    from chronist.store import describe
    return describe(db)


DB_HELP = ("the store: a SQLite file or a postgresql://user:password@host:port/database URL "
           "(default: $CHRONIST_DB, else ./chronist.db)")


def cmd_status(args: argparse.Namespace) -> int:
    from chronist.store import Store
    _need_db(args.db)
    with Store.open(args.db) as store:
        counts = store.counts()
        by_state = counts["articles"]
        print(f"{_shown(args.db)}: {sum(by_state.values())} articles: {by_state['coded']} coded, "
              f"{by_state['skipped']} skipped, {by_state['failed']} failed; "
              f"{counts['sentences']} sentences, {counts['events']} events")
        for state in ("skipped", "failed"):
            reasons = store.reasons(state)
            if reasons:
                print(f"  {state}: " + ", ".join(f"{n} {why}" for why, n in reasons))
        for article, reason in store.latest("failed"):
            print(f"  failed {article}: {reason}")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    import os
    from chronist.io.export import export
    from chronist.store import Store
    _need_db(args.db)
    with Store.open(args.db) as store:
        if args.dedup and args.format == "gdelt-mentions":
            raise InputError("--dedup gives one row per story, the Mentions table one per mention; "
                             "export gdelt-mentions without --dedup")
        records = store.iter_events(source=args.source, target=args.target, category=args.category,
                                    since=args.since, until=args.until, limit=args.limit, with_article=True,
                                    dedup=args.dedup, stories=args.format == "gdelt-mentions")
        try:
            n = export(records, fmt=args.format, out=sys.stdout, path=args.output, header=args.header,
                       dedup=args.dedup)
        except BrokenPipeError:              # `chronist export | head`: the reader has what it wants
            sys.stdout = open(os.devnull, "w")
            return 0
        finally:
            records.close()
    if args.output:
        print(f"{n} {'stories' if args.dedup else 'events'} -> {args.output}", file=sys.stderr)
    return 0


def cmd_events(args: argparse.Namespace) -> int:
    from chronist.store import Store
    _need_db(args.db)
    with Store.open(args.db) as store:
        records = store.events(source=args.source, target=args.target, category=args.category,
                               since=args.since, until=args.until, limit=args.limit, dedup=args.dedup)
    if args.dedup and args.format == "table":
        from chronist.stories.report import story_table
        sys.stdout.write(story_table(records))
    else:
        sys.stdout.write(format_records(records, args.format))
    return 0


def cmd_recluster(args: argparse.Namespace) -> int:
    from chronist.store import Store
    _need_db(args.db)
    with Store.open(args.db) as store:
        events, stories = store.recluster()
    print(f"{_shown(args.db)}: {events} events in {stories} stories")
    return 0


def cmd_stories(args: argparse.Namespace) -> int:
    from chronist.stories.report import stories_table
    from chronist.store import Store
    _need_db(args.db)
    with Store.open(args.db) as store:
        stories = store.stories(min_mentions=args.min_mentions, limit=args.limit)
        counts = store.story_counts()
    if args.format == "jsonl":
        sys.stdout.write("".join(json.dumps(s, ensure_ascii=False) + "\n" for s in stories))
        return 0
    sys.stdout.write(stories_table(stories))
    if counts["unassigned"]:
        print(f"{counts['unassigned']} events have no story yet (stored before stories existed): "
              f"run `chronist recluster --db {_shown(args.db)}`", file=sys.stderr)
    return 0


def cmd_eval(args: argparse.Namespace) -> int:
    from chronist.eval.report import format_score, score_to_dict
    from chronist.eval.run import evaluate
    from chronist.pipeline import Pipeline
    pipeline = Pipeline.from_config({"dictionaries": args.dictionaries})
    explained = None
    if args.explain:
        from chronist.eval.explain import explain
        explained = explain(args.gold, half=args.half, pipeline=pipeline)
        result = explained.score
    else:
        result = evaluate(args.gold, half=args.half, pipeline=pipeline)
    if args.json:
        data = score_to_dict(result)
        if explained is not None:
            data["explain"] = {"shares": explained.shares(),
                               "misses": [{"id": d.record_id, "file": d.file, "kind": d.kind,
                                           "reasons": [text for _, text in d.reasons]}
                                          for d in explained.diagnoses]}
        print(json.dumps(data, indent=2))
    else:
        print(format_score(result, by=args.by), end="")
    if explained is not None and not args.json:
        from chronist.eval.explain import format_explained
        print()
        print(format_explained(explained), end="")
    return 0


def cmd_eval_syntax(args: argparse.Namespace) -> int:
    from chronist.eval.syntax import evaluate_syntax, format_syntax, read_conllu
    from chronist.lang.de import GermanFrontEnd
    sentences = read_conllu(args.treebank)
    if args.limit:
        sentences = sentences[:args.limit]
    print(format_syntax(evaluate_syntax(sentences, GermanFrontEnd())), end="")
    return 0


def cmd_coverage(args: argparse.Namespace) -> int:
    from chronist.actors.dictionary import ActorDictionary
    from chronist.lang import available
    from chronist.coding.frames import frame_book
    from chronist.coding.ontology import cameo
    d = ActorDictionary.default()
    states = sum(not c.territory for c in d.countries.values())
    kinds = {"IGO": 0, "NGO": 0, "other": 0}
    for org in d.organisations.values():
        kind = org.code.split(":", 1)[0]
        kinds[kind if kind in kinds else "other"] += 1
    with_roles = sum(bool(p.roles) for p in d.persons.values())
    print(f"states {states} (+{len(d.countries) - states} territories); organisations "
          f"{len(d.organisations)} (IGO {kinds['IGO']}, NGO {kinds['NGO']}, armed groups, parties "
          f"and agencies {kinds['other']}); persons {len(d.persons)}, {with_roles} with dated roles")
    roots_all = [f"{n:02d}" for n in range(2, 21)]
    for lang in available():
        agents = {(a.base, a.sector) for bucket in d.agents[lang].values() for _, a in bucket
                  if a.kind == "agent"}
        frames = frame_book(lang).frames()
        roots = sorted({f.cameo[:2] for f in frames if cameo(f.cameo).plover})
        missing = [r for r in roots_all if r not in roots]
        print(f"{lang}: agents {len(agents)}; frames {len(frames)} (verbs "
              f"{sum(f.kind == 'verb' for f in frames)}, nouns {sum(f.kind == 'noun' for f in frames)}); "
              f"CAMEO roots 02-20 covered {len([r for r in roots if r in roots_all])}/{len(roots_all)}"
              + (f" (missing {', '.join(missing)})" if missing else ""))
    from pathlib import Path
    from chronist.coding.coverage import missing_codes, verb_coverage_of_file
    for lang in available():
        print(f"{lang}: CAMEO codes with an event type but no frame: {len(missing_codes(lang))}")
    petrarch = Path(__file__).resolve().parents[1].parent / "shared/reference/petrarch/CAMEO.2.0.txt"
    if petrarch.is_file():
        cov = verb_coverage_of_file(petrarch)
        print(f"en: PETRARCH verb lemmas known {len(cov.known)}/{cov.total} ({cov.share:.1%}) of {petrarch}")
    else:
        print(f"en: PETRARCH verb coverage not measured: {petrarch} is absent")
    return 0


def cmd_aggregate(args: argparse.Namespace) -> int:
    from chronist.aggregate import Filters, aggregate, format_table, open_readonly, records, write_csv, write_parquet
    if args.format == "parquet" and not args.output:
        raise InputError("Parquet is binary: give a file with --output, e.g. --output counts.parquet")
    dyad = tuple(p.strip() for p in args.dyad.split(",")) if args.dyad else None
    if dyad is not None and len(dyad) != 2:
        raise InputError(f"--dyad {args.dyad!r} needs two actors, e.g. --dyad USA,PRK")
    filters = Filters(actor=args.actor, source=args.source, target=args.target, dyad=dyad, category=args.category,
                      quad=args.quad, since=args.since, until=args.until, modality=args.modality, lang=args.lang,
                      country=args.country, text=args.text)
    conn = open_readonly(args.db)
    try:
        rows = records(aggregate(conn, by=args.by or "", per=args.per, filters=filters, actors=args.actors,
                                 limit=args.limit, order=args.order))
    finally:
        conn.close()
    if args.format == "parquet":
        write_parquet(rows, args.output)
        print(f"{len(rows)} rows -> {args.output}", file=sys.stderr)
    elif args.format == "csv":
        write_csv(rows, sys.stdout)
    else:
        sys.stdout.write(format_table(rows))
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    from chronist.web import serve
    from chronist.web.app import create_app
    _need_db(args.db)
    create_app(args.db)                      # a store that cannot be read fails here, in one line
    if args.host not in ("127.0.0.1", "localhost", "::1"):
        print(f"chronist: warning: serving on {args.host}: anyone who reaches this address can read the store",
              file=sys.stderr)
    print(f"Chronist web view of {_shown(args.db)} (read-only) on http://{args.host}:{args.port}/  (Ctrl-C stops it)",
          flush=True)
    serve(args.db, host=args.host, port=args.port)
    return 0


def cmd_petrarch_test(args: argparse.Namespace) -> int:
    from chronist.petrarch import records, spec
    coder = spec.sentence_coder(spec.parse_spec(args.dictionaries))
    recs = [r for r in records.read_records(args.records) if r.active or args.all]
    outcomes = records.run(recs, coder)
    print(records.report(outcomes, verbose=not args.summary))
    return 0


def cmd_bench(args: argparse.Namespace) -> int:
    from chronist.bench import bench, corpus_articles
    articles = corpus_articles(args.corpus, limit=args.limit)
    result = bench(articles, lang=args.lang)
    print(f"{result.articles} articles, {result.sentences} sentences, {result.events} events "
          f"in {result.seconds:.1f} s")
    print(f"{result.sentences_per_second:.1f} sentences/s, {result.events_per_second:.1f} events/s, "
          f"peak memory {result.peak_mb:.0f} MB")
    print(f"reference ({result.reference}): {result.reference_seconds:.1f} s; "
          f"whole pipeline / reference = {result.ratio:.2f}")
    total = sum(result.stages.values()) or 1.0
    for name, seconds in result.stages.items():
        print(f"  {name:<10} {seconds:7.2f} s  {100 * seconds / total:5.1f} %")
    return 0


def cmd_spark(args: argparse.Namespace) -> int:
    from chronist.spark.job import run, running
    with running(args.master) as spark:
        summary = run(spark, args.inputs, out=args.out, lang=args.lang, date=args.date, partitions=args.partitions,
                      max_chars=args.max_chars, mode="overwrite" if args.overwrite else "errorifexists")
    print("\n".join(summary.lines()))
    return 0


def cmd_load(args: argparse.Namespace) -> int:
    from chronist.spark import load
    from chronist.store import Store
    with Store.open(args.db) as store:
        counts = load(args.out, store=store)
    print(f"{_shown(args.db)}: {counts['coded']} coded, {counts['skipped']} skipped, {counts['failed']} failed articles "
          f"stored ({counts['events']} events); {counts['already']} already stored")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="chronist", description="Political event data from German and English news.")
    parser.add_argument("-v", "--verbose", action="store_true", help="log progress to stderr")
    parser.add_argument("--version", action="version", version=f"chronist {_version()}")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    def inputs(p: argparse.ArgumentParser) -> None:
        p.add_argument("files", nargs="+", metavar="FILE",
                       help="articles: plain text, JSON Lines (.jsonl), HTML, RSS/Atom, CSV, or - for standard input "
                            "(ingest also takes folders)")
        p.add_argument("--lang", type=_lang, default="auto", help="de, en or auto (default: auto)")
        p.add_argument("--date", type=_date, help="publication date YYYY-MM-DD for files that carry none")

    p = sub.add_parser("code", help="code articles and print their events (no database)")
    inputs(p)
    p.add_argument("--format", choices=FORMATS + CODE_EXPORTS, default="table",
                   help="table, jsonl (event records), csv, or an exchange format: plover (JSON Lines of "
                        "the PLOVER manual), polecat, gdelt (tab-separated)")
    p.add_argument("--header", action="store_true", help="gdelt: write a header line (GDELT's files have none)")
    p.add_argument("--dictionaries", metavar="SPEC", help=DICTIONARIES_HELP)
    p.set_defaults(run=cmd_code)

    p = sub.add_parser("ingest", help="code articles and store them")
    inputs(p)
    p.add_argument("--db", help=DB_HELP)
    p.add_argument("--workers", type=int, default=0, help="coding processes (default: one per core)")
    p.add_argument("--max-chars", type=int, default=1_000_000,
                   help="skip longer articles, with the reason (default: 1000000)")
    p.add_argument("--progress", action="store_true", help="progress line on stderr even when not a terminal")
    p.add_argument("--quiet", "-q", action="store_true",
                   help="no summary at the end; failed articles are still reported on stderr")
    p.add_argument("--dictionaries", metavar="SPEC", help=DICTIONARIES_HELP)
    p.set_defaults(run=cmd_ingest)

    p = sub.add_parser("status", help="articles in the store by state, with the reasons")
    p.add_argument("--db", help=DB_HELP)
    p.set_defaults(run=cmd_status)

    p = sub.add_parser("export", help="stored events in PLOVER's, POLECAT's or GDELT's format, CSV or Parquet")
    p.add_argument("--db", help=DB_HELP)
    p.add_argument("--format", choices=EXPORT_FORMATS, default="jsonl",
                   help="jsonl, csv, parquet (flat, PLOVER field names); plover (the PLOVER manual's record); "
                        "polecat, gdelt (tab-separated); gdelt-mentions (GDELT's Mentions table)")
    _dedup_option(p)
    p.add_argument("--output", "-o", help="file to write (required for parquet; default: standard output)")
    p.add_argument("--header", action="store_true", help="gdelt: write a header line (GDELT's files have none)")
    _event_filters(p)
    p.set_defaults(run=cmd_export)

    p = sub.add_parser("events", help="query stored events")
    p.add_argument("--db", help=DB_HELP)
    _event_filters(p)
    p.add_argument("--format", choices=FORMATS, default="table")
    _dedup_option(p)
    p.set_defaults(run=cmd_events)

    p = sub.add_parser("stories", help="stories (events reported several times) with their counts")
    p.add_argument("--db", help=DB_HELP)
    p.add_argument("--min-mentions", type=int, default=2, help="only stories of this many mentions (default: 2)")
    p.add_argument("--limit", type=int)
    p.add_argument("--format", choices=("table", "jsonl"), default="table")
    p.set_defaults(run=cmd_stories)

    p = sub.add_parser("recluster", help="assign every stored event to a story again (after the rules changed)")
    p.add_argument("--db", help=DB_HELP)
    p.set_defaults(run=cmd_recluster)

    p = sub.add_parser("eval", help="precision, recall and F1 against gold files")
    p.add_argument("gold", nargs="+", metavar="GOLD.jsonl")
    p.add_argument("--by", choices=("category", "lang"), help="break the figures down")
    p.add_argument("--json", action="store_true", help="print the scores as JSON")
    p.add_argument("--explain", action="store_true", help="list every missed gold event and why")
    p.add_argument("--half", choices=("dev", "check"),
                   help="score one half of each file's articles (split by a hash of the article id)")
    p.add_argument("--dictionaries", metavar="SPEC", help=DICTIONARIES_HELP)
    p.set_defaults(run=cmd_eval)

    p = sub.add_parser("eval-syntax", help="German subject and object finding against UD gold trees")
    p.add_argument("treebank", help="a CoNLL-U file, e.g. ../shared/eval/ud/de_gsd-ud-dev.conllu")
    p.add_argument("--limit", type=int, help="only the first N sentences")
    p.set_defaults(run=cmd_eval_syntax)

    p = sub.add_parser("bench", help="throughput on a corpus")
    p.add_argument("corpus", help="a category;text CSV or a file with one text a line")
    p.add_argument("--lang", type=_lang, default="de")
    p.add_argument("--limit", type=int, help="only the first N articles")
    p.set_defaults(run=cmd_bench)

    p = sub.add_parser("petrarch-test", help="code PETRARCH's unit-test records and report pass/fail per record and category")
    p.add_argument("records", help="PETR.UnitTest.records.xml")
    p.add_argument("--dictionaries", required=True, help="petrarch:DIR[,petrarch:DIR...] (first wins)")
    p.add_argument("--summary", action="store_true", help="only the per-category table")
    p.add_argument("--all", action="store_true", help="also records marked sentence=\"false\"")
    p.set_defaults(run=cmd_petrarch_test)

    p = sub.add_parser("coverage", help="how many states, organisations, persons, agents and frames")
    p.set_defaults(run=cmd_coverage)

    p = sub.add_parser("aggregate", help="event counts and Goldstein sums per actor, dyad, category, quad, period")
    p.add_argument("--db", help=DB_HELP)
    p.add_argument("--by", help="comma-separated: source, target, category, quad, country (default: all events)")
    p.add_argument("--per", choices=("day", "week", "month", "year"), help="also per period (weeks by their Monday)")
    p.add_argument("--actors", choices=("sector", "code"), default="sector",
                   help="group actors by code and sector (USA/GOV, default) or by code alone (USA)")
    p.add_argument("--actor", help="events with this actor in either role")
    p.add_argument("--source", help="actor code, e.g. USA or USA/GOV")
    p.add_argument("--target", help="actor code, e.g. PRK")
    p.add_argument("--dyad", help="two actors in either direction, e.g. USA,PRK")
    p.add_argument("--category", help="PLOVER category, e.g. REQUEST")
    p.add_argument("--quad", choices=("verbal cooperation", "material cooperation", "verbal conflict",
                                      "material conflict"))
    p.add_argument("--since", type=_period, help="events on or after a day, week, month or year")
    p.add_argument("--until", type=_period, help="events up to the end of a day, week, month or year")
    p.add_argument("--modality", choices=("asserted", "intent", "negated", "reported"))
    p.add_argument("--lang", help="articles in this language (de, en)")
    p.add_argument("--country", help="events located in this country (ISO code, e.g. KOR)")
    p.add_argument("--text", help="events whose sentence holds this text (case-insensitive)")
    p.add_argument("--order", choices=("key", "events"), default="key", help="by key and period, or most events first")
    p.add_argument("--limit", type=int)
    p.add_argument("--format", choices=("table", "csv", "parquet"), default="table")
    p.add_argument("--output", "-o", help="file to write (required for parquet)")
    p.set_defaults(run=cmd_aggregate)

    p = sub.add_parser("serve", help="a read-only web view of the store (events, timelines, network, map)")
    p.add_argument("--db", help=DB_HELP)
    p.add_argument("--host", default="127.0.0.1", help="address to bind (default: 127.0.0.1, this machine only)")
    p.add_argument("--port", type=int, default=8000)
    p.set_defaults(run=cmd_serve)

    p = sub.add_parser("spark", help="code articles on Apache Spark; events and article states as Parquet")
    from chronist.spark.job import add_arguments as spark_arguments
    spark_arguments(p, master="local[2]")
    p.set_defaults(run=cmd_spark)

    p = sub.add_parser("load", help="store the output of `chronist spark` (idempotent)")
    p.add_argument("out", metavar="DIR", help="the --out folder of `chronist spark`")
    p.add_argument("--db", help=DB_HELP)
    p.set_defaults(run=cmd_load)
    return parser


def _check_args(args: argparse.Namespace) -> None:
    """Values argparse lets through that would fail later with a traceback or lose data."""
    limit = getattr(args, "limit", None)
    if args.command in ("events", "export") and limit is not None and limit < 0:
        raise InputError(f"--limit {limit}: not a number of events; give a whole number >= 0")
    if args.command == "ingest" and str(args.db).strip() == ":memory:":
        raise InputError("--db :memory: keeps nothing: the events would be gone when ingest ends; give a file "
                         "such as --db chronist.db (or print events without storing them with `chronist code`)")
    output = getattr(args, "output", None)
    if args.command == "export" and output:
        path = Path(output)
        if path.is_dir():
            raise InputError(f"--output {output}: is a folder; give a file path such as {path / 'events.jsonl'}")
        if not path.parent.is_dir():
            raise InputError(f"--output {output}: the folder {path.parent} does not exist; create it "
                             f"(mkdir -p {path.parent}) or write elsewhere")


def _failed_on(args: argparse.Namespace) -> str:
    """The input a command was working on, for the one-line report of an unexpected error."""
    for name in ("files", "gold", "treebank", "corpus"):
        value = getattr(args, name, None)
        if value:
            shown = value if isinstance(value, str) else " ".join(map(str, value[:3])) + (" ..." if len(value) > 3 else "")
            return f" on {shown}"
    db = getattr(args, "db", None)
    return f" on {db}" if db else ""


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    end = argv.index("--") if "--" in argv else len(argv)
    debug = "--debug" in argv[:end]                # anywhere before --: show the traceback of a crash
    if debug:
        argv.remove("--debug")
    from chronist.spacy_cli import defer_spacy_cli
    defer_spacy_cli()                              # spaCy's own command line, imported only if used
    args = build_parser().parse_args(argv)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING,
                        format="%(levelname)s %(name)s: %(message)s")
    try:
        _check_args(args)
        return args.run(args)
    except ChronistError as exc:
        print(f"chronist: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("chronist: interrupted", file=sys.stderr)
        return 130
    except Exception as exc:        # a bug or an unforeseen input: one line, the traceback with --debug
        if debug:
            import traceback
            traceback.print_exc()
        detail = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
        print(f"chronist: error: {args.command} failed{_failed_on(args)}: {detail}"
              + ("" if debug else "; run it again with --debug for the traceback"), file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
