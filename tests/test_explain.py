"""``chronist eval --explain``: why each missed gold event was missed."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from chronist.cli import main
from chronist.eval.explain import (CATEGORY_DIFFERS, UNKNOWN_ACTOR, UNKNOWN_VERB, Explained,
                                   explain, format_explained)
from chronist.pipeline import Pipeline

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


def _event(src: tuple[str, str], tgt: tuple[str, str], plover: str, cameo: str, trigger: str) -> dict:
    return {"source": [{"actor": src[0], "text": src[1]}], "target": [{"actor": tgt[0], "text": tgt[1]}],
            "plover": plover, "cameo": cameo, "event_text": trigger}


RECORDS = [
    ("unknown-actor", "Zorblat Quxman criticized Germany on Monday.",
     _event(("FRA", "Zorblat Quxman"), ("DEU", "Germany"), "ACCUSE", "111", "criticized")),
    ("unknown-verb", "France bamboozled Germany on Monday.",
     _event(("FRA", "France"), ("DEU", "Germany"), "ACCUSE", "111", "bamboozled")),
    ("category", "France met Germany on Monday.",
     _event(("FRA", "France"), ("DEU", "Germany"), "REQUEST", "10", "met")),
    ("matched", "France criticized Germany on Monday.",
     _event(("FRA", "France"), ("DEU", "Germany"), "ACCUSE", "111", "criticized")),
    ("target", "France criticized Germany on Monday.",
     _event(("FRA", "France"), ("ITA", "Rome"), "ACCUSE", "111", "criticized")),
    ("pronoun", "He criticized Germany on Monday.",
     _event(("FRA", "He"), ("DEU", "Germany"), "ACCUSE", "111", "criticized")),
]


@pytest.fixture(scope="module")
def gold(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("explain") / "gold.jsonl"
    lines = [json.dumps({"id": rid, "lang": "en", "text": text, "pub_date": "2020-03-02",
                         "events": [event]}) for rid, text, event in RECORDS]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def explained(gold: Path) -> Explained:
    return explain([gold], pipeline=Pipeline.default())


@pytest.mark.parametrize(
    ("rid", "kind", "text"),
    [("unknown-actor", UNKNOWN_ACTOR, "unknown actor: 'Zorblat Quxman' (gold FRA)"),
     ("unknown-verb", UNKNOWN_VERB, "unknown verb/noun: 'bamboozle'"),
     ("category", CATEGORY_DIFFERS, "category differs: 'meet' gives 040 CONSULT, gold 10 REQUEST"),
     ("target", "target differs", "target differs"),
     ("pronoun", "other", "unresolved reference: 'He' (gold FRA)")],
    ids=["unknown-actor", "unknown-verb", "category", "target", "pronoun"],
)
def test_reasons(explained: Explained, rid: str, kind: str, text: str) -> None:
    diagnosis = next(d for d in explained.diagnoses if d.record_id == rid)
    assert diagnosis.kind == kind
    assert text in [t for _, t in diagnosis.reasons]


def test_matched_events_are_not_diagnosed(explained: Explained) -> None:
    assert "matched" not in {d.record_id for d in explained.diagnoses}
    assert explained.score.tp >= 1
    assert len(explained.diagnoses) == explained.score.fn


def test_shares(explained: Explained) -> None:
    shares = explained.shares()
    n = len(explained.diagnoses)
    assert shares["unknown actor"] == pytest.approx(1 / n)
    assert shares["unknown verb/noun"] == pytest.approx(1 / n)
    assert shares["unknown actor or verb"] + shares["other"] == pytest.approx(1.0)
    report = format_explained(explained)
    assert "missed unknown-verb: ACCUSE FRA -> DEU: unknown verb/noun: 'bamboozle'" in report
    assert f"{n} missed gold events" in report


def test_cli_explain(gold: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["eval", str(gold), "--explain"]) == 0
    out = capsys.readouterr().out
    assert "unknown actor: 'Zorblat Quxman'" in out and "with unknown actor or verb" in out
    assert main(["eval", str(gold), "--explain", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    kinds = {m["id"]: m["kind"] for m in data["explain"]["misses"]}
    assert kinds["unknown-verb"] == UNKNOWN_VERB
    assert data["explain"]["shares"]["unknown actor"] > 0


def test_seed_misses_are_all_diagnosed() -> None:
    path = SHARED / "eval" / "de" / "seed.jsonl"
    if not path.exists():
        pytest.skip(f"{path} not found (shared gold data absent)")
    result = explain([path], pipeline=Pipeline.default())
    assert len(result.diagnoses) == result.score.fn
    assert all(d.reasons for d in result.diagnoses)


@pytest.mark.parametrize(("gold_code", "text"), [
    ("SYR", "agent of the article's country: 'The rebels' (gold SYR)"),
    ("IRQ", "actor without country: 'The rebels' (gold IRQ; the article's country SYR)"),
], ids=["the-article-country", "another-country"])
def test_an_actor_without_country_is_told_with_the_article_country(tmp_path: Path, gold_code: str,
                                                                    text: str) -> None:
    """The matcher alone leaves "the rebels" without country; the coder gives them the article's:
    the diagnosis says which, so that a miss is not put down to an actor that was found."""
    path = tmp_path / "gold.jsonl"
    record = {"id": "rebels", "lang": "en", "pub_date": "2020-03-02",
              "text": "Damascus - The rebels bamboozled the Syrian army near Aleppo on Monday.",
              "events": [_event((gold_code, "The rebels"), ("SYR", "the Syrian army"), "ACCUSE", "111",
                                "bamboozled")]}
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    diagnosis = explain([path], pipeline=Pipeline.default()).diagnoses[0]
    assert text in [t for _, t in diagnosis.reasons]
