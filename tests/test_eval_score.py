"""Gold records, matching and scoring (chronist.eval)."""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from chronist.errors import GoldFormatError, InputError
from chronist.eval.gold import GoldRecord, half_of, read_gold
from chronist.eval.report import format_score, score_to_dict
from chronist.eval.score import agreement, compatible, match, score

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


def actors(*codes: str) -> list[dict]:
    out = []
    for code in codes:
        country, _, sector = code.partition("/")
        actor = {"actor": country, "text": country}
        if sector:
            actor["sector"] = sector
        out.append(actor)
    return out


def ev(source: str, target: str, plover: str, **extra) -> dict:
    """An event record: actors as 'USA/GOV+GBR' strings, '' for no target."""
    return {"source": actors(*filter(None, source.split("+"))),
            "target": actors(*filter(None, target.split("+"))),
            "plover": plover, **extra}


def rec(rid: str, *events: dict, lang: str = "en", file: str = "a.jsonl") -> GoldRecord:
    return GoldRecord(id=rid, lang=lang, text=f"sentence {rid}", pub_date=None, doc=None,
                      events=list(events), file=file)


# --- matching rules ----------------------------------------------------------

MATCH_CASES = [
    ("same", ev("USA", "PRK", "REQUEST"), ev("USA", "PRK", "REQUEST"), True),
    ("other-category", ev("USA", "PRK", "REQUEST"), ev("USA", "PRK", "THREATEN"), False),
    ("other-source", ev("USA", "PRK", "REQUEST"), ev("CHN", "PRK", "REQUEST"), False),
    ("other-target", ev("USA", "PRK", "REQUEST"), ev("USA", "KOR", "REQUEST"), False),
    ("compound-source-overlap", ev("JOR+GBR", "JOR+GBR", "AGREE"), ev("GBR", "JOR", "AGREE"), True),
    ("compound-pred-overlap", ev("ISR", "PSE", "CONSULT"), ev("ISR+USA", "EGY+PSE", "CONSULT"), True),
    ("sector-ignored", ev("USA/GOV", "PRK/MIL", "COERCE"), ev("USA/MIL", "PRK", "COERCE"), True),
    ("both-targets-empty", ev("RUS/MIL", "", "MOBILIZE"), ev("RUS", "", "MOBILIZE"), True),
    ("gold-target-empty-only", ev("RUS", "", "MOBILIZE"), ev("RUS", "UKR", "MOBILIZE"), False),
    ("pred-target-empty-only", ev("RUS", "UKR", "MOBILIZE"), ev("RUS", "", "MOBILIZE"), False),
    ("igo-codes", ev("IGO:UN", "SYR", "REQUEST"), ev("IGO:UN", "SYR", "REQUEST"), True),
    ("igo-vs-country", ev("IGO:EU", "SYR", "REQUEST"), ev("EU", "SYR", "REQUEST"), False),
]


@pytest.mark.parametrize("gold,pred,matches", [c[1:] for c in MATCH_CASES],
                         ids=[c[0] for c in MATCH_CASES])
def test_match_rule(gold, pred, matches):
    result = score([rec("r1", gold)], {"r1": [pred]})
    assert (result.tp, result.fp, result.fn) == ((1, 0, 0) if matches else (0, 1, 1))


def test_one_gold_two_predictions_is_one_tp_one_fp():
    gold = ev("USA", "PRK", "REQUEST")
    result = score([rec("r1", gold)], {"r1": [dict(gold), ev("USA", "PRK+KOR", "REQUEST")]})
    assert (result.tp, result.fp, result.fn) == (1, 1, 0)
    assert result.precision == 0.5 and result.recall == 1.0
    assert result.f1 == pytest.approx(2 / 3)
    # The exact copy (more shared details) is the one matched.
    assert match([gold], [ev("USA", "PRK+KOR", "REQUEST"), dict(gold)]) == {0: 1}


