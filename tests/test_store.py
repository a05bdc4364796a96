"""The store, on real databases: SQLite files in tmp_path and, through the ``db_target`` fixture
(tests/conftest.py), PostgreSQL databases on a throwaway server; the tests of file handling,
WAL and raw SQLite migrations are SQLite's own."""
from __future__ import annotations

import datetime as dt
import os
import random
import sqlite3
import stat
import threading
import time
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from multiprocessing import get_context
from pathlib import Path

import pytest

from chronist.errors import InputError, StoreError
from chronist.model import Actor, Article, Document, Event, Sentence
from chronist.store import MIGRATIONS, PG_MIGRATIONS, Migration, Store
from chronist.store.pg import is_url
from chronist.store.queries import date_bounds
from chronist.store.schema import split_statements

# cameo -> (quad, goldstein)
ONTOLOGY = {
    "040": ("verbal_cooperation", 1.0),
    "051": ("verbal_cooperation", 3.4),
    "10": ("verbal_conflict", -5.0),
    "111": ("verbal_conflict", -2.0),
    "130": ("verbal_conflict", -4.4),
    "141": ("material_conflict", -6.5),
    "163": ("material_conflict", -8.0),
}


def build(article_id: str, lang: str, pub_date: dt.date | None, sentences: list[str],
          events: list[dict], *, with_sentences: bool = True) -> Document:
    """A coded document made by hand; offsets are found in the text, so they are real."""
    text = " ".join(sentences)
    article = Article(text=text, id=article_id, title=f"Title of {article_id}", source="test wire",
                      url=f"https://example.org/{article_id}", date=pub_date, lang=lang)
    doc_sentences: list[Sentence] = []
    offset = 0
    for index, sentence in enumerate(sentences):
        doc_sentences.append(Sentence(index=index, text=sentence, start=offset, end=offset + len(sentence)))
        offset += len(sentence) + 1
    doc_events: list[Event] = []
    for spec in events:
        sentence = doc_sentences[spec["s"]]

        def where(words: str) -> tuple[int, int]:
            start = sentence.start + sentence.text.index(words)
            return start, start + len(words)

        def actors(specs: list[tuple]) -> list[Actor]:
            return [Actor(code=code, sector=sector, text=words, start=where(words)[0], end=where(words)[1])
                    for code, sector, words in specs]

        quad, goldstein = ONTOLOGY[spec["cameo"]]
        trigger = where(spec["trigger"])
        doc_events.append(Event(
            article=article_id, sentence_index=sentence.index, sentence=sentence.text,
            source=actors(spec["source"]), target=actors(spec["target"]), plover=spec["plover"],
            cameo=spec["cameo"], quad=quad, goldstein=goldstein, modality=spec.get("modality", "asserted"),
            event_text=spec["trigger"], trigger_start=trigger[0], trigger_end=trigger[1],
            date=spec.get("date"), date_basis=spec.get("basis"), location=spec.get("location"),
            country=spec.get("country"), lat=spec.get("lat"), lon=spec.get("lon"),
            confidence=spec.get("confidence", 0.5)))
    return Document(article=article, lang=lang, sentences=doc_sentences if with_sentences else [],
                    events=doc_events)


def korea() -> Document:
    return build("korea-1", "de", dt.date(2018, 5, 27), [
        "Abe forderte Nordkorea zu einer vollständigen Denuklearisierung auf.",
        "Kim traf am Samstag den südkoreanischen Präsidenten Moon in Panmunjom.",
    ], [
        {"s": 0, "source": [("JPN", "GOV", "Abe")], "target": [("PRK", None, "Nordkorea")],
         "plover": "REQUEST", "cameo": "10", "trigger": "forderte", "date": "2018-05-27",
         "basis": "publication", "confidence": 0.8},
        {"s": 1, "source": [("PRK", "GOV", "Kim")],
         "target": [("KOR", "GOV", "den südkoreanischen Präsidenten Moon")],
         "plover": "CONSULT", "cameo": "040", "trigger": "traf", "date": "2018-05-26",
         "basis": "expression", "location": "Panmunjom", "country": "KOR", "lat": 37.956, "lon": 126.677},
    ])


def sanctions() -> Document:
    return build("sanctions-1", "en", dt.date(2019, 3, 2), [
        "The United States and the European Union imposed new sanctions on Russia last week.",
        "Protesters in Moscow rallied against the government.",
    ], [
        {"s": 0, "source": [("USA", None, "The United States"), ("IGO:EU", None, "the European Union")],
         "target": [("RUS", None, "Russia")], "plover": "SANCTION", "cameo": "163", "trigger": "imposed",
         "date": "2019-W08", "basis": "expression"},
        {"s": 1, "source": [("RUS", "CVL", "Protesters in Moscow")], "target": [("RUS", "GOV", "the government")],
         "plover": "PROTEST", "cameo": "141", "trigger": "rallied", "location": "Moscow", "country": "RUS"},
    ])


