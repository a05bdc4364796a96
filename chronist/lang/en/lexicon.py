"""The word lists of the English front-end, read from ``lexicon.yaml``."""
from __future__ import annotations

import functools
import logging
from dataclasses import dataclass, fields
from pathlib import Path

import yaml

from chronist.errors import ConfigError
from chronist.loading import read_yaml

log = logging.getLogger(__name__)

LEXICON_PATH = Path(__file__).with_name("lexicon.yaml")

# Keys whose entries are entity labels (upper case) rather than words.
_LABEL_KEYS = ("name_entities", "possessor_entities", "nested_entities", "origin_entities", "member_entities")


@dataclass(slots=True, frozen=True)
class Lexicon:
    """Word sets that steer clause building; see lexicon.yaml for each key."""

    speech_verbs: frozenset[str]
    modals: frozenset[str]
    name_pronouns: frozenset[str]
    subjunctive_modals: frozenset[str]
    intent_modals: frozenset[str]
    intent_modals_reported: frozenset[str]
    pledging_verbs: frozenset[str]
    modal_verbs: frozenset[str]
    intent_verbs: frozenset[str]
    wish_verbs: frozenset[str]
    negating_verbs: frozenset[str]
    negating_determiners: frozenset[str]
    progressive_intent_verbs: frozenset[str]
    passive_intent_verbs: frozenset[str]
    future_copulas: frozenset[str]
    copula_idioms: frozenset[str]
    conjecture_verbs: frozenset[str]
    deliberation_verbs: frozenset[str]
    hearsay_nouns: frozenset[str]
    imminence_nouns: frozenset[str]
    hearsay_adverbs: frozenset[str]
    hearsay_passives: frozenset[str]
    pending_verbs: frozenset[str]
    pending_adverbs: frozenset[str]
    odds_adjectives: frozenset[str]
    avoiding_verbs: frozenset[str]
    avoiding_preps: frozenset[str]
    ceasing_adverbs: frozenset[str]
    ceasing_nouns: frozenset[str]
    ending_nouns: frozenset[str]
    ceasing_verbs: frozenset[str]
    preventing_verbs: frozenset[str]
    generic_pronouns: frozenset[str]
    control_nouns: frozenset[str]
    owning_verbs: frozenset[str]
    conditioning_verbs: frozenset[str]
    thwarted_adverbs: frozenset[str]
    plan_verbs: frozenset[str]
    scheduled_verbs: frozenset[str]
    possibility_verbs: frozenset[str]
    forgoing_phrases: frozenset[str]
    striving_verbs: frozenset[str]
    reference_verbs: frozenset[str]
    generic_determiners: frozenset[str]
    simulating_verbs: frozenset[str]
    source_preps: frozenset[str]
    companion_adverbs: frozenset[str]
    refusal_verbs: frozenset[str]
    quantity_words: frozenset[str]
    conditional_marks: frozenset[str]
    negative_conditional_marks: frozenset[str]
    only_condition_adverbs: frozenset[str]
    question_verbs: frozenset[str]
    question_adverbs: frozenset[str]
    doubt_adjectives: frozenset[str]
    goal_marks: frozenset[str]
    time_to_come_marks: frozenset[str]
    adverbial_marks: frozenset[str]
    contrast_marks: frozenset[str]
    summary_nouns: frozenset[str]
    directive_verbs: frozenset[str]
    obligation_verbs: frozenset[str]
    aspectual_verbs: frozenset[str]
    subject_control_verbs: frozenset[str]
    instrument_verbs: frozenset[str]
    instrument_nouns: frozenset[str]
    addressee_verbs: frozenset[str]
    object_control_preps: frozenset[str]
    subject_marks: frozenset[str]
    intransitive_verbs: frozenset[str]
    particles: frozenset[str]
    adverb_particles: frozenset[str]
    answer_words: frozenset[str]
    mandative_verbs: frozenset[str]
    prepositional_particles: frozenset[str]
    on_forms: frozenset[str]
    stranded_preps: frozenset[str]
    theme_with_verbs: frozenset[str]
    object_preps: frozenset[str]
    lifted_preps: frozenset[str]
    nested_preps: frozenset[str]
    nested_entities: frozenset[str]
    origin_preps: frozenset[str]
    office_nouns: frozenset[str]
    office_preps: frozenset[str]
    place_office_preps: frozenset[str]
    office_owner_preps: frozenset[str]
    origin_entities: frozenset[str]
    allegiance_adjectives: frozenset[str]
    member_preps: frozenset[str]
    member_entities: frozenset[str]
    allegiance_preps: frozenset[str]
    topic_preps: frozenset[str]
    amount_preps: frozenset[str]
    amount_nouns: frozenset[str]
    granting_verbs: frozenset[str]
    past_forms: frozenset[str]
    granted_nouns: frozenset[str]
    proposal_preps: frozenset[str]
    proposal_nouns: frozenset[str]
    aimed_preps: frozenset[str]
    aimed_nouns: frozenset[str]
    launch_preps: frozenset[str]
    course_preps: frozenset[str]
    receiver_preps: frozenset[str]
    receiver_nouns: frozenset[str]
    charge_verbs: frozenset[str]
    charge_preps: frozenset[str]
    description_verbs: frozenset[str]
    description_preps: frozenset[str]
    talk_nouns: frozenset[str]
    talk_topic_preps: frozenset[str]
    partner_preps: frozenset[str]
    credit_preps: frozenset[str]
    credit_nouns: frozenset[str]
    beneficiary_preps: frozenset[str]
    beneficiary_nouns: frozenset[str]
    reaction_verbs: frozenset[str]
    trust_preps: frozenset[str]
    trust_nouns: frozenset[str]
    predicative_phrases: frozenset[str]
    to_nouns: frozenset[str]
    aside_preps: frozenset[str]
    state_phrases: frozenset[str]
    adjectival_participles: frozenset[str]
    feeling_participles: frozenset[str]
    causative_verbs: frozenset[str]
    headline_passives: frozenset[str]
    event_nouns: frozenset[str]
    maker_nouns: frozenset[str]
    speaker_acts: frozenset[str]
    place_preps: frozenset[str]
    place_nouns: frozenset[str]
    region_nouns: frozenset[str]
    compass_adjectives: frozenset[str]
    mediating_participles: frozenset[str]
    describing_participles: frozenset[str]
    time_preps: frozenset[str]
    temporal_words: frozenset[str]
    name_months: frozenset[str]
    occasion_nouns: frozenset[str]
    text_nouns: frozenset[str]
    name_entities: frozenset[str]
    possessor_entities: frozenset[str]
    intent_adjectives: frozenset[str]
    wish_adjectives: frozenset[str]
    reluctance_adjectives: frozenset[str]
    evaluative_adjectives: frozenset[str]
    acceptance_adjectives: frozenset[str]
    manner_verbs: frozenset[str]
    manner_adjectives: frozenset[str]
    title_abbreviations: frozenset[str]
    repeat_prefixes: frozenset[str]
    quoting_pronouns: frozenset[str]


