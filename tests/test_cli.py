"""The chronist command on real files: events out, one clear line for bad input."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
EXAMPLE = ROOT / "examples" / "gipfel-diplomatie.txt"


def chronist(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "chronist.cli", *args], capture_output=True, text=True,
                          cwd=cwd or ROOT, timeout=300)


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
    assert csv.returncode == 0 and csv.stdout.startswith("article,sentence_index,date,source")


def test_code_reads_json_lines_of_articles(tmp_path):
    path = tmp_path / "articles.jsonl"
    path.write_text(json.dumps({"id": "a1", "lang": "en", "date": "2023-05-17",
                                "text": "The United States imposed new sanctions on Iran."}) + "\n", "utf-8")
    run = chronist("code", str(path), "--format", "jsonl")
    assert run.returncode == 0, run.stderr
    record = json.loads(run.stdout.splitlines()[0])
    assert record["article"] == "a1" and record["source"][0]["actor"] == "USA"


def test_ingest_then_events_then_reingest_is_a_noop(tmp_path):
    db = tmp_path / "events.db"
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
