"""A frame's words match whichever way the tagger spells ß and ss: HanTa gives the old
"Kompromiß", "Beschluß", "Prozeß", the frames say "Kompromiss", "Beschluss", "Prozess"."""
from __future__ import annotations

import pytest

from chronist.coding.frames import spellings
from chronist.model import Article
from chronist.pipeline import Pipeline

PIPELINE = Pipeline.default()


def coded(text: str) -> list[tuple[str, str, str, str]]:
    doc = PIPELINE.process(Article(text=text, id="t", lang="de"), lang="de")
    return [("+".join(a.code for a in e.source), e.cameo, "+".join(a.code for a in e.target), e.modality)
            for e in doc.events]


def test_spellings_go_both_ways() -> None:
    assert spellings("kompromiss") == ("kompromiss", "kompromiß")
    assert spellings("beschuß") == ("beschuß", "beschuss")
    assert spellings("angriff") == ("angriff",)


@pytest.mark.parametrize("text, expected", [
    ("Russland schloss einen Kompromiss mit der Ukraine.", ("RUS", "057", "UKR", "asserted")),
    ("Ungarn blockierte den Beschluss der EU.", ("HUN", "12", "IGO:EU", "asserted")),
    ("Griechenland erzielte einen Kompromiss mit Mazedonien.", ("GRC", "03", "MKD", "asserted")),
], ids=["schließen-Kompromiss", "blockieren-Beschluss", "erzielen-Kompromiss"])
def test_old_spelling_of_the_tagger_matches_the_frames(text: str, expected: tuple) -> None:
    assert coded(text) == [expected]
