"""The frames of chronist/lang/{en,de}/frames-petrarch-a.yaml beyond their one sentence each
(tests/frame_sentences/*-petrarch-a.txt): the ordinary uses of the conditioned verbs, which must code
nothing (a holiday celebrated, a match won, a door broken open by firefighters, prices or
papers controlled, questions answered about airstrikes)."""
from __future__ import annotations

import pytest

from coded_events import events

ORDINARY = {
    "en": ["The weak harvest disappointed farmers in Kenya.",
           "The Brazilian team bested Argentina in the final in Rio.",
           "Firefighters broke down the door of the burning house in Leeds.",
           "Canadians celebrated the national holiday in Ottawa.",
           "France celebrated its victory over Brazil in the World Cup.",
           "The government of India controls the prices of fuel.",
           "The Egyptian army controls large parts of the economy of Egypt.",
           "The Nigerian army controls access to the town of Bama.",
           "The foreign minister of Japan answered questions about the airstrikes on Gaza."],
    "de": ["Die Niederlage enttäuschte die Fans des Vereins in Amsterdam.",
           "Die Polizei kontrollierte die Autos an der Grenze zu Polen.",
           "Ukrainische Soldaten kontrollierten die Ausweise der Reisenden in Kiew.",
           "Die ägyptische Armee kontrolliert große Teile der Wirtschaft Ägyptens.",
           "Die Franzosen feierten den Nationalfeiertag in Paris.",
           "Feuerwehrleute brachen die Tür der brennenden Wohnung in Leeds auf.",
           "Brasilien besiegte Argentinien im Finale in Rio.",
           "Der Außenminister Japans antwortete mit einem Lächeln auf die Frage nach den Luftangriffen.",
           "Der Minister Polens antwortete auf die Frage mit einem Angriff auf die Presse."],
}


@pytest.mark.parametrize("lang, text", [(lang, t) for lang, texts in ORDINARY.items() for t in texts])
def test_a_conditioned_verb_in_its_ordinary_use_codes_nothing(lang, text):
    assert events(text, lang) == []
