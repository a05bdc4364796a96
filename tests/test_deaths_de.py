"""German deaths are violence only when a phrase names the attack or the fighting
(chronist/lang/de/frames-corpus.yaml: sterben, umkommen): the dead are the target, the
durch- or bei-phrase names who did it, if anyone. An accident, an illness or a death with no
cause named is no event."""
from __future__ import annotations

import pytest

from chronist.model import Article
from chronist.pipeline import Pipeline

PIPELINE = Pipeline.default()


def coded(text: str) -> list[tuple[str, str, str]]:
    doc = PIPELINE.process(Article(text=text, id="t", lang="de"), lang="de")
    return [("+".join(a.code for a in e.source), e.plover, "+".join(a.code for a in e.target)) for e in doc.events]


@pytest.mark.parametrize("text, expected", [
    ("Zwei Palästinenser starben durch Schüsse israelischer Soldaten.", [("ISR", "ASSAULT", "PSE")]),
    ("Bei einem Luftangriff der USA starben zehn Zivilisten in Syrien.", [("USA", "ASSAULT", "SYR")]),
    ("Bei einem Anschlag der Taliban in Kabul starben zwölf Soldaten der Armee Afghanistans.", [("AFG", "ASSAULT", "AFG")]),
    ("Bei einem Busunglück starben 21 Pilger aus Indien.", []),
    ("Zwei Ärzte aus Nordkorea sind in Kambodscha gestorben.", []),
    ("Der frühere Präsident Polens starb nach langer Krankheit.", []),
], ids=["durch-shots", "bei-air-strike", "bei-attack-named", "accident", "no-cause", "illness"])
def test_deaths(text: str, expected: list) -> None:
    assert coded(text) == expected
