"""English front-end: spaCy's dependency parse turned into language-neutral Clauses.

    >>> from chronist.lang.en import EnglishFrontEnd
    >>> sentences = EnglishFrontEnd().process(Article(text="Iran rejected the deal."))
"""
from chronist.lang.en.lexicon import Lexicon, load_lexicon
from chronist.lang.en.parse import DEFAULT_MODEL, EnglishFrontEnd, load_nlp

__all__ = ["DEFAULT_MODEL", "EnglishFrontEnd", "Lexicon", "load_lexicon", "load_nlp"]
