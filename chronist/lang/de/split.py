"""German sentence splitting that keeps ordinals, dates, abbreviations and quotes intact.

Spans are character offsets into the article text. A sentence ends at ``.``, ``!``
or ``?`` (with any closing quote) followed by whitespace and an upper-case letter,
a digit or an opening quote, unless the dot belongs to an ordinal ("am 12. Juni"),
an abbreviation ("Dr.", "z.B.") or an initial ("George W. Bush"), or the break
falls inside an open quotation. A paragraph break always ends a sentence.

A line that ends with no punctuation (a headline: "Merkel trifft Putin", "Kurz: Keine
Gespräche mit der FPÖ") ends a sentence at its line break when the next line starts with an
upper-case letter, a digit or an opening quote and it is at most ``HEADLINE_WORDS`` words
long, unless the paragraph is hard-wrapped: a line of it that ends with no punctuation goes on
in a lower-case word.
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
_LINE_BREAK = re.compile(r"[ \t]*\n[ \t]*")
_NEXT_OPENS = re.compile(r"[\"„«»“(‚]?[A-ZÄÖÜ0-9]")
_UNPUNCTUATED = re.compile(r"[^\W_]")     # a line that ends in a letter or a digit (closing quotes aside)
_CLOSING = "»«\"“”'’‘)"
#: A line of more words than this that ends with no punctuation is no headline.
HEADLINE_WORDS = 30
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
        heads = _headline_ends(text, paragraph_start, paragraph_end)
        for cand in _CANDIDATE.finditer(text, paragraph_start, paragraph_end):
            end = cand.end()
            while heads and heads[0] <= cand.start():
                spans.append((start, heads[0]))
                start = scanned = heads.pop(0)
                depth = 0
            depth, scanned = _quote_depth(text, scanned, end, depth), end
            if _keeps_going(text, cand.start()) or depth > 0:
                continue
            spans.append((start, end))
            start = end
        for head in heads:
            if head > start:
                spans.append((start, head))
                start = scanned = head
        spans.append((start, paragraph_end))
        paragraph_start = match.end() if match else len(text)
    return [trimmed for s, e in spans if (trimmed := _trim(text, s, e))]


def _headline_ends(text: str, start: int, end: int) -> list[int]:
    """Offsets of the line ends in ``text[start:end]`` that end a headline: lines with no
    final punctuation before a line that opens a sentence, in a paragraph that is not
    hard-wrapped (no such line goes on in a lower-case word); a line of more than HEADLINE_WORDS
    words is no headline."""
    found: list[int] = []
    pos = scanned = start
    depth = 0
    for brk in _LINE_BREAK.finditer(text, start, end):
        line, pos = text[pos:brk.start()], brk.end()
        depth, scanned = _quote_depth(text, scanned, brk.start(), depth), brk.start()
        bare = line.rstrip(_CLOSING + " \t")
        if not bare or not _UNPUNCTUATED.fullmatch(bare[-1]) or not text[brk.end():end].strip():
            continue
        if not _NEXT_OPENS.match(text, brk.end()):
            return []
        if depth > 0 or len(line.split()) > HEADLINE_WORDS:
            continue
        found.append(brk.start())
    return found


def _trim(text: str, start: int, end: int) -> tuple[int, int] | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if end > start else None


def is_caption(sentence: str) -> bool:
    """Photo credits and captions ("Foto: ...") carry no events of their own."""
    return bool(_CAPTION.match(sentence))
