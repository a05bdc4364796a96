"""A promise or a pledge made to no one named is no interaction (sentences written for these
tests): "Der Präsident versprach mehr Transparenz", "The minister promised transparency" coded
an intent to cooperate (03) with no target; a promise to a party named stays, and so does an
intent named by a noun ("die Absicht zur atomaren Abrüstung"), as the seed's gold has it."""
from __future__ import annotations

import pytest

from tests.coded_events import coded


@pytest.mark.parametrize("text, lang", [
    ("Der Präsident versprach im Wahlkampf mehr Transparenz.", "de"),
    ("Die Politiker versprechen eine lückenlose Aufklärung.", "de"),
    ("The minister promised transparency and accountability.", "en"),
    ("The president pledged to fight corruption.", "en"),
])
def test_promise_to_no_one_is_no_event(text: str, lang: str) -> None:
    assert not any(cameo == "03" for _, cameo, _, _ in coded(text, lang))


@pytest.mark.parametrize("text, lang, expected", [
    ("Merkel versprach der Ukraine weitere Unterstützung.", "de", ("DEU", "UKR")),
    ("Biden pledged further support to Ukraine.", "en", ("USA", "UKR")),
])
def test_promise_to_a_party_stays(text: str, lang: str, expected: tuple[str, str]) -> None:
    assert any((source, target) == expected and cameo.startswith("03") for source, cameo, target, _ in coded(text, lang))
