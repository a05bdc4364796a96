"""The weapon named as the subject of an attack ("Russian missiles hit Kyiv", "Israelische Raketen
trafen Gaza"), or as the agent of a passive ("was hit by a missile attack"), is the instrument a frame otherwise finds in a prepositional phrase ("hit Kyiv with
missiles"): frames marked ``instrument`` read it there, and the weapon's country is the attacker.
"Trafen" with a weapon as subject is no meeting."""
from __future__ import annotations

import pytest

from chronist.coding.frames import parse_frames
from tests.coded_events import coded


@pytest.mark.parametrize("text, lang, expected", [
    ("Iranian missiles hit Baghdad on Sunday.", "en", ("IRN", "190", "IRQ")),
    ("North Korean rockets hit Seoul.", "en", ("PRK", "190", "KOR")),
    ("Iranische Raketen trafen Bagdad am Sonntag.", "de", ("IRN", "19", "IRQ")),
    ("Nordkoreanische Granaten trafen Seoul.", "de", ("PRK", "19", "KOR")),
    ("Israel was hit by an Iranian missile attack.", "en", ("IRN", "190", "ISR")),
    ("Israel wurde von iranischen Raketen getroffen.", "de", ("IRN", "19", "ISR")),
], ids=["missiles-hit", "rockets-hit", "Raketen-trafen", "Granaten-trafen", "passive-hit-by", "passive-von-getroffen"])
def test_a_weapon_as_subject_is_the_attack_of_its_country(text: str, lang: str, expected: tuple) -> None:
    assert [e[:3] for e in coded(text, lang)] == [expected]


def test_instrument_is_a_field_of_frames() -> None:
    book = parse_frames('verbs:\n  - {lemma: hit, when_prep: [missile], cameo: "190", target: [object]}\n'
                        '  - {lemma: strike, when_prep: [missile], cameo: "190", target: [object], instrument: true}\n',
                        where="test")
    assert {f.lemma: f.instrument for f in book.frames()} == {"hit": False, "strike": True}


@pytest.mark.parametrize("text, lang", [
    ("The town was hit by a storm.", "en"),
    ("Der Minister wurde von seinem Amtskollegen in Paris getroffen.", "de"),
], ids=["storm", "Amtskollege"])
def test_an_agent_that_is_no_weapon_makes_no_attack(text: str, lang: str) -> None:
    assert not [e for e in coded(text, lang) if e[1][:2] in ("18", "19", "20")]
