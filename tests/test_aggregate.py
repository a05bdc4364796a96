"""Aggregation (chronist.aggregate and `chronist aggregate`) over a real store built from texts
written here; every figure is checked against the event records the store gives back."""
from __future__ import annotations

import datetime as dt
import json
import sqlite3
import subprocess
import sys
from collections import Counter, defaultdict
from pathlib import Path

import pytest

from chronist.aggregate import (DIMENSIONS, Filters, aggregate, has_stories, open_readonly, parse_by,
                                period_sql)
from chronist.coding.ontology import QUADS
from chronist.errors import InputError, StoreError

ROOT = Path(__file__).resolve().parents[1]

# Small reports written for these tests: two languages, dyads in both directions over several
# weeks, places, an article whose title and text hold markup, one empty and one broken line.
ARTICLES = [
    {"id": "en-1", "lang": "en", "date": "2023-05-02", "title": "Sanctions on Pyongyang", "source": "Wire",
     "text": "The United States imposed new sanctions on North Korea. "
             "North Korea accused the United States of hostile acts."},
    {"id": "en-2", "lang": "en", "date": "2023-05-10", "title": "Talks in Seoul", "source": "Wire",
     "text": "South Korean President Yoon Suk Yeol met Japanese Prime Minister Fumio Kishida in Seoul. "
             "The United States threatened North Korea with further sanctions."},
    {"id": "de-1", "lang": "de", "date": "2023-05-17", "title": "Gipfel", "source": "dpa",
     "text": "Abe forderte Nordkorea zu einer vollständigen und nachprüfbaren Denuklearisierung auf. "
             "Nordkorea drohte den USA mit Vergeltung."},
    {"id": "de-2", "lang": "de", "date": "2023-05-18", "title": "Scholz empfängt Selenskyj", "source": "dpa",
     "text": "Bundeskanzler Olaf Scholz hat am Dienstag in Berlin den ukrainischen Präsidenten Wolodymyr "
             "Selenskyj empfangen. Russland kritisierte das Treffen scharf."},
    {"id": "en-3", "lang": "en", "date": "2023-05-24", "title": "Troops in Kyiv", "source": "Wire",
     "text": "Russian troops attacked Ukrainian forces near Kyiv. Ukraine asked Germany for more weapons."},
    {"id": "xss", "lang": "en", "date": "2023-05-20", "title": "<script>alert('title')</script>",
     "source": "<b>bold</b>",
     "text": "Protesters wrote <script>alert(1)</script> and \"><img src=x onerror=alert(2)> on a wall. "
             "The United States imposed new sanctions on Iran."},
    {"id": "empty", "lang": "en", "date": "2023-05-20", "text": ""},
]


def build_store(folder: Path, target: str | None = None) -> Path | str:
    """Ingest ARTICLES (and one line that is not JSON) into ``target`` (a PostgreSQL URL) or
    folder/events.db; return where."""
    from chronist.ingest import ingest
    from chronist.store import Store
    source = folder / "articles.jsonl"
    source.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in ARTICLES)
                      + "this line is not JSON\n", "utf-8")
    db = target or folder / "events.db"
    with Store.open(db) as store:
        ingest([source], store=store, workers=1)
    return db


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def db(request, tmp_path_factory) -> Path | str:
    """The store of ARTICLES in a SQLite file, and again in a PostgreSQL database."""
    if request.param == "sqlite":
        yield build_store(tmp_path_factory.mktemp("aggregate"))
        return
    yield from build_on_postgres(request.getfixturevalue("pg_server"), tmp_path_factory.mktemp("aggregate"))


def build_on_postgres(server, folder: Path):
    """:func:`build_store` in a new database of ``server`` (a generator for a fixture: yields the
    database's URL, drops it at the end)."""
    url = server.create_database()
    try:
        yield build_store(folder, url)
    finally:
        server.drop_database(url)


@pytest.fixture(scope="module")
def conn(db):
    connection = open_readonly(db)
    yield connection
    connection.close()


@pytest.fixture(scope="module")
def records(db) -> list[dict]:
    from chronist.store import Store
    with Store.open(db) as store:
        return list(store.iter_events(with_article=True))


def _key(actor: dict, level: str = "sector") -> str:
    return actor["actor"] + (f"/{actor['sector']}" if level == "sector" and actor.get("sector") else "")


def _monday(day: str) -> str:
    d = dt.date.fromisoformat(day[:10])
    return (d - dt.timedelta(days=d.weekday())).isoformat()


def test_the_store_has_what_the_tests_need(records):
    assert len(records) >= 8
    dyads = {(_key(r["source"][0], "code"), _key(r["target"][0], "code")) for r in records
             if r["source"] and r["target"]}
    assert ("USA", "PRK") in dyads and ("PRK", "USA") in dyads


def test_totals_match_the_records(conn, records):
    (row,) = aggregate(conn)
    assert row.events == len(records)
    assert row.goldstein_sum == pytest.approx(sum(r["goldstein"] or 0 for r in records))
    assert row.goldstein_mean == pytest.approx(row.goldstein_sum / len(records))
    assert row.quads == {q: sum(r["quad"] == q for r in records) for q in QUADS}


