"""A reaction told in an apposition right after the act ("..., a move condemned by the United
Nations", "..., ein Schritt, der von Moskau begrüßt wurde") is aimed at who did the act
(coding.coder.Coder._appended_act; sentences written here)."""
from __future__ import annotations

import pytest

from tests.coded_events import coded


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "The Taliban have banned women from working for aid groups, a move condemned by the United Nations.",
     ("IGO:UN", "111", "AFG")),
    ("en", "Hungary vetoed the aid package, a step welcomed by Moscow.", ("RUS", "051", "HUN")),
    ("de", "Die Taliban haben Frauen die Arbeit für Hilfsorganisationen verboten, ein Schritt, der von den "
           "Vereinten Nationen verurteilt wurde.", ("IGO:UN", "111", "AFG")),
    ("de", "Ungarn blockierte das Hilfspaket, ein Schritt, der von Moskau begrüßt wurde.", ("RUS", "051", "HUN")),
])
def test_apposition_reaction_targets_the_doer(lang, text, expected):
    assert expected in [event[:3] for event in coded(text, lang)]


@pytest.mark.parametrize("lang, text", [
    ("en", "Russia expelled two diplomats, a step criticised by the Kremlin's own allies in Moscow."),
    ("de", "Russland wies zwei Diplomaten aus, ein Schritt, der von Moskau begrüßt wurde."),
])
def test_no_reaction_to_the_own_side(lang, text):
    assert not any(source == target for source, _, target, _ in coded(text, lang))


@pytest.mark.parametrize("text, expected", [
    ("Ungarn blockierte das Hilfspaket, was von der EU scharf kritisiert wurde.", ("IGO:EU", "111", "HUN")),
    ("Ungarn blockierte das Hilfspaket, was die EU scharf kritisierte.", ("IGO:EU", "111", "HUN")),
    ("Die malische Junta löste das Parlament auf, was die Afrikanische Union scharf verurteilte.",
     ("IGO:AU", "111", "MLI")),
])
def test_reaction_to_the_clause_before_by_was(text, expected):
    """German "was" stands for the whole clause before; with a reaction's active verb the parse
    reads it as the subject and the critic as the object (packs' clause_relatives)."""
    assert expected in [event[:3] for event in coded(text, "de")]


def test_was_of_a_verb_that_is_no_reaction_stays_the_subject():
    got = [event[:3] for event in coded("Russland griff die Ukraine an, was die Lage weiter verschärfte.", "de")]
    assert got == [("RUS", "190", "UKR")]
