"""The country of the doers of an attack named only by their deed, branch s21j (sentences
written for these tests).

Convention (counted on the dev halves of the whole-article gold files, the PLOVER dev files and
the silver files): unnamed private persons take the country of the place or the article in the
annotation (victims and civilians 85 of 91, demonstrators 13 of 13, suspects arrested 12 of 16,
workers 4 of 5), which the coder already gives them. The doers of an attack named only by their
deed ("Angreifer", "attackers", "gunmen", "bewaffnete Männer") are the exception: 6 of 6 are
coded UNK, as the doers called unknown ("Unbekannte", "unknown gunmen") are: who they are is not
known.

- ``Words.perpetrator_nouns`` (both packs): an actor whose words end in one of these nouns keeps its
  unknown country (``Actor.abroad``, as with ``unknown_modifiers``), also one of several a phrase
  names ("sieben Soldaten und vier Angreifer": the soldiers still take the country): "Lima – Gunmen
  shot dead a judge" is UNK/REB 18 PER (was PER/REB), "Eine Gruppe bewaffneter Männer überfiel eine
  Polizeiwache" likewise UNK.
- The agent of a passive that is such a noun and no actor is an unknown perpetrator
  (``Coder._unknown_agent``), as "von Unbekannten" is: "Ein Polizist wurde von Angreifern
  angeschossen" is UNK 193 (was no event).
"""

from __future__ import annotations

import pytest

from tests.coded_events import sectored, triples


@pytest.mark.parametrize("text, lang, expected", [
    ("Lima – Gunmen shot dead a judge outside his house in Lima on Tuesday.", "en", ("UNK", "PER")),
    ("Quito – Armed men attacked a police station in Quito on Friday night.", "en", ("UNK", "ECU")),
    ("Lima – Bewaffnete Männer haben am Dienstag in Lima einen Richter erschossen.", "de", ("UNK", "PER")),
    ("Quito – Eine Gruppe bewaffneter Männer griff am Freitag in Quito eine Polizeiwache an.", "de", ("UNK", "ECU")),
])
def test_doers_named_by_their_deed_keep_no_country(text: str, lang: str, expected: tuple[str, str]) -> None:
    pairs = [(s, t) for s, c, t in triples(text, lang) if c.startswith("18") or c.startswith("19")]
    assert expected in pairs


@pytest.mark.parametrize("text, lang", [
    ("Quito – Ein Polizist wurde am Freitag in Quito von Angreifern angeschossen.", "de"),
    ("Quito – A policeman was shot by attackers in Quito on Friday.", "en"),
])
def test_passive_agent_named_by_the_deed_is_unknown(text: str, lang: str) -> None:
    events = triples(text, lang)
    assert any(s == "UNK" and c.startswith(("18", "19")) and t == "ECU" for s, c, t in events), events


@pytest.mark.parametrize("text, lang, expected", [
    # guards: people named by no deed keep the country the sentence places them in
    ("Lima – Police arrested a suspect in Lima on Tuesday.", "en", ("PER/COP", "173", "PER/CVL")),
    ("Lima – Die Polizei nahm am Dienstag in Lima einen Verdächtigen fest.", "de", ("PER/COP", "173", "PER/CVL")),
    ("Quito – Police fired tear gas at demonstrators in Quito on Friday.", "en", ("ECU/COP", "175", "ECU/CVL")),
])
def test_private_persons_keep_the_place_country(text: str, lang: str, expected: tuple[str, str, str]) -> None:
    assert expected in sectored(text, lang)
