"""A speaker after the quotation takes its seat from the phrase after it (sentences written for
these tests): "Die USA seien eine Bedrohung, sagte die Regierung in Peking" coded nothing, as
the speaker phrase was seated by the clause of what it said (whose phrases come before it), not
by the clause of "sagte", whose "in Peking" follows it; now CHN 111 USA, as "Die Regierung in
Peking sagte, ..." was."""
from __future__ import annotations

import pytest

from tests.coded_events import coded


@pytest.mark.parametrize("text", [
    "Die USA seien eine Bedrohung für den Frieden, sagte die Regierung in Peking.",
    "Die USA seien eine Bedrohung für den Frieden, sagte ein Sprecher des Außenministeriums in Peking.",
    "Die Regierung in Peking sagte, die USA seien eine Bedrohung für den Frieden.",
])
def test_speaker_seated_after_the_quotation(text: str) -> None:
    assert ("CHN", "111", "USA") in {event[:3] for event in coded(text, "de")}


def test_troops_taken_out_of_a_country_keep_no_seat() -> None:
    assert ("RUS", "111", "USA") not in {event[:3] for event in coded(
        "Die USA seien eine Bedrohung, sagte der Botschafter nach seiner Rückkehr aus Moskau.", "de")}
