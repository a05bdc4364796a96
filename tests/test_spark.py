"""The Spark job against `chronist code`, `chronist load` and `chronist export` on the same articles.

One local Spark session (local[1]) and one run of the job serve every test (module fixtures):
starting Spark costs 10-20 s and each Python worker loads the language models once.
Skips, saying what to install, where pyspark or Java is missing.
"""
from __future__ import annotations

import contextlib
import io
import json
import shutil
from pathlib import Path

import pytest

from chronist.cli import main
from chronist.io.export import FIELDS
from chronist.spark.job import JAVA_HINT, java_available

pytestmark = pytest.mark.filterwarnings("ignore:PySpark does not yet fully support pandas")
pyspark = pytest.importorskip("pyspark", reason="pyspark is not installed: pip install -e '.[spark]' (make test does)")
pq = pytest.importorskip("pyarrow.parquet")
if not java_available():
    pytest.skip(JAVA_HINT + " (make test installs it when run as root)", allow_module_level=True)

ROOT = Path(__file__).resolve().parents[1]
CLEAN = [
    {"id": "abe", "text": "Abe forderte Nordkorea zu einer vollständigen und nachprüfbaren Denuklearisierung auf.",
     "date": "2018-05-27", "lang": "de", "source": "dpa", "url": "https://example.org/abe"},
    {"id": "singapur", "text": "Trump traf Kim Jong Un am Dienstag in Singapur. Die EU verhängte neue Sanktionen "
     "gegen Russland. Merkel kritisierte die Regierung in Moskau scharf.", "date": "2018-06-14"},
    {"id": "summit", "text": "Trump met Kim Jong Un in Singapore on Tuesday. The United States imposed sanctions "
     "on Iran last week. China urged both sides to show restraint.", "date": "2018-06-14", "lang": "en"},
]
PROBLEMS = [
    json.dumps({"id": "copy", "text": CLEAN[0]["text"], "date": "2018-05-28"}),    # same text: duplicate
    "{not json",                                                                    # failed
    json.dumps({"id": "fr", "text": "Le président a rencontré le premier ministre à Paris pour discuter."}),
    json.dumps({"id": "empty", "text": "   "}),                                     # skipped: no text
]


def _chronist(*argv: str) -> str:
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert main(list(argv)) == 0
    return out.getvalue()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("corpus")
    (folder / "clean.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in CLEAN),
                                        encoding="utf-8")
    (folder / "problems.jsonl").write_text("\n".join(PROBLEMS) + "\n", encoding="utf-8")
    shutil.copy(ROOT / "examples" / "gipfel-diplomatie.txt", folder / "gipfel.txt")
    import pyarrow as pa
    table = pa.table({"id": ["pq-abe"], "text": [CLEAN[0]["text"] + " Putin drohte der Ukraine."],
                      "date": ["2018-05-29"], "lang": ["de"]})
    pq.write_table(table, folder / "articles.parquet")
    return folder


@pytest.fixture(scope="module")
def spark():
    from chronist.spark.job import session
    spark = session("local[1]", app="chronist-tests", conf={"spark.sql.shuffle.partitions": "4"})
    yield spark
    spark.stop()


@pytest.fixture(scope="module")
def out(spark, corpus, tmp_path_factory) -> Path:
    """One run of the job over every input (through the CLI: the session above is reused)."""
    target = tmp_path_factory.mktemp("spark") / "out"
    text = _chronist("spark", str(corpus / "clean.jsonl"), str(corpus / "problems.jsonl"), str(corpus / "gipfel.txt"),
                     str(corpus / "articles.parquet"), "--out", str(target), "--partitions", "3",
                     "--date", "2023-05-17")
    assert "9 articles" in text, text
    return target


def _events(folder: Path) -> list[dict]:
    return pq.read_table(folder / "events").to_pylist()


def _articles(folder: Path) -> dict[str, dict]:
    return {r["article_id"]: r for r in pq.read_table(folder / "articles").to_pylist()}


