"""Daily counts (chronist.store.daily) and the sentence search index (chronist.store.search):
aggregates read from the daily counts equal aggregates read from the events, on SQLite and
PostgreSQL, for stores filled by the write path and by the migration; the search index finds
what LIKE finds."""
from __future__ import annotations

import datetime as dt
import random

import pytest

from chronist.aggregate import Filters, aggregate, open_readonly, records
from chronist.coding.ontology import QUAD_CLASSES
from chronist.model import Actor, Article, Document, Event, Sentence
from chronist.store import Store
from chronist.store.daily import has_daily, subtract_article
from chronist.store.schema import MIGRATIONS, PG_MIGRATIONS
from chronist.store.search import has_trigrams

TYPES = ["AGREE", "CONSULT", "REQUEST", "ACCUSE", "THREATEN", "SANCTION", "ASSAULT", "AID"]
CODES = ["USA", "PRK", "KOR", "DEU", "RUS"]
SECTORS = [None, None, "GOV", "MIL", ""]
DATES = ["2023-05-02", "2023-05-03", "2023-05-09", "2023-05-17", "2023-06-01", "2023-05", "2023-W20", "2023",
         None]
WORDS = ["Präsidenten", "PRÄSIDENTEN", "sanctions", "Sanctions", "50% more", "under_score", "talks", "Kyiv"]


def _actors(rng: random.Random, most: int) -> list[Actor]:
    n = rng.choice([0, 1, 1, 1, 1, 2] if most == 2 else [0, 1, 1, 1])
    picked = rng.sample(CODES, n) if rng.random() < 0.7 else [rng.choice(CODES)] * n
    return [Actor(code, rng.choice(SECTORS), text=code) for code in picked]


def documents(n: int = 40, seed: int = 3) -> list[Document]:
    """Articles of several made-up events each: actors alone, compound and missing, dates of every
    precision and none, places, both languages, a few Goldstein scores missing, and the same
    event told again (stories of several mentions)."""
    rng = random.Random(seed)
    out: list[Document] = []
    told: list[tuple] = []                     # (type, source, target, date) of events told before
    for a in range(n):
        sentences, events, offset = [], [], 0
        for i in range(rng.randint(1, 5)):
            text = f"Report {a} sentence {i} on {rng.choice(WORDS)} and {rng.choice(WORDS)}."
            sentences.append(Sentence(i, text, offset, offset + len(text)))
            offset += len(text) + 1
            for _ in range(rng.choice([0, 1, 1, 2])):
                if told and rng.random() < 0.3:
                    plover, source, target, date = rng.choice(told)
                else:
                    plover, source, target, date = (rng.choice(TYPES), _actors(rng, 2), _actors(rng, 2),
                                                    rng.choice(DATES))
                    told.append((plover, source, target, date))
                place = rng.choice([None, None, ("Seoul", "KOR"), ("Berlin", "DEU")])
                events.append(Event(
                    article=f"art-{a}", sentence_index=i, sentence=text, source=list(source),
                    target=list(target), plover=plover, cameo="", quad=QUAD_CLASSES[plover],
                    goldstein=None if rng.random() < 0.1 else rng.choice([-7.5, -2.0, 1.0, 3.4, 6.0]),
                    modality=rng.choice(["asserted", "asserted", "reported", "negated"]), event_text="said",
                    trigger_start=0, trigger_end=6, date=date, date_basis="publication",
                    location=place[0] if place else None, country=place[1] if place else None))
        lang = rng.choice(["de", "en"])
        article = Article(text=" ".join(s.text for s in sentences), id=f"art-{a}", lang=lang,
                          date=dt.date(2023, 5, 1) + dt.timedelta(days=rng.randrange(40)))
        out.append(Document(article=article, lang=lang, sentences=sentences, events=events))
    return out


def fill(target: str, docs: list[Document], **opts) -> None:
    with Store.open(target, **opts) as store:
        for doc in docs:
            store.add(doc)


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def target(request, tmp_path_factory):
    """A store of :func:`documents` written through the write path (daily counts kept at ingest)."""
    if request.param == "sqlite":
        path = str(tmp_path_factory.mktemp("daily") / "events.db")
        fill(path, documents())
        yield path
        return
    server = request.getfixturevalue("pg_server")
    url = server.create_database()
    try:
        fill(url, documents())
        yield url
    finally:
        server.drop_database(url)


@pytest.fixture(scope="module")
def conn(target):
    connection = open_readonly(target)
    yield connection
    connection.close()


