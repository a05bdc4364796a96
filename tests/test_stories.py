"""Stories: the same event reported in several sentences, articles and languages is one story.

Real pipeline output on sentences written here, stored in real SQLite files.
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import subprocess
import sys
from pathlib import Path

import pytest

from chronist.io.export import GDELT_COLUMNS, GDELT_MENTION_COLUMNS, export, global_event_id
from chronist.model import Article
from chronist.pipeline import Pipeline
from chronist.stories import dyad_key, interval, story_key
from chronist.store import Store

DAY = dt.date(2018, 5, 27)

MEETING_DE = ("Nordkoreas Machthaber Kim Jong Un hat sich am Samstag mit dem südkoreanischen Präsidenten "
              "Moon Jae In getroffen. Die Regierung in Seoul kritisierte Japan scharf.")
MEETING_EN = ("North Korean leader Kim Jong Un met South Korean President Moon Jae-in on Saturday. "
              "The government in Seoul sharply criticised Japan.")
HEADLINE_BODY = ("Trump droht Nordkorea mit Sanktionen. Washington – US-Präsident Donald Trump hat Nordkorea "
                 "mit neuen Sanktionen gedroht.")
OTHER_DAY = "Nordkoreas Machthaber Kim Jong Un hat sich am 2. März mit dem südkoreanischen Präsidenten Moon Jae In getroffen."
DENIED = "Kim Jong Un hat sich am Samstag nicht mit dem südkoreanischen Präsidenten Moon Jae In getroffen."


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline.default()


def coded(pipeline: Pipeline, text: str, *, lang: str, id: str, date: dt.date | None = DAY,
          source: str | None = None):
    return pipeline.process(Article(text=text, id=id, date=date, lang=lang, source=source or id), lang=lang)


@pytest.fixture
def korea(db_target: str, pipeline: Pipeline) -> Store:
    """The three reports in a store on each backend."""
    yield from _korea(db_target, pipeline)


@pytest.fixture
def korea_file(tmp_path: Path, pipeline: Pipeline) -> Store:
    """The three reports in a SQLite file (for the CLI: test_cli runs it on PostgreSQL too)."""
    yield from _korea(str(tmp_path / "korea.db"), pipeline)


def _korea(target: str, pipeline: Pipeline):
    store = Store.open(target)
    store.add(coded(pipeline, MEETING_DE, lang="de", id="dpa-1", source="dpa"))
    store.add(coded(pipeline, MEETING_EN, lang="en", id="ap-1", source="AP"))
    store.add(coded(pipeline, HEADLINE_BODY, lang="de", id="dpa-2", source="dpa"))
    yield store
    store.close()


def _by_type(store: Store) -> dict[str, dict]:
    return {s["plover"]: s for s in store.stories()}


def test_the_same_meeting_in_german_and_english_is_one_story(korea: Store) -> None:
    stories = _by_type(korea)
    meeting = stories["CONSULT"]
    assert meeting["dyad"] == "KOR~PRK"
    assert (meeting["mentions"], meeting["articles"], meeting["sources"]) == (2, 2, 2)
    assert meeting["first_report"] == meeting["last_report"] == "2018-05-27"
    # the Saturday of both reports, give or take a day
    assert meeting["date_lo"] <= "2018-05-26" <= meeting["date_hi"]
    accuse = stories["ACCUSE"]
    assert accuse["dyad"] == "KOR>JPN" and accuse["mentions"] == 2


def test_headline_and_body_of_one_article_are_one_story(korea: Store) -> None:
    threat = _by_type(korea)["THREATEN"]
    assert threat["dyad"] == "USA>PRK"
    assert (threat["mentions"], threat["articles"], threat["sources"]) == (2, 1, 1)


def test_every_event_is_a_mention_of_exactly_one_story(korea: Store) -> None:
    rows = korea.conn.execute("SELECT story FROM events").fetchall()
    assert len(rows) == 6 and all(row[0] is not None for row in rows)
    assert sum(s["mentions"] for s in korea.stories()) == 6
    assert korea.story_counts() == {"stories": 3, "multi": 3, "unassigned": 0}


def test_another_day_or_a_denial_is_another_story(korea: Store, pipeline: Pipeline) -> None:
    korea.add(coded(pipeline, OTHER_DAY, lang="de", id="dpa-3"))
    korea.add(coded(pipeline, DENIED, lang="de", id="dpa-4"))
    consults = [s for s in korea.stories() if s["plover"] == "CONSULT"]
    assert sorted(s["mentions"] for s in consults) == [1, 1, 2]


def test_recluster_gives_what_ingest_gave(korea: Store) -> None:
    before = sorted(tuple(s["events"]) for s in korea.stories())
    assert korea.recluster() == (6, 3)
    assert sorted(tuple(s["events"]) for s in korea.stories()) == before
    assert korea.story_counts()["unassigned"] == 0


def test_dedup_keeps_one_record_per_story_with_its_counts(korea: Store) -> None:
    assert len(korea.events()) == 6
    dedup = korea.events(dedup=True)
    assert len(dedup) == 3
    counts = {r["plover"]: (r["story_info"]["mentions"], r["story_info"]["articles"]) for r in dedup}
    assert counts == {"CONSULT": (2, 2), "ACCUSE": (2, 2), "THREATEN": (2, 1)}
    assert all(r["story_info"]["id"] == r["id"] for r in dedup)      # the first mention names the story
    assert [r["plover"] for r in korea.events(dedup=True, category="consult")] == ["CONSULT"]


def test_gdelt_mentions_join_the_deduplicated_event_table(korea: Store) -> None:
    events, mentions = io.StringIO(), io.StringIO()
    export(korea.iter_events(with_article=True, dedup=True), fmt="gdelt", out=events, dedup=True)
    n = export(korea.iter_events(with_article=True, stories=True), fmt="gdelt-mentions", out=mentions,
               header=True)
    assert n == 6
    rows = list(csv.reader(io.StringIO(mentions.getvalue()), delimiter="\t"))
    assert tuple(rows[0]) == GDELT_MENTION_COLUMNS and len(GDELT_MENTION_COLUMNS) == 16
    event_rows = [dict(zip(GDELT_COLUMNS, line.split("\t"))) for line in events.getvalue().splitlines()]
    assert len(event_rows) == 3
    by_id = {row["GLOBALEVENTID"]: row for row in event_rows}
    for row in rows[1:]:
        mention = dict(zip(GDELT_MENTION_COLUMNS, row))
        event = by_id[mention["GLOBALEVENTID"]]             # every mention points at its story's row
        assert mention["EventTimeDate"] == event["DATEADDED"]
        assert mention["MentionTimeDate"] == "20180527000000"
        assert int(mention["SentenceID"]) >= 1 and mention["InRawText"] == "1"
    meeting = next(r for r in event_rows if r["EventRootCode"] == "04")
    assert (meeting["NumMentions"], meeting["NumSources"], meeting["NumArticles"]) == ("2", "2", "2")
    langs = {dict(zip(GDELT_MENTION_COLUMNS, r))["MentionIdentifier"]:
             dict(zip(GDELT_MENTION_COLUMNS, r))["MentionDocTranslationInfo"] for r in rows[1:]}
    assert langs == {"dpa-1": "srclc:deu", "ap-1": "", "dpa-2": "srclc:deu"}
    first = next(r for r in korea.events(dedup=True) if r["plover"] == "CONSULT")
    assert meeting["GLOBALEVENTID"] == str(global_event_id(first["id"]))


def test_undated_articles_merge_only_within_themselves(db_target: str, pipeline: Pipeline) -> None:
    with Store.open(db_target) as store:
        store.add(coded(pipeline, HEADLINE_BODY, lang="de", id="a", date=None))
        store.add(coded(pipeline, HEADLINE_BODY + " ", lang="de", id="b", date=None))
        assert sorted(s["articles"] for s in store.stories()) == [1, 1]


def test_a_store_without_stories_gets_them_from_recluster(db_target: str, pipeline: Pipeline) -> None:
    path = db_target
    with Store.open(path) as store:
        store.add(coded(pipeline, MEETING_DE, lang="de", id="dpa-1"))
        store.add(coded(pipeline, MEETING_EN, lang="en", id="ap-1"))
        store.conn.execute("UPDATE events SET story = NULL")
        store.conn.execute("DELETE FROM stories")
        assert store.story_counts()["unassigned"] == 4
        assert len(store.events(dedup=True)) == 4          # no story yet: each event its own
        assert store.recluster() == (4, 2)
        assert len(store.events(dedup=True)) == 2


@pytest.mark.parametrize(("plover", "source", "target", "key"), [
    ("CONSULT", [("PRK", "GOV")], [("KOR", "GOV")], "KOR~PRK"),
    ("CONSULT", [("KOR", None), ("PRK", None)], [], "KOR~PRK"),
    ("ACCUSE", [("USA", "GOV")], [("RUS", None)], "USA>RUS"),
    ("ACCUSE", [("USA", "GOV")], [("USA", "OPP")], "USA/GOV>USA/OPP"),
    ("ACCUSE", [("USA", "OPP")], [("USA", "GOV")], "USA/OPP>USA/GOV"),
    ("AGREE", [("IGO:EU", None)], [("TUR", "GOV")], "IGO:EU~TUR"),
], ids=["symmetric", "symmetric-compound", "directed", "domestic", "domestic-reversed", "agree"])
def test_dyads(plover, source, target, key) -> None:
    assert dyad_key(plover, source, target) == key


def test_dates_at_their_precision() -> None:
    day = dt.date
    assert interval("2018-05-26", "expression") == (day(2018, 5, 25), day(2018, 5, 27))
    assert interval("2018-05-27", "publication") == (day(2018, 5, 24), day(2018, 5, 28))
    assert interval("2018-05", "expression") == (day(2018, 4, 30), day(2018, 6, 1))
    assert interval(None, None) == (None, None)
    assert interval(None, None, day(2018, 5, 27)) == (day(2018, 5, 24), day(2018, 5, 30))
    assert story_key("CONSULT", "negated", "KOR~PRK") != story_key("CONSULT", "asserted", "KOR~PRK")


def test_cli_recluster_stories_and_dedup(korea_file: Store, tmp_path: Path) -> None:
    db = str(korea_file.path)
    korea_file.close()

    def run(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "chronist.cli", *args, "--db", db],
                              capture_output=True, text=True, timeout=300)

    out = run("recluster")
    assert out.returncode == 0 and "6 events in 3 stories" in out.stdout
    out = run("events", "--dedup")
    assert out.returncode == 0 and "(3 stories)" in out.stdout and "mentions" in out.stdout
    out = run("stories")
    assert out.returncode == 0 and "KOR~PRK" in out.stdout
    out = run("export", "--format", "csv", "--dedup")
    rows = list(csv.DictReader(io.StringIO(out.stdout)))
    assert len(rows) == 3 and {r["num_mentions"] for r in rows} == {"2"}
    out = run("export", "--format", "gdelt-mentions")
    assert out.returncode == 0 and len(out.stdout.splitlines()) == 6
    out = run("export", "--format", "gdelt-mentions", "--dedup")
    assert out.returncode == 2 and "--dedup" in out.stderr


# -- rules on events built here (no pipeline): one report each, stored through Store.add -----------

def built(id: str, sentences: list[tuple], *, day: dt.date | None = DAY, lang: str = "de",
          source: str | None = None):
    """A coded document of hand-made events: one per sentence, given as
    (plover, "SRC/SEC", "TGT/SEC" or "", date, date basis[, the sentence's text])."""
    from chronist.model import Actor, Document, Event, Sentence

    def actors(spec: str) -> list:
        return [Actor(*(part.split("/") + [None])[:2]) for part in spec.split("+") if part]

    texts = [spec[5] if len(spec) > 5 else f"Satz {i} von {id}." for i, spec in enumerate(sentences)]
    article = Article(text=" ".join(texts), id=id, date=day, lang=lang, source=source or id)
    out, events, at = [], [], 0
    for i, (plover, src, tgt, date, basis, *_) in enumerate(sentences):
        words = texts[i]
        out.append(Sentence(index=i, text=words, start=at, end=at + len(words)))
        events.append(Event(article=id, sentence_index=i, sentence=words, source=actors(src), target=actors(tgt),
                            plover=plover, cameo="111", quad="verbal conflict", goldstein=-2.0,
                            modality="asserted", event_text="x", trigger_start=0, trigger_end=1,
                            date=date, date_basis=basis))
        at += len(words) + 1
    return Document(article=article, lang=lang, sentences=out, events=events)


def test_a_far_date_from_elsewhere_in_the_sentence_stands_for_no_date() -> None:
    day = dt.date
    pub = day(2019, 1, 10)
    # the year of "angry about the 2016 election", taken from another phrase of the sentence: the
    # publication's window (as for an event dated by its publication), not 2016
    assert interval("2016", "sentence", pub) == (day(2019, 1, 7), day(2019, 1, 11))
    # the same year as the event's own time phrase stays the year
    assert interval("2016", "expression", pub) == (day(2015, 12, 31), day(2017, 1, 1))
    # a far month or day from elsewhere in the sentence ("early June at the protest") stays
    assert interval("2018-06", "sentence", pub) == (day(2018, 5, 31), day(2018, 7, 1))
    # near the publication, the sentence's date and the publication's window together
    assert interval("2019-01-04", "sentence", pub) == (day(2019, 1, 3), day(2019, 1, 11))
    # without a publication day, the date is all there is
    assert interval("2016", "sentence", None) == (day(2015, 12, 31), day(2017, 1, 1))


def test_a_far_sentence_date_and_a_publication_date_are_one_story(tmp_path: Path) -> None:
    pub = dt.date(2019, 1, 10)
    with Store.open(tmp_path / "dates.db") as store:
        store.add(built("de-1", [("ACCUSE", "USA/JUD", "USA/PTY", "2016", "sentence")], day=pub))
        store.add(built("en-1", [("ACCUSE", "USA/JUD", "USA/PTY", pub.isoformat(), "publication")], day=pub,
                        lang="en"))
        # the same accusation dated 2016 by its own time phrase is another event
        store.add(built("de-2", [("ACCUSE", "USA/JUD", "USA/PTY", "2016", "expression")], day=pub))
        assert sorted((s["mentions"], s["articles"]) for s in store.stories()) == [(1, 1), (2, 2)]
        assert store.recluster() == (3, 2)


def test_aggregate_counts_mentions_with_the_stories_beside_them(korea: Store) -> None:
    from chronist.aggregate import aggregate, open_readonly
    db = korea.path
    korea.close()
    conn = open_readonly(db)
    try:
        total = aggregate(conn)
        by_type = {r.key["category"]: (r.events, r.stories) for r in aggregate(conn, by="category")}
    finally:
        conn.close()
    assert [(r.events, r.stories) for r in total] == [(6, 3)]       # mentions by default, stories beside
    assert by_type == {"CONSULT": (2, 1), "ACCUSE": (2, 1), "THREATEN": (2, 1)}


def test_a_lead_joins_the_body_sentence_that_names_what_it_names(tmp_path: Path) -> None:
    accuse = ("ACCUSE", "TUR/GOV", "TUR/OPP", None, None)
    with Store.open(tmp_path / "lead.db") as store:
        store.add(built("a", [
            (*accuse, "HDP-Chef Demirtaş wird Anstachelung zu Protesten vorgeworfen."),
            (*accuse, "Gegen Figen Yüksekdag seien Ermittlungen eingeleitet worden, berichtete Anadolu."),
            (*accuse, "Staatspräsident Erdoğan hatte Demirtaş vorgeworfen, er unterhalte Kontakte zu Kurden."),
        ]))
        stories = sorted(tuple(store.conn.execute(
            "SELECT sentence_idx FROM events WHERE story = ? ORDER BY sentence_idx", (s["id"],)).fetchall())
            for s in [{"id": row[0]} for row in store.conn.execute("SELECT id FROM stories")])
        assert stories == [((0,), (2,)), ((1,),)]
        assert store.recluster() == (3, 2)


def test_a_lead_that_joined_another_articles_story_still_draws_its_body(tmp_path: Path) -> None:
    # the lead rule compares the sentences of one article: the body sentence shares a name with
    # the lead, not with the other article, and joins the story the lead joined, in ingest (the
    # story loaded from the store) as in recluster (held in memory)
    accuse = ("ACCUSE", "TUR/GOV", "TUR/OPP", DAY.isoformat(), "publication")
    with Store.open(tmp_path / "leads.db") as store:
        store.add(built("a", [(*accuse, "Die Justiz hat Anklage gegen Demirtaş erhoben.")]))
        store.add(built("b", [(*accuse, "Ankara klagt den HDP-Chef an."),
                              (*accuse, "Der Staatsanwalt wirft dem HDP-Chef Terrorpropaganda vor.")]))
        assert [(s["mentions"], s["articles"]) for s in store.stories()] == [(3, 2)]
        assert store.recluster() == (3, 1)


def test_sentence_words_are_the_runs_of_letters_and_digits():
    """text_hash and names_of split a sentence where str.isalnum says no (underscores and
    punctuation included), whatever the script; the hash ignores case, spacing and punctuation."""
    from chronist.stories.rules import names_of, text_hash
    assert text_hash("Ri Yong-ho traf Pompeo, 2018!") == text_hash("ri   yong ho TRAF pompeo 2018")
    assert text_hash("a_b") == text_hash("a b") != text_hash("ab")
    assert names_of("Dann traf Ri_Yong-ho Pompeo in İstanbul ٢٠١٨.") == frozenset({"ri", "yong", "pompeo", "i̇stanbul", "٢٠١٨"})
