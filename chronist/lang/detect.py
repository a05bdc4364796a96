"""Language detection without a model: German and English function words.

Chronist reads German and English; anything else is reported as ``None`` so the
caller can skip the article and say why.
"""
from __future__ import annotations

import re

SUPPORTED = ("de", "en")
_WORD = re.compile(r"[a-zäöüß]+")
_MARKERS = {
    "de": frozenset("der die das und ist nicht ein eine einen dem den des mit auf für von sich auch "
                    "im zu zum zur wird wurde hat haben sind sei bei nach über dass als wie".split()),
    "en": frozenset("the and is are was were of to in on for with that this by from has have had "
                    "not it its be been will would said at as an".split()),
}
_OTHER = {
    "fr": frozenset("le la les et est des une pour dans que qui pas sur du au avec".split()),
    "es": frozenset("el la los las y es del una por con para que se no en al".split()),
    "it": frozenset("il la di che e è per un una non con del della sono gli".split()),
    "nl": frozenset("de het een van en is niet op voor met zijn dat deze die te".split()),
}


def detect(text: str) -> str | None:
    """``"de"``, ``"en"``, another ISO code when it looks like that, or None when unsure."""
    words = _WORD.findall(text[:5000].lower())
    if not words:
        return None
    scores = {lang: sum(w in markers for w in words) for lang, markers in {**_MARKERS, **_OTHER}.items()}
    best = max(scores, key=scores.get)
    if scores[best] < 2 or scores[best] < 0.05 * len(words):
        return None
    return best
