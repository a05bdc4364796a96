"""The frames of chronist/lang/{en,de}/frames-vocab0.yaml beyond their one sentence each
(tests/frame_sentences/*-vocab0.txt): a request told as "asked for", and the ordinary uses
of the conditioned verbs, which must code nothing."""
from __future__ import annotations

import pytest

from frame_tables import events_of

ASKED_FOR = [
    ("Ukraine asked for more weapons from Germany.", ("UKR", "REQUEST", "DEU")),
    ("Russia asked for a meeting of the Security Council.", ("RUS", "REQUEST", "IGO:UN")),
]

# The same verbs without the noun that makes them an event.
ORDINARY = {
    "en": ["The police of Kenya caught the last train to Mombasa.",
           "The prime minister of India described the plan as ambitious.",
           "Germany drew a new map of its railways.",
           "The army of Nigeria drove the trucks from the town to the border.",
           "France employed two thousand engineers in Algeria.",
           "Japan based its estimate on the figures of China.",
           "Poland claimed victory in the football match against Germany."],
    "de": ["Der Präsident Frankreichs bezeichnete den Plan als ehrgeizig.",
           "Die Regierung Polens fasste einen Beschluss über den Haushalt.",
           "Kenia verzichtete auf eine Erhöhung der Steuern.",
           "Die Bauern Frankreichs ernteten Weizen.",
           "Die Regierung Spaniens ordnete eine Untersuchung des Unfalls an."],
}


@pytest.mark.parametrize("text, expected", ASKED_FOR)
def test_asked_for_is_a_request_to_whom_it_is_asked_from(text, expected):
    assert expected in events_of("en", tuple(t for t, _ in ASKED_FOR))[text]


@pytest.mark.parametrize("lang, text", [(lang, t) for lang, texts in ORDINARY.items() for t in texts])
def test_a_conditioned_verb_without_its_noun_codes_nothing(lang, text):
    assert events_of(lang, tuple(ORDINARY[lang]))[text] == []