def test_empty_gold_sentence_with_prediction_is_fp():
    result = score([rec("r1"), rec("r2", ev("USA", "PRK", "REQUEST"))],
                   {"r1": [ev("USA", "PRK", "REQUEST")], "r2": [ev("USA", "PRK", "REQUEST")]})
    assert (result.tp, result.fp, result.fn) == (1, 1, 0)
    assert [e.record_id for e in result.extras] == ["r1"]


def test_predictions_only_match_within_their_record():
    result = score([rec("r1", ev("USA", "PRK", "REQUEST")), rec("r2")],
                   {"r2": [ev("USA", "PRK", "REQUEST")]})
    assert (result.tp, result.fp, result.fn) == (0, 1, 1)
    assert result.misses[0].why == "no event predicted"


def test_maximum_matching_not_greedy():
    # A greedy pass taking the first compatible prediction for gold 0 would use
    # prediction 0 and leave gold 1 unmatched; the maximum matching pairs both.
    gold = [ev("USA+GBR", "IRQ", "ASSAULT"), ev("USA", "IRQ", "ASSAULT")]
    preds = [ev("USA", "IRQ", "ASSAULT"), ev("GBR", "IRQ", "ASSAULT")]
    assert match(gold, preds) == {0: 1, 1: 0}
    assert match(list(reversed(gold)), preds) == {0: 0, 1: 1}
    result = score([rec("r1", *gold)], {"r1": preds})
    assert (result.tp, result.fp, result.fn) == (2, 0, 0)


def test_two_pairs_beat_one_pair_that_agrees_more():
    gold = [ev("USA+GBR+IRQ", "USA+GBR+IRQ", "COERCE", cameo="173"), ev("USA", "IRQ", "COERCE")]
    preds = [ev("USA+GBR+IRQ", "USA+GBR+IRQ", "COERCE", cameo="173"), ev("GBR", "GBR", "COERCE")]
    assert match(gold, preds) == {0: 1, 1: 0}
    # With only the close copy predicted, it goes to the gold event it agrees with most.
    assert match(gold, preds[:1]) == {0: 0}


def test_matching_prefers_pair_agreeing_on_more_details():
    gold = [ev("USA", "PRK", "REQUEST", cameo="10", modality="asserted"),
            ev("USA", "PRK", "REQUEST", cameo="02", modality="intent")]
    preds = [ev("USA", "PRK", "REQUEST", cameo="02", modality="intent"),
             ev("USA", "PRK", "REQUEST", cameo="10", modality="asserted")]
    assert match(gold, preds) == {0: 1, 1: 0}
    result = score([rec("r1", *gold)], {"r1": preds})
    assert result.accuracy["cameo"].correct == 2
    assert result.accuracy["modality"].correct == 2


_codes_st = st.lists(st.sampled_from(["USA", "GBR", "IRQ"]), max_size=3, unique=True)
_event_st = st.builds(
    lambda src, tgt, cat, cameo: ev("+".join(src) or "USA", "+".join(tgt), cat, cameo=cameo),
    _codes_st, _codes_st, st.sampled_from(["ASSAULT", "COERCE"]), st.sampled_from(["190", "193"]))


def _best_brute(gold, preds):
    """(pairs, agreement) of the best matching, by trying every assignment."""
    best = (0, 0)

    def walk(i, used, pairs, agree):
        nonlocal best
        if i == len(gold):
            best = max(best, (pairs, agree))
            return
        walk(i + 1, used, pairs, agree)
        for j, pred in enumerate(preds):
            if j not in used and compatible(gold[i], pred):
                walk(i + 1, used | {j}, pairs + 1, agree + agreement(gold[i], pred))

    walk(0, frozenset(), 0, 0)
    return best


@settings(max_examples=200, deadline=None)
@given(st.lists(_event_st, max_size=4), st.lists(_event_st, max_size=4))
def test_match_is_maximum_and_agrees_most(gold, preds):
    pairs = match(gold, preds)
    assert len(set(pairs.values())) == len(pairs)
    assert all(compatible(gold[i], preds[j]) for i, j in pairs.items())
    found = (len(pairs), sum(agreement(gold[i], preds[j]) for i, j in pairs.items()))
    assert found == _best_brute(gold, preds)


