"""German sentence splitting that keeps ordinals, dates, abbreviations and quotes intact.

Spans are character offsets into the article text. A sentence ends at ``.``, ``!``
or ``?`` (with any closing quote) followed by whitespace and an upper-case letter,
a digit or an opening quote, unless the dot belongs to an ordinal ("am 12. Juni"),
an abbreviation ("Dr.", "z.B.") or an initial ("George W. Bush"), or the break
falls inside an open quotation. A paragraph break always ends a sentence.
"""
from __future__ import annotations

import re
from importlib import resources

_ABBREVIATIONS = frozenset(
    line.strip() for line in
    resources.files(__package__).joinpath("data/abbreviations.txt").read_text("utf-8").splitlines()
    if line.strip() and not line.startswith("#"))

_CANDIDATE = re.compile(r"[.!?][»«\"“”'’)]*(?=\s+[\"„«»“(]?[A-ZÄÖÜ0-9])")
_PARAGRAPH = re.compile(r"\n\s*\n")
_OPEN = "„«"
_CLOSE = "“»"
_CAPTION = re.compile(r"^(Foto|Fotos|Bild|Archivbild|Grafik|Photo|Picture|Image)\s*:", re.I)


def _last_word(text: str, dot: int) -> str:
    start = dot
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    return text[start:dot].lstrip("(\"„«»“")


def _keeps_going(text: str, dot: int) -> bool:
    """True when the dot at ``dot`` does not end a sentence."""
    if text[dot] != ".":
        return False
    word = _last_word(text, dot)
    if not word:
        return False
    if word.isdigit() and len(word) <= 2:          # ordinal: "am 12. Juni", "1. Juni"
        return True
    if len(word) == 1 and word.isalpha():          # initial: "W. Bush"
        return True
    if word in _ABBREVIATIONS or word.lower() in _ABBREVIATIONS:
        return True
    return "." in word and len(word) <= 6          # "z.B", "u.a", "U.S"


def _quote_depth(text: str, start: int, end: int, depth: int = 0) -> int:
    """How many quotes are open at ``end``, reading from ``start`` with ``depth`` open there."""
    for ch in text[start:end]:
        if ch in _OPEN:
            depth += 1
        elif ch in _CLOSE and depth:
            depth -= 1
    return depth


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Character spans of the sentences of ``text``, in order, whitespace trimmed."""
    spans: list[tuple[int, int]] = []
    paragraph_start = 0
    for match in list(_PARAGRAPH.finditer(text)) + [None]:
        paragraph_end = match.start() if match else len(text)
        start = scanned = paragraph_start
        depth = 0                        # open quotes at ``scanned``, read once, not per candidate
        for cand in _CANDIDATE.finditer(text, paragraph_start, paragraph_end):
            end = cand.end()
            depth, scanned = _quote_depth(text, scanned, end, depth), end
            if _keeps_going(text, cand.start()) or depth > 0:
                continue
            spans.append((start, end))
            start = end
        spans.append((start, paragraph_end))
        paragraph_start = match.end() if match else len(text)
    return [trimmed for s, e in spans if (trimmed := _trim(text, s, e))]


def _trim(text: str, start: int, end: int) -> tuple[int, int] | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if end > start else None


def is_caption(sentence: str) -> bool:
    """Photo credits and captions ("Foto: ...") carry no events of their own."""
    return bool(_CAPTION.match(sentence))
