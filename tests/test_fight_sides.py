"""Three ways a sentence says that no one attacked whom the coder would guess:
- a fight with an ally named ("alongside", "on the side of", "an der Seite von") has no enemy
  by default: not the state it is fought in, not the other side of that state's conflict;
- "demonstrate" / "demonstrieren" with an object shows something ("its strength", "Einigkeit"):
  no protest (strength and might shown are a show of force, CAMEO 15);
- the injured of an accident ("crash", "collision") were hurt by no one, in English as in German."""
from __future__ import annotations

import pytest

from chronist.model import Article
from chronist.pipeline import Pipeline

PIPELINE = Pipeline.default()


def coded(text: str, lang: str) -> list[tuple[str, str, str]]:
    doc = PIPELINE.process(Article(text=text, id="t", lang=lang), lang=lang)
    return [("+".join(a.code for a in e.source), e.plover, "+".join(a.code for a in e.target)) for e in doc.events]


@pytest.mark.parametrize("text, lang", [
    ("Hezbollah fought on the side of the Syrian army near Aleppo.", "en"),
    ("In Syria, Russia has fought on the side of Bashar al-Assad since 2015.", "en"),
    ("Iranian militias fought alongside Iraqi troops in Iraq.", "en"),
    ("Russland kämpft in Syrien an der Seite von Machthaber Assad.", "de"),
], ids=["on-the-side-of", "place-and-ally", "alongside", "an-der-Seite"])
def test_a_fight_beside_an_ally_has_no_guessed_enemy(text: str, lang: str) -> None:
    assert not [e for e in coded(text, lang) if e[1] == "ASSAULT"]


@pytest.mark.parametrize("text, lang, expected", [
    ("Turkish troops fought alongside Syrian rebels against the Syrian army.", "en", ("TUR", "ASSAULT", "SYR")),
    ("Russland kämpft an der Seite der syrischen Armee gegen die Türkei.", "de", ("RUS", "ASSAULT", "TUR")),
], ids=["en", "de"])
def test_a_fight_beside_an_ally_keeps_the_enemy_it_names(text: str, lang: str, expected: tuple) -> None:
    assert expected in coded(text, lang)


@pytest.mark.parametrize("text, lang", [
    ("The Russian army demonstrated its resolve with a parade in Moscow.", "en"),
    ("The Russian government demonstrated its unity in Moscow.", "en"),
    ("Die Regierung Österreichs demonstrierte bei dem Treffen Einigkeit.", "de"),
], ids=["en-army", "en-government", "de"])
def test_demonstrating_something_is_no_protest(text: str, lang: str) -> None:
    # neither a protest nor, by a government, an official complaint
    assert coded(text, lang) == []


@pytest.mark.parametrize("text, lang", [
    ("Thousands of Russians demonstrated in Moscow against the government.", "en"),
    ("Tausende Russen demonstrierten in Moskau gegen die Regierung.", "de"),
], ids=["en", "de"])
def test_demonstrating_with_no_object_is_a_protest(text: str, lang: str) -> None:
    assert [e for e in coded(text, lang) if e[1] == "PROTEST"]


def test_show_of_strength_is_a_show_of_force() -> None:
    assert ("RUS", "MOBILIZE", "UKR") in coded("The Russian army demonstrated its strength to Ukraine with large drills.", "en")


def test_the_injured_of_an_accident_were_hurt_by_no_one() -> None:
    text = "A bus hit a truck near Nairobi in Kenya. Following the crash, twelve passengers were injured."
    assert not [e for e in coded(text, "en") if e[1] == "ASSAULT"]
