"""The victims of an attack that a sentence names as the killer are the people of the state the
attack was aimed at, not the attacker's ("Israeli air strikes on Gaza killed ten people"): the
people killed take the country of the attack noun's one target (sentences written for these
tests; see Coder._struck)."""
from __future__ import annotations

import pytest

from chronist.model import Article
from chronist.pipeline import Pipeline

PIPELINE = Pipeline.default()


def coded(text: str, lang: str) -> list[tuple[str, str, str]]:
    doc = PIPELINE.process(Article(text=text, id="t", lang=lang), lang=lang)
    return [("+".join(a.code for a in e.source), e.plover, "+".join(a.code for a in e.target)) for e in doc.events]


@pytest.mark.parametrize("text, lang, attacker, struck", [
    ("A Russian missile attack on Kyiv killed three people on Monday.", "en", "RUS", "UKR"),
    ("Turkish air strikes on Iraq killed seven civilians.", "en", "TUR", "IRQ"),
    ("Ein russischer Raketenangriff auf Kiew tötete am Montag drei Menschen.", "de", "RUS", "UKR"),
    ("Türkische Luftangriffe auf den Irak töteten sieben Zivilisten.", "de", "TUR", "IRQ"),
    # "Gaza" alone names the Palestinian territory in German as in English
    ("Israelische Luftangriffe auf Gaza töteten zehn Menschen.", "de", "ISR", "PSE"),
], ids=["en-kyiv", "en-iraq", "de-kiew", "de-irak", "de-gaza"])
def test_the_dead_of_an_attack_on_a_state_are_its_people(text, lang, attacker, struck):
    found = coded(text, lang)
    assert (attacker, "ASSAULT", struck) in found
    assert (attacker, "ASSAULT", attacker) not in found


@pytest.mark.parametrize("text, lang, expected", [
    # an attack with no state as its target leaves the victims as before: the place names them
    ("A Saudi air strike on a market in Yemen killed 20 civilians.", "en", ("SAU", "ASSAULT", "YEM")),
    ("Ein saudischer Luftangriff auf einen Markt im Jemen tötete 20 Zivilisten.", "de", ("SAU", "ASSAULT", "YEM")),
], ids=["en-market", "de-markt"])
def test_an_attack_on_a_place_leaves_the_victims_to_the_place(text, lang, expected):
    assert expected in coded(text, lang)
