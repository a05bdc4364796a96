"""The German closed word lists (data/lexicon.yaml), loaded once."""
from __future__ import annotations

from functools import lru_cache
from importlib import resources

from chronist.loading import read_yaml


class Lexicon:
    __slots__ = ("speech_verbs", "trailing_speech_verbs", "source_nouns", "source_prepositions", "source_adverbs", "impersonal_speech_verbs", "impersonal_subjects", "impersonal_source_prepositions", "event_nouns",
                 "time_nouns", "time_adverbs", "place_prepositions", "modal_verbs",
                 "intent_modals", "planned_passive_modals", "intent_nouns", "control_nouns", "request_nouns", "threat_nouns", "intent_adjectives", "wish_adjectives", "wish_prepositions", "possibility_attributes", "intent_attributes", "hearsay_adverbs", "describing_participles", "mediating_participles", "mediated_party_verbs", "judging_verbs", "thwarted_adverbs", "intent_verbs", "refusal_verbs", "negated_refusal_verbs", "affirmed_refusal_verbs", "persuading_verbs", "object_control_verbs", "omitting_verbs", "omitting_prepositions", "managing_verbs", "refusal_nouns", "preventing_verbs", "permitting_verbs", "infinitive_verbs", "quantity_words", "number_adverbs", "partitive_nouns", "genitive_determiners", "vorfeld_attribute_prepositions", "measure_nouns", "class_nouns", "measure_prepositions", "conditional_forms", "conditional_openers", "only_condition_adverbs", "generic_openers", "contrast_openers", "negating_prepositions", "reflexive_senses", "self_declaring_verbs", "manner_verbs", "phrase_adverbs", "wrong_lemma_endings", "adjective_particles", "predicative_adjectives", "subjunctive_forms", "particle_participles",
                 "reciprocal_adverbs", "reciprocal_particle_verbs", "possibility_nouns", "possibility_verbs", "passive_intent_verbs", "relative_adverbs", "authored_nouns", "possibility_openers", "question_openers", "conjunction_prepositions", "report_openers", "circumstance_openers", "adverbial_openers", "goal_openers", "striving_verbs", "striving_correlates", "striving_prepositions", "conditioning_verbs", "conditioning_prepositions", "reference_verbs", "possibility_prepositions", "possibility_verb_prepositions", "doubt_adjectives", "denying_verbs", "denying_correlates", "noun_prepositions", "statement_predicates", "cancelling_verbs",
                 "expletive_verbs", "ceasing_adverbs", "ceasing_nouns", "ceasing_verbs", "aspect_nouns", "dative_verbs", "state_reflexive_verbs", "state_reflexive_participles", "agent_attribute_prepositions", "passive_agent_prepositions", "negating_adverbs", "focus_after_negation", "feminine_names",
                 "habitual_adverbs", "continuing_adverbs", "member_adverbs", "manner_openers", "manner_pronouns", "fixed_adverbs", "companion_adverbs", "object_back_pronouns", "purpose_openers", "owning_verbs", "speaker_pronouns", "title_endings", "title_prepositions", "honorifics", "article_names", "person_endings", "apostrophe_genitive_endings", "_suffixes", "_found")

    def __init__(self, data: dict[str, list[str]]):
        for name in self.__slots__[:-2]:
            setattr(self, name, frozenset(data[name]))
        # by lower case, longest first, so "Gipfeltreffen" is found before "Treffen"
        self._suffixes: dict[str, str] = {}
        for noun in sorted(self.event_nouns, key=len, reverse=True):
            self._suffixes.setdefault(noun.lower(), noun)
        self._found: dict[str, str | None] = {}

    def event_noun(self, lemma: str) -> str | None:
        """The event noun that ``lemma`` is or ends in ("Maximalforderung" → "Forderung")."""
        if lemma in self.event_nouns:
            return lemma
        if lemma not in self._found:
            if len(self._found) >= 200_000:
                self._found.clear()
            # the longest event noun that ends it and leaves at least 3 letters before it
            low = lemma.lower()
            self._found[lemma] = next((self._suffixes[low[-n:]] for n in range(len(low) - 3, 0, -1)
                                       if low[-n:] in self._suffixes), None)
        return self._found[lemma]


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    text = resources.files(__package__).joinpath("data/lexicon.yaml").read_text("utf-8")
    return Lexicon(read_yaml(text))
