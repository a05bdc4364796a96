"""English counterpart of the German control nouns (tests/test_parallel_2_de.py: 'traf die
Entscheidung, Sanktionen zu verhängen'; 'begrüßte die Entscheidung, die Sanktionen aufzuheben'): the
to-infinitive of a noun of will, decision or attempt is what the noun's owner does, read as the verb
the noun stands for (decision: decided, plan: planned, refusal: refused). The owner is the noun's
possessor or "by" phrase, or the subject of a verb that makes the noun its own ("made the decision",
"announced its decision"); after any other verb an unowned noun's infinitive has no subject
(sentences written for these tests)."""
from __future__ import annotations

import pytest

from tests.coded_events import coded


@pytest.mark.parametrize("text, expected", [
    ("The EU made the decision to impose sanctions on Belarus.", ("IGO:EU", "163", "BLR", "asserted")),
    ("China announced its decision to impose tariffs on US goods.", ("CHN", "163", "USA", "asserted")),
    ("Britain reaffirmed its willingness to negotiate with the EU.", ("GBR", "036", "IGO:EU", "intent")),
    ("Russia confirmed its intention to expel British diplomats.", ("RUS", "136", "GBR", "intent")),
    ("Germany welcomed Washington's decision to lift sanctions against Russia.", ("USA", "081", "RUS", "asserted")),
    ("The refusal by Iran to negotiate with the United States angered Washington.", ("IRN", "125", "USA", "asserted")),
], ids=["made-the-decision", "its-decision", "its-willingness", "its-intention", "possessor", "by-phrase"])
def test_the_owner_does_what_the_noun_says(text: str, expected: tuple) -> None:
    assert expected in coded(text, "en")


@pytest.mark.parametrize("text", [
    "Germany welcomed the decision to lift sanctions against Russia.",
    "Germany criticised the decision to withdraw US troops from Germany.",
    "Britain dropped its plan to expel Russian diplomats.",
], ids=["welcomed-unowned", "criticised-unowned", "dropped-plan"])
def test_an_unowned_noun_after_another_verb_names_no_doer(text: str) -> None:
    assert [e for e in coded(text, "en") if e[1] != "051" and e[1] != "111"] == []
