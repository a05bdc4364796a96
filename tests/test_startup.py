"""Start-up of `chronist code`: spaCy's command line and the store are imported only when used."""
from __future__ import annotations

import subprocess
import sys
import textwrap


def _run(code: str) -> str:
    done = subprocess.run([sys.executable, "-c", textwrap.dedent(code)], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def test_spacy_works_without_its_command_line_until_that_is_used():
    out = _run("""
        import sys
        from chronist.spacy_cli import defer_spacy_cli, deferred
        defer_spacy_cli()
        import spacy
        words = [t.text for t in spacy.blank("de").tokenizer("Abe forderte Nordkorea auf.")]
        print(words == ["Abe", "forderte", "Nordkorea", "auf", "."], deferred(), "typer" in sys.modules)
        print(callable(spacy.cli.setup_cli), deferred(), "typer" in sys.modules)
        print(type(spacy.info(markdown=True)).__name__)
    """)
    assert out.splitlines() == ["True True False", "True False True", "str"]


def test_defer_spacy_cli_does_nothing_once_spacy_is_imported():
    out = _run("""
        import spacy
        from chronist.spacy_cli import defer_spacy_cli, deferred
        defer_spacy_cli()
        print(deferred(), spacy.cli.__name__)
    """)
    assert out == "False spacy.cli"


def test_code_imports_neither_spacys_command_line_nor_the_store(tmp_path):
    path = tmp_path / "one.txt"
    path.write_text("Abe forderte Nordkorea in Tokio zu einer Denuklearisierung auf.\n", encoding="utf-8")
    out = _run(f"""
        import sys, io, contextlib
        from chronist import cli
        with contextlib.redirect_stdout(io.StringIO()) as printed:
            cli.main(["code", {str(path)!r}, "--lang", "de", "--date", "2023-05-17"])
        print("REQUEST" in printed.getvalue(), "typer" in sys.modules, "chronist.store" in sys.modules)
    """)
    assert out == "True False False"


def test_commands_with_a_store_still_get_its_default(monkeypatch):
    from chronist.cli import build_parser
    monkeypatch.setenv("CHRONIST_DB", "elsewhere.db")
    assert build_parser().parse_args(["status"]).db == "elsewhere.db"
    assert build_parser().parse_args(["events", "--db", "x.db"]).db == "x.db"
    monkeypatch.delenv("CHRONIST_DB")
    assert build_parser().parse_args(["export", "--format", "csv"]).db == "chronist.db"
