"""Reading plain text and JSON Lines of articles."""
import datetime as dt
import json

import pytest

from chronist.errors import InputError
from chronist.io.readers import read_articles


def test_plain_text_is_one_article_named_after_the_file(tmp_path):
    path = tmp_path / "bericht.txt"
    path.write_text("Erster Satz. Zweiter Satz.", "utf-8")
    (article,) = read_articles(path, date=dt.date(2020, 1, 2), lang="de")
    assert (article.id, article.date, article.lang, article.sentences) == ("bericht.txt", dt.date(2020, 1, 2), "de", None)


def test_json_lines_fields_and_defaults(tmp_path):
    path = tmp_path / "a.jsonl"
    rows = [{"id": "x", "text": "Eins.", "date": "2021-03-04", "lang": "de", "title": "T", "url": "u", "source": "s"},
            {"id": "y", "text": "Two."}]
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n\n", "utf-8")
    x, y = read_articles(path, date=dt.date(2000, 1, 1), lang="en")
    assert (x.id, x.date, x.lang, x.title, x.url, x.source) == ("x", dt.date(2021, 3, 4), "de", "T", "u", "s")
    assert (y.id, y.date, y.lang) == ("y", dt.date(2000, 1, 1), "en")


def test_gold_records_of_one_doc_become_one_article_with_their_sentences(tmp_path):
    path = tmp_path / "gold.jsonl"
    rows = [{"id": "s1", "lang": "de", "text": "Er kam.", "pub_date": "2018-05-27", "doc": "d", "events": []},
            {"id": "s2", "lang": "de", "text": "Er ging.", "pub_date": "2018-05-27", "doc": "d", "events": []},
            {"id": "s3", "lang": "en", "text": "Alone. Two sentences.", "pub_date": None, "events": []}]
    path.write_text("\n".join(json.dumps(r) for r in rows), "utf-8")
    doc, single = read_articles(path)
    assert (doc.id, doc.sentences, doc.text, doc.date) == ("d", ["Er kam.", "Er ging."], "Er kam. Er ging.", dt.date(2018, 5, 27))
    assert single.sentences == ["Alone. Two sentences."]


@pytest.mark.parametrize("line, message", [
    ("{not json", "a.jsonl:1: not valid JSON"),
    ('{"id": "x"}', 'needs a "text" string'),
    ('{"id": "x", "text": "t", "date": "27.05.2018"}', "YYYY-MM-DD"),
], ids=["broken", "no-text", "bad-date"])
def test_bad_json_lines_name_the_line(tmp_path, line, message):
    path = tmp_path / "a.jsonl"
    path.write_text(line + "\n", "utf-8")
    with pytest.raises(InputError, match=message):
        read_articles(path)
