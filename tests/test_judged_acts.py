"""A party's act judged in a clause that is the subject of "be" (sentences written for these
tests): "What Russia is doing in Ukraine is unacceptable, the NATO chief said" coded nothing,
as "be" had no subject of its own; the doer of the clausal subject is now what is judged, as
in "Russia's behaviour is unacceptable". A judgement that is no scorn stays no event."""
from __future__ import annotations

import pytest

from tests.coded_events import coded


@pytest.mark.parametrize("text, expected", [
    ("What Russia is doing in Ukraine is unacceptable, the NATO chief said.", ("IGO:NATO", "111", "RUS")),
    ("What China is doing in Xinjiang is a crime, Pompeo said.", ("USA", "111", "CHN")),
    ("What Israel did in Gaza was a massacre, Erdogan told reporters.", ("TUR", "111", "ISR")),
])
def test_scorned_act_of_a_party_is_criticism_of_it(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in {event[:3] for event in coded(text, "en")}


@pytest.mark.parametrize("text", [
    "What Russia is doing in Syria is important, Assad said.",
    "What Iran wants is a new deal, the minister said.",
])
def test_other_judgements_are_no_event(text: str) -> None:
    assert coded(text, "en") == []
