"""English wordings coded as done where the German side of parallel articles codes no act.

- An event noun that hangs on another noun takes that noun's standing: told as only what ought
  to be or might be, it is no act either; and the phrase of a copula with a modal is what ought
  to be, as the copula's object is ("suggested he should be in charge of negotiations with the
  EU": no negotiations held).
- Leaders who held a summit met, as those who held talks or a meeting did ("Trump and Putin
  held a summit in Helsinki"; frames.yaml, verb:hold:040), as German "hielten einen Gipfel ab" is.
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
    # (not "was in charge of the negotiations": 'charge of' names an office, see test_mentions.py)
    ("The British prime minister was part of the negotiations with the EU.", ("GBR", "046", "IGO:EU", "asserted")),
], ids=["talks-held", "was-part-of"])
def test_a_noun_of_what_is_stays(text: str, event: tuple[str, str, str, str]) -> None:
    assert event in coded(text, "en")


def test_a_summit_two_leaders_held_is_their_meeting() -> None:
    # nothing before: "hold" met talks and meetings, not summits ("hielten einen Gipfel ab" was coded)
    assert ("USA+RUS", "040", "USA+RUS", "asserted") in coded("Trump and Putin held a summit in Helsinki in July.", "en")


def test_a_summit_one_body_held_names_no_one_met() -> None:
    assert coded("The African Union held a summit in Addis Ababa.", "en") == []