# --- counting per category, file and language -------------------------------

def test_per_category_counts_fp_in_own_category_fn_in_gold_category():
    records = [rec("r1", ev("USA", "PRK", "REQUEST"), ev("CHN", "USA", "CONSULT")),
               rec("r2", ev("RUS", "UKR", "ASSAULT"), lang="de", file="b.jsonl")]
    predictions = {"r1": [ev("USA", "PRK", "THREATEN"), ev("CHN", "USA", "CONSULT")],
                   "r2": [ev("RUS", "UKR", "ASSAULT"), ev("UKR", "RUS", "ASSAULT")]}
    result = score(records, predictions)
    cats = {k: (c.tp, c.fp, c.fn) for k, c in result.by_category.items()}
    assert cats == {"CONSULT": (1, 0, 0), "REQUEST": (0, 0, 1), "THREATEN": (0, 1, 0),
                    "ASSAULT": (1, 1, 0)}
    assert list(result.by_category) == ["CONSULT", "REQUEST", "THREATEN", "ASSAULT"]
    assert (result.by_lang["en"].tp, result.by_lang["en"].fp, result.by_lang["en"].fn) == (1, 1, 1)
    assert (result.by_lang["de"].tp, result.by_lang["de"].fp) == (1, 1)
    assert result.by_file["b.jsonl"].tp == 1 and result.by_file["a.jsonl"].fn == 1
    assert (result.tp, result.fp, result.fn) == (2, 2, 1)
    assert result.misses[0].why == "category differs (pred THREATEN, CONSULT)"


WHY_CASES = [
    ("no-prediction", [], "no event predicted"),
    ("category", [ev("USA", "PRK", "REJECT")], "category differs (pred REJECT)"),
    ("source", [ev("CHN", "PRK", "REQUEST")], "source differs"),
    ("target", [ev("USA", "KOR", "REQUEST")], "target differs"),
    ("target-empty", [ev("USA", "", "REQUEST")], "target differs"),
    ("both", [ev("CHN", "KOR", "REQUEST")], "source and target differ"),
]


@pytest.mark.parametrize("preds,why", [c[1:] for c in WHY_CASES], ids=[c[0] for c in WHY_CASES])
def test_miss_explains_why(preds, why):
    result = score([rec("r1", ev("USA", "PRK", "REQUEST"))], {"r1": preds})
    assert [(m.record_id, m.why) for m in result.misses] == [("r1", why)]
    assert result.misses[0].event["plover"] == "REQUEST"


def test_miss_when_prediction_taken_by_other_gold():
    result = score([rec("r1", ev("USA", "PRK", "REQUEST"), ev("USA", "PRK", "REQUEST"))],
                   {"r1": [ev("USA", "PRK", "REQUEST")]})
    assert [m.why for m in result.misses] == ["prediction matched another gold event"]


# --- accuracies over matched pairs -------------------------------------------

def test_accuracies_count_only_where_gold_has_a_value():
    gold = [ev("USA/GOV+GBR", "IRQ/MIL", "ASSAULT", cameo="190", date="2003-03-20",
               location="Baghdad", modality="asserted"),
            ev("RUS/GOV", "UKR", "REQUEST", cameo="100", date="2022-W07", location="Moscow"),
            ev("FRA", "DEU", "CONSULT")]
    preds = [ev("USA/MIL+GBR/MIL", "IRQ/MIL", "ASSAULT", cameo="195", date="2003-03-20T00:00:00",
                location="  baghdad ", modality="asserted"),
             ev("RUS/GOV", "UKR/GOV", "REQUEST", cameo="10", date="2022-w07", location="Kyiv",
                modality="intent"),
             ev("FRA/GOV", "DEU/GOV", "CONSULT", cameo="040", date="2020-01-01", location="Paris")]
    result = score([rec("r1", *gold)], {"r1": preds})
    assert result.tp == 3
    acc = {k: (a.correct, a.n) for k, a in result.accuracy.items()}
    # sector: USA/GOV wrong (MIL), IRQ/MIL right, RUS/GOV right; GBR, UKR, FRA, DEU have no gold sector
    assert acc["sector"] == (2, 3)
    # cameo: 190 vs 195 wrong, root 19 right; "100" equals "10"
    assert acc["cameo"] == (1, 2) and acc["cameo_root"] == (2, 2)
    assert acc["date"] == (2, 2)
    assert acc["location"] == (1, 2)
    assert acc["modality"] == (1, 1)
    assert result.accuracy["sector"].value == pytest.approx(2 / 3)