@pytest.mark.parametrize("level", ["sector", "code"])
def test_by_source_and_target_matches_the_records(conn, records, level):
    expected: dict[tuple, list[float]] = defaultdict(list)
    for r in records:
        for s in {_key(a, level) for a in r["source"]} or {None}:
            for t in {_key(a, level) for a in r["target"]} or {None}:
                expected[(s, t)].append(r["goldstein"] or 0.0)
    rows = aggregate(conn, by="source,target", actors=level)
    got = {(row.key["source"], row.key["target"]): row for row in rows}
    assert set(got) == set(expected)
    for key, values in expected.items():
        assert got[key].events == len(values), key
        assert got[key].goldstein_sum == pytest.approx(sum(values))
    assert sum(r.events for r in rows) >= len(records)


def test_per_week_groups_by_monday_and_per_month_by_month(conn, records):
    weeks = Counter(_monday(r["date"]) for r in records if r["date"])
    rows = aggregate(conn, per="week")
    assert {r.period: r.events for r in rows} == dict(weeks)
    assert all(dt.date.fromisoformat(r.period).weekday() == 0 for r in rows)
    assert [r.period for r in rows] == sorted(r.period for r in rows)
    months = aggregate(conn, per="month")
    assert {r.period: r.events for r in months} == dict(Counter(r["date"][:7] for r in records if r["date"]))


def test_dyad_takes_both_directions(conn, records):
    def touches(r, one, two):
        s = {a["actor"] for a in r["source"]}
        t = {a["actor"] for a in r["target"]}
        return (one in s and two in t) or (two in s and one in t)
    expected = [r for r in records if touches(r, "USA", "PRK")]
    (row,) = aggregate(conn, filters=Filters(dyad=("USA", "PRK")))
    assert row.events == len(expected) >= 3
    directions = aggregate(conn, by=("source", "target"), actors="code", filters=Filters(dyad=("USA", "PRK")))
    assert {(r.key["source"], r.key["target"]) for r in directions} == {("USA", "PRK"), ("PRK", "USA")}


@pytest.mark.parametrize("filters, keep", [
    (Filters(category="sanction"), lambda r: r["plover"] == "SANCTION"),
    (Filters(quad="verbal cooperation"), lambda r: r["quad"] == "verbal cooperation"),
    (Filters(lang="de"), lambda r: r["story"]["lang"] == "de"),
    (Filters(text="SANCTIONS"), lambda r: "sanctions" in r["sentence"].lower()),
    (Filters(modality="asserted"), lambda r: r["modality"] == "asserted"),
    (Filters(since="2023-05-15", until="2023-05-20"), lambda r: "2023-05-15" <= (r["date"] or "") <= "2023-05-20"),
    (Filters(since="2023-W20"), lambda r: (r["date"] or "") >= "2023-05-15"),
    (Filters(source="USA/GOV"), lambda r: any(_key(a) == "USA/GOV" for a in r["source"])),
    (Filters(actor="UKR"), lambda r: any(a["actor"] == "UKR" for a in r["source"] + r["target"])),
    (Filters(country="kor"), lambda r: r["location_country"] == "KOR"),
], ids=["category", "quad", "lang", "text", "modality", "days", "week", "source-sector", "actor", "country"])
def test_filters_select_the_same_events_as_the_records(conn, records, filters, keep):
    expected = sum(1 for r in records if keep(r))
    rows = aggregate(conn, filters=filters)
    assert (rows[0].events if rows else 0) == expected
    assert expected > 0


def test_by_category_quad_and_country(conn, records):
    rows = aggregate(conn, by=("category", "quad"), order="events")
    assert [r.events for r in rows] == sorted((r.events for r in rows), reverse=True)
    assert {(r.key["category"], r.key["quad"]): r.events for r in rows} == dict(
        Counter((r["plover"], r["quad"]) for r in records))
    countries = {r.key["country"]: r.events for r in aggregate(conn, by="country")}
    assert countries == dict(Counter(r["location_country"] for r in records))


def test_record_is_flat_with_a_count_per_quad(conn):
    record = aggregate(conn, by="source", per="month", limit=1)[0].record()
    assert list(record)[:3] == ["source", "period", "events"]
    for quad in QUADS:
        assert quad.replace(" ", "_") in record
    assert ("stories" in record) == has_stories(conn)


def test_views_make_the_joins(conn, records):
    rows = conn.execute("SELECT event_id, source, target, category, sentence, article_id FROM event_view").fetchall()
    assert len(rows) == len(records)
    by_id = {r["id"]: r for r in records}
    for event_id, source, target, category, sentence, article_id in rows:
        r = by_id[event_id]
        assert source == ("+".join(_key(a) for a in r["source"]) or None)
        assert target == ("+".join(_key(a) for a in r["target"]) or None)
        assert (category, sentence, article_id) == (r["plover"], r["sentence"], r["article"])
    pairs = conn.execute("SELECT count(*) FROM dyad_view WHERE source_code = 'USA' AND target_code = 'PRK'")
    assert pairs.fetchone()[0] == sum(1 for r in records if r["source"] and r["target"]
                                      and r["source"][0]["actor"] == "USA" and r["target"][0]["actor"] == "PRK")


