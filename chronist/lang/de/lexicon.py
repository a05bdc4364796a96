"""The German closed word lists (data/lexicon.yaml), loaded once."""
from __future__ import annotations

from functools import lru_cache
from importlib import resources

from chronist.loading import read_yaml


class Lexicon:
    __slots__ = ("speech_verbs", "source_nouns", "source_prepositions", "event_nouns",
                 "time_nouns", "time_adverbs", "place_prepositions", "modal_verbs",
                 "intent_modals", "intent_nouns", "intent_adjectives", "intent_verbs", "refusal_verbs", "quantity_words", "conditional_forms", "subjunctive_forms",
                 "expletive_verbs", "_suffixes")

    def __init__(self, data: dict[str, list[str]]):
        for name in self.__slots__[:-1]:
            setattr(self, name, frozenset(data[name]))
        # longest first, so "Gipfeltreffen" is found before "Treffen"
        self._suffixes = sorted(self.event_nouns, key=len, reverse=True)

    def event_noun(self, lemma: str) -> str | None:
        """The event noun that ``lemma`` is or ends in ("Maximalforderung" → "Forderung")."""
        if lemma in self.event_nouns:
            return lemma
        low = lemma.lower()
        for noun in self._suffixes:
            if low.endswith(noun.lower()) and len(low) > len(noun) + 2:
                return noun
        return None


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    text = resources.files(__package__).joinpath("data/lexicon.yaml").read_text("utf-8")
    return Lexicon(read_yaml(text))
