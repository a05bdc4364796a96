"""German death verbs with an attack noun (frames-corpus.yaml: sterben, umkommen, ums Leben
kommen): the attack list names the common compounds, since a condition word matches a
prepositional phrase's word as a whole."""
from __future__ import annotations

import pytest

from chronist.model import Article
from chronist.pipeline import Pipeline

PIPELINE = Pipeline.default()


@pytest.mark.parametrize("text, expected", [
    ("Bei einem Terroranschlag in Kabul starben zwölf afghanische Zivilisten.", ("UNK", "ASSAULT", "AFG")),
    ("Bei einem Messerangriff in Jerusalem kam ein israelischer Soldat ums Leben.", ("UNK", "ASSAULT", "ISR")),
    ("Durch Mörserbeschuss kamen in Donezk vier ukrainische Soldaten um.", ("UNK", "ASSAULT", "UKR")),
])
def test_death_in_an_attack_compound(text: str, expected: tuple[str, str, str]) -> None:
    doc = PIPELINE.process(Article(text=text, id="attacks-de"), lang="de")
    events = [("+".join(a.code for a in e.source), e.plover, "+".join(a.code for a in e.target))
              for e in doc.events]
    assert expected in events, events