def test_missing_predicted_value_counts_wrong():
    result = score([rec("r1", ev("USA", "PRK", "REQUEST", cameo="10", modality="intent"))],
                   {"r1": [ev("USA", "PRK", "REQUEST")]})
    acc = {k: (a.correct, a.n) for k, a in result.accuracy.items()}
    assert acc["cameo"] == (0, 1) and acc["cameo_root"] == (0, 1) and acc["modality"] == (0, 1)
    assert acc["date"] == (0, 0) and result.accuracy["date"].value is None


# --- inputs the scorer refuses or tolerates -----------------------------------

def test_duplicate_ids_across_files_are_refused():
    with pytest.raises(GoldFormatError, match="'r1'.*a.jsonl.*b.jsonl"):
        score([rec("r1"), rec("r1", file="b.jsonl")], {})


def test_malformed_prediction_is_refused():
    with pytest.raises(InputError, match="record 'r1'.*source"):
        score([rec("r1")], {"r1": [{"plover": "REQUEST", "target": []}]})


def test_unknown_prediction_ids_are_reported_not_counted():
    result = score([rec("r1")], {"zz": [ev("USA", "PRK", "REQUEST")]})
    assert result.unknown_ids == ["zz"] and result.fp == 0
    assert result.f1 is None


# --- reports -----------------------------------------------------------------

def _small_score():
    records = [rec("r1", ev("USA/GOV", "PRK", "REQUEST", cameo="10")),
               rec("r2", ev("RUS", "UKR", "ASSAULT"), lang="de", file="b.jsonl")]
    return score(records, {"r1": [ev("USA/GOV", "PRK", "REQUEST", cameo="10")],
                           "r2": [ev("RUS", "UKR", "THREATEN")]})


@pytest.mark.parametrize("by,expect,absent", [
    (None, "overall", "THREATEN"),
    ("category", "THREATEN", "lang"),
    ("lang", "de ", "THREATEN"),
], ids=["plain", "category", "lang"])
def test_format_score(by, expect, absent):
    text = format_score(_small_score(), by=by)
    assert expect in text and absent not in text
    overall = next(line for line in text.splitlines() if line.startswith("overall"))
    assert overall.split() == ["overall", "1", "1", "1", "0.500", "0.500", "0.500"]
    cameo = next(line for line in text.splitlines() if line.startswith("cameo (exact)"))
    assert cameo.split()[-3:] == ["1", "1", "1.000"]
    assert "b.jsonl" in text and "2 records" in text


def test_format_score_rejects_unknown_breakdown():
    with pytest.raises(InputError, match="'file'"):
        format_score(_small_score(), by="file")


def test_score_to_dict_is_json():
    data = json.loads(json.dumps(score_to_dict(_small_score())))
    assert data["overall"] == {"tp": 1, "fp": 1, "fn": 1, "precision": 0.5, "recall": 0.5, "f1": 0.5}
    assert data["by_category"]["THREATEN"]["fp"] == 1
    assert data["accuracy"]["cameo"] == {"correct": 1, "n": 1, "accuracy": 1.0}
    assert data["misses"][0]["why"] == "category differs (pred THREATEN)"
    assert data["accuracy"]["date"]["accuracy"] is None


# --- reading gold files ----------------------------------------------------------

