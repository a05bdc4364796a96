"""Language detection without a model, and the one place that decides an article's language.

``detect`` counts the frequent function words of every registered pack (``markers`` in its
``words.yaml``) and of a few languages Chronist does not read, so that those are recognised
and skipped with a reason rather than coded as German or English. ``decide`` is what the
pipeline, ingest and the Spark job ask: the language to code an article in, or why not.
"""
from __future__ import annotations

import re

from chronist import lang as languages
from chronist.model import Article

_WORD = re.compile(r"[a-zäöüß]+")
# Languages Chronist does not read, only recognises.
_OTHER = {
    "fr": frozenset("le la les et est des une pour dans que qui pas sur du au avec".split()),
    "es": frozenset("el la los las y es del una por con para que se no en al".split()),
    "it": frozenset("il la di che e è per un una non con del della sono gli".split()),
    "nl": frozenset("de het een van en is niet op voor met zijn dat deze die te".split()),
}


def detect(text: str) -> str | None:
    """The code of a registered language, another ISO code when it looks like that, or None
    when unsure."""
    words = _WORD.findall(text[:5000].lower())
    if not words:
        return None
    markers = {code: languages.get(code).words.markers for code in languages.available()}
    scores = {lang: sum(w in found for w in words) for lang, found in {**markers, **_OTHER}.items()}
    best = max(scores, key=scores.get)
    if scores[best] < 2 or scores[best] < 0.05 * len(words):
        return None
    return best


def decide(article: Article, lang: str | None) -> tuple[str | None, str | None]:
    """(language to code ``article`` in, None), or (None, why it cannot be coded).

    ``lang`` forces a language; None or "auto" takes the article's own, else detects it."""
    chosen = lang if lang not in (None, "auto") else article.lang
    if chosen in (None, "auto"):
        chosen = detect(article.text)
    readable = languages.available()
    if chosen in readable:
        return chosen, None
    if chosen:
        return None, f"unsupported language {chosen!r} (Chronist reads {', '.join(readable)})"
    return None, ("language not recognised; set --lang " + " or ".join(readable) + " to force one")
