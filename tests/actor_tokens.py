"""Phrases as the actor matcher sees them, without a front-end: tokens split at blanks and
punctuation, lemma = text; and the shared dictionary and matcher fixtures' builders."""
from __future__ import annotations

import re

from chronist.model import Token

_TOKEN = re.compile(r"(?:[A-Z]\.){2,}(?:-\w+)*|\w+(?:[-'’]\w+)*-?|'s|’s|[^\w\s]")
# Dots and slashes kept inside a word ("Fratelli d'Italia", "N.V.A.", "SVP/UDC")
_TOKEN_DOTTED = re.compile(r"(?:[A-Z]\.){2,}(?:-\w+)*|\w+(?:[-'’./]\w+)*-?|'s|’s|[^\w\s]")


def toks(text: str, *, dotted: bool = False) -> list[Token]:
    """Whitespace/punctuation splitter; lemma = text (no front-end needed)."""
    pattern = _TOKEN_DOTTED if dotted else _TOKEN
    return [Token(m.group(), m.group(), "", m.start(), m.end()) for m in pattern.finditer(text)]
