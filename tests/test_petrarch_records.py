"""PETRARCH compatibility measured on PETRARCH's own unit-test records, and the coder on
small dictionary snippets written here."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from chronist.actors import petrarch as reader
from chronist.petrarch import records, spec
from chronist.petrarch.coder import ActorBook, SentenceCoder
from chronist.petrarch.tree import ParseError, read_tree
from chronist.petrarch.verbs import VerbBook, inflections, parse_pattern

REFERENCE = Path(__file__).resolve().parents[1].parent / "shared" / "reference" / "petrarch"
FLOOR = 0.81            # measured: 227 of 279 active records (81.4 %)

ACTORS = """\
ARNOR_ [ARN]
GONDOR [GON]
OSGILIATH [OSG]
FORNOST [FOR]
GOLLUM
    [HOB <950601]
    [HOBGOV 19950601 - 19990815]
LORIEN [ELR/GAL]
"""
AGENTS = """\
GOVERNMENT [~GOV]
MSF {} [NGO~]
"""
VERBS = """\
&TIETYPES
+MILITARY
+ECONOMIC
--- RESTORE [064] ---
RESTORE
- * &TIETYPES TIES [065]
--- WIRE [---] ---
WIRE_+TAP {WIRE_+TAPPED WIRE_+TAPPING} [1712]
--- LEAVE [---] ---
LEAVE {LEFT LEAVING}
- + WAS_ * [174]
--- MEET [036:036] ---
MEET {MET}
- % * [030:030]
"""
DISCARDS = "BASEBALL\n+TYPHOON\n"


def _coder(tmp_path: Path) -> SentenceCoder:
    for name, text in [("t.actors.txt", ACTORS), ("t.agents.txt", AGENTS),
                       ("t.verbs.txt", VERBS), ("t.discards.txt", DISCARDS)]:
        (tmp_path / name).write_text(text, encoding="utf-8")
    return spec.sentence_coder(spec.parse_spec(f"petrarch:{tmp_path}"))


def _code(coder: SentenceCoder, parse: str, day: str = "19950101") -> set[tuple[str, str, str]]:
    root, leaves = read_tree(parse)
    date = dt.date(int(day[:4]), int(day[4:6]), int(day[6:]))
    return {(e.source, e.target, e.code) for e in coder.code(root, leaves, date)}


S_RESTORE = "(ROOT (S (NP (NNP Arnor)) (VP (VBD restored) (NP (JJ {adj}) (NNS ties)) (PP (IN with) (NP (NNP Gondor))))))"


def test_verb_and_synset_pattern(tmp_path: Path) -> None:
    coder = _coder(tmp_path)
    assert _code(coder, S_RESTORE.format(adj="full")) == {("ARN", "GON", "064")}
    assert _code(coder, S_RESTORE.format(adj="military")) == {("ARN", "GON", "065")}


def test_agents_prefix_suffix_and_dates(tmp_path: Path) -> None:
    coder = _coder(tmp_path)
    s = "(ROOT (S (NP (NNP Gollum) (NN government)) (VP (VBD restored) (NP (NNS ties)) (PP (IN with) (NP (NNP MSF) (NNP Gondor))))))"
    assert _code(coder, s, "19940101") == {("HOBGOV", "NGOGON", "064")}
    assert _code(coder, s, "19970101") == {("HOBGOV", "NGOGON", "064")}     # GOV not doubled


def test_multi_code_and_compound(tmp_path: Path) -> None:
    coder = _coder(tmp_path)
    s = "(ROOT (S (NP (NNP Arnor) (CC and) (NNP Fornost)) (VP (VBD restored) (NP (NNS ties)) (PP (IN with) (NP (NNP Lorien))))))"
    assert _code(coder, s) == {(a, b, "064") for a in ("ARN", "FOR") for b in ("ELR", "GAL")}


def test_paired_code_and_compound_pattern(tmp_path: Path) -> None:
    coder = _coder(tmp_path)
    s = "(ROOT (S (NP (NNP Arnor) (CC and) (NNP Gondor)) (VP (VBD met))))"
    assert _code(coder, s) == {("ARN", "GON", "030"), ("GON", "ARN", "030")}


def test_words_before_the_verb_and_irregular_forms(tmp_path: Path) -> None:
    coder = _coder(tmp_path)
    s = "(ROOT (S (NP (NNP Arnor)) (VP (VBD wire) (VBD tapped) (NP (NNP Gondor)))))"
    assert _code(coder, s) == {("ARN", "GON", "1712")}
    s = "(ROOT (S (NP (NNP Arnor)) (VP (VBD left) (NP (NNP Gondor)))))"
    assert _code(coder, s) == set()                  # the block codes nothing


def test_discards(tmp_path: Path) -> None:
    coder = _coder(tmp_path)
    s = "(ROOT (S (NP (NNP Arnor) (NN baseball)) (VP (VBD restored) (NP (NNS ties)) (PP (IN with) (NP (NNP Gondor))))))"
    assert _code(coder, s) == set()


def test_pattern_elements() -> None:
    p = parse_pattern("SUGGESTED_+ * DEMAND_&GENINT_CONVENTIONS", "ACCORD", "111")
    assert p.lower == (("DEMAND", False), ("&GENINT", True), ("CONVENTIONS", True))
    assert p.upper_rev == (("+", False), ("SUGGESTED", True))
    p = parse_pattern("IN_*", "ACCORD", "075")
    assert p.upper_rev == (("IN", True),) and p.lower == ()
    assert {"WIRE", "WIRES", "WIRED", "WIRING"} <= inflections("WIRE")
    assert {"STUDIES", "STUDIED"} <= inflections("STUDY")


def test_unbalanced_parse_is_refused() -> None:
    with pytest.raises(ParseError):
        read_tree("(ROOT (S (NP (NNP Arnor))")


def test_spec_errors(tmp_path: Path) -> None:
    from chronist.errors import ConfigError
    with pytest.raises(ConfigError):
        spec.parse_spec("tabari:/x")
    with pytest.raises(ConfigError):
        spec.parse_spec(f"petrarch:{tmp_path / 'absent'}")
    assert spec.parse_spec(None).builtin


def test_unit_test_records_floor() -> None:
    path = REFERENCE / "PETR.UnitTest.records.xml"
    if not path.exists():
        pytest.skip(f"{path} not found: the shared reference data (../shared) is absent")
    coder = spec.sentence_coder(spec.parse_spec(f"petrarch:{REFERENCE}/PETR.Validate.*"))
    recs = [r for r in records.read_records(path) if r.active]
    assert len(recs) == 279
    outcomes = records.run(recs, coder)
    share = sum(o.passed for o in outcomes) / len(outcomes)
    assert share >= FLOOR, records.report(outcomes, verbose=False)
