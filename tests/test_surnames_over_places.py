"""A bare name that a place has too is the person named before in full whose last name it is
(sentences written for these tests): "Muscat" after "Prime Minister Joseph Muscat" was Oman's
capital, so Malta's demand became Oman's; a capital with no such person before stays its state."""
from __future__ import annotations

from tests.coded_events import coded


def _triples(text: str) -> set[tuple[str, str, str]]:
    return {event[:3] for event in coded(text, "en")}


def test_last_name_of_a_person_named_before_is_his() -> None:
    found = _triples("Maltese Prime Minister Joseph Muscat refused to let the ship dock. "
                     "Muscat said Italy must take the migrants.")
    assert ("MLT", "10", "ITA") in found and not any(source == "OMN" for source, _, _ in found)


def test_capital_with_no_such_person_stays_the_state() -> None:
    assert ("OMN", "10", "IRN") in _triples("Oman hosted talks. Muscat said Iran must free the tanker.")
