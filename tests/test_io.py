"""Readers (text, JSON Lines, HTML, feeds, CSV, folders, stdin), decoding, exports."""
from __future__ import annotations

import csv
import datetime as dt
import io
import json
import tracemalloc
from pathlib import Path

import pytest

from chronist.errors import InputError
from chronist.io.decode import decode
from chronist.io.export import FIELDS, export
from chronist.io.readers import Input, iter_inputs, list_sources, read_articles
from chronist.model import Actor, Article, Document, Event, Sentence
from chronist.store import Store

GERMAN = "Die Regierung in Paris äußerte scharfe Kritik an der Entscheidung über die Zölle."


def inputs(*paths: Path | str, stdin: bytes | None = None, **options) -> list[Input]:
    listing = list_sources(paths, stdin=io.BytesIO(stdin) if stdin is not None else None)
    return list(iter_inputs(listing, **options))


# -- decoding -----------------------------------------------------------------


@pytest.mark.parametrize("data", [
    GERMAN.encode("utf-8"),
    b"\xef\xbb\xbf" + GERMAN.encode("utf-8"),
    GERMAN.encode("utf-16"),                         # with its byte order mark
    b"\xfe\xff" + GERMAN.encode("utf-16-be"),
    GERMAN.encode("utf-16-le"),                      # no mark: NULs at every second byte
    GERMAN.encode("utf-16-be"),
    GERMAN.encode("utf-32"),
    GERMAN.encode("latin-1"),
    GERMAN.encode("cp1252"),
], ids=["utf8", "utf8-bom", "utf16-bom", "utf16-be-bom", "utf16-le-no-bom", "utf16-be-no-bom", "utf32",
        "latin1", "cp1252"])
def test_text_encodings_are_read(data: bytes) -> None:
    assert decode(data, where="x.txt") == GERMAN


def test_windows_1252_quotes_and_euro() -> None:
    text = "„Die Sanktionen kosten 5 Mrd. €“, sagte der Minister."
    assert decode(text.encode("cp1252"), where="x.txt") == text


@pytest.mark.parametrize("data, message", [
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "binary"),
    (b"\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x03\x00>\x00", "binary"),
    (b"Die Regierung \x81\x8d\x90 kritisierte", "not UTF-8, UTF-16 or Latin-1"),
    (bytes(range(1, 32)) * 20, "binary"),
], ids=["png", "elf", "undefined-cp1252-bytes", "control-characters"])
def test_binary_and_undecodable_bytes_are_refused(data: bytes, message: str) -> None:
    with pytest.raises(InputError, match=message) as info:
        decode(data, where="blob.txt")
    assert "blob.txt" in str(info.value)


# -- plain text -----------------------------------------------------------------


def test_plain_text_front_matter_carries_metadata(tmp_path: Path) -> None:
    path = tmp_path / "bericht.txt"
    path.write_text("---\ntitle: Gipfel in Singapur\ndate: 2018-06-12\nsource: dpa\nlang: de\n"
                    "url: https://example.org/a\n---\n" + GERMAN, "utf-8")
    (item,) = inputs(path)
    article = item.article
    assert item.state is None
    assert (article.text, article.title, article.date, article.source, article.lang, article.url) == (
        GERMAN, "Gipfel in Singapur", dt.date(2018, 6, 12), "dpa", "de", "https://example.org/a")


@pytest.mark.parametrize("first_line, source", [
    ("Seoul/Washington (dpa) - Nordkorea hat den Gipfel abgesagt.", "dpa"),
    ("BERLIN (Reuters) — Die Bundesregierung kritisierte Moskau.", "Reuters"),
    ("Paris (AFP/dpa) – Macron empfing Scholz.", "AFP/dpa"),
    ("Die Bundesregierung (CDU) kritisierte Moskau scharf.", None),
], ids=["dpa", "reuters-em-dash", "two-agencies", "not-a-dateline"])
def test_dateline_gives_the_agency(tmp_path: Path, first_line: str, source: str | None) -> None:
    path = tmp_path / "a.txt"
    path.write_text(first_line + "\nZweiter Absatz.", "utf-8")
    (item,) = inputs(path)
    assert item.article.source == source
    assert item.article.text.startswith(first_line)


