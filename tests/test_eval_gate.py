"""The quality gate: F1 on every gold file may not fall below the floor kept in eval/floors.json."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from chronist.eval.run import evaluate
from chronist.pipeline import Pipeline

ROOT = Path(__file__).resolve().parents[1]
EVAL = ROOT.parent / "shared" / "eval"
FLOORS = json.loads((ROOT / "eval" / "floors.json").read_text("utf-8"))
GOLD = sorted(str(p.relative_to(EVAL)) for lang in ("de", "en") for p in (EVAL / lang).glob("*.jsonl")) \
    if EVAL.is_dir() else []
PIPELINE = Pipeline.default()


def test_every_floor_names_a_gold_file():
    if not EVAL.is_dir():
        pytest.skip("../shared/eval is not beside the project: no gold files to check floors against")
    names = {k for k in FLOORS if not k.startswith("_")}
    assert names == set(GOLD), "each gold file needs a floor in eval/floors.json, and each floor a file"


@pytest.mark.parametrize("name", GOLD or ["(none)"])
def test_f1_stays_above_its_floor(name):
    if not GOLD:
        pytest.skip("../shared/eval is not beside the project: the evaluation gate cannot run")
    score = evaluate([EVAL / name], pipeline=PIPELINE)
    assert score.f1 is not None and score.f1 >= FLOORS[name], (
        f"{name}: F1 {score.f1:.3f} fell below its floor {FLOORS[name]:.3f}")