def test_events_equal_chronist_code(out, corpus):
    spark_events = {e["id"]: e for e in _events(out)}
    coded = []
    for name in ("clean.jsonl", "gipfel.txt"):
        text = _chronist("code", str(corpus / name), "--format", "jsonl", "--date", "2023-05-17")
        coded += [json.loads(line) for line in text.splitlines()]
    assert coded, "the input must hold events for the comparison to mean something"
    mine = {e["id"]: e for e in coded}
    from_spark = {i for i, e in spark_events.items() if e["story_id"] in {"abe", "singapur", "summit",
                                                                          "gipfel.txt"}}
    assert from_spark == set(mine)
    for event_id, record in mine.items():
        e = spark_events[event_id]
        assert (e["story_id"], e["sentence_index"], e["text"]) == (record["article"], record["sentence_index"],
                                                                 record["sentence"])
        assert (e["event"], e["cameo"], e["quad"], e["goldstein"], e["modality"], e["mode"], e["context"]) == (
            record["plover"], record["cameo"], record["quad"], record["goldstein"], record["modality"],
            record["mode"], record["context"])
        assert e["src_actor"] == [a["actor"] for a in record["source"]]
        assert e["tgt_actor"] == [a["actor"] for a in record["target"]]
        assert e["src_text"] == [a["text"] for a in record["source"]]
        assert e["tgt_agent"] == [a.get("sector") or "" for a in record["target"]]
        assert (e["event_text"], e["place"], e["country"], e["lat"], e["long"], e["confidence"], e["date_basis"]) \
            == (record["event_text"], record["location"], record["location_country"], record["lat"],
                record["lon"], record["confidence"], record["date_basis"])
        assert (str(e["date"]) if e["date"] else None) == (record["date"][:10] if record["date"] else None) \
            or e["date_precision"] != "day"


def test_every_input_has_a_state(out):
    articles = _articles(out)
    assert len(articles) == 9
    assert {k: v["state"] for k, v in articles.items()} == {
        "abe": "coded", "singapur": "coded", "summit": "coded", "gipfel.txt": "coded", "pq-abe": "coded",
        "copy": "skipped", "problems.jsonl:2": "failed", "fr": "skipped", "empty": "skipped"}
    assert articles["copy"]["reason"] == "duplicate: same text as article 'abe'"
    assert articles["fr"]["reason"].startswith("unsupported language 'fr'")
    assert articles["problems.jsonl:2"]["reason"].startswith("not valid JSON")
    assert articles["empty"]["reason"].startswith("no text")
    assert sum(a["events"] or 0 for a in articles.values()) == len(_events(out))


def test_events_partitioned_by_date_with_the_export_columns(out):
    folders = sorted(p.name for p in (out / "events").iterdir() if p.is_dir())
    assert "event_date=2018-05-27" in folders
    one = next((out / "events").rglob("*.parquet"))
    schema = pq.read_schema(one)
    assert schema.names == list(FIELDS)
    kinds = {"VARCHAR": "string", "DATE": "date32[day]", "DOUBLE": "double", "INTEGER": "int32"}
    for name, kind in FIELDS.items():
        got = schema.field(name).type
        assert (str(got.value_type) if kind.endswith("[]") else str(got)) == kinds[kind.removesuffix("[]")], name


def test_load_then_export_gives_the_spark_records(out, tmp_path):
    db = tmp_path / "spark.db"
    first = _chronist("load", str(out), "--db", str(db))
    assert "5 coded, 3 skipped, 1 failed" in first
    again = _chronist("load", str(out), "--db", str(db))
    assert "0 coded, 0 skipped, 0 failed" in again and "9 already stored" in again
    status = _chronist("status", "--db", str(db))
    assert "9 articles: 5 coded, 3 skipped, 1 failed" in status
    exported = tmp_path / "events.parquet"
    with contextlib.redirect_stderr(io.StringIO()):
        _chronist("export", "--db", str(db), "--format", "parquet", "--output", str(exported))
    stored = {r["id"]: r for r in pq.read_table(exported).to_pylist()}
    spark_events = {r["id"]: {k: v for k, v in r.items() if k != "event_date"} for r in _events(out)}
    assert stored == spark_events


def test_output_exists_is_refused(out, corpus):
    err = io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
        code = main(["spark", str(corpus / "gipfel.txt"), "--out", str(out)])
    assert code == 2 and "exists already" in err.getvalue()


def test_load_of_a_folder_without_output(tmp_path):
    err = io.StringIO()
    with contextlib.redirect_stderr(err):
        assert main(["load", str(tmp_path), "--db", str(tmp_path / "x.db")]) == 2
    assert "no Spark output here" in err.getvalue()
