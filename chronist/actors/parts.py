"""Tokens as the matcher compares them: *parts* (words split at hyphens, possessives
noted), and longest-match lookup of dictionary keys over them."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from chronist.actors import forms
from chronist.model import Token

@dataclass(slots=True)
class Part:
    text: str
    lemma: str
    tok: int                 # index of the token it comes from
    word: int                # parts of one hyphenated word share this
    gen: bool = False        # English possessive follows
    first: bool = True
    last: bool = True
    trailing_hyphen: bool = False
    pos: str = ""            # the token's part-of-speech tag (STTS or Penn), when tagged


def to_parts(tokens: list[Token]) -> list[Part]:
    parts: list[Part] = []
    word = -1
    join_next = False
    for k, tok in enumerate(tokens):
        text = tok.text
        if text in ("'s", "’s", "'", "’") and parts:
            parts[-1].gen = True
            continue
        if (text == "-" and parts and k + 1 < len(tokens)
                and tokens[k - 1].end == tok.start and tokens[k + 1].start == tok.end):
            join_next = True
            continue
        if not join_next:
            word += 1
        join_next = False
        pieces, trailing, possessive = _pieces(text, tok.lemma)
        pos = tok.pos or ""
        for piece, lemma in pieces:
            parts.append(Part(piece, lemma, k, word, trailing_hyphen=trailing, pos=pos))
        if possessive:
            parts[-1].gen = True
    for idx, part in enumerate(parts):
        part.first = idx == 0 or parts[idx - 1].word != part.word
        part.last = idx == len(parts) - 1 or parts[idx + 1].word != part.word
    return parts


@lru_cache(maxsize=50_000)
def _pieces(text: str, lemma: str) -> tuple[tuple[tuple[str, str], ...], bool, bool]:
    """A token's parts as (text, lemma) pairs (the last part takes the lemma's last part),
    whether it ends in a hyphen ("Nord-") and whether a possessive ends it ("Iran's")."""
    trailing = len(text) > 1 and text.endswith("-")
    pieces = forms.split_parts(text.rstrip("-") if trailing else text) or (text,)
    lemma_pieces = forms.split_parts(lemma) if lemma else ()
    pairs = tuple((piece, lemma_pieces[-1] if n == len(pieces) - 1 and lemma_pieces else piece)
                  for n, piece in enumerate(pieces))
    return pairs, trailing, text.endswith(forms.POSSESSIVE) and len(text) > 2


def longest(index, parts: list[Part], i: int, first: str):
    """(end, [values]) of the longest key starting at part ``i``."""
    bucket = index.get(first)
    if not bucket:
        return None
    best_len = -1
    values: list = []
    for rest, value in bucket:
        if len(rest) < best_len:
            break
        end = i + 1 + len(rest)
        if end > len(parts):
            continue
        if all(parts[i + 1 + k].text.casefold() == rest[k] for k in range(len(rest))):
            best_len = len(rest)
            values.append(value)
    return (i + 1 + best_len, values) if values else None


def prep_before(parts: list[Part], i: int, preps: frozenset[str], determiners: frozenset[str]) -> str | None:
    """The preposition before part ``i``, over one determiner ("von der Hamas"), lower case."""
    k = i - 1
    if k >= 0 and parts[k].text.casefold() in determiners:
        k -= 1
    if k >= 0 and parts[k].text.casefold() in preps:
        return parts[k].text.casefold()
    return None


def text_of(tokens: list[Token]) -> str:
    out = []
    for n, tok in enumerate(tokens):
        if n and tok.start > tokens[n - 1].end:
            out.append(" ")
        out.append(tok.text)
    return "".join(out)
