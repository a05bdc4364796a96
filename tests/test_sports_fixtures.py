"""A meeting, visit or demand in a sentence about sport (pack words sports_words) between no
state's officials, no person named and no international body is a fixture or a club's ambition, no
political event ("Paris Saint-Germain" is no French government); officials meeting at a match stay
(sentences written for these tests)."""
from __future__ import annotations

import pytest

from tests.coded_events import events


@pytest.mark.parametrize("text, lang", [
    ("Paris Saint-Germain travelled to London for the Champions League quarter-final.", "en"),
    ("France met England in the semi-final of the tournament.", "en"),
    ("Mit einem knappen Vorsprung ist Paris Saint Germain zum Champions-League-Achtelfinale nach London gereist.", "de"),
    ("In der heimischen Ligue 1 konkurrenzlos, fordern die katarischen Club-Besitzer den Titelgewinn.", "de"),
], ids=["PSG-travelled", "France-met-England", "PSG-gereist", "Club-Besitzer-fordern"])
def test_a_fixture_is_no_event(text: str, lang: str) -> None:
    assert events(text, lang) == []


@pytest.mark.parametrize("text, lang, expected", [
    ("Russian President Vladimir Putin met the French president at the World Cup final in Moscow.", "en",
     ("RUS", "CONSULT", "FRA")),
    ("Kanzlerin Merkel traf den französischen Präsidenten beim Halbfinale der Fußball-Weltmeisterschaft in Moskau.", "de",
     ("DEU", "CONSULT", "FRA")),
    ("The French president travelled to London.", "en", ("FRA", "CONSULT", "GBR")),
], ids=["Putin-met-at-final", "Merkel-traf-beim-Halbfinale", "president-travelled"])
def test_officials_at_a_match_stay(text: str, lang: str, expected: tuple[str, str, str]) -> None:
    assert expected in events(text, lang)