GOOD = {"id": "x-1", "lang": "de", "text": "Abe forderte Nordkorea auf.", "pub_date": "2018-05-27",
        "doc": None, "events": [{"source": [{"actor": "JPN", "sector": "GOV", "text": "Abe"}],
                                 "target": [{"actor": "PRK"}], "plover": "REQUEST", "cameo": "10",
                                 "date": "2018-W21", "modality": "asserted"}]}


def _with(**changes) -> dict:
    record = json.loads(json.dumps(GOOD))
    event_changes = changes.pop("event", {})
    record.update(changes)
    if event_changes:
        record["events"][0].update(event_changes)
    return record


def test_read_gold_good_file(tmp_path):
    path = tmp_path / "g.jsonl"
    second = _with(id="x-2", pub_date=None, events=[])
    path.write_text(json.dumps(GOOD) + "\n\n  \n" + json.dumps(second, ensure_ascii=False) + "\n",
                    encoding="utf-8")
    records = read_gold(path)
    assert [(r.id, r.line) for r in records] == [("x-1", 1), ("x-2", 4)]
    assert records[0].pub_date == dt.date(2018, 5, 27) and records[1].pub_date is None
    assert records[0].events[0]["plover"] == "REQUEST" and records[1].events == []
    assert records[0].file == str(path) and records[0].lang == "de"


BAD_LINES = [
    ("not-json", '{"id": "x-2", "lang": ', "invalid JSON"),
    ("not-object", "[1, 2]", "not an object"),
    ("missing-events", json.dumps({k: v for k, v in GOOD.items() if k != "events"}), "'events'"),
    ("missing-id", json.dumps({k: v for k, v in GOOD.items() if k != "id"}), "'id'"),
    ("duplicate-id", json.dumps(GOOD), "already used on line 1"),
    ("bad-lang", json.dumps(_with(id="x-2", lang="fr")), "'fr'"),
    ("bad-pub-date", json.dumps(_with(id="x-2", pub_date="27.05.2018")), "'27.05.2018'"),
    ("bad-plover", json.dumps(_with(id="x-2", event={"plover": "ATTACK"})), "'ATTACK'"),
    ("lower-plover", json.dumps(_with(id="x-2", event={"plover": "demand"})), "'demand'"),
    ("bad-date", json.dumps(_with(id="x-2", event={"date": "2018-13"})), "'2018-13'"),
    ("bad-week", json.dumps(_with(id="x-2", event={"date": "2018-W54"})), "'2018-W54'"),
    ("bad-day", json.dumps(_with(id="x-2", event={"date": "2018-02-30"})), "'2018-02-30'"),
    ("bad-cameo", json.dumps(_with(id="x-2", event={"cameo": 40})), "cameo is 40"),
    ("bad-modality", json.dumps(_with(id="x-2", event={"modality": "maybe"})), "'maybe'"),
    ("target-not-list", json.dumps(_with(id="x-2", event={"target": {"actor": "PRK"}})), "not a list"),
    ("actor-string", json.dumps(_with(id="x-2", event={"source": ["JPN"]})), "source[0]"),
    ("actor-lowercase", json.dumps(_with(id="x-2", event={"source": [{"actor": "jpn"}]})), "'jpn'"),
    ("actor-no-code", json.dumps(_with(id="x-2", event={"target": [{"text": "Kim"}]})), "target[0].actor"),
    ("bad-sector", json.dumps(_with(id="x-2", event={"source": [{"actor": "JPN", "sector": "X"}]})), "'X'"),
    ("empty-source", json.dumps(_with(id="x-2", event={"source": []})), "source is empty"),
    ("unknown-event-key", json.dumps(_with(id="x-2", event={"modalty": "asserted"})), "modalty"),
    ("no-plover", json.dumps({**GOOD, "id": "x-2", "events": [{"source": [{"actor": "JPN"}],
                                                               "target": []}]}), "plover is None"),
]


