"""A reaction to an act a state's own rulers or forces do in its land (the packs'
``domestic_acts``: a crackdown, a coup, arrests), placed in a state by the phrase right after it
and with no such act reported before, is aimed at that state ("The EU condemned the crackdown in
Belarus"); a place elsewhere in the sentence or the source's own state aims it at no one. Also:
a German place name governed by a preposition ends before a title and a name ("in Mali Präsident
Keïta"), English "forces loyal to X" are X's, and "officials, including X" X's officials.
Sentences written for these tests."""
import pytest

from tests.coded_events import coded


@pytest.mark.parametrize("text,lang,expected", [
    ("The EU condemned the crackdown in Belarus.", "en", ("IGO:EU", "111", "BLR")),
    ("The United States condemned the coup in Mali.", "en", ("USA", "111", "MLI")),
    ("Die EU verurteilte den Putsch in Mali.", "de", ("IGO:EU", "111", "MLI")),
    ("Deutschland kritisierte die Festnahmen in Moskau.", "de", ("DEU", "111", "RUS")),
], ids=["crackdown-en", "coup-en", "putsch-de", "festnahmen-de"])
def test_reaction_to_a_placed_domestic_act(text, lang, expected):
    assert expected in [e[:3] for e in coded(text, lang)]


@pytest.mark.parametrize("text,lang", [
    ("The EU, meeting in Brussels, condemned the crackdown.", "en"),
    ("Russia condemned the crackdown in Russia.", "en"),
    ("Die EU verurteilte in Brüssel den Angriff.", "de"),
], ids=["venue-en", "own-en", "venue-de"])
def test_no_target_without_a_placed_domestic_act(text, lang):
    assert not [e for e in coded(text, lang) if e[2]]


def test_earlier_act_before_the_place():
    events = coded("Soldiers arrested Mali's president on Tuesday. The African Union condemned the coup.", "en")
    assert ("IGO:AU", "111", "MLI") in [e[:3] for e in events]


@pytest.mark.parametrize("text,lang,expected", [
    ("Meuternde Soldaten haben in Mali Präsident Ibrahim Boubacar Keïta festgenommen.", "de", ("MLI", "173", "MLI")),
    ("Forces loyal to Khalifa Hifter attacked Tripoli.", "en", ("LBY", "190", "LBY")),
], ids=["title-after-place-de", "loyal-to-en"])
def test_place_title_and_allegiance(text, lang, expected):
    assert [e[:3] for e in coded(text, lang)] == [expected]


def test_members_named_say_whose_the_group_is():
    events = coded("LONDON (Reuters) - Washington imposed sanctions on 11 officials, including Chief Executive "
                   "Carrie Lam.", "en")
    assert [e[:3] for e in events] == [("USA", "163", "HKG")]