def test_broken_front_matter_fails_with_the_fix(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("---\ntitle: [unclosed\n---\nText.", "utf-8")
    (item,) = inputs(path)
    assert item.state == "failed" and "front-matter" in item.reason


@pytest.mark.parametrize("content, state, reason", [
    (b"", "skipped", "no text"),
    (b" \n\t\n", "skipped", "no text"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "failed", "binary"),
], ids=["empty", "blank", "binary"])
def test_empty_and_binary_files_become_problem_inputs(tmp_path: Path, content: bytes, state: str,
                                                      reason: str) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(content)
    (item,) = inputs(path)
    assert (item.state, item.article.id) == (state, "a.txt")
    assert reason in item.reason
    assert item.key and item.key.startswith("input:")
    with pytest.raises(InputError, match=reason):
        read_articles(path)


def test_50_mb_article_is_refused_without_reading_it(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    sentence = "Die Regierung kritisierte die Opposition scharf. " * 1000
    with path.open("w", encoding="utf-8") as handle:
        while handle.tell() < 50 * 2**20:
            handle.write(sentence)
    tracemalloc.start()
    try:
        (item,) = inputs(path)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert item.state == "skipped"
    assert "too long" in item.reason and "--max-chars" in item.reason
    assert peak < 5 * 2**20


def test_article_over_max_chars_is_skipped_under_it_read(tmp_path: Path) -> None:
    path = tmp_path / "long.txt"
    path.write_text("Wort " * 400, "utf-8")            # 2000 characters
    (item,) = inputs(path, max_chars=1000)
    assert item.state == "skipped" and "2,000 characters" in item.reason
    (item,) = inputs(path, max_chars=5000)
    assert item.state is None


# -- JSON Lines -------------------------------------------------------------------


def test_broken_line_is_reported_with_its_number_and_the_rest_read(tmp_path: Path) -> None:
    path = tmp_path / "dump.jsonl"
    rows = ['{"id": "a", "text": "Erster Text über die Regierung."}', '{"id": "b", "text": "kaputt',
            "", '{"id": "c", "text": "Dritter Text.", "date": "27.05.2018"}', '["not", "an", "object"]',
            '{"id": "e", "text": "Letzter Text.", "date": "2018-05-27T10:00:00+02:00"}', '{"id": "f", "text": " "}']
    path.write_text("\n".join(rows) + "\n", "utf-8")
    items = inputs(path)
    assert [(i.where.rsplit("/", 1)[-1], i.state) for i in items] == [
        ("dump.jsonl:1", None), ("dump.jsonl:2", "failed"), ("dump.jsonl:4", "failed"),
        ("dump.jsonl:5", "failed"), ("dump.jsonl:6", None), ("dump.jsonl:7", "skipped")]
    assert "not valid JSON" in items[1].reason
    assert "'27.05.2018' is not an ISO date" in items[2].reason and "YYYY-MM-DD" in items[2].reason
    assert 'needs a "text"' in items[3].reason
    assert items[4].article.date == dt.date(2018, 5, 27)
    assert items[5].reason.startswith("no text")
    assert items[-1].done == path.stat().st_size
    with pytest.raises(InputError, match="dump.jsonl:2: not valid JSON"):
        read_articles(path)


def test_gold_records_stream_as_one_article_per_doc(tmp_path: Path) -> None:
    path = tmp_path / "gold.jsonl"
    rows = [{"id": "s1", "text": "Er kam.", "doc": "d1", "pub_date": "2018-05-27", "events": []},
            {"id": "s2", "text": "Er ging.", "doc": "d1", "events": []},
            {"id": "s3", "text": "Sie blieb.", "doc": "d2", "events": []},
            {"id": "s4", "text": "Allein.", "events": []}]
    path.write_text("\n".join(json.dumps(r) for r in rows), "utf-8")
    articles = [i.article for i in inputs(path)]
    assert [(a.id, a.sentences, a.date) for a in articles] == [
        ("d1", ["Er kam.", "Er ging."], dt.date(2018, 5, 27)), ("d2", ["Sie blieb."], None),
        ("s4", ["Allein."], None)]


# -- HTML, feeds, CSV -------------------------------------------------------------

PAGE = """<html><head><title>Gipfel</title>
<meta property="article:published_time" content="2018-06-12T09:00:00+02:00"></head>
<body><nav>Start | Politik | Wirtschaft</nav><article><h1>Trump trifft Kim</h1>
<p>Singapur (dpa) - US-Präsident Donald Trump hat sich am Dienstag in Singapur mit dem nordkoreanischen
Machthaber Kim Jong Un getroffen. Beide unterzeichneten eine gemeinsame Erklärung.</p>
<p>Kim sagte eine vollständige Denuklearisierung der koreanischen Halbinsel zu.</p></article>
<footer>Impressum | Datenschutz</footer></body></html>"""


def test_html_page_gives_main_text_title_and_date(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(PAGE, "utf-8")
    (item,) = inputs(path)
    article = item.article
    assert item.state is None
    assert "Kim Jong Un getroffen" in article.text and "Impressum" not in article.text
    assert "Start | Politik" not in article.text
    assert (article.title, article.date, article.id) == ("Trump trifft Kim", dt.date(2018, 6, 12), "page.html")


def test_html_page_without_article_is_skipped(tmp_path: Path) -> None:
    path = tmp_path / "index.htm"
    path.write_text("<html><body><nav>Start | Politik</nav><footer>Impressum</footer></body></html>", "utf-8")
    (item,) = inputs(path)
    assert item.state == "skipped" and "no article found in the HTML page" in item.reason


RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
<title>Nachrichten</title><language>de-de</language>
<item><title>Kritik an Moskau</title><link>https://example.org/1</link><guid>n-1</guid>
<pubDate>Sat, 26 May 2018 14:00:00 +0200</pubDate>
<description>&lt;p&gt;Die Bundesregierung hat Moskau am Samstag scharf kritisiert und neue Sanktionen angedroht.&lt;/p&gt;</description></item>
<item><title>Leer</title><link>https://example.org/2</link><description></description></item>
<item><title>Zweite</title><link>https://example.org/3</link><pubDate>letzten Montag</pubDate>
<content:encoded><![CDATA[<p>Der Außenminister traf seinen Amtskollegen in Washington zu einem Gespräch über die Lage.</p>]]></content:encoded></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en"><title>News</title>
<entry><title>Talks</title><id>urn:x:1</id><link href="https://example.org/talks"/>
<published>2019-03-02T08:00:00Z</published>
<summary>The United States and the European Union imposed new sanctions on Russia last week.</summary></entry>
</feed>"""


def test_rss_items_become_articles(tmp_path: Path) -> None:
    path = tmp_path / "feed.rss"
    path.write_text(RSS, "utf-8")
    first, empty, bad_date = inputs(path)
    assert first.state is None
    assert (first.article.id, first.article.title, first.article.date, first.article.lang) == (
        "n-1", "Kritik an Moskau", dt.date(2018, 5, 26), "de")
    assert first.article.text.startswith("Die Bundesregierung hat Moskau") and "<p>" not in first.article.text
    assert (empty.state, empty.where.rsplit("/", 1)[-1]) == ("skipped", "feed.rss#2")
    assert bad_date.state == "failed" and "'letzten Montag' is not an ISO date" in bad_date.reason


def test_atom_entries_become_articles(tmp_path: Path) -> None:
    path = tmp_path / "feed.atom"
    path.write_text(ATOM, "utf-8")
    (item,) = inputs(path)
    article = item.article
    assert (article.id, article.url, article.date, article.lang) == (
        "urn:x:1", "https://example.org/talks", dt.date(2019, 3, 2), "en")


@pytest.mark.parametrize("content, message", [
    (RSS.replace("</channel>", ""), "not well-formed XML (line"),
    ('<?xml version="1.0"?><catalog><book/></catalog>', "not an RSS or Atom feed"),
], ids=["invalid-xml", "other-xml"])
def test_bad_feed_fails_with_the_position(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "feed.xml"
    path.write_text(content, "utf-8")
    *items, last = inputs(path)
    assert last.state == "failed" and message in last.reason
    # the feed is streamed: the items before the broken spot are read (the RSS's three)
    assert len(items) == (3 if "rss" in content else 0)


def test_csv_10kgnad_layout_and_header_layout(tmp_path: Path) -> None:
    gnad = tmp_path / "gnad.csv"
    gnad.write_text("Politik;'Die Regierung kritisierte Moskau; sie drohte mit Sanktionen.'\n"
                    "Sport;'Ein Text\nüber zwei Zeilen mit ''Zitat''.'\nKultur;''\n", "utf-8")
    first, second, empty = inputs(gnad)
    assert first.article.text == "Die Regierung kritisierte Moskau; sie drohte mit Sanktionen."
    assert second.article.text == "Ein Text\nüber zwei Zeilen mit 'Zitat'."
    assert (first.article.id, second.article.id, empty.state) == ("gnad.csv:1", "gnad.csv:2", "skipped")
    headed = tmp_path / "headed.csv"
    with headed.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["id", "date", "text"])
        writer.writerow(["a1", "2020-01-02", "The government criticised Moscow, again."])
    (item,) = inputs(headed)
    assert (item.article.id, item.article.date, item.article.text) == (
        "a1", dt.date(2020, 1, 2), "The government criticised Moscow, again.")


# -- folders and stdin -------------------------------------------------------------


def test_folder_is_read_recursively_by_extension(tmp_path: Path) -> None:
    root = tmp_path / "news"
    (root / "sub").mkdir(parents=True)
    (root / ".hidden").mkdir()
    (root / "b.txt").write_text(GERMAN, "utf-8")
    (root / "sub" / "a.txt").write_text(GERMAN + " Zwei.", "utf-8")
    (root / "sub" / "page.html").write_text(PAGE, "utf-8")
    (root / "notes.pdf").write_bytes(b"%PDF-1.4")
    (root / ".hidden" / "c.txt").write_text(GERMAN, "utf-8")
    listing = list_sources([root])
    assert [s.name for s in listing.sources] == ["news/b.txt", "news/sub/a.txt", "news/sub/page.html"]
    assert sorted(p.name for p in listing.ignored) == ["notes.pdf"]
    assert [i.article.id for i in iter_inputs(listing)] == ["news/b.txt", "news/sub/a.txt", "news/sub/page.html"]


@pytest.mark.parametrize("data, kind, ids", [
    (GERMAN.encode("utf-8"), "text", ["<stdin>"]),
    (b'{"id": "x", "text": "Eins."}\n{"id": "y", "text": "Zwei."}\n', "jsonl", ["x", "y"]),
    (PAGE.encode("utf-8"), "html", ["<stdin>"]),
    (RSS.encode("utf-8"), "feed", ["n-1", "<stdin>#2", "<stdin>#3"]),
], ids=["text", "jsonl", "html", "rss"])
def test_standard_input_is_sniffed(data: bytes, kind: str, ids: list[str]) -> None:
    listing = list_sources(["-"], stdin=io.BytesIO(data))
    assert [s.kind for s in listing.sources] == [kind]
    spooled = listing.sources[0].path
    assert [i.article.id for i in iter_inputs(listing)] == ids
    assert not spooled.exists()


def test_missing_file_raises_before_reading(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        list_sources([tmp_path / "a.txt", tmp_path / "missing.txt"])


# -- export -------------------------------------------------------------------------


def _document() -> Document:
    text = "Die USA und die EU verhängten Sanktionen gegen Russland. Moskau protestierte."
    article = Article(text=text, id="wire-1", date=dt.date(2019, 3, 2), lang="de", source="dpa",
                      url="https://example.org/w1")
    first, second = text.index("Die"), text.index("Moskau")

    def actor(code: str, sector: str | None, words: str) -> Actor:
        start = text.index(words)
        return Actor(code=code, sector=sector, text=words, start=start, end=start + len(words))
    sentences = [Sentence(0, text[:second - 1], first, second - 1), Sentence(1, text[second:], second, len(text))]
    events = [
        Event("wire-1", 0, sentences[0].text, [actor("USA", None, "USA"), actor("IGO:EU", None, "EU")],
              [actor("RUS", None, "Russland")], "SANCTION", "163", "material conflict", -8.0, "asserted",
              "verhängten", text.index("verhängten"), text.index("verhängten") + 10, date="2019-03-02",
              date_basis="publication", location="Brüssel", country="BEL", lat=50.85, lon=4.35),
        Event("wire-1", 1, sentences[1].text, [actor("RUS", "GOV", "Moskau")], [], "ACCUSE", "111",
              "verbal conflict", -2.0, "asserted", "protestierte", text.index("protestierte"),
              text.index("protestierte") + 12),
    ]
    return Document(article=article, lang="de", sentences=sentences, events=events)


@pytest.fixture
def store(tmp_path: Path):
    with Store.open(tmp_path / "chronist.db") as s:
        s.add(_document())
        yield s


def test_export_jsonl_has_plover_fields(store: Store) -> None:
    out = io.StringIO()
    assert export(store.iter_events(with_article=True), fmt="jsonl", out=out) == 2
    first, second = [json.loads(line) for line in out.getvalue().splitlines()]
    assert list(first) == list(FIELDS)
    prefix = _document().article.content_hash[:16]
    assert (first["id"], first["event"], first["src_actor"], first["src_agent"], first["tgt_actor"]) == (
        f"{prefix}-0-1", "SANCTION", ["USA", "IGO:EU"], ["", ""], ["RUS"])
    assert (first["date"], first["date_precision"]) == ("2019-03-02", "day")
    assert (first["place"], first["country"], first["lat"], first["long"]) == ("Brüssel", "BEL", 50.85, 4.35)
    assert (first["story_id"], first["story_date"], first["publication"], first["language"]) == (
        "wire-1", "2019-03-02", "dpa", "de")
    assert (second["id"], second["src_agent"], second["tgt_actor"], second["date"], second["date_precision"]) == (
        f"{prefix}-1-1", ["GOV"], [], None, None)


def test_export_csv_joins_lists_and_filters(store: Store) -> None:
    out = io.StringIO()
    assert export(store.iter_events(category="sanction", with_article=True), fmt="csv", out=out) == 1
    (row,) = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert (row["src_actor"], row["tgt_actor"], row["event"], row["cameo"]) == ("USA;IGO:EU", "RUS", "SANCTION", "163")


def test_export_parquet_reads_back(store: Store, tmp_path: Path) -> None:
    import duckdb
    path = tmp_path / "events.parquet"
    assert export(store.iter_events(with_article=True), fmt="parquet", path=path) == 2
    with duckdb.connect() as con:
        rows = con.execute(f"SELECT id, event, src_actor, long, goldstein FROM read_parquet('{path}') "
                           "ORDER BY id").fetchall()
        kinds = dict(con.execute(f"SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM "
                                 f"read_parquet('{path}'))").fetchall())
    prefix = _document().article.content_hash[:16]
    assert rows == [(f"{prefix}-0-1", "SANCTION", ["USA", "IGO:EU"], 4.35, -8.0),
                    (f"{prefix}-1-1", "ACCUSE", ["RUS"], None, -2.0)]
    assert kinds["src_actor"] == "VARCHAR[]" and kinds["lat"] == "DOUBLE"
    assert (kinds["date"], kinds["story_date"], kinds["cameo"]) == ("DATE", "DATE", "VARCHAR")


def test_parquet_needs_a_file(store: Store) -> None:
    with pytest.raises(InputError, match="--output"):
        export(store.iter_events(), fmt="parquet", out=io.StringIO())