def test_the_connection_is_read_only(db, conn):
    refused: tuple[type[Exception], ...] = (sqlite3.OperationalError,)
    if isinstance(db, str):                 # PostgreSQL: a StoreError saying so
        refused = (StoreError,)
    with pytest.raises(refused):
        conn.execute("DELETE FROM events")
    with pytest.raises(refused):
        conn.execute("CREATE TABLE x (a int)")
    assert conn.execute("SELECT count(*) FROM events").fetchone()[0] > 0


@pytest.mark.parametrize("call", [
    lambda c: aggregate(c, by="source,colour"),
    lambda c: aggregate(c, per="fortnight"),
    lambda c: aggregate(c, actors="name"),
    lambda c: aggregate(c, filters=Filters(quad="conflict")),
    lambda c: aggregate(c, filters=Filters(since="last year")),
    lambda c: aggregate(c, filters=Filters(actor="/GOV")),
], ids=["dimension", "period", "actors", "quad", "since", "actor"])
def test_bad_values_raise_input_errors_that_name_them(conn, call):
    with pytest.raises(InputError):
        call(conn)


def test_parse_by_and_period_sql_accept_only_known_names():
    assert parse_by("source, target,source") == ("source", "target")
    assert set(DIMENSIONS) == {"source", "target", "category", "quad", "country"}
    with pytest.raises(InputError):
        period_sql("hour")


def test_open_readonly_names_the_problem(tmp_path):
    with pytest.raises(InputError, match="no such database"):
        open_readonly(tmp_path / "missing.db")
    other = tmp_path / "other.db"
    sqlite3.connect(other).execute("CREATE TABLE t (a)").connection.commit()
    with pytest.raises(StoreError, match="not a Chronist store"):
        open_readonly(other)


def chronist(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "chronist.cli", *args], capture_output=True, text=True,
                          cwd=ROOT, timeout=120)


def test_cli_aggregate_table_csv_and_parquet(db, conn, tmp_path):
    table = chronist("aggregate", "--db", str(db), "--by", "source,target", "--per", "week", "--actors", "code")
    assert table.returncode == 0, table.stderr
    assert table.stdout.splitlines()[0].split()[:4] == ["source", "target", "period", "events"]
    assert "USA" in table.stdout and "rows)" in table.stdout
    csv_run = chronist("aggregate", "--db", str(db), "--by", "category", "--format", "csv", "--dyad", "USA,PRK")
    assert csv_run.returncode == 0, csv_run.stderr
    lines = csv_run.stdout.splitlines()
    assert lines[0].startswith("category,events,")
    expected = aggregate(conn, by="category", filters=Filters(dyad=("USA", "PRK")))
    assert len(lines) == 1 + len(expected)
    out = tmp_path / "counts.parquet"
    run = chronist("aggregate", "--db", str(db), "--by", "source", "--format", "parquet", "-o", str(out))
    assert run.returncode == 0, run.stderr
    import pyarrow.parquet as pq
    table = pq.read_table(out)
    assert table.num_rows == len(aggregate(conn, by="source"))
    assert str(table.schema.field("events").type) == "int64"
    assert str(table.schema.field("goldstein_sum").type) == "double"


@pytest.mark.parametrize("args, message", [
    (["--by", "colour"], "cannot aggregate by colour"),
    (["--format", "parquet"], "give a file with --output"),
    (["--dyad", "USA"], "needs two actors"),
], ids=["dimension", "parquet-without-output", "dyad"])
def test_cli_aggregate_bad_input_is_one_line(db, args, message):
    run = chronist("aggregate", "--db", str(db), *args)
    assert run.returncode == 2
    assert message in run.stderr and "Traceback" not in run.stderr
    assert len(run.stderr.strip().splitlines()) == 1


def test_cli_aggregate_missing_store(tmp_path):
    run = chronist("aggregate", "--db", str(tmp_path / "none.db"))
    assert run.returncode == 2 and "no such database" in run.stderr
    assert not (tmp_path / "none.db").exists()


@pytest.mark.parametrize("filters", [
    Filters(actor="USA"), Filters(source="USA/GOV", target="PRK"), Filters(dyad=("PRK", "USA")),
    Filters(dyad=("USA/GOV", "PRK/GOV"), category="SANCTION"),
], ids=["actor", "source-target", "dyad", "dyad-sectors"])
def test_actor_conditions_select_the_same_events_either_way(conn, filters):
    def ids(per_row: bool) -> set[int]:
        where, params = filters.where(per_row=per_row)
        return {row[0] for row in conn.execute("SELECT e.id FROM events e WHERE " + " AND ".join(where), params)}
    assert ids(True) == ids(False) != set()


def test_text_search_takes_wildcards_literally(conn):
    assert aggregate(conn, filters=Filters(text="%")) == []
    assert aggregate(conn, filters=Filters(text="_")) == []
    (row,) = aggregate(conn, filters=Filters(text="united STATES imposed"))
    assert row.events == 2
