"""A passive clause of violence with no agent takes as its source who did the attack its harm is
put down to ("bei einem Angriff der US-Armee getötet"): the victims are the target, and the
attack noun is not coded again on its own (chronist/coding/coder.py, _attacker). Fighting,
which both sides did, and harm done by a thing keep their own rules."""
from __future__ import annotations

import pytest

from chronist.model import Article
from chronist.pipeline import Pipeline

PIPELINE = Pipeline.default()


def coded(text: str, lang: str = "de") -> list[tuple[str, str, str]]:
    doc = PIPELINE.process(Article(text=text, id="t", lang=lang), lang=lang)
    return [("+".join(a.code for a in e.source), e.plover, "+".join(a.code for a in e.target)) for e in doc.events]


@pytest.mark.parametrize("text, expected", [
    ("Drei Offiziere der Armee Malis wurden bei einem Angriff von Tuareg-Rebellen aus Mali verletzt.",
     [("MLI", "ASSAULT", "MLI")]),
    ("Bei einem Luftangriff der türkischen Armee wurden vier PKK-Kämpfer getötet.", [("TUR", "ASSAULT", "TUR")]),
    ("Zwei libanesische Journalisten wurden bei israelischen Luftangriffen getötet.", [("ISR", "ASSAULT", "LBN")]),
    ("Mehrere serbische Diplomaten wurden bei US-Luftangriffen in Libyen getötet.", [("USA", "ASSAULT", "SRB")]),
    ("Bei Kämpfen zwischen der Armee und den Rebellen wurden in Syrien 20 Menschen getötet.",
     [("SYR+SYR", "ASSAULT", "SYR+SYR")]),
    ("Zwei syrische Soldaten wurden bei einer Explosion verletzt.", []),
    ("Bei russischen Luftangriffen auf ukrainische Stellungen wurden zwölf Menschen getötet.",
     [("RUS", "ASSAULT", "UKR")]),
    ("Bei Angriffen von US-Drohnen wurden acht Kämpfer getötet, wie aus dem Pentagon verlautete.", []),
], ids=["bei-attack-von", "bei-air-strike-genitive", "bei-adjective", "not-the-place", "fighting-both-sides",
        "thing", "attack-with-own-target", "victims-of-unknown-country"])
def test_passive_attacker(text: str, expected: list) -> None:
    assert coded(text) == expected


def test_passive_attacker_english() -> None:
    # the same coder rule with the English pack's cause prepositions
    assert coded("Two Lebanese journalists were killed in an Israeli air strike.", "en") == [("ISR", "ASSAULT", "LBN")]
