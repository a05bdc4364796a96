"""What the per-language frame tests share: reading their sentence tables and checking
that every frame has exactly one sentence."""
from __future__ import annotations

from collections import Counter

from chronist.coding.frames import Frame, FrameBook

Row = tuple[str, str, tuple[str, str, str]]


def rows(table: str) -> list[Row]:
    """Lines "kind:lemma:cameo | sentence | SOURCE PLOVER TARGET" as (key, sentence, expected)."""
    out = []
    for line in table.strip().splitlines():
        key, text, expected = (part.strip() for part in line.split("|"))
        source, plover, target = expected.split()
        out.append((key, text, (source, plover, target)))
    return out


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