def summit() -> Document:
    # The two events of the second sentence are listed out of text order on purpose.
    return build("summit-1", "de", dt.date(2018, 6, 13), [
        "Trump lobte Kim nach dem Gipfel in Singapur.",
        "Zugleich drohte er China mit neuen Zöllen und kritisierte die EU.",
    ], [
        {"s": 0, "source": [("USA", "GOV", "Trump")], "target": [("PRK", "GOV", "Kim")],
         "plover": "SUPPORT", "cameo": "051", "trigger": "lobte", "date": "2018-06-12",
         "location": "Singapore", "country": "SGP", "lat": 1.29, "lon": 103.85},
        {"s": 1, "source": [("USA", "GOV", "er")], "target": [("IGO:EU", None, "die EU")],
         "plover": "ACCUSE", "cameo": "111", "trigger": "kritisierte", "date": "2018-06-13"},
        {"s": 1, "source": [("USA", "GOV", "er")], "target": [("CHN", None, "China")],
         "plover": "THREATEN", "cameo": "130", "trigger": "drohte", "date": "2018-06-13", "modality": "intent"},
    ])


def numbered(i: int) -> Document:
    return build(f"wire-{i}", "de", dt.date(2020, 1, 1) + dt.timedelta(days=i % 300), [
        f"Meldung {i}: Die Bundesregierung kritisierte Moskau scharf.",
    ], [
        {"s": 0, "source": [("DEU", "GOV", "Die Bundesregierung")], "target": [("RUS", None, "Moskau")],
         "plover": "ACCUSE", "cameo": "111", "trigger": "kritisierte"},
    ])


def expected_records(*docs: Document) -> list[dict]:
    for doc in docs:
        doc.assign_event_ids()
    events = [e for doc in docs for e in sorted(doc.events, key=lambda e: (e.sentence_index, e.trigger_start))]
    return [e.record() for e in events]


def keys(records: list[dict]) -> list[tuple[str, str]]:
    return [(r["article"], r["event_text"]) for r in records]


def migrations_of(target: str) -> tuple[Migration, ...]:
    return PG_MIGRATIONS if is_url(target) else MIGRATIONS


@pytest.fixture
def store(db_target: str):
    with Store.open(db_target) as s:
        for doc in (korea(), sanctions(), summit()):
            s.add(doc)
        yield s


# -- opening ---------------------------------------------------------------


