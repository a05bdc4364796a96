"""English counterpart of tests/test_conditioned_nouns_de.py: an event noun in the object of a verb
that makes it depend on a condition ("made the resumption of talks with Turkey conditional on the
release of journalists", "conditioned military aid to Egypt on reforms") is a condition set, not an
act done. Not "linked the attack to ...", which blames (sentences written for these tests)."""
from __future__ import annotations

import pytest

from tests.coded_events import coded


@pytest.mark.parametrize("text", [
    "Brussels made the resumption of talks with Turkey conditional on the release of journalists.",
    "Washington conditioned military aid to Egypt on human rights reforms.",
    "The EU made further sanctions against Russia dependent on the situation in Ukraine.",
], ids=["make-conditional-on", "condition-on", "make-dependent-on"])
def test_a_condition_set_is_no_act(text: str) -> None:
    assert coded(text, "en") == []


@pytest.mark.parametrize("text, expected", [
    ("Brussels resumed talks with Turkey on condition that journalists are released.", ("IGO:EU", "046", "TUR")),
    ("The EU made a decision on sanctions against Russia.", ("IGO:EU", "163", "RUS")),
], ids=["resumed-on-condition", "made-a-decision"])
def test_other_objects_stay_acts(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in [e[:3] for e in coded(text, "en")]
