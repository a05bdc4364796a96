"""English wordings coded as done where the German side of parallel articles codes no act.

- An event noun that hangs on another noun takes that noun's standing: told as only what ought
  to be or might be, it is no act either; and the phrase of a copula with a modal is what ought
  to be, as the copula's object is ("suggested he should be in charge of negotiations with the
  EU": no negotiations held).
"""
from __future__ import annotations

import pytest

from tests.coded_events import coded


@pytest.mark.parametrize("text", [
    # each was coded as negotiations or talks held (046, 040) before
    "The opposition leader suggested Britain should be in charge of the negotiations with Brussels.",
    "The foreign minister said Germany could be in charge of the talks with Iran.",
    "A Conservative MP said Britain must be part of the negotiations with the EU.",
], ids=["should-be-in-charge-of", "could-be-in-charge-of", "must-be-part-of"])
def test_a_noun_in_what_ought_to_be_is_no_act(text: str) -> None:
    assert not [e for e in coded(text, "en") if e[1].startswith("04")]


@pytest.mark.parametrize("text, event", [
    ("Britain held talks with Iran in London.", ("GBR", "040", "IRN", "asserted")),
    ("The British prime minister was in charge of the negotiations with the EU.", ("GBR", "046", "IGO:EU", "asserted")),
], ids=["talks-held", "was-in-charge"])
def test_a_noun_of_what_is_stays(text: str, event: tuple[str, str, str, str]) -> None:
    assert event in coded(text, "en")
