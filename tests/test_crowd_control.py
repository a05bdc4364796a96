"""Protests and crowd control.

Crowd control after a protest: the police or soldiers who use tear gas, water cannon, rubber
bullets or batons (the packs' crowd_weapons) repress the crowd violently (CAMEO 175), and a
sentence that names no one they used them on aims them at the protesters of the protest told
before it (the civilians of the protest's country).

A protest told as happening with no protester named ("Protests against the government erupted
in Kenya", "In Kenia brachen Proteste aus") was made by the civilians of the country the
sentence places it in; not when it is only possible or planned, and not when no place is named."""
from __future__ import annotations

import pytest

from chronist.model import Article
from chronist.pipeline import Pipeline

PIPELINE = Pipeline.default()


def coded(text: str, lang: str) -> list[tuple[str, str, str]]:
    doc = PIPELINE.process(Article(text=text, id="t", lang=lang), lang=lang)
    return [("+".join(f"{a.code}/{a.sector}" for a in e.source), e.cameo,
             "+".join(f"{a.code}/{a.sector}" for a in e.target)) for e in doc.events]


@pytest.mark.parametrize("text, lang, expected", [
    ("Hundreds of Ghanaians protested in Accra against fuel prices on Friday. Police fired tear gas and water cannon.",
     "en", ("GHA/COP", "175", "GHA/CVL")),
    ("Peruvian students marched in Lima to protest against the new law. Riot police responded with batons.",
     "en", ("PER/COP", "175", "PER/CVL")),
    ("Tausende Ghanaer protestierten am Freitag in Accra gegen die Benzinpreise. Die Polizei setzte Tränengas ein.",
     "de", ("GHA/COP", "175", "GHA/CVL")),
    ("Studenten demonstrierten in Lima gegen das neue Gesetz. Polizisten schossen mit Gummigeschossen.",
     "de", ("PER/COP", "175", "PER/CVL")),
], ids=["en-fired", "en-with", "de-einsetzen", "de-mit"])
def test_crowd_control_after_a_protest_represses_the_protesters(text: str, lang: str, expected: tuple) -> None:
    assert expected in coded(text, lang)


@pytest.mark.parametrize("text, lang, expected", [
    ("Police fired rubber bullets at the crowd in Accra.", "en", ("GHA/COP", "175", "GHA/CVL")),
    ("Die Polizei ging in Accra mit Wasserwerfern gegen die Menge vor.", "de", ("GHA/COP", "175", "GHA/CVL")),
    # the crowd of an act aimed at the protest itself: the people of the place it was in
    ("Die georgische Polizei löste die Demonstration in Tiflis mit Wasserwerfern auf.", "de",
     ("GEO/COP", "175", "GEO/CVL")),
], ids=["en", "de", "de-dispersed-in-town"])
def test_crowd_control_is_repression_of_the_crowd_named(text: str, lang: str, expected: tuple) -> None:
    # not a fight (190) or coercion (17), and not aimed at the government of the city it happens in
    assert coded(text, lang) == [expected]


@pytest.mark.parametrize("text, lang", [
    ("Police fired tear gas in Accra on Friday.", "en"),
    ("Die Polizei setzte am Freitag in Accra Tränengas ein.", "de"),
], ids=["en", "de"])
def test_crowd_control_with_no_protest_told_has_no_target(text: str, lang: str) -> None:
    assert coded(text, lang) == []


@pytest.mark.parametrize("text, lang, expected", [
    ("Protests against the new tax broke out in Ghana on Tuesday.", "en", ("GHA/CVL", "141", "GHA/GOV")),
    ("Protests against the president continued in Caracas.", "en", ("VEN/CVL", "141", "VEN/GOV")),
    ("In Ghana brachen am Dienstag Proteste gegen die neue Steuer aus.", "de", ("GHA/CVL", "14", "GHA/GOV")),
], ids=["en-broke-out", "en-continued", "de-ausbrechen"])
def test_a_protest_that_happened_was_made_by_the_civilians_there(text: str, lang: str, expected: tuple) -> None:
    assert expected in coded(text, lang)


@pytest.mark.parametrize("text, lang", [
    ("Protests might break out in Ghana next week.", "en"),
    ("Protests against the new tax broke out on Tuesday.", "en"),
    ("In Ghana könnten Proteste ausbrechen.", "de"),
], ids=["en-possible", "en-no-place", "de-possible"])
def test_a_possible_protest_or_one_nowhere_has_no_protesters(text: str, lang: str) -> None:
    assert not [e for e in coded(text, lang) if e[1].startswith("14")]