CASES = [
    dict(),
    dict(by="category"),
    dict(by="source,target"),
    dict(by="source,target", actors="code"),
    dict(by="source,target", actors="code", order="events", limit=5),
    dict(by="target,quad,country", per="week"),
    dict(by="source", per="day", limit=7),
    dict(per="month", filters=Filters(dyad=("USA", "PRK"))),
    dict(per="week", filters=Filters(dyad=("KOR", "PRK/GOV"))),
    dict(by="category", filters=Filters(actor="USA")),
    dict(by="target", filters=Filters(source="DEU/GOV", since="2023-05-03")),
    dict(by="source,target", per="year", filters=Filters(until="2023-05", lang="de")),
    dict(by="country", filters=Filters(quad="verbal conflict", modality="asserted")),
    dict(by="quad", filters=Filters(country="kor", category="threaten")),
    dict(by="source,target", filters=Filters(target="DEU", since="2023-W19", until="2023-W21")),
    dict(by="category", filters=Filters(source="NOWHERE")),
    dict(filters=Filters(source="NOWHERE")),
    dict(by="source,target", per="month", filters=Filters(since="2023-05", until="2023-06")),
    dict(by="source,target", actors="code", per="year", filters=Filters(actor="KOR", since="2023")),
    dict(by="category,quad,country", per="month", filters=Filters(lang="en", modality="asserted")),
    dict(by="target", filters=Filters(dyad=("DEU/GOV", "USA"), until="2023-05")),
    # the first groups in key order, read from the dyad tables' index in that order
    dict(by="source,target", per="month", limit=7),
    dict(by="source,target", actors="code", per="month", limit=4, filters=Filters(since="2023-05")),
    dict(by="source", per="month", limit=3, filters=Filters(actor="USA")),
]

# the table each case reads its cells from
TABLES = ["monthly_dyads", "monthly_types", "monthly_actors", "monthly_dyads", "monthly_dyads", "daily_counts",
          "daily_counts", "monthly_dyads", "daily_counts", "daily_counts", "daily_counts", "daily_counts",
          "monthly_types", "monthly_types", "daily_counts", "daily_counts", "monthly_dyads", "monthly_actors",
          "monthly_dyads", "monthly_types", "monthly_actors", "monthly_actors", "monthly_dyads", "monthly_actors"]


def test_each_case_reads_the_smallest_table_that_answers():
    from chronist.aggregate import parse_by
    from chronist.store.daily import ROLLUPS
    from chronist.store.sql import choose_rollup
    chosen = [choose_rollup(ROLLUPS, parse_by(c.get("by")), per=c.get("per"), filters=c.get("filters", Filters()),
                            actors=c.get("actors", "sector")).name for c in CASES]
    assert chosen == TABLES


def test_the_store_has_what_the_comparison_needs(conn):
    assert has_daily(conn)
    compound = conn.execute("SELECT count(DISTINCT event) FROM event_actors WHERE position > 0").fetchone()[0]
    retold = conn.execute("SELECT count(*) FROM stories WHERE mentions > 1").fetchone()[0]
    undated = conn.execute("SELECT count(*) FROM events WHERE date_from IS NULL").fetchone()[0]
    cells = conn.execute("SELECT count(*), sum(events) FROM daily_counts").fetchone()
    assert compound >= 10 and retold >= 3 and undated >= 3
    assert 0 < cells[0] < cells[1]           # cells hold several events


@pytest.mark.parametrize("case", CASES, ids=[str(i) for i in range(len(CASES))])
def test_daily_counts_give_the_rows_of_the_events(conn, case):
    from_events = records(aggregate(conn, daily=False, **case))
    assert records(aggregate(conn, **case)) == from_events
    if "NOWHERE" not in repr(case):
        assert from_events


FIRST_GROUPS = [dict(by="source,target", per="month"), dict(by="source,target", per="month", actors="code"),
                dict(by="source", per="month"), dict(by="source,target", per="month", filters=Filters(since="2023-06"))]


@pytest.mark.parametrize("case", FIRST_GROUPS, ids=[str(i) for i in range(len(FIRST_GROUPS))])
def test_the_first_groups_are_the_head_of_all_groups(conn, case):
    """Limited in key order, an aggregate reads the first groups from the index in their order;
    its rows are the first rows of the whole aggregate, with their compound actors and stories."""
    whole = records(aggregate(conn, **case))
    assert len(whole) > 5
    for limit in (0, 1, 2, 5, len(whole) - 1, len(whole), len(whole) + 5):
        assert records(aggregate(conn, limit=limit, **case)) == whole[:limit]


