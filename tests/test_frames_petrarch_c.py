"""The frames of chronist/lang/{en,de}/frames-petrarch-c.yaml (verbs of PETRARCH's CAMEO verb
dictionary, batch C) beyond their one sentence each (tests/frame_sentences/*-petrarch-c.txt): the
ordinary uses of the conditioned verbs, which must code nothing."""
from __future__ import annotations

import pytest

from frame_tables import batch_events

# The same verbs without the object, preposition or subject that makes them an event.
ORDINARY = {
    "en": ["The Indian prime minister penned a letter to the Pakistani president.",
           "A British author penned a novel about the war in Ukraine.",
           "Germany matched the record of France in the Olympic medal table.",
           "Heavy trucks rumbled through the streets of Kyiv.",
           "Russian soldiers rumbled about their low pay.",
           "Fans roared over the stadium as the team of Brazil scored.",
           "American fighter jets roared during the air show.",
           "Japan moved up the date of the general election.",
           "The Kenyan foreign ministry reassigned three diplomats to Asia.",
           "Firefighters put out the fire in the Greek capital.",
           "The Kenyan government put out a statement on Monday.",
           "The Spanish police put out a call for witnesses.",
           "The Greek government patched the roof of the parliament.",
           "The company ratcheted up prices for its customers in Germany."],
    "de": ["Der Ball rollte nach dem Schuss des Spielers ins Tor.",
           "Die Fahrzeuge der Polizei rollten durch die Innenstadt.",
           "Nach dem Skandal rollten im Ministerium Köpfe.",
           "Der Generalstabschef Russlands rollte mit den Augen.",
           "Der Donner dröhnte über der Stadt.",
           "Ein Gewitter donnerte über die Alpen.",
           "Der Trainer führte die Mannschaft an die Spitze der Liga heran.",
           "Die Händler in Frankreich schraubten die Preise für Butter hoch."],
}


@pytest.mark.parametrize("lang, text", [(lang, t) for lang, texts in ORDINARY.items() for t in texts])
def test_a_conditioned_verb_without_its_condition_codes_nothing(lang, text):
    assert batch_events(lang, tuple(ORDINARY[lang]), "petrarch-c")[text] == []
