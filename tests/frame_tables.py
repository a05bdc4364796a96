"""What the per-language frame tests share: reading their sentence tables, checking
that every frame has exactly one sentence, and coding short texts each as its own article."""
from __future__ import annotations

from collections import Counter
from functools import cache
from pathlib import Path

from chronist.coding.frames import Frame, FrameBook
from chronist.model import Article
from chronist.pipeline import Pipeline

Row = tuple[str, str, tuple[str, str, str]]


def rows(table: str) -> list[Row]:
    """Lines "kind:lemma:cameo | sentence | SOURCE PLOVER TARGET" as (key, sentence, expected)."""
    out = []
    for line in table.strip().splitlines():
        if not line.strip():
            continue          # the blank line between a module's table and its frame_sentences rows
        key, text, expected = (part.strip() for part in line.split("|"))
        source, plover, target = expected.split()
        out.append((key, text, (source, plover, target)))
    return out


def more_sentences(lang: str) -> str:
    """The rows kept beside a frame test module: ``frame_sentences/<lang>-*.txt`` (same format
    as its SENTENCES table, one file per further frame file of the language; "#" starts a comment)."""
    folder = Path(__file__).parent / "frame_sentences"
    lines = [line for path in sorted(folder.glob(f"{lang}-*.txt"))
             for line in path.read_text("utf-8").splitlines() if line.strip() and not line.startswith("#")]
    return "\n".join(lines)


def key(frame: Frame) -> str:
    return f"{frame.kind}:{frame.lemma}:{frame.cameo}"


def check_one_sentence_per_frame(book: FrameBook, table: list[Row], not_yet: dict[str, str]) -> None:
    keys = Counter(key(f) for f in book.frames())
    assert [k for k, n in keys.items() if n > 1] == [], "kind:lemma:cameo must name one frame"
    named = Counter(k for k, _, _ in table)
    assert [k for k, n in named.items() if n > 1] == []
    assert sorted(set(keys) - set(named)) == [], "frames without a test sentence"
    assert sorted(set(named) - set(keys)) == [], "test sentences for frames that do not exist"
    assert set(not_yet) <= set(named)


def outcome(doc, book: FrameBook) -> tuple[list[tuple[str, str, str]], set[str]]:
    """A coded document's events as (source, plover, target), and the frames that fit its clauses."""
    events = [("+".join(a.code for a in e.source), e.plover, "+".join(a.code for a in e.target) or "-")
              for e in doc.events]
    fired = {key(f) for s in doc.sentences for c in s.clauses if (f := book.find(c)) is not None}
    return events, fired


@cache
def events_of(lang: str, texts: tuple[str, ...]) -> dict[str, list[tuple[str, str, str]]]:
    """Each text coded as its own article, all in one batch: its events as (source, plover, target)."""
    docs = Pipeline.default().process_many(
        [Article(text=t, id=f"{lang}-{i}") for i, t in enumerate(texts)], lang=lang)
    return {t: [("+".join(a.code for a in e.source), e.plover, "+".join(a.code for a in e.target) or "-")
                for e in doc.events] for t, doc in zip(texts, docs)}


def sentence_params(table: list[Row], not_yet: dict[str, str]) -> list:
    """One case per frame; frames that cannot fire yet are strict xfails with their reason."""
    import pytest
    return [pytest.param(k, text, expected, id=k,
                         marks=[pytest.mark.xfail(strict=True, reason=not_yet[k])] if k in not_yet else [])
            for k, text, expected in table]


def gap_params(table: list[Row], reasons: list[str]) -> list:
    """Wordings the front-end does not read yet: strict xfails that fail once it does."""
    import pytest
    return [pytest.param(k, text, expected, id=f"{k}:gap{i}", marks=pytest.mark.xfail(strict=True, reason=reason))
            for i, ((k, text, expected), reason) in enumerate(zip(table, reasons))]