def test_open_creates_file_and_folder_in_wal_mode(tmp_path: Path) -> None:
    path = tmp_path / "new" / "deeper" / "events.db"
    with Store.open(str(path)) as s:
        assert path.is_file()
        assert s.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert s.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert s.conn.execute("PRAGMA busy_timeout").fetchone()[0] == 30000
        tables = {r[0] for r in s.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        assert {"migrations", "articles", "sentences", "events", "event_actors"} <= tables
        assert s.counts() == {"articles": {"coded": 0, "skipped": 0, "failed": 0}, "sentences": 0, "events": 0}


def test_migrations_recorded_once(db_target: str) -> None:
    path = db_target
    with Store.open(path) as s:
        first = s.migrations()
    with Store.open(path) as s:
        again = s.migrations()
        assert s.conn.execute("SELECT count(*) FROM migrations").fetchone()[0] == len(MIGRATIONS)
    assert first == again
    assert [(v, n) for v, n, _ in first] == [(m.version, m.name) for m in MIGRATIONS]


def test_both_backends_have_the_same_migrations() -> None:
    assert [(m.version, m.name) for m in PG_MIGRATIONS] == [(m.version, m.name) for m in MIGRATIONS]


def _columns(store: Store) -> dict[str, list[str]]:
    if is_url(store.path):
        rows = store.conn.execute("SELECT table_name, column_name FROM information_schema.columns "
                                  "WHERE table_schema = current_schema() ORDER BY table_name, ordinal_position")
        return {t: [c for tt, c in rows_ if tt == t] for rows_ in [rows.fetchall()] for t, _ in rows_}
    tables = [r[0] for r in store.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    return {t: [r[1] for r in store.conn.execute(f"PRAGMA table_info({t})")] for t in tables}


def test_both_backends_have_the_same_schema(tmp_path: Path, pg_server) -> None:
    url = pg_server.create_database()
    try:
        with Store.open(tmp_path / "chronist.db") as lite, Store.open(url) as server:
            # SQLite's sentence search index is tables of its own (FTS5); PostgreSQL's an index
            ours = {t: c for t, c in _columns(lite).items() if not t.startswith("sentence_trigrams")}
            assert _columns(server) == ours
            assert set(ours) == {"migrations", "articles", "sentences", "events", "event_actors", "stories",
                                 "daily_counts", "monthly_types", "monthly_dyads", "monthly_actors"}
            assert server.conn.execute("SELECT count(*) FROM pg_indexes WHERE indexname = ?",
                                       ("sentences_text_trigrams",)).fetchone()[0] == 1
    finally:
        pg_server.drop_database(url)


def test_new_migration_applied_once_and_newer_store_refused(db_target: str) -> None:
    path = db_target
    with Store.open(path) as s:
        s.add(korea())
    base = migrations_of(path)
    extended = (*base, Migration(base[-1].version + 1, "event notes",
                                       "ALTER TABLE events ADD COLUMN note TEXT; -- a; comment\n"
                                       "UPDATE events SET note = 'a;b';"))
    with Store.open(path, migrations=extended) as s:
        assert [v for v, _, _ in s.migrations()] == [m.version for m in extended]
        assert {r[0] for r in s.conn.execute("SELECT note FROM events")} == {"a;b"}
    with Store.open(path, migrations=extended) as s:
        assert len(s.migrations()) == len(extended)
        assert len(s.events()) == 2
    with pytest.raises(StoreError, match="upgrade Chronist"):
        Store.open(path)


def test_store_of_older_types_reads_as_plover_2(tmp_path: Path) -> None:
    """A store written before PLOVER 2.0 (migration 1 only) is migrated: DEMAND is REQUEST,
    DISAPPROVE and INVESTIGATE are ACCUSE with those words as their mode."""
    path = tmp_path / "old.db"
    with Store.open(path, migrations=MIGRATIONS[:4]) as s:      # before daily counts
        s.add(korea())
    with sqlite3.connect(path) as raw:          # as a store of migration 1 had it
        raw.execute("DROP INDEX events_story")      # migration 4 (stories)
        raw.execute("ALTER TABLE events DROP COLUMN story")
        raw.execute("DROP TABLE stories")
        raw.execute("DROP INDEX events_event_id")
        raw.execute("ALTER TABLE events DROP COLUMN event_id")
        raw.execute("ALTER TABLE events DROP COLUMN mode")
        raw.execute("ALTER TABLE events DROP COLUMN context")
        raw.execute("DELETE FROM migrations WHERE version > 1")
        raw.execute("UPDATE events SET plover = 'DEMAND' WHERE plover = 'REQUEST'")
        raw.execute("UPDATE events SET plover = 'INVESTIGATE' WHERE plover = 'CONSULT'")
        before = {r[0] for r in raw.execute("SELECT plover FROM events")}
    raw.close()
    assert before == {"DEMAND", "INVESTIGATE"}
    with Store.open(path) as s:
        rows = {(r["plover"], r["mode"]) for r in s.events()}
        assert rows == {("REQUEST", None), ("ACCUSE", "investigate")}
        assert len(s.events(category="demand")) == 1       # older names still filter


def test_store_without_event_ids_gets_the_ids_a_new_store_gives(tmp_path: Path) -> None:
    """Migration 3 numbers the events of an older store as Document.assign_event_ids does."""
    path = tmp_path / "old.db"
    with Store.open(path, migrations=MIGRATIONS[:4]) as s:
        for doc in (korea(), sanctions(), summit()):
            s.add(doc)
        fresh = [(r["id"], r["event_text"]) for r in s.events()]
    with sqlite3.connect(path) as raw:          # as a store of migration 2 had it
        raw.execute("DROP INDEX events_event_id")
        raw.execute("ALTER TABLE events DROP COLUMN event_id")
        raw.execute("DROP INDEX events_story")      # migration 4 (stories)
        raw.execute("ALTER TABLE events DROP COLUMN story")
        raw.execute("DROP TABLE stories")
        raw.execute("DELETE FROM migrations WHERE version > 2")
    raw.close()
    with Store.open(path) as s:
        assert [(r["id"], r["event_text"]) for r in s.events()] == fresh
        assert [m[0] for m in s.migrations()] == [m.version for m in MIGRATIONS]
        with pytest.raises(sqlite3.IntegrityError):     # the ids are unique
            s.conn.execute("UPDATE events SET event_id = (SELECT min(event_id) FROM events)")
    summit_hash = summit().article.content_hash[:16]
    # the two events of summit's second sentence, numbered in text order (drohte, then kritisierte)
    assert (f"{summit_hash}-1-1", "drohte") in fresh and (f"{summit_hash}-1-2", "kritisierte") in fresh


def test_event_ids_are_stable_unique_and_survive_filters(store: Store) -> None:
    ids = [r["id"] for r in store.events()]
    assert len(set(ids)) == len(ids) and all(ids)
    assert ids == [r["id"] for r in store.events()]
    summit_hash = summit().article.content_hash[:16]
    assert [r["id"] for r in store.events(category="THREATEN")] == [f"{summit_hash}-1-1"]
    assert [r["id"] for r in store.events(category="ACCUSE")] == [f"{summit_hash}-1-2"]
    doc = summit()
    doc.assign_event_ids()
    assert {e.id for e in doc.events} <= set(ids)


def test_same_file_name_with_other_text_gets_other_ids(db_target: str) -> None:
    one = build("news.txt", "de", dt.date(2020, 1, 1), ["Polen kritisierte Ungarn."], [
        {"s": 0, "source": [("POL", None, "Polen")], "target": [("HUN", None, "Ungarn")],
         "plover": "ACCUSE", "cameo": "111", "trigger": "kritisierte"}])
    two = build("news.txt", "de", dt.date(2020, 1, 1), ["Ungarn kritisierte Polen."], [
        {"s": 0, "source": [("HUN", None, "Ungarn")], "target": [("POL", None, "Polen")],
         "plover": "ACCUSE", "cameo": "111", "trigger": "kritisierte"}])
    with Store.open(db_target) as s:
        assert s.add(one) and s.add(two)
        ids = [r["id"] for r in s.events()]
    assert len(set(ids)) == 2 and ids[0].endswith("-0-1") and ids[1].endswith("-0-1")


def test_split_statements_keeps_semicolons_in_strings() -> None:
    assert split_statements("CREATE TABLE t (x TEXT);\nINSERT INTO t VALUES ('a;b');\n") == [
        "CREATE TABLE t (x TEXT);", "INSERT INTO t VALUES ('a;b');"]
    assert split_statements("SELECT 1; -- trailing comment\n") == ["SELECT 1;"]
    with pytest.raises(StoreError, match="incomplete"):
        split_statements("CREATE TABLE t (x TEXT)")


def test_reopen_keeps_data(db_target: str) -> None:
    path = db_target
    with Store.open(path) as s:
        s.add(korea())
        s.add_skipped(Article(text="Wetter: sonnig.", id="weather"), "no political content")
        before = (s.counts(), s.events())
    with Store.open(path) as s:
        assert (s.counts(), s.events()) == before
        assert s.add(korea()) is False
    assert before[0]["articles"] == {"coded": 1, "skipped": 1, "failed": 0}


def _write_random(path: Path) -> None:
    path.write_bytes(random.Random(7).randbytes(8192))


def _write_text(path: Path) -> None:
    path.write_text("id,text\n1,Abe forderte Nordkorea auf.\n" * 50, encoding="utf-8")


def _write_foreign_db(path: Path) -> None:
    with sqlite3.connect(path) as raw:
        raw.execute("CREATE TABLE users (name TEXT)")
    raw.close()


def _write_truncated_store(path: Path) -> None:
    with Store.open(path) as s:
        s.add(korea())
    data = path.read_bytes()
    for extra in (path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        extra.unlink(missing_ok=True)
    path.write_bytes(b"garbage!" * 2 + data[16:])  # header magic destroyed


@pytest.mark.parametrize("damage", [_write_random, _write_text, _write_foreign_db, _write_truncated_store],
                         ids=["random-bytes", "csv-text", "other-app-db", "broken-header"])
def test_not_a_store_raises_store_error(tmp_path: Path, damage) -> None:
    path = tmp_path / "chronist.db"
    damage(path)
    with pytest.raises(StoreError) as info:
        Store.open(path)
    message = str(info.value)
    assert str(path) in message
    assert "choose another --db path" in message


def test_folder_as_path_raises_store_error(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="it is a folder"):
        Store.open(tmp_path)


@pytest.mark.parametrize("case", ["file-in-readonly-folder", "subfolder-of-readonly-folder", "readonly-file"])
def test_read_only_location_raises_store_error(tmp_path: Path, case: str) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    if case == "readonly-file":
        path = folder / "chronist.db"
        with Store.open(path):
            pass
        for extra in (path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
            extra.unlink(missing_ok=True)
        path.chmod(stat.S_IRUSR)
        folder.chmod(stat.S_IRUSR | stat.S_IXUSR)
        probe = path
    else:
        path = folder / "chronist.db" if case == "file-in-readonly-folder" else folder / "sub" / "chronist.db"
        folder.chmod(stat.S_IRUSR | stat.S_IXUSR)
        probe = folder
    try:
        if os.access(probe, os.W_OK):
            pytest.skip("running with rights that make read-only files writable (root)")
        with pytest.raises(StoreError) as info:
            Store.open(path)
        assert str(path) in str(info.value)
    finally:
        folder.chmod(stat.S_IRWXU)


def test_closed_store_raises_store_error(db_target: str) -> None:
    s = Store.open(db_target)
    s.close()
    s.close()
    for call in (s.counts, s.events, lambda: s.add(korea())):
        with pytest.raises(StoreError, match="is closed"):
            call()


# -- writing ---------------------------------------------------------------


def test_add_round_trips_event_records(store: Store) -> None:
    assert store.events() == expected_records(korea(), sanctions(), summit())
    assert store.counts() == {"articles": {"coded": 3, "skipped": 0, "failed": 0}, "sentences": 6, "events": 7}


def test_article_fields_are_stored(store: Store) -> None:
    row = store.conn.execute(
        "SELECT article_id, content_hash, title, source, url, pub_date, lang, text, state, reason "
        "FROM articles WHERE article_id = 'sanctions-1'").fetchone()
    article = sanctions().article
    assert row == (article.id, article.content_hash, article.title, article.source, article.url,
                   "2019-03-02", "en", article.text, "coded", None)
    spans = store.conn.execute('SELECT s.start, s."end", s.text FROM sentences s JOIN articles a ON a.id = s.article '
                               "WHERE a.article_id = 'sanctions-1' ORDER BY idx").fetchall()
    assert [article.text[start:end] for start, end, _ in spans] == [text for _, _, text in spans]


def test_record_spans_point_into_article_text(store: Store) -> None:
    texts = {doc.article.id: doc.article.text for doc in (korea(), sanctions(), summit())}
    for record in store.events():
        text = texts[record["article"]]
        start, end = record["spans"]["trigger"]
        assert text[start:end] == record["event_text"]
        for role in ("source", "target"):
            for actor, (start, end) in zip(record[role], record["spans"][role], strict=True):
                assert text[start:end] == actor["text"]


@pytest.mark.parametrize("again", [
    lambda: korea(),
    lambda: Document(article=Article(text=korea().article.text, id="other-id"), lang="de"),
], ids=["same-document", "same-text-other-id"])
def test_re_add_is_a_no_op(store: Store, again) -> None:
    before = (store.counts(), store.events())
    assert store.add(again()) is False
    assert store.add_skipped(again().article, "duplicate") is False
    assert store.add_failed(again().article, ValueError("boom")) is False
    assert (store.counts(), store.events()) == before


def test_skipped_and_failed_articles(db_target: str) -> None:
    with Store.open(db_target) as s:
        assert s.add_skipped(Article(text="Das Wetter bleibt sonnig.", id="w1", lang="de"), "no actors") is True
        assert s.add_failed(Article(text="<html>kaputt", id="f1"), ValueError("unparseable HTML")) is True
        assert s.add_failed(Article(text="leer?", id="f2"), "timeout after 30 s") is True
        assert s.has(Article(text="Das Wetter bleibt sonnig.")) is True
        assert s.has(Article(text="Neuer Text.")) is False
        assert s.counts() == {"articles": {"coded": 0, "skipped": 1, "failed": 2}, "sentences": 0, "events": 0}
        rows = s.conn.execute("SELECT article_id, state, reason FROM articles ORDER BY id").fetchall()
    assert rows == [("w1", "skipped", "no actors"), ("f1", "failed", "ValueError: unparseable HTML"),
                    ("f2", "failed", "timeout after 30 s")]


def test_failed_write_leaves_nothing(db_target: str) -> None:
    bad = summit()
    bad.events[-1].plover = None  # violates NOT NULL after the article and two events went in
    with Store.open(db_target) as s:
        with pytest.raises(StoreError, match="(?i)not.null"):
            s.add(bad)
        assert s.counts() == {"articles": {"coded": 0, "skipped": 0, "failed": 0}, "sentences": 0, "events": 0}
        assert s.add(summit()) is True
        assert s.counts()["events"] == 3


def test_document_without_sentences_gets_them_from_its_events(db_target: str) -> None:
    doc = build("gold-1", "de", None, ["Vorher.", "Abe forderte Nordkorea zur Abrüstung auf."], [
        {"s": 1, "source": [("JPN", "GOV", "Abe")], "target": [("PRK", None, "Nordkorea")],
         "plover": "REQUEST", "cameo": "10", "trigger": "forderte"}], with_sentences=False)
    with Store.open(db_target) as s:
        assert s.add(doc) is True
        assert s.events() == [doc.events[0].record()]
        assert s.counts()["sentences"] == 1


# -- querying --------------------------------------------------------------

K = ("korea-1", "forderte"), ("korea-1", "traf")
S = ("sanctions-1", "imposed"), ("sanctions-1", "rallied")
T = ("summit-1", "lobte"), ("summit-1", "drohte"), ("summit-1", "kritisierte")


@pytest.mark.parametrize("filters, expected", [
    ({}, [*K, *S, *T]),
    ({"source": "USA"}, [S[0], *T]),
    ({"source": "IGO:EU"}, [S[0]]),
    ({"source": "usa/gov"}, list(T)),
    ({"source": "RUS/CVL"}, [S[1]]),
    ({"target": "PRK"}, [K[0], T[0]]),
    ({"target": "IGO:EU"}, [T[2]]),
    ({"target": "RUS"}, list(S)),
    ({"category": "demand"}, [K[0]]),
    ({"category": "SANCTION"}, [S[0]]),
    ({"since": "2018-06-01"}, [S[0], *T]),
    ({"until": "2018-05-31"}, list(K)),
    ({"since": "2019-02", "until": "2019-02"}, [S[0]]),
    ({"since": "2018-06-13", "until": dt.date(2018, 6, 13)}, [T[1], T[2]]),
    ({"since": "1900"}, [*K, S[0], *T]),
    ({"source": "USA", "category": "threaten"}, [T[1]]),
    ({"limit": 2}, list(K)),
    ({"limit": 0}, []),
    ({"source": "FRA"}, []),
], ids=["all", "source", "source-in-compound", "source-with-sector", "source-civilians", "target",
        "target-igo", "target-two-sectors", "category-lower-case", "category", "since", "until",
        "month-window-holds-iso-week", "one-day", "since-drops-undated", "source-and-category",
        "limit", "limit-zero", "no-match"])
def test_event_filters(store: Store, filters: dict, expected: list[tuple[str, str]]) -> None:
    records = store.events(**filters)
    assert keys(records) == expected
    assert keys(list(store.iter_events(**filters))) == expected


def test_record_has_sentence_and_article_id(store: Store) -> None:
    [record] = store.events(category="THREATEN")
    assert record["article"] == "summit-1"
    assert record["sentence"] == "Zugleich drohte er China mit neuen Zöllen und kritisierte die EU."
    assert record["sentence_index"] == 1
    assert record["source"] == [{"actor": "USA", "sector": "GOV", "text": "er"}]
    assert record["modality"] == "intent"


@pytest.mark.parametrize("filters, message", [
    ({"since": "gestern"}, "since='gestern'"),
    ({"until": "2018-13-01"}, "until='2018-13-01'"),
    ({"limit": -1}, "limit=-1"),
    ({"source": ""}, "source=''"),
    ({"category": "  "}, "category="),
], ids=["since-words", "until-bad-month", "negative-limit", "empty-source", "blank-category"])
def test_bad_filters_raise_input_error(store: Store, filters: dict, message: str) -> None:
    with pytest.raises(InputError, match=message.replace("(", r"\(")):
        store.events(**filters)


@pytest.mark.parametrize("value, bounds", [
    ("2018-05-26", ("2018-05-26", "2018-05-26")),
    ("2018-05-26T14:00:00", ("2018-05-26", "2018-05-26")),
    ("2018-02", ("2018-02-01", "2018-02-28")),
    ("2018-12", ("2018-12-01", "2018-12-31")),
    ("2019-W08", ("2019-02-18", "2019-02-24")),
    ("2020-W53", ("2020-12-28", "2021-01-03")),
    ("2018", ("2018-01-01", "2018-12-31")),
    ("2018-02-30", None),
    ("2019-W54", None),
    ("im Mai", None),
    (None, None),
], ids=["day", "timestamp", "month-february", "month-december", "iso-week", "week-53", "year",
        "no-such-day", "no-such-week", "words", "none"])
def test_date_bounds(value: str | None, bounds: tuple[str, str] | None) -> None:
    result = date_bounds(value)
    assert (tuple(d.isoformat() for d in result) if result else None) == bounds


# -- concurrency -----------------------------------------------------------


def _add_range(path: str, numbers: list[int]) -> int:
    """Open the store and add the numbered documents; return how many were new."""
    with Store.open(path) as s:
        return sum(s.add(numbered(i)) for i in numbers)


@pytest.mark.parametrize("pool", ["threads", "processes"])
def test_concurrent_writers_leave_consistent_counts(db_target: str, pool: str) -> None:
    path = db_target  # not created yet (a file; an empty database): both writers also race to migrate
    shared = list(range(40))
    jobs = [shared + list(range(100, 120)), list(reversed(shared)) + list(range(200, 220))]
    if pool == "threads":
        executor = ThreadPoolExecutor(max_workers=2)
    else:
        executor = ProcessPoolExecutor(max_workers=2, mp_context=get_context("spawn"))
    with executor:
        added = list(executor.map(_add_range, [path, path], jobs))
    assert sum(added) == 80
    with Store.open(path) as s:
        assert s.counts() == {"articles": {"coded": 80, "skipped": 0, "failed": 0}, "sentences": 80, "events": 80}
        assert len(s.migrations()) == len(MIGRATIONS)
        assert s.conn.execute("SELECT count(*) FROM event_actors").fetchone()[0] == 160
        assert s.conn.execute("SELECT count(DISTINCT content_hash) FROM articles").fetchone()[0] == 80
        # every event in one story, counted once
        assert s.story_counts()["unassigned"] == 0
        assert s.conn.execute("SELECT sum(mentions) FROM stories").fetchone()[0] == 80
        if not is_url(path):
            assert s.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_same_article_from_two_postgres_writers_at_once_is_stored_once(pg_server) -> None:
    """Two transactions insert the same article: the second waits on the first's row, then finds
    it stored (ON CONFLICT), whether the first commits it or (as failed) gets it replaced."""
    url = pg_server.create_database()
    try:
        with Store.open(url) as one, Store.open(url) as two:
            started = threading.Event()
            results: list[bool] = []

            def slow_writer() -> None:
                with one._writing() as conn:       # the first writer holds its new row a while
                    conn.execute("INSERT INTO articles (article_id, content_hash, text, state, ingested_at) "
                                 "VALUES ('korea-1', ?, 'x', 'failed', 'now')", (korea().article.content_hash,))
                    started.set()
                    time.sleep(0.5)

            thread = threading.Thread(target=slow_writer)
            thread.start()
            started.wait(5)
            results.append(two.add(korea()))      # waits for the failed row, then replaces it
            thread.join()
            assert results == [True]
            assert two.lookup(korea().article) == ("coded", "korea-1")
            assert two.counts()["articles"] == {"coded": 1, "skipped": 0, "failed": 0}
    finally:
        pg_server.drop_database(url)


def test_without_postgresql_the_reason_says_what_to_install(monkeypatch) -> None:
    from chronist.store import pgcluster
    monkeypatch.setattr(pgcluster, "_bin_dir", lambda: None)
    why = pgcluster.unavailable()
    assert why is not None and "apt-get install postgresql" in why and "CHRONIST_TEST_PG" in why


def test_bad_postgres_urls_give_one_line_errors(tmp_path: Path) -> None:
    for url, words in [(f"postgresql://nobody@/chronist?host={tmp_path}&port=1", "server runs"),
                       ("postgresql://nobody@127.0.0.1:1/chronist", "server runs"),
                       ("postgresql://a:secret@/x?port=notaport", "")]:
        with pytest.raises(StoreError) as info:
            Store.open(url, timeout=2)
        message = str(info.value)
        assert "\n" not in message and words in message and "secret" not in message


def _lock_holder(target: str):
    """A connection in a transaction holding what the next writer needs: SQLite's write lock, or
    PostgreSQL's lock on the stories (the article rows of other writers stay free there)."""
    if is_url(target):
        import psycopg

        from chronist.store.dialect import _STORY_LOCK
        holder = psycopg.connect(target, autocommit=True)
        holder.execute("BEGIN")
        holder.execute("SELECT pg_advisory_xact_lock(%s)", (_STORY_LOCK,))
        return holder
    holder = sqlite3.connect(target, isolation_level=None, check_same_thread=False)
    holder.execute("BEGIN IMMEDIATE")
    return holder


def test_second_writer_waits_for_the_lock(db_target: str) -> None:
    path = db_target
    with Store.open(path, timeout=0.1) as impatient, Store.open(path) as patient:
        holder = _lock_holder(path)
        release = threading.Timer(0.6, lambda: holder.execute("COMMIT"))
        try:
            with pytest.raises(StoreError, match="lock"):
                impatient.add(korea())
            assert impatient.counts()["articles"]["coded"] == 0       # rolled back whole
            release.start()
            began = time.monotonic()
            assert patient.add(korea()) is True
            assert time.monotonic() - began >= 0.4
            assert patient.counts()["events"] == 2
            assert impatient.add(korea()) is False
        finally:
            if release.is_alive() or release.finished.is_set():
                release.join()
            holder.close()


# -- retry of failed articles, keyed rows ------------------------------------


def test_failed_article_is_replaced_by_its_retry(db_target: str) -> None:
    with Store.open(db_target) as s:
        article = korea().article
        assert s.add_failed(article, RuntimeError("tagger crashed")) is True
        assert s.lookup(article) == ("failed", "korea-1")
        assert s.add_failed(article, "still broken") is True          # a failed retry rewrites the row
        assert s.latest("failed") == [("korea-1", "still broken")]
        assert s.add(korea()) is True                                 # a successful retry replaces it
        assert s.lookup(article) == ("coded", "korea-1")
        assert s.counts() == {"articles": {"coded": 1, "skipped": 0, "failed": 0}, "sentences": 2, "events": 2}
        assert s.add_failed(article, "late failure") is False          # a coded article is kept


def test_keyed_rows_and_reasons(db_target: str) -> None:
    with Store.open(db_target) as s:
        empty = Article(text="", id="a.txt")
        assert s.add_skipped(empty, "no text: the file is empty", key="input:a") is True
        assert s.add_skipped(Article(text="", id="b.txt"), "no text: the file is empty", key="input:b") is True
        assert s.add_skipped(Article(text="", id="a.txt"), "no text: the file is empty", key="input:a") is False
        assert s.add_skipped(Article(text="Le texte.", id="fr"), "unsupported language 'fr' (reads de, en)")
        assert s.add_failed(Article(text="{x", id="d.jsonl:2"), "not valid JSON (Expecting value); one a line",
                            key="input:d2") is True
        assert s.reasons("skipped") == [("no text", 2), ("unsupported language 'fr'", 1)]
        assert s.reasons("failed") == [("not valid JSON", 1)]
        assert s.drop_failed("input:a") is False                     # skipped rows stay
        assert s.drop_failed("input:d2") is True
        assert s.counts()["articles"] == {"coded": 0, "skipped": 3, "failed": 0}


def test_records_with_article_fields(store: Store) -> None:
    (record,) = list(store.iter_events(category="SANCTION", with_article=True))
    coded_at = record["story"].pop("coded_at")
    assert dt.datetime.fromisoformat(coded_at).tzinfo is not None
    assert record["story"] == {"pub_date": "2019-03-02", "lang": "en", "url": "https://example.org/sanctions-1",
                               "source": "test wire", "title": "Title of sanctions-1"}
    assert record["sentence_span"] == [0, len(sanctions().sentences[0].text)]
    assert record["actor_names"] == {"source": [None, None], "target": [None]}
    extra = ("story", "sentence_span", "actor_names")
    assert {k: v for k, v in record.items() if k not in extra} == store.events(category="SANCTION")[0]


def test_batch_writes_in_one_transaction_all_or_nothing(tmp_path: Path) -> None:
    db = tmp_path / "chronist.db"
    with Store.open(db) as s:
        with s.batch():
            assert s.add(korea()) is True
            with s.batch():                                  # a batch inside a batch is part of it
                assert s.add(sanctions()) is True
            with sqlite3.connect(db) as other:               # not committed yet
                assert other.execute("SELECT count(*) FROM articles").fetchone()[0] == 0
            other.close()
        assert s.counts()["articles"]["coded"] == 2
        bad = numbered(2)
        bad.events[0].plover = None                          # fails after the article went in
        with pytest.raises(StoreError, match="(?i)not.null"):
            with s.batch():
                assert s.add(summit()) is True
                s.add_skipped(Article(text="Wetter: sonnig.", id="weather"), "no political content")
                s.add(bad)
        assert s.counts() == {"articles": {"coded": 2, "skipped": 0, "failed": 0}, "sentences": 4, "events": 4}
        assert s.add(summit()) is True                       # writing on after the failed batch
        assert s.counts()["events"] == 7


def test_article_of_many_sentences_is_stored_and_searchable(tmp_path: Path) -> None:
    """More sentences than one INSERT statement takes (SENTENCE_ROWS): all stored, all in the
    search index."""
    from chronist.store.db import SENTENCE_ROWS
    n = 2 * SENTENCE_ROWS + 7
    lines = [f"Meldung {i:04d}: Die Regierung kritisierte die Opposition." for i in range(n)]
    doc = build("long-1", "de", None, lines, [
        {"s": n - 1, "source": [("DEU", "GOV", "Die Regierung")], "target": [("DEU", "OPP", "die Opposition")],
         "plover": "ACCUSE", "cameo": "111", "trigger": "kritisierte"}])
    with Store.open(tmp_path / "chronist.db") as s:
        assert s.add(doc) is True
        stored = s.conn.execute("SELECT idx, text, start, \"end\" FROM sentences ORDER BY idx").fetchall()
        assert stored == [(x.index, x.text, x.start, x.end) for x in doc.sentences]
        article = s.conn.execute("SELECT id FROM articles").fetchone()[0]
        for i in (0, SENTENCE_ROWS - 1, SENTENCE_ROWS, n - 1):
            hits = s.conn.execute("SELECT rowid FROM sentence_trigrams WHERE sentence_trigrams MATCH ?",
                                  (f'"Meldung {i:04d}:"',)).fetchall()
            assert hits == [(article * (1 << 20) + i,)]
        assert s.counts()["events"] == 1


def _found(s: Store, phrase: str) -> list[int]:
    return [r[0] for r in s.conn.execute("SELECT rowid FROM sentence_trigrams WHERE sentence_trigrams MATCH ?",
                                         (f'"{phrase}"',))]


def _report(article_id: str, word: str) -> Document:
    return build(article_id, "de", None, [f"Die Regierung kritisierte {word}.", "Das Wetter war gut."], [
        {"s": 0, "source": [("DEU", "GOV", "Die Regierung")], "target": [("DEU", "OPP", word)],
         "plover": "ACCUSE", "cameo": "111", "trigger": "kritisierte"}])


def test_the_sentences_of_a_batch_are_indexed_once_and_a_failed_batch_indexes_nothing(tmp_path: Path) -> None:
    """The store adds a transaction's sentences to the search index when it commits (migration
    8): every sentence of a batch is found once; a batch that fails leaves nothing in the index."""
    with Store.open(tmp_path / "chronist.db") as s:
        with s.batch():
            for n, word in enumerate(["Quokka", "Wombat", "Numbat"]):
                s.add(_report(f"r{n}", word))
        for word in ("Quokka", "Wombat", "Numbat"):
            assert len(_found(s, word)) == 1
        bad = _report("r9", "Dingo")
        bad.events[0].plover = None                          # fails after its sentences went in
        with pytest.raises(StoreError):
            with s.batch():
                s.add(_report("r8", "Bilby"))
                s.add(bad)
        assert _found(s, "Bilby") == [] and _found(s, "Dingo") == []
        assert s.add(_report("r8", "Bilby")) is True         # one article alone: indexed as well
        assert len(_found(s, "Bilby")) == 1
        s.conn.execute("INSERT INTO sentence_trigrams (sentence_trigrams) VALUES ('integrity-check')")


def test_a_store_made_before_migration_8_keeps_its_index_and_indexes_new_sentences_once(tmp_path: Path) -> None:
    path = tmp_path / "chronist.db"
    with Store.open(path, migrations=MIGRATIONS[:7]) as s:
        s.add(_report("old", "Quokka"))                    # indexed by the trigger of migration 6
    with Store.open(path) as s:
        assert s.conn.execute("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' "
                              "AND name = 'sentences_search_add'").fetchone()[0] == 0
        s.add(_report("new", "Wombat"))
        assert len(_found(s, "Quokka")) == 1 and len(_found(s, "Wombat")) == 1
