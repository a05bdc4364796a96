"""English inflection of dictionary base forms: plurals of agent nouns ("officials") and
people nouns from demonyms ("Afghans"); and the base form of an inflected verb ("understood")."""
from __future__ import annotations

import functools
import re
from collections.abc import Container


def plural(word: str) -> list[str]:
    """English noun (possibly several words) -> singular and plural of the last word."""
    head = word.split()[-1]
    lead = word[: len(word) - len(head)]
    low = head.casefold()
    if low.endswith("man"):
        plural = head[:-3] + "men"
    elif low.endswith("y") and low[-2:-1] not in tuple("aeiou"):
        plural = head[:-1] + "ies"
    elif low.endswith("arch") and not low.endswith("earch") and len(low) > 5:
        plural = head + "s"          # monarchs, patriarchs, oligarchs (but marches, searches)
    elif low.endswith("ach") and low[-4:-3] not in tuple("aeiou"):
        plural = head + "s"          # stomachs (but coaches, approaches)
    elif low.endswith(("s", "x", "ch", "sh")):
        plural = head + "es"
    else:
        plural = head + "s"
    return [word, lead + plural]


def people_from_adj(adj: str) -> list[str]:
    """English demonyms in -an or -i have the plural as people noun (Afghans, Israelis)."""
    if adj.endswith(("an", "i")):
        return [adj + "s"]
    return []


@functools.lru_cache(maxsize=4096)
def verb_lemma(word: str) -> str:
    """The base form of an English verb form ("understood" -> "understand", "burnt" -> "burn")
    by spaCy's rule lemmatizer, the word read as a verb. A base form stays as it is: a lemma
    the lemmatizer's verb index does not hold ("address" -> "addres") is not taken. A verb with a
    prefix of repetition is read as the verb written in one word ("re-opened" -> "reopen") or,
    where there is none, as the bare verb ("re-arrested" -> "arrest")."""
    from spacy.tokens import Doc

    from chronist.lang.en.lexicon import load_lexicon
    from chronist.lang.en.parse import load_nlp
    nlp = load_nlp()
    lemmatizer = nlp.get_pipe("lemmatizer")
    verbs = lemmatizer.lookups.get_table("lemma_index")["verb"]
    prefix, hyphen, rest = word.partition("-")
    if hyphen and rest and prefix.lower() in load_lexicon().repeat_prefixes:
        joined = verb_lemma(prefix + rest)
        return joined if joined in verbs else verb_lemma(rest)
    doc = Doc(nlp.vocab, words=[word])
    doc[0].pos_ = "VERB"
    lemma = undoubled_lemma(word, lemmatizer.rule_lemmatize(doc[0])[0], verbs)
    return lemma if lemma in verbs else word


@functools.lru_cache(maxsize=4096)
def is_base_verb(word: str) -> bool:
    """Whether a lower-case word is the base form of a verb spaCy's rule lemmatizer knows (its
    verb index): "extradite", "release", not "extradites" or "judges"."""
    from chronist.lang.en.parse import verb_index
    return word in verb_index()


# A monosyllable ending in one vowel and one consonant (not w, x or y): "rap", "hop", "star".
_SHORT_CLOSED = re.compile(r"[^aeiouy]*[aeiou][b-df-hj-np-tvz]")


def undoubled_lemma(word: str, lemma: str, verbs: Container[str]) -> str:
    """The lemma of "raped", "hoping", "scraped", "stared": English doubles the last consonant
    of such a monosyllable before -ed and -ing ("rapped", "hopping"), so a form without the
    doubling comes from the verb in -e ("rape", "hope"), where there is one. spaCy's rule
    lemmatizer strips the ending and takes the shorter verb ("raping" -> "rap"; "hopes" -> "hop",
    whose own form is "hops")."""
    low = word.lower()
    if low in (lemma + "ed", lemma + "ing", lemma + "es") and _SHORT_CLOSED.fullmatch(lemma) and lemma + "e" in verbs:
        return lemma + "e"
    return lemma