@pytest.mark.parametrize("line,expect", [c[1:] for c in BAD_LINES], ids=[c[0] for c in BAD_LINES])
def test_read_gold_rejects_malformed_line(tmp_path, line, expect):
    path = tmp_path / "bad.jsonl"
    path.write_text(json.dumps(GOOD) + "\n\n" + line + "\n", encoding="utf-8")
    with pytest.raises(GoldFormatError) as info:
        read_gold(path)
    message = str(info.value)
    assert "bad.jsonl:3:" in message
    assert expect in message


def test_read_gold_rejects_non_utf8(tmp_path):
    path = tmp_path / "latin1.jsonl"
    path.write_bytes(json.dumps(GOOD).encode() + b"\n" +
                     json.dumps(_with(id="x-2", text="Gespr\u00e4ch"), ensure_ascii=False).encode("latin-1"))
    with pytest.raises(GoldFormatError, match=r"latin1.jsonl:2: .*UTF-8"):
        read_gold(path)


def test_read_gold_missing_file(tmp_path):
    with pytest.raises(InputError, match="nothere.jsonl"):
        read_gold(tmp_path / "nothere.jsonl")


# --- the shared gold files -------------------------------------------------------

SHARED_GOLD = [("de/seed.jsonl", 28), ("de/plover_de_dev.jsonl", 151),
               ("de/real_dev.jsonl", 23), ("en/plover_dev.jsonl", 151)]


@pytest.mark.parametrize("name,count", SHARED_GOLD, ids=[n for n, _ in SHARED_GOLD])
def test_shared_gold_file_reads_and_scores_perfectly_against_itself(name, count):
    path = SHARED / "eval" / name
    if not path.is_file():
        pytest.skip(f"{path} is absent (the shared gold files live beside the repo)")
    records = read_gold(path)
    assert len(records) == count
    assert {r.lang for r in records} == {name.split("/")[0]}
    result = score(records, {r.id: [dict(e) for e in r.events] for r in records})
    assert result.fn == 0 and result.fp == 0 and result.tp == sum(len(r.events) for r in records)
    assert result.f1 == 1.0
    assert all(a.value in (None, 1.0) for a in result.accuracy.values())
    assert result.accuracy["modality"].n == result.tp


def test_every_shared_gold_file_reads_and_ids_are_unique_across_files():
    root = SHARED / "eval"
    paths = sorted([*root.glob("de/*.jsonl"), *root.glob("en/*.jsonl")])
    if not paths:
        pytest.skip(f"no gold files under {root} (the shared gold files live beside the repo)")
    records = [r for p in paths for r in read_gold(p)]
    result = score(records, {r.id: r.events for r in records})
    assert result.f1 == 1.0 and result.records == len(records)
    assert set(result.by_lang) == {"de", "en"}
    assert all(c.f1 in (None, 1.0) for c in result.by_category.values())
    # Predicting nothing at all loses every gold event.
    empty = score(records, {})
    assert empty.fn == result.tp and empty.recall == 0.0 and empty.precision is None


def _records(docs: dict[str, int], file: str = "f.jsonl") -> list[GoldRecord]:
    return [GoldRecord(id=f"{doc}-{n}", lang="de", text="x", pub_date=None, doc=doc, file=file)
            for doc, count in docs.items() for n in range(count)]


def test_halves_split_by_article_and_cover_each_file_once():
    records = _records({f"a{i}": 3 for i in range(9)}) + _records({f"b{i}": 2 for i in range(4)}, file="g.jsonl")
    dev, check = half_of(records, "dev"), half_of(records, "check")
    assert sorted(r.id for r in dev + check) == sorted(r.id for r in records)
    assert not {r.doc for r in dev} & {r.doc for r in check}         # an article stays whole
    for file, n in (("f.jsonl", 9), ("g.jsonl", 4)):                # each file dealt alternately
        assert len({r.doc for r in dev if r.file == file}) == (n + 1) // 2
    assert half_of(list(reversed(records)), "dev") == list(reversed(dev))   # order of the file does not matter
    with pytest.raises(InputError, match="'train'"):
        half_of(records, "train")