def test_the_dyad_tables_have_their_index_in_group_order(conn):
    from chronist.store.dialect import SQLITE, dialect_of
    sql = ("SELECT name FROM sqlite_master WHERE type = 'index'" if dialect_of(conn) is SQLITE
           else "SELECT indexname FROM pg_indexes WHERE schemaname = current_schema()")
    names = {row[0] for row in conn.execute(sql)}
    assert {"monthly_actors_groups", "monthly_dyads_groups"} <= names


def test_the_first_groups_are_read_in_index_order_without_a_sort(conn):
    """SQLite reads the cells of the first groups from the index in group order and sorts none
    of them (only the few rows of the page and the compound actors are sorted after)."""
    from chronist.store.daily import ANY_COMPOUND, present
    from chronist.store.dialect import SQLITE, dialect_of
    from chronist.store.sql import daily_aggregate_sql
    if dialect_of(conn) is not SQLITE:
        pytest.skip("SQLite's query plan")
    assert conn.execute(ANY_COMPOUND.format(index=SQLITE.indexed_by("event_actors_compound"))).fetchone()
    for actors, table in (("sector", "monthly_actors"), ("code", "monthly_dyads")):
        sql, params, _ = daily_aggregate_sql(("source", "target"), per="month", filters=Filters(since="2023"),
                                             actors=actors, stories=True, order="key", limit=10, dialect=SQLITE,
                                             tables=present(conn))
        plan = conn.execute("EXPLAIN QUERY PLAN " + sql, params).fetchall()
        (cells,) = [parent for _, parent, _, detail in plan if f"USING INDEX {table}_groups " in detail]
        assert not [detail for _, parent, _, detail in plan if parent == cells and "TEMP B-TREE" in detail]


def _edge_documents() -> list[Document]:
    """Events of actor codes that order differently as codes and as keys ("AB-C" comes before
    "AB/GOV" as text, after "AB" as a code; "A_B" after "AB" as text, before it without case)
    and actors missing, over two months."""
    codes = ["AB", "AB-C", "ABC", "A_B", "A0", "ZZ"]
    rng = random.Random(17)
    docs = []
    for a in range(30):
        text = f"Report {a}."
        events = []
        for i in range(4):
            source, target = rng.choice(codes + [None]), rng.choice(codes)
            events.append(Event(
                article=f"edge-{a}", sentence_index=0, sentence=text,
                source=[Actor(source, rng.choice([None, "GOV", "MIL"]), text=source)] if source else [],
                target=[Actor(target, rng.choice([None, "GOV"]), text=target)], plover="AGREE", cameo="",
                quad=QUAD_CLASSES["AGREE"], goldstein=4.0, modality="asserted", event_text="said",
                trigger_start=0, trigger_end=6, date=rng.choice(["2024-01-05", "2024-02-11"]),
                date_basis="publication"))
        article = Article(text=text, id=f"edge-{a}", lang="en", date=dt.date(2024, 2, 12))
        docs.append(Document(article=article, lang="en", sentences=[Sentence(0, text, 0, len(text))], events=events))
    return docs


def test_the_first_groups_of_codes_that_sort_apart(db_target):
    fill(db_target, _edge_documents())
    conn = open_readonly(db_target)
    try:
        for case in FIRST_GROUPS[:3]:
            whole = records(aggregate(conn, **case))
            assert whole == records(aggregate(conn, daily=False, **case))
            assert len(whole) > 20
            for limit in range(1, len(whole) + 2):
                assert records(aggregate(conn, limit=limit, **case)) == whole[:limit], (case, limit)
    finally:
        conn.close()


def test_every_event_is_in_a_cell_or_compound(conn):
    events = conn.execute("SELECT count(*) FROM events").fetchone()[0]
    compound = conn.execute("SELECT count(DISTINCT event) FROM event_actors WHERE position > 0").fetchone()[0]
    assert conn.execute("SELECT sum(events) FROM daily_counts").fetchone()[0] == events - compound


def test_the_migration_fills_the_counts_of_a_store_from_before(target, conn, request):
    """A store written without daily counts (migrations 1-4) gets them, equal to the write path's."""
    if target.startswith("postgresql"):
        server = request.getfixturevalue("pg_server")
        old = server.create_database()
        migrations = PG_MIGRATIONS[:4]
    else:
        old = target + ".old.db"
        migrations = MIGRATIONS[:4]
    try:
        fill(old, documents(), migrations=migrations)
        before = open_readonly(old)
        assert not has_daily(before)
        expected = [records(aggregate(before, **case)) for case in CASES]
        before.close()
        Store.open(old).close()
        after = open_readonly(old)
        try:
            assert has_daily(after)
            assert [records(aggregate(after, **case)) for case in CASES] == expected
            cells = "SELECT * FROM daily_counts ORDER BY day, source_code, source_sector, target_code, " \
                    "target_sector, plover, quad, country, lang, modality"
            assert after.execute(cells).fetchall() == conn.execute(cells).fetchall()
        finally:
            after.close()
    finally:
        if target.startswith("postgresql"):
            request.getfixturevalue("pg_server").drop_database(old)