def parse_lexicon(data: object, *, source: str = "lexicon") -> Lexicon:
    """Validate a mapping read from YAML and turn it into a :class:`Lexicon`."""
    if not isinstance(data, dict):
        raise ConfigError(f"{source}: expected a mapping of word lists, got {type(data).__name__}; "
                          "write one 'key: [word, ...]' line per list")
    names = [f.name for f in fields(Lexicon)]
    missing = [n for n in names if n not in data]
    if missing:
        raise ConfigError(f"{source}: missing list(s) {', '.join(missing)}; add them to the file")
    unknown = sorted(set(data) - set(names))
    if unknown:
        raise ConfigError(f"{source}: unknown key(s) {', '.join(map(str, unknown))}; "
                          f"valid keys are {', '.join(names)}")
    values: dict[str, frozenset[str]] = {}
    for name in names:
        words = data[name]
        if not isinstance(words, list) or not words:
            raise ConfigError(f"{source}: {name!r} must be a non-empty list, got {words!r}")
        for w in words:
            if not isinstance(w, str) or not w.strip():
                raise ConfigError(f"{source}: {name!r} holds {w!r}; entries must be non-empty strings")
            expected = w.upper() if name in _LABEL_KEYS else w.lower()
            if w != expected:
                raise ConfigError(f"{source}: {name!r} holds {w!r}; write it as {expected!r}")
        values[name] = frozenset(words)
    return Lexicon(**values)


@functools.lru_cache(maxsize=4)
def load_lexicon(path: Path = LEXICON_PATH) -> Lexicon:
    """Read and validate the lexicon file (cached per path)."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"cannot read English lexicon {path}: {exc}; "
                          "reinstall chronist so that its package data is present") from exc
    try:
        data = read_yaml(text)
    except yaml.YAMLError as exc:
        raise ConfigError(f"English lexicon {path} is not valid YAML: {exc}; fix the file") from exc
    lex = parse_lexicon(data, source=str(path))
    log.debug("loaded English lexicon from %s", path)
    return lex
