"""The exchange formats (PLOVER, POLECAT, GDELT 2.0, flat JSON Lines, CSV, Parquet) on the example article.

The example (examples/gipfel-diplomatie.txt, German, published 2023-05-17) is coded once and
stored in a real SQLite file; every format is written from the store and read back.
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import json
from pathlib import Path

import pytest

from chronist import cli
from chronist.coding.ontology import QUAD_CODES
from chronist.io import export as exports
from chronist.io.export import (CHRONIST_POLECAT_COLUMNS, EXPORT_FORMATS, GDELT_COLUMNS, POLECAT_COLUMNS,
                                document_records, export, global_event_id, plover_schema, typed_date)
from chronist.io.readers import read_articles
from chronist.model import Actor, Article, Document, Event, Sentence
from chronist.pipeline import Pipeline
from chronist.store import Store

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "gipfel-diplomatie.txt"
PUBLISHED = dt.date(2023, 5, 17)


@pytest.fixture(scope="module")
def coded() -> Document:
    (article,) = read_articles(EXAMPLE, date=PUBLISHED, lang="de")
    return Pipeline.default().process(article, lang="de")


@pytest.fixture(scope="module")
def store(coded: Document, tmp_path_factory: pytest.TempPathFactory):
    with Store.open(tmp_path_factory.mktemp("formats") / "chronist.db") as s:
        s.add(coded)
        yield s


def written(store: Store, fmt: str, tmp_path: Path, **filters) -> Path:
    path = tmp_path / f"events.{fmt}"
    n = export(store.iter_events(with_article=True, **filters), fmt=fmt, path=path, header=True)
    assert n == len(store.events(**filters)) > 0
    return path


def test_the_example_has_events_with_a_zero_led_cameo_code(store: Store) -> None:
    # what the round trips below rely on: several events, one of them CAMEO 043 (host a visit)
    records = store.events()
    assert len(records) >= 4 and "043" in {r["cameo"] for r in records}


def test_plover_records_validate_against_the_schema(store: Store, tmp_path: Path) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    schema = plover_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())
    lines = written(store, "plover", tmp_path).read_text("utf-8").splitlines()
    records = [json.loads(line) for line in lines]
    for record in records:
        errors = [f"{list(e.path)}: {e.message}" for e in validator.iter_errors(record)]
        assert not errors, (record["id"], errors)
    first = records[0]
    assert first["actor"][0] == {"code": "DEU", "sector": "GOV", "entity_text": "Bundeskanzler Olaf Scholz",
                                 "identifier_text": "Olaf Scholz"}
    assert (first["event"], first["mode"], first["cameo"], first["quad_code"]) == (["CONSULT"], ["visit"], "043", 1)
    assert (first["date"], first["date_precision"]) == ("2023-05-16", "day")     # "am Dienstag"
    assert first["event_loc"]["resolved_place"] == "Berlin" and first["event_loc"]["country_code"] == "DEU"
    assert first["cite_info"]["language"] == "de" and first["cite_info"]["publication"] == "dpa"
    text = EXAMPLE.read_text("utf-8")
    info = first["text_info"]
    assert text[info["start"]:info["end"]] == first["text"]


def test_schema_rejects_a_record_without_the_manuals_fields(store: Store) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    record = exports.plover_record(next(store.iter_events(with_article=True)))
    for field in ("id", "date", "actor", "event"):                  # the manual's required fields
        broken = {k: v for k, v in record.items() if k != field}
        with pytest.raises(jsonschema.ValidationError):
            jsonschema.validate(broken, plover_schema())
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(record | {"event": ["DEMAND"]}, plover_schema())


def test_gdelt_has_its_61_columns_and_keeps_cameo_codes_as_text(store: Store, tmp_path: Path) -> None:
    lines = written(store, "gdelt", tmp_path).read_text("utf-8").splitlines()
    header, rows = lines[0].split("\t"), [line.split("\t") for line in lines[1:]]
    assert len(GDELT_COLUMNS) == 61 and header == list(GDELT_COLUMNS)
    assert header[:5] == ["GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate"]
    assert header[26:35] == ["EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
                             "NumMentions", "NumSources", "NumArticles", "AvgTone"]
    assert header[-2:] == ["DATEADDED", "SOURCEURL"]
    assert all(len(row) == 61 for row in rows)
    by_name = [dict(zip(header, row)) for row in rows]
    visit = next(r for r in by_name if r["EventCode"] == "043")
    assert (visit["EventBaseCode"], visit["EventRootCode"], visit["QuadClass"]) == ("043", "04", "1")
    assert (visit["SQLDATE"], visit["MonthYear"], visit["Year"]) == ("20230516", "202305", "2023")
    assert (visit["Actor1Code"], visit["Actor1CountryCode"], visit["Actor2Code"]) == ("DEUGOV", "DEU", "UKRGOV")
    assert (visit["ActionGeo_FullName"], visit["ActionGeo_CountryCode"]) == ("Berlin", "GM")    # FIPS, as GDELT
    ids = [int(r["GLOBALEVENTID"]) for r in by_name]
    assert len(set(ids)) == len(ids) and all(0 < i < 2 ** 63 for i in ids)
    assert int(visit["GLOBALEVENTID"]) == global_event_id(store.events(category="CONSULT")[0]["id"])


def test_gdelt_header_only_when_asked(store: Store) -> None:
    out = io.StringIO()
    export(store.iter_events(with_article=True), fmt="gdelt", out=out)
    assert not out.getvalue().startswith("GLOBALEVENTID")
    assert out.getvalue().split("\n")[0].split("\t")[0].isdigit()


def test_polecat_columns_are_present_in_order(store: Store, tmp_path: Path) -> None:
    with open(written(store, "polecat", tmp_path), encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle, delimiter="\t")
        rows = list(reader)
        header = reader.fieldnames
    assert header[:len(POLECAT_COLUMNS)] == list(POLECAT_COLUMNS)
    assert header[len(POLECAT_COLUMNS):] == list(CHRONIST_POLECAT_COLUMNS)
    for name in ("Event ID", "Event Date", "Event Type", "Event Mode", "Quad Code", "Contexts", "Actor Name",
                 "Actor Country", "Actor COW", "Primary Actor Sector", "Actor Sectors", "Actor Title",
                 "Recipient Name", "Placename", "City", "Country", "Latitude", "Longitude", "GeoNames ID",
                 "Raw Placename", "Feature Type", "Source", "Publication Date", "Story People", "Event Text"):
        assert name in header
    visit = next(r for r in rows if r["CAMEO Code"] == "043")
    assert (visit["Event Type"], visit["Event Mode"], visit["Quad Code"], visit["Event Date"]) == (
        "CONSULT", "visit", "1", "2023-05-16")
    assert (visit["Actor Name"], visit["Actor Name Raw"], visit["Actor Country"], visit["Primary Actor Sector"]) == (
        "Olaf Scholz", "Bundeskanzler Olaf Scholz", "DEU", "GOV")
    assert (visit["Source"], visit["Publication Date"], visit["Language"]) == ("dpa", "2023-05-17", "de")
    assert visit["Actor COW"] == visit["Intensity"] == visit["Story People"] == ""     # Chronist has none


def test_parquet_and_csv_keep_codes_as_text_and_dates_as_dates(store: Store, tmp_path: Path) -> None:
    import duckdb
    parquet, flat_csv = written(store, "parquet", tmp_path), written(store, "csv", tmp_path)
    with duckdb.connect() as con:
        for path, reader in ((parquet, "read_parquet"), (flat_csv, "read_csv")):
            kinds = dict(con.execute(f"SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM "
                                     f"{reader}('{path}'))").fetchall())
            assert (kinds["cameo"], kinds["date"], kinds["story_date"]) == ("VARCHAR", "DATE", "DATE"), reader
            codes = {row[0] for row in con.execute(f"SELECT cameo FROM {reader}('{path}')").fetchall()}
            assert "043" in codes, reader
            (day,) = con.execute(f"SELECT date FROM {reader}('{path}') WHERE cameo = '043'").fetchone()
            assert day == dt.date(2023, 5, 16)


def test_pandas_reads_parquet_and_csv_with_their_types(store: Store, tmp_path: Path) -> None:
    pd = pytest.importorskip("pandas")
    pytest.importorskip("pyarrow")
    frame = pd.read_parquet(written(store, "parquet", tmp_path))
    assert "043" in set(frame["cameo"]) and pd.api.types.is_string_dtype(frame["cameo"])
    visit = frame[frame["cameo"] == "043"].iloc[0]
    assert pd.Timestamp(visit["date"]) == pd.Timestamp("2023-05-16")
    # CSV carries no types: give pandas the export's own (exports.csv_read_options)
    frame = pd.read_csv(written(store, "csv", tmp_path), **exports.csv_read_options())
    assert "043" in set(frame["cameo"]) and pd.api.types.is_string_dtype(frame["cameo"])
    assert pd.api.types.is_datetime64_any_dtype(frame["date"])
    assert pd.api.types.is_datetime64_any_dtype(frame["story_date"])


def test_the_id_is_the_same_in_every_format(store: Store, tmp_path: Path) -> None:
    ids = [r["id"] for r in store.events()]
    content_hash = read_articles(EXAMPLE, date=PUBLISHED, lang="de")[0].content_hash
    assert all(i.startswith(content_hash[:16] + "-") for i in ids)
    assert [json.loads(line)["id"] for line in written(store, "plover", tmp_path).read_text("utf-8").splitlines()] == ids
    assert [json.loads(line)["id"] for line in written(store, "jsonl", tmp_path).read_text("utf-8").splitlines()] == ids
    with open(written(store, "polecat", tmp_path), encoding="utf-8", newline="") as handle:
        assert [r["Event ID"] for r in csv.DictReader(handle, delimiter="\t")] == ids
    with open(written(store, "csv", tmp_path), encoding="utf-8", newline="") as handle:
        assert [r["id"] for r in csv.DictReader(handle)] == ids


def test_a_filtered_export_does_not_renumber(store: Store) -> None:
    everything = {r["id"]: r["plover"] for r in store.events()}
    out = io.StringIO()
    export(store.iter_events(category="ACCUSE", with_article=True), fmt="plover", out=out)
    accusations = [json.loads(line)["id"] for line in out.getvalue().splitlines()]
    assert accusations and accusations == [i for i, plover in everything.items() if plover == "ACCUSE"]


def test_a_document_exports_as_its_stored_records_do(coded: Document, store: Store) -> None:
    """`chronist code --format X` and `chronist export --format X` agree (but for the time of coding)."""
    def comparable(records):
        return [r | {"story": {k: v for k, v in r["story"].items() if k != "coded_at"}} for r in records]
    assert comparable(document_records(coded)) == comparable(store.iter_events(with_article=True))


@pytest.mark.parametrize("value, expected", [
    ("2023-05-16", ("2023-05-16", "day")),
    ("2019-W08", ("2019-02-18", "week")),
    ("2018-05", ("2018-05-01", "month")),
    ("2018", ("2018-01-01", "year")),
    (None, (None, None)),
    ("gestern", (None, None)),
], ids=["day", "week", "month", "year", "none", "not-iso"])
def test_dates_are_typed_with_their_precision(value, expected) -> None:
    assert typed_date(value) == expected


def _compound() -> Document:
    text = "Die USA und die EU verhängten im Mai Sanktionen gegen Russland und Belarus."
    article = Article(text=text, id="news.txt", date=dt.date(2019, 6, 2), lang="de", source="dpa")

    def actor(code: str, words: str) -> Actor:
        start = text.index(words)
        return Actor(code=code, text=words, start=start, end=start + len(words))
    trigger = text.index("verhängten")
    event = Event("news.txt", 0, text, [actor("USA", "USA"), actor("IGO:EU", "EU")],
                  [actor("RUS", "Russland"), actor("BLR", "Belarus")], "SANCTION", "163", "verbal conflict", -8.0,
                  "asserted", "verhängten", trigger, trigger + 10, date="2019-05", date_basis="expression")
    return Document(article=article, lang="de", sentences=[Sentence(0, text, 0, len(text))], events=[event])


def test_gdelt_splits_compound_actors_into_dyads_polecat_and_plover_keep_one_record() -> None:
    records = document_records(_compound())
    out = io.StringIO()
    assert export(records, fmt="gdelt", out=out) == 1
    rows = [dict(zip(GDELT_COLUMNS, line.split("\t"))) for line in out.getvalue().splitlines()]
    assert [(r["Actor1Code"], r["Actor2Code"]) for r in rows] == [
        ("USA", "RUS"), ("USA", "BLR"), ("IGOEU", "RUS"), ("IGOEU", "BLR")]
    assert rows[2]["Actor1KnownGroupCode"] == "EU" and rows[2]["Actor1CountryCode"] == ""
    assert len({r["GLOBALEVENTID"] for r in rows}) == 4
    assert rows[0]["GLOBALEVENTID"] == str(global_event_id(records[0]["id"]))
    assert (rows[0]["SQLDATE"], rows[0]["QuadClass"], rows[0]["ActionGeo_Type"]) == ("20190501", "3", "")
    out = io.StringIO()
    export(records, fmt="polecat", out=out)
    (row,) = csv.DictReader(io.StringIO(out.getvalue()), delimiter="\t")
    assert (row["Actor Country"], row["Recipient Country"], row["Date Precision"]) == ("USA", "RUS;BLR", "month")
    plover = exports.plover_record(records[0])
    assert [a["code"] for a in plover["actor"]] == ["USA", "IGO:EU"]
    assert (plover["date"], plover["date_precision"], plover["event_loc"]) == ("2019-05-01", "month", None)


def test_same_name_other_text_other_ids() -> None:
    one, two = _compound(), _compound()
    two.article.text = two.article.text.replace("Mai", "Juni")
    assert document_records(one)[0]["id"] != document_records(two)[0]["id"]
    assert document_records(one)[0]["id"] == document_records(_compound())[0]["id"]


def test_quad_codes_follow_the_ontology() -> None:
    assert sorted(QUAD_CODES.values()) == [1, 2, 3, 4]
    assert QUAD_CODES["verbal cooperation"] == 1 and QUAD_CODES["material conflict"] == 4


def test_the_cli_offers_every_export_format() -> None:
    assert cli.EXPORT_FORMATS == EXPORT_FORMATS
    assert set(cli.CODE_EXPORTS) <= set(EXPORT_FORMATS)
