"""Sentence spans shared by the front-ends."""
from __future__ import annotations

from collections.abc import Callable

from chronist.model import Article

Splitter = Callable[[str], list[tuple[int, int]]]


def join_sentences(sentences: list[str]) -> str:
    """The article text for pre-split sentences: joined by single spaces."""
    return " ".join(sentences)


def sentence_spans(article: Article, split: Splitter) -> list[tuple[int, int]]:
    """Spans of the article's sentences: the pre-split ones when given, else ``split``'s."""
    if article.sentences is None:
        return split(article.text)
    spans, pos = [], 0
    for sentence in article.sentences:
        start = article.text.find(sentence, pos) if sentence else pos
        if start < 0:
            start = pos
        spans.append((start, start + len(sentence)))
        pos = start + len(sentence)
    return spans
