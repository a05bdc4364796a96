"""Rejections that name no one, answering an offer or a request (sentences written for these
tests).

- An offer or a promise that a language pack tells as intended (German "bot ... Gespräche an":
  036, intent) was made all the same: "Washington bot Pjöngjang Gespräche an. Nordkorea lehnte
  ab" coded no rejection, now PRK 12 USA, as the English "offered ... refused" did.
- A request that asks no other state than its maker's may be answered by any state: "Turkey
  requested Gülen's extradition. The United States rejected the request" coded no rejection (the
  request named no one asked), now USA 12 TUR. A request made of another state still needs that
  state to answer it."""
from __future__ import annotations

import pytest

from tests.coded_events import coded


def _rejections(text: str, lang: str) -> set[tuple[str, str]]:
    return {(source, target) for source, cameo, target, _ in coded(text, lang) if cameo.startswith("12")}


@pytest.mark.parametrize("text, lang", [
    ("Washington bot Pjöngjang Gespräche an. Nordkorea lehnte ab.", "de"),
    ("Die USA boten Nordkorea Verhandlungen an. Pjöngjang wies das Angebot zurück.", "de"),
    ("Washington offered talks to Pyongyang. North Korea refused.", "en"),
])
def test_rejected_offer_answers_its_maker(text: str, lang: str) -> None:
    assert ("PRK", "USA") in _rejections(text, lang)


@pytest.mark.parametrize("text, lang", [
    ("Die Türkei forderte die Auslieferung Gülens. Die USA lehnten das Ersuchen ab.", "de"),
    ("Turkey requested Gülen's extradition. The United States rejected the request.", "en"),
])
def test_request_of_no_other_state_is_answered_by_any(text: str, lang: str) -> None:
    assert ("USA", "TUR") in _rejections(text, lang)


def test_request_made_of_another_state_is_not_answered_by_a_third() -> None:
    assert _rejections("Kiew forderte von Moskau die Freilassung der Seeleute. Die USA lehnten die Forderung ab.",
                       "de") == set()
