"""The chronist command on real files: events out, one clear line for bad input."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
EXAMPLE = ROOT / "examples" / "gipfel-diplomatie.txt"


def chronist(*args: str, cwd: Path | None = None, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "chronist.cli", *args], capture_output=True, text=True,
                          cwd=cwd or ROOT, timeout=300, env=None if env is None else {**os.environ, **env})


def test_code_prints_event_records_as_jsonl():
    run = chronist("code", str(EXAMPLE), "--lang", "de", "--date", "2023-05-17", "--format", "jsonl")
    assert run.returncode == 0, run.stderr
    records = [json.loads(line) for line in run.stdout.splitlines()]
    assert len(records) >= 4
    for record in records:
        for key in ("source", "target", "plover", "cameo", "date", "location", "modality", "event_text",
                    "article", "sentence", "sentence_index", "spans", "quad", "goldstein", "confidence"):
            assert key in record
        assert record["article"] == EXAMPLE.name
        text = EXAMPLE.read_text("utf-8")
        start, end = record["spans"]["trigger"]
        assert text[start:end] in record["sentence"]
    assert {"CONSULT", "REQUEST"} <= {r["plover"] for r in records}


def test_code_table_and_csv(tmp_path):
    table = chronist("code", str(EXAMPLE), "--lang", "de", "--date", "2023-05-17")
    assert table.returncode == 0 and "CONSULT" in table.stdout and "events)" in table.stdout
    csv = chronist("code", str(EXAMPLE), "--lang", "de", "--format", "csv")
    assert csv.returncode == 0 and csv.stdout.startswith("id,article,sentence_index,date,source")


def test_code_reads_json_lines_of_articles(tmp_path):
    path = tmp_path / "articles.jsonl"
    path.write_text(json.dumps({"id": "a1", "lang": "en", "date": "2023-05-17",
                                "text": "The United States imposed new sanctions on Iran."}) + "\n", "utf-8")
    run = chronist("code", str(path), "--format", "jsonl")
    assert run.returncode == 0, run.stderr
    record = json.loads(run.stdout.splitlines()[0])
    assert record["article"] == "a1" and record["source"][0]["actor"] == "USA"


def test_ingest_then_events_then_reingest_is_a_noop(db_target):
    db = db_target
    first = chronist("ingest", str(EXAMPLE), "--lang", "de", "--date", "2023-05-17", "--db", str(db))
    assert first.returncode == 0, first.stderr
    assert first.stdout.startswith("1 article(s) coded")
    again = chronist("ingest", str(EXAMPLE), "--lang", "de", "--date", "2023-05-17", "--db", str(db))
    assert "0 article(s) coded, 1 already stored" in again.stdout
    everything = chronist("events", "--db", str(db), "--format", "jsonl")
    records = [json.loads(line) for line in everything.stdout.splitlines()]
    assert records and all(r["article"] == EXAMPLE.name for r in records)
    demands = chronist("events", "--db", str(db), "--category", "demand", "--format", "jsonl")
    assert [json.loads(l)["plover"] for l in demands.stdout.splitlines()] == ["REQUEST"] * len(demands.stdout.splitlines())
    by_source = chronist("events", "--db", str(db), "--source", "FRA", "--format", "jsonl")
    assert all(any(a["actor"] == "FRA" for a in json.loads(l)["source"]) for l in by_source.stdout.splitlines())


def test_chronist_db_names_a_postgres_store_for_every_command(pg_server, tmp_path):
    url = pg_server.create_database()
    env = {"CHRONIST_DB": url}
    try:
        run = chronist("ingest", str(EXAMPLE), "--lang", "de", "--date", "2023-05-17", env=env)
        assert run.returncode == 0, run.stderr
        assert run.stdout.startswith("1 article(s) coded") and url.split("?")[0] in run.stdout
        assert not (ROOT / "chronist.db").exists() or "chronist.db" not in run.stdout
        status = chronist("status", env=env)
        assert status.returncode == 0 and "1 coded" in status.stdout, status.stderr
        table = chronist("aggregate", "--by", "category", "--format", "csv", env=env)
        assert table.returncode == 0 and table.stdout.startswith("category,events"), table.stderr
        stories = chronist("recluster", env=env)
        assert stories.returncode == 0 and "events in" in stories.stdout, stories.stderr
    finally:
        pg_server.drop_database(url)


@pytest.mark.parametrize("url, command", [("postgresql://nobody:secret@127.0.0.1:1/chronist", "events"),
                                          ("postgresql://nobody@/chronist?host=/nonexistent-socket-dir", "aggregate")])
def test_unreachable_postgres_gives_one_line(url, command):
    run = chronist(command, "--db", url)
    assert run.returncode != 0
    lines = run.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in run.stderr and "secret" not in run.stderr
    assert "server runs" in lines[0]


def _bad_files(tmp_path: Path) -> dict[str, Path]:
    empty = tmp_path / "empty.txt"
    empty.write_text("   \n", "utf-8")
    undecodable = tmp_path / "undecodable.txt"  # 0x81, 0x8d: neither UTF-8 nor Windows-1252 (Latin-1 is read)
    undecodable.write_bytes(b"Die Regierung in Paris \x81\x8d Kritik.")
    binary = tmp_path / "image.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    broken = tmp_path / "broken.jsonl"
    broken.write_text('{"id": "a", "text": "ok"}\n{not json\n', "utf-8")
    return {"empty": empty, "undecodable": undecodable, "binary": binary, "broken": broken}


@pytest.mark.parametrize("case, args, message", [
    ("missing", ["code", "does-not-exist.txt"], "no such file"),
    ("empty", ["code", "{empty}"], "empty"),
    ("undecodable", ["code", "{undecodable}"], "not UTF-8"),
    ("binary", ["code", "{binary}"], "binary"),
    ("broken-jsonl", ["code", "{broken}"], "broken.jsonl:2"),
    ("bad-lang", ["code", str(EXAMPLE), "--lang", "fr"], "unknown language 'fr'"),
    ("bad-date", ["code", str(EXAMPLE), "--date", "27.05.2018"], "YYYY-MM-DD"),
    ("no-db", ["events", "--db", "{missing_db}"], "no such database"),
    ("bad-since", ["events", "--since", "yesterday"], "YYYY-MM-DD"),
    ("bad-until", ["export", "--until", "2023-13"], "YYYY-MM-DD, YYYY-MM"),
    ("bad-format", ["export", "--format", "icews"], "plover"),
    ("unsupported-language", ["code", "{french}"], "fr"),
], ids=lambda v: v if isinstance(v, str) else None)
def test_bad_input_gives_one_line_and_non_zero_exit(tmp_path, case, args, message):
    files = _bad_files(tmp_path)
    french = tmp_path / "french.txt"
    french.write_text("Le gouvernement a annoncé des sanctions contre le pays pour la semaine prochaine.", "utf-8")
    values = {k: str(v) for k, v in files.items()} | {"missing_db": str(tmp_path / "none.db"), "french": str(french)}
    run = chronist(*[a.format(**values) for a in args], cwd=tmp_path)
    assert run.returncode != 0
    assert "Traceback" not in run.stderr
    lines = [l for l in run.stderr.splitlines() if l.strip()]
    assert len(lines) == 1, run.stderr
    assert message in lines[0]


@pytest.mark.skipif(not (SHARED / "eval" / "de" / "seed.jsonl").exists(),
                    reason="../shared/eval is not beside the project")
def test_eval_scores_the_seed_gold():
    run = chronist("eval", str(SHARED / "eval" / "de" / "seed.jsonl"), "--json")
    assert run.returncode == 0, run.stderr
    scores = json.loads(run.stdout)
    assert scores["overall"]["f1"] >= 0.5


def test_version():
    run = chronist("--version")
    assert run.returncode == 0 and run.stdout.strip().startswith("chronist 0.")


def test_code_writes_the_exchange_formats():
    plover = chronist("code", str(EXAMPLE), "--lang", "de", "--date", "2023-05-17", "--format", "plover")
    assert plover.returncode == 0, plover.stderr
    records = [json.loads(line) for line in plover.stdout.splitlines()]
    assert records and all(isinstance(r["event"], list) and r["actor"] for r in records)
    gdelt = chronist("code", str(EXAMPLE), "--lang", "de", "--date", "2023-05-17", "--format", "gdelt", "--header")
    assert gdelt.returncode == 0, gdelt.stderr
    header, *rows = gdelt.stdout.splitlines()
    assert header.startswith("GLOBALEVENTID\tSQLDATE\t") and header.endswith("\tDATEADDED\tSOURCEURL")
    assert rows and all(len(row.split("\t")) == 61 for row in rows)
    jsonl = chronist("code", str(EXAMPLE), "--lang", "de", "--date", "2023-05-17", "--format", "jsonl")
    # the same ids as in every other format and run
    assert [json.loads(line)["id"] for line in jsonl.stdout.splitlines()] == [r["id"] for r in records]


def test_quiet_ingest_then_exports_by_month_and_year(tmp_path):
    db = tmp_path / "events.db"
    broken = _bad_files(tmp_path)["broken"]
    quiet = chronist("ingest", str(EXAMPLE), str(broken), "--lang", "de", "--date", "2023-05-17", "--db", str(db),
                     "--workers", "1", "--quiet")
    assert quiet.returncode == 0, quiet.stderr
    assert quiet.stdout == "" and "Traceback" not in quiet.stderr
    # no summary, but what failed is still said
    assert [l for l in quiet.stderr.splitlines() if "failed" in l] == [
        l for l in quiet.stderr.splitlines() if "broken.jsonl:2" in l] != []
    coded = chronist("code", str(EXAMPLE), "--lang", "de", "--date", "2023-05-17", "--format", "plover")
    by_code = [json.loads(line) for line in coded.stdout.splitlines()]
    stored = chronist("export", "--db", str(db), "--format", "plover")
    by_export = [json.loads(line) for line in stored.stdout.splitlines()]
    assert [r["id"] for r in by_export] == [r["id"] for r in by_code]
    assert [{**r, "coded_date": None} for r in by_export] == [{**r, "coded_date": None} for r in by_code]
    dated = [r for r in by_export if r["date"]]
    may = chronist("export", "--db", str(db), "--format", "jsonl", "--since", "2023-05", "--until", "2023-05")
    assert may.returncode == 0, may.stderr
    assert [json.loads(l)["id"] for l in may.stdout.splitlines()] == [r["id"] for r in dated]
    later = chronist("events", "--db", str(db), "--since", "2024", "--format", "jsonl")
    assert later.returncode == 0 and later.stdout == ""
    day = chronist("events", "--db", str(db), "--since", "2023-05-16", "--until", "2023-05-16", "--format", "jsonl")
    assert {json.loads(l)["date"] for l in day.stdout.splitlines()} == {"2023-05-16"}
    polecat = chronist("export", "--db", str(db), "--format", "polecat", "--category", "CONSULT")
    header, *rows = polecat.stdout.splitlines()
    assert header.startswith("Event ID\tEvent Date\tEvent Type\tEvent Mode") and rows
    assert all(row.split("\t")[2] == "CONSULT" for row in rows)
