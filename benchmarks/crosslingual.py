"""Cross-lingual agreement: the same sentences coded in German and in English.

Reads a parallel file (``doc_id<TAB>de<TAB>en``, one sentence pair a line, as
``../shared/eval/parallel/ntrex_de_en_dev.tsv``), codes each side as one article per
document (so pronouns resolve within the document), and reports the share of events
found on one side that the other side also finds for the same sentence: the same PLOVER
category, at least one shared source code and at least one shared target code (or both
targets empty), the matching rule of ``../shared/eval/FORMAT.md``.

    .venv/bin/python benchmarks/crosslingual.py ../shared/eval/parallel/ntrex_de_en_dev.tsv

The figures are given for all documents and for each half of the dev/check split
(``--gold``: a whole-article gold file with the same documents; a document it holds
falls in the half ``chronist eval --half`` gives it, the others are dealt by the same
hash among themselves). ``--half dev`` codes only that half, to read its events.
"""
from __future__ import annotations

import argparse
import csv
import hashlib
import json
import sys
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from chronist.eval.gold import HALVES, half_of, read_gold
from chronist.model import Article, Event
from chronist.pipeline import Pipeline

csv.field_size_limit(sys.maxsize)


@dataclass(slots=True)
class Side:
    """Events of one language, by (document, sentence position)."""

    events: dict[tuple[str, int], list[Event]]

    @property
    def total(self) -> int:
        return sum(len(v) for v in self.events.values())


def read_pairs(path: Path) -> dict[str, list[tuple[str, str]]]:
    """Sentence pairs by document, in file order."""
    docs: dict[str, list[tuple[str, str]]] = defaultdict(list)
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
            de, en = (row.get("de") or "").strip(), (row.get("en") or "").strip()
            if de and en:
                docs[row["doc_id"]].append((de, en))
    return docs


def halves(doc_ids: list[str], gold: Path | None) -> dict[str, str]:
    """The half (``dev`` or ``check``) of each document: a gold document's half as the
    gold file deals it, the documents the gold lacks dealt alternately by a hash of their id."""
    out: dict[str, str] = {}
    if gold is not None and gold.exists():
        records = read_gold(gold)
        for half in HALVES:
            out.update({r.doc or r.id: half for r in half_of(records, half)})
    rest = sorted((d for d in doc_ids if d not in out),
                  key=lambda d: hashlib.sha1(d.encode("utf-8")).hexdigest())
    out.update({d: HALVES[n % 2] for n, d in enumerate(rest)})
    return {d: out[d] for d in doc_ids}


def only_docs(side: Side, docs: set[str]) -> Side:
    return Side({k: v for k, v in side.events.items() if k[0] in docs})


def agreement(en: Side, de: Side) -> dict[str, object]:
    en_in_de, de_in_en = found_in(en, de), found_in(de, en)
    return {
        "events_en": en.total, "events_de": de.total,
        "en_found_in_de": en_in_de, "de_found_in_en": de_in_en,
        "share_en_in_de": round(en_in_de / en.total, 3) if en.total else None,
        "share_de_in_en": round(de_in_en / de.total, 3) if de.total else None,
    }


def code_side(docs: dict[str, list[tuple[str, str]]], lang: str, pipeline: Pipeline) -> Side:
    column = 0 if lang == "de" else 1
    articles = []
    for doc_id, pairs in docs.items():
        sentences = [p[column] for p in pairs]
        articles.append(Article(text=" ".join(sentences), id=doc_id, lang=lang, sentences=sentences))
    out: dict[tuple[str, int], list[Event]] = defaultdict(list)
    for doc in pipeline.process_many(articles, lang=lang):
        for event in doc.events:
            out[(doc.article.id, event.sentence_index)].append(event)
    return Side(dict(out))


def _matches(a: Event, b: Event) -> bool:
    if a.plover != b.plover:
        return False
    if not {x.code for x in a.source} & {x.code for x in b.source}:
        return False
    ta, tb = {x.code for x in a.target}, {x.code for x in b.target}
    return bool(ta & tb) or (not ta and not tb)


def found_in(side: Side, other: Side) -> int:
    """Events of ``side`` that ``other`` also has (each event of ``other`` used once)."""
    hits = 0
    for key, events in side.events.items():
        free = list(other.events.get(key, []))
        for event in events:
            match = next((o for o in free if _matches(event, o)), None)
            if match is not None:
                free.remove(match)
                hits += 1
    return hits


DEFAULT_GOLD = Path("../shared/eval/en/ntrex_dev.jsonl")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("tsv", type=Path)
    parser.add_argument("--gold", type=Path, default=DEFAULT_GOLD,
                        help="whole-article gold file whose dev/check split the documents follow")
    parser.add_argument("--half", choices=HALVES, help="code only the documents of this half")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)
    docs = read_pairs(args.tsv)
    half_of_doc = halves(list(docs), args.gold)
    if args.half:
        docs = {d: pairs for d, pairs in docs.items() if half_of_doc[d] == args.half}
    pipeline = Pipeline.default()
    en, de = code_side(docs, "en", pipeline), code_side(docs, "de", pipeline)
    figures: dict[str, object] = {
        "documents": len(docs), "pairs": sum(len(v) for v in docs.values()), **agreement(en, de)}
    for half in HALVES:
        chosen = {d for d in docs if half_of_doc[d] == half}
        if chosen:
            figures[half] = {"documents": len(chosen),
                             **agreement(only_docs(en, chosen), only_docs(de, chosen))}
    if args.json:
        print(json.dumps(figures, indent=2))
        return 0
    print(f"{figures['pairs']} sentence pairs in {figures['documents']} documents")
    for label, part in [("all", figures)] + [(h, figures[h]) for h in HALVES if h in figures]:
        print(f"{label:>5}: English events {part['events_en']}, also found on the German side"
              f" {part['en_found_in_de']} ({part['share_en_in_de']}); German events"
              f" {part['events_de']}, also found on the English side {part['de_found_in_en']}"
              f" ({part['share_de_in_en']})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
