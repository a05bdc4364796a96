"""The English language pack: spaCy's dependency parse turned into language-neutral Clauses,
and English's word data for the shared stages (``words.yaml``, frames, time rules, place
words, plurals of dictionary forms).

    >>> from chronist.lang.en import EnglishFrontEnd
    >>> sentences = EnglishFrontEnd().process(Article(text="Iran rejected the deal."))
"""
from __future__ import annotations

from pathlib import Path

from chronist.lang.en import forms
from chronist.lang.pack import Language, Morphology

__all__ = ["DEFAULT_MODEL", "PACK", "EnglishFrontEnd", "Lexicon", "load_lexicon", "load_nlp"]


def _frontend():
    from chronist.lang.en.parse import EnglishFrontEnd
    return EnglishFrontEnd()


PACK = Language.from_folder(
    Path(__file__).resolve().parent, code="en", name="English", frontend=_frontend,
    morphology=Morphology(people_from_adj=forms.people_from_adj, agent_forms=forms.plural,
                          verb_lemma=forms.verb_lemma),
    agent_head="last")

_LAZY = {"DEFAULT_MODEL": "chronist.lang.en.parse", "EnglishFrontEnd": "chronist.lang.en.parse",
         "load_nlp": "chronist.lang.en.parse", "Lexicon": "chronist.lang.en.lexicon",
         "load_lexicon": "chronist.lang.en.lexicon"}


def __getattr__(name: str):
    if name in _LAZY:                     # imported on use: the pack itself loads no model
        import importlib
        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
