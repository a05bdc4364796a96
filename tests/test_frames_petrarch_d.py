"""The frames of chronist/lang/{en,de}/frames-petrarch-d.yaml beyond their one sentence each
(tests/frame_sentences/*-petrarch-d.txt): the ordinary uses of the verbs they narrow to a political
act, which must code nothing, and the wordings that keep the act they announce."""
from __future__ import annotations

import pytest

from frame_tables import batch_events

# The same verbs without the object, phrase or actor that makes them an act between actors.
ORDINARY = {
    "en": ["The snow settled on the roofs of Kabul.",
           "Thousands of families from Syria settled on the outskirts of Istanbul.",
           "The Senate of the United States tabled the bill until next year.",
           "The election in Peru is slated for June.",
           "The police of Germany sped to the scene of the accident.",
           "The prime minister of India skipped lunch with the press.",
           "The prime minister of Japan skipped the meeting of his cabinet.",
           "Investors unwound their positions in Turkish bonds.",
           "The minister of France subscribed to the newspaper.",
           "The Kenyan minister subscribes to the view that the reform is urgent.",
           "The candidates of the Democrats squared off in a televised debate.",
           "The soldiers of Mali squared off in a football match.",
           "The army of Egypt squared off against the challenge of inflation.",
           "The boat of the Chinese fishermen skirted the coast of Japan.",
           "The president of Brazil sidestepped questions about his health.",
           "Hurricane Maria swept through Puerto Rico.",
           "The Conservatives swept to power in Britain.",
           "The explosion shattered the windows of the embassy of Russia.",
           "The newspaper wrote off the chances of the Labour Party."],
    "de": ["Die Regierung Polens legte den Haushalt für das nächste Jahr vor.",
           "Der Minister Frankreichs legte dem Parlament einen Bericht vor.",
           "Die Bahn Deutschlands baute zweitausend Stellen ab.",
           "Die Kandidaten der Demokraten standen sich in einer Fernsehdebatte gegenüber.",
           "Die Bundeswehr steht der Kritik gelassen gegenüber.",
           "Die Rekruten der Bundeswehr rückten in die Kaserne ein."],
}

# "is slated to" (scheduled) is no criticism: the act it announces stays coded.
SCHEDULED = [
    ("The president of Kenya is slated to visit Uganda next week.", ("KEN", "CONSULT", "UGA")),
]


def _events(lang: str, texts: tuple[str, ...]) -> dict[str, list[tuple[str, str, str]]]:
    return batch_events(lang, texts, "petrarch-d")


@pytest.mark.parametrize("lang, text", [(lang, t) for lang, texts in ORDINARY.items() for t in texts])
def test_a_narrowed_verb_in_its_ordinary_use_codes_nothing(lang, text):
    assert _events(lang, tuple(ORDINARY[lang]))[text] == []


@pytest.mark.parametrize("text, expected", SCHEDULED)
def test_slated_to_keeps_the_announced_act(text, expected):
    assert _events("en", tuple(t for t, _ in SCHEDULED))[text] == [expected]
