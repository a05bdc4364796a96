"""Event locations from a clause's place phrase.

A first version: capitals and seats of government come from the actor
dictionary's gazetteer entries (with their country); any other name in the
phrase is reported as written. The issue "When and where" brings a real
gazetteer with coordinates.
"""
from __future__ import annotations

import re

_NAME = re.compile(r"([A-ZÄÖÜ][\w\-]+)\W*$")


def locate(place_text: str | None, *, lang: str, matcher) -> tuple[str, str | None, float | None, float | None] | None:
    """(place name in English, country code, latitude, longitude) or None."""
    if not place_text:
        return None
    from chronist.model import Token
    words = [Token(text=w, lemma=w, pos="", start=0, end=0) for w in place_text.split()]
    found = matcher.match_place(words, lang=lang) if hasattr(matcher, "match_place") else None
    if found is not None:
        name, country = found
        return name, country, None, None
    match = _NAME.search(place_text)
    if match is None:
        return None
    return match.group(1), None, None, None
