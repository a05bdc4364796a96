"""Caps on what the language front-ends see, so that one hostile input cannot stall a run.

HanTa's analysis of one token grows about with the cube of its length (a 320-letter
token takes 5 s, 2,000 dots a minute) and spaCy's suffix search over a run of
punctuation grows quadratically (10,000 commas: 30-45 s). News text has neither:
the longest token in 10kGNAD is 140 characters (a list of place names run together),
its longest stretch without letters or digits holds 6 characters besides spaces
(". (...) "), NTREX's 4. So, before the front-end reads a text:

- a stretch without letters or digits (dots, commas, brackets, zero-width spaces,
  combining marks, emoji ..., with or without white space between them) keeps its
  first :data:`MAX_PUNCT_RUN` characters other than white space, and the rest
  become spaces (", , , ," ten thousand times makes one sentence of 10,000 tokens
  that the English parser takes seconds over);
- a token (a run without white space) longer than :data:`MAX_TOKEN` is cut into
  pieces of :data:`MAX_TOKEN` characters by turning the character after each piece
  into a space.

Both keep the text's length, so every character offset (sentences, spans of
events) still points into the article's own text; text within the caps is
returned unchanged (the same object).
"""
from __future__ import annotations

import dataclasses
import re

from chronist.model import Article

#: Longest token the front-ends see.
MAX_TOKEN = 150
#: Longest run of characters other than letters, digits and white space the front-ends see.
MAX_PUNCT_RUN = 10

_PUNCT_RUN = re.compile(r"[\W_]{%d,}" % (MAX_PUNCT_RUN + 1))
_LONG_TOKEN = re.compile(r"\S{%d,}" % (MAX_TOKEN + 1))


def _cut_run(match: re.Match) -> str:
    run, kept = match.group(), 0
    for i, ch in enumerate(run):
        if not ch.isspace():
            kept += 1
            if kept > MAX_PUNCT_RUN:
                return run[:i] + "".join(c if c in "\n\r" else " " for c in run[i:])
    return run


def _cut_token(match: re.Match) -> str:
    token, step = match.group(), MAX_TOKEN + 1
    return " ".join(token[i:i + MAX_TOKEN] for i in range(0, len(token), step)) + \
        (" " if len(token) % step == 0 else "")


def cap_text(text: str) -> str:
    """``text`` within the caps (see the module docstring); the same length, and the same
    object when nothing needed capping."""
    if _PUNCT_RUN.search(text):
        text = _PUNCT_RUN.sub(_cut_run, text)
    if _LONG_TOKEN.search(text):
        text = _LONG_TOKEN.sub(_cut_token, text)
    return text


def cap_article(article: Article) -> Article:
    """``article`` itself when its text is within the caps, else a copy whose text (and
    pre-split sentences) are capped; the original is never changed."""
    text = cap_text(article.text or "")
    if text is article.text or text == article.text:
        return article
    sentences = [cap_text(s) for s in article.sentences] if article.sentences is not None else None
    return dataclasses.replace(article, text=text, sentences=sentences)