def test_an_article_taken_out_leaves_the_counts_of_the_rest(db_target):
    docs = documents(12, seed=5)
    fill(db_target, docs)
    with Store.open(db_target) as store:
        with store._writing() as conn:
            (row,) = conn.execute("SELECT id FROM articles WHERE article_id = ?", ("art-4",)).fetchone()
            assert conn.execute("SELECT count(*) FROM events WHERE article = ?", (row,)).fetchone()[0] > 0
            subtract_article(conn, row)
            conn.execute("DELETE FROM articles WHERE id = ?", (row,))
    conn = open_readonly(db_target)
    try:
        for case in CASES:
            assert records(aggregate(conn, **case)) == records(aggregate(conn, daily=False, **case))
        assert conn.execute("SELECT count(*) FROM daily_counts WHERE events <= 0").fetchone()[0] == 0
    finally:
        conn.close()


def test_a_failed_article_coded_again_is_counted_once(db_target):
    doc = documents(1, seed=9)[0]
    with Store.open(db_target) as store:
        store.add_failed(doc.article, "a timeout")
        assert store.add(doc)
        assert not store.add(doc)
    conn = open_readonly(db_target)
    try:
        total = conn.execute("SELECT count(*) FROM events").fetchone()[0]
        assert total > 0
        assert records(aggregate(conn)) == records(aggregate(conn, daily=False))
        assert aggregate(conn)[0].events == total
    finally:
        conn.close()


# -- the text search -------------------------------------------------------------------------

SEARCHES = ["sanctions", "SANCTIONS", "präsidenten", "PRÄSIDENTEN", "50% more", "50%", "0% m", "under_score",
            "der_s", "er_", "ta", "Report 7 sentence", 'say "no"', "nothing like this"]


def _matched(conn, text: str, *, trigrams: bool) -> set[str]:
    from chronist.store.dialect import dialect_of
    where, params = Filters(text=text).where(dialect=dialect_of(conn), trigrams=trigrams)
    return {row[0] for row in conn.execute("SELECT e.event_id FROM events e WHERE " + " AND ".join(where), params)}


@pytest.mark.parametrize("text", SEARCHES)
def test_the_search_index_finds_what_like_finds(conn, target, text):
    found = _matched(conn, text, trigrams=has_trigrams(conn))
    assert found == _matched(conn, text, trigrams=False)
    if target.startswith("postgresql"):
        assert not has_trigrams(conn)
    else:
        assert has_trigrams(conn)
    if text in ("sanctions", "SANCTIONS", "50% more", "under_score", "Report 7 sentence"):
        assert found


def test_the_search_is_the_same_on_both_databases(target, conn, request):
    """The events each search finds are the same in a SQLite file and a PostgreSQL database of the
    same documents (a C-locale database: ILIKE folds ASCII letters, as SQLite's LIKE does)."""
    if target.startswith("postgresql"):
        pytest.skip("compared from the SQLite side")
    if request.getfixturevalue("pg_server") is None:
        pytest.skip("no PostgreSQL")
    server = request.getfixturevalue("pg_server")
    url = server.create_database()
    try:
        fill(url, documents())
        other = open_readonly(url)
        try:
            for text in SEARCHES:
                assert _matched(conn, text, trigrams=True) == _matched(other, text, trigrams=False), text
        finally:
            other.close()
    finally:
        server.drop_database(url)


def test_sentences_stored_later_are_found(db_target):
    with Store.open(db_target) as store:
        for doc in documents(3, seed=11):
            store.add(doc)
        store.add(Document(article=Article(text="Nothing but a quokka here.", id="q", lang="en"), lang="en",
                           sentences=[Sentence(0, "Nothing but a quokka here.", 0, 26)], events=[
                               Event(article="q", sentence_index=0, sentence="Nothing but a quokka here.",
                                     source=[Actor("AUS")], target=[], plover="AGREE", cameo="",
                                     quad=QUAD_CLASSES["AGREE"], goldstein=4.0, modality="asserted",
                                     event_text="", trigger_start=0, trigger_end=7)]))
    conn = open_readonly(db_target)
    try:
        (row,) = aggregate(conn, filters=Filters(text="QUOKKA"))
        assert row.events == 1
    finally:
        conn.close()
