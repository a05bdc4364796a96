"""`--dictionaries builtin,petrarch:DIR` stacks a user's PETRARCH actor, agent and verb files
after the built-in dictionaries for `chronist code` and `chronist eval`."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from chronist.model import Article
from chronist.pipeline import Pipeline
from chronist.errors import ConfigError

ROOT = Path(__file__).resolve().parents[1]
TEXT = "The Grand Duchy of Fenwick scolded Hungary on Monday."


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """A user's own dictionaries: an invented state named as Luxembourg, and a verb Chronist lacks."""
    (tmp_path / "mine.actors.txt").write_text("GRAND_DUCHY_OF_FENWICK [LUX]\n", encoding="utf-8")
    (tmp_path / "mine.agents.txt").write_text("ENVOY [~GOV]\n", encoding="utf-8")
    (tmp_path / "mine.verbs.txt").write_text("--- SCOLD  [111] ---\nSCOLD\n", encoding="utf-8")
    return tmp_path


def events(pipeline: Pipeline) -> list[tuple[str, str, str]]:
    doc = pipeline.process(Article(text=TEXT, id="t", lang="en"), lang="en")
    return [("+".join(a.code for a in e.source), e.cameo, "+".join(a.code for a in e.target)) for e in doc.events]


def test_petrarch_files_add_actors_and_verbs(folder: Path) -> None:
    assert events(Pipeline.default()) == []
    assert events(Pipeline.from_config({"dictionaries": f"builtin,petrarch:{folder}"})) == [("LUX", "111", "HUN")]


def test_petrarch_files_alone_are_refused_with_the_fix(folder: Path) -> None:
    with pytest.raises(ConfigError, match="builtin,petrarch:DIR"):
        events(Pipeline.from_config({"dictionaries": f"petrarch:{folder}"}))


def test_cli_code_takes_the_option(folder: Path, tmp_path: Path) -> None:
    article = tmp_path / "fenwick.txt"
    article.write_text(TEXT + "\n", encoding="utf-8")
    run = subprocess.run([sys.executable, "-m", "chronist.cli", "code", str(article), "--lang", "en",
                          "--format", "jsonl", "--dictionaries", f"builtin,petrarch:{folder}"],
                         capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert run.returncode == 0, run.stderr
    records = [json.loads(line) for line in run.stdout.splitlines()]
    assert [(r["source"][0]["actor"], r["cameo"]) for r in records] == [("LUX", "111")]
    bad = subprocess.run([sys.executable, "-m", "chronist.cli", "code", str(article), "--lang", "en",
                          "--dictionaries", "nonsense"], capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert bad.returncode == 2 and "neither 'builtin' nor 'petrarch:DIR'" in bad.stderr


def test_ingest_takes_the_option(folder: Path, tmp_path: Path) -> None:
    from chronist.ingest import ingest
    from chronist.store import Store
    article = tmp_path / "fenwick.txt"
    article.write_text(TEXT + "\n", encoding="utf-8")
    with Store.open(tmp_path / "chronist.db") as store:
        summary = ingest([article], store=store, lang="en", workers=1, dictionaries=f"builtin,petrarch:{folder}")
        assert summary.coded == 1
        assert [(r["source"][0]["actor"], r["cameo"]) for r in store.events()] == [("LUX", "111")]
        with pytest.raises(ConfigError, match="builtin,petrarch:DIR"):
            ingest([article], store=store, lang="en", workers=1, dictionaries=f"petrarch:{folder}")
