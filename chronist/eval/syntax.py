"""Subject and object finding measured against gold dependency trees (UD CoNLL-U).

For each gold relation nsubj, nsubj:pass, obj, iobj and obl:agent, the German
front-end is asked whether it put the dependent word into an argument with the
corresponding role: subject (of an active clause) for nsubj, the patient of a
passive clause for nsubj:pass, object for obj, dative for iobj, agent for
obl:agent. Accuracy per relation is the share of gold relations found so
(recall); precision is the share of the front-end's arguments of that role whose
words hold a gold dependent of that relation.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from chronist.errors import InputError
from chronist.model import Article, Clause

RELATIONS = ("nsubj", "nsubj:pass", "obj", "iobj", "obl:agent")


@dataclass(slots=True)
class UDSentence:
    text: str
    words: list[tuple[int, int]]            # character span of every syntactic word
    relations: list[tuple[str, int]]        # (relation, index of the dependent word)


@dataclass(slots=True)
class SyntaxScore:
    gold: dict[str, int] = field(default_factory=lambda: dict.fromkeys(RELATIONS, 0))
    found: dict[str, int] = field(default_factory=lambda: dict.fromkeys(RELATIONS, 0))
    predicted: dict[str, int] = field(default_factory=lambda: dict.fromkeys(RELATIONS, 0))
    correct: dict[str, int] = field(default_factory=lambda: dict.fromkeys(RELATIONS, 0))
    sentences: int = 0

    def accuracy(self, relation: str) -> float | None:
        return self.found[relation] / self.gold[relation] if self.gold[relation] else None

    def precision(self, relation: str) -> float | None:
        return self.correct[relation] / self.predicted[relation] if self.predicted[relation] else None

    def group(self, relations: tuple[str, ...]) -> float | None:
        gold = sum(self.gold[r] for r in relations)
        return sum(self.found[r] for r in relations) / gold if gold else None


def read_conllu(path: str | Path) -> list[UDSentence]:
    path = Path(path)
    if not path.is_file():
        raise InputError(f"{path}: no such file")
    out: list[UDSentence] = []
    text, rows = None, []
    for number, line in enumerate(path.read_text("utf-8").splitlines() + [""], 1):
        if line.startswith("# text = "):
            text = line[len("# text = "):]
        elif line.startswith("#"):
            continue
        elif not line.strip():
            if text is not None and rows:
                out.append(_sentence(text, rows, path))
            text, rows = None, []
        else:
            cols = line.split("\t")
            if len(cols) != 10:
                raise InputError(f"{path}:{number}: a CoNLL-U line has 10 tab-separated columns")
            rows.append(cols)
    return out


def _sentence(text: str, rows: list[list[str]], path: Path) -> UDSentence:
    """Character spans of the words; the words of a contraction ("zum") share its span."""
    spans: dict[int, tuple[int, int]] = {}
    pos = 0
    skip_until = 0
    for cols in rows:
        ident, form = cols[0], cols[1]
        if "." in ident:
            continue
        if "-" in ident:
            first, last = map(int, ident.split("-"))
            start = text.find(form, pos)
            start = pos if start < 0 else start
            for k in range(first, last + 1):
                spans[k] = (start, start + len(form))
            pos, skip_until = start + len(form), last
            continue
        k = int(ident)
        if k <= skip_until:
            continue
        start = text.find(form, pos)
        start = pos if start < 0 else start
        spans[k] = (start, start + len(form))
        pos = start + len(form)
    words = [spans[k] for k in sorted(spans)]
    relations = [(cols[7], int(cols[0]) - 1) for cols in rows
                 if "-" not in cols[0] and "." not in cols[0] and cols[7] in RELATIONS]
    return UDSentence(text=text, words=words, relations=relations)


def _role_relation(clause: Clause, role: str) -> str | None:
    passive = clause.predicate.voice == "passive"
    return {"subject": "nsubj", "object": "nsubj:pass" if passive else "obj", "dative": "iobj",
            "agent": "obl:agent"}.get(role)


def evaluate_syntax(sentences: list[UDSentence], frontend) -> SyntaxScore:
    """Run the front-end on each sentence text (pre-split) and compare argument roles."""
    score = SyntaxScore()
    for ud in sentences:
        score.sentences += 1
        doc = frontend.process(Article(text=ud.text, sentences=[ud.text]))
        spans: dict[str, list[tuple[int, int]]] = {r: [] for r in RELATIONS}
        for clause in doc[0].clauses if doc else []:
            if clause.predicate.kind != "verb":
                continue
            for arg in clause.arguments:
                relation = _role_relation(clause, arg.role)
                if relation is not None and arg.tokens:
                    spans[relation].append((arg.start, arg.end))
        if not any(rel == "iobj" for rel, _ in ud.relations):
            # treebanks without iobj (UD German GSD) label dative objects obj
            spans["obj"] = spans["obj"] + spans["iobj"]
            spans["iobj"] = []
        for relation in RELATIONS:
            gold_words = [ud.words[i] for rel, i in ud.relations if rel == relation and i < len(ud.words)]
            score.gold[relation] += len(gold_words)
            score.found[relation] += sum(any(s <= w0 and w1 <= e for s, e in spans[relation]) for w0, w1 in gold_words)
            score.predicted[relation] += len(spans[relation])
            score.correct[relation] += sum(any(s <= w0 and w1 <= e for w0, w1 in gold_words)
                                           for s, e in spans[relation])
    return score


def format_syntax(score: SyntaxScore) -> str:
    lines = [f"{score.sentences} sentences", "", f"{'relation':<12}{'gold':>6}{'found':>7}{'accuracy':>10}{'precision':>11}"]
    for r in RELATIONS:
        acc, prec = score.accuracy(r), score.precision(r)
        lines.append(f"{r:<12}{score.gold[r]:>6}{score.found[r]:>7}"
                     f"{(f'{acc:.3f}' if acc is not None else '-'):>10}{(f'{prec:.3f}' if prec is not None else '-'):>11}")
    subject, obj = score.group(("nsubj", "nsubj:pass")), score.group(("obj", "iobj"))
    lines.append("")
    lines.append(f"subject (nsubj + nsubj:pass) accuracy {subject:.3f}; object (obj + iobj) accuracy {obj:.3f}"
                 if subject is not None and obj is not None else "no subjects or objects in the gold trees")
    return "\n".join(lines) + "\n"
