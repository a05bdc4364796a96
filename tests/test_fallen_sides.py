"""Fighting whose dead are of two armed sides was fought between them (sentences written for these
tests; ``Coder._fallen_sides``), and a number before the second of two joined groups counts a
group of its own (``matcher._determined``).

"Bei Gefechten in der Provinz Idlib starben 20 syrische Soldaten und 19 Rebellen" coded nothing:
the rebels were hidden by the Syrian soldiers named before them, and the fighting had no side.
Now the number "19" gives the rebels their own phrase part, and fighting with no side named whose
dead are a state's soldiers and rebels is SYR 190 between the two, in English too. Civilians who
die in fighting are no side of it.

An attack noun that is the means of a killing told in the active with its doer named is that
killing, not a second act (``Coder._means_of_harm``): "Die französische Armee tötete bei einem
Luftangriff in Mali Dutzende Dschihadisten" also coded FRA 195 MLI/GOV, an attack on Mali's
government.
"""

from __future__ import annotations

import pytest

from tests.coded_events import sectored


@pytest.mark.parametrize("text, lang", [
    ("Bei Gefechten in der Provinz Idlib starben 20 syrische Soldaten und 19 Rebellen.", "de"),
    ("Twenty Syrian soldiers and 19 rebels were killed in clashes in Idlib province.", "en"),
])
def test_dead_of_both_sides_fought_each_other(text, lang):
    assert sectored(text, lang) == [("SYR/MIL+SYR/REB", "190", "SYR/MIL+SYR/REB")]


@pytest.mark.parametrize("text, lang", [
    ("Bei Kämpfen starben zwei Zivilisten und ein Soldat.", "de"),
    ("Two civilians and a soldier died in the fighting.", "en"),
])
def test_civilians_are_no_side(text, lang):
    assert all(c != "190" for _, c, _ in sectored(text, lang))


def test_attack_noun_as_the_means_of_a_killing_is_one_act():
    # "bei einem Luftangriff in Mali" is how the army killed, not a second attack aimed at Mali
    assert sectored("Die französische Armee tötete bei einem Luftangriff in Mali Dutzende Dschihadisten.", "de") == [
        ("FRA/MIL", "18", "MLI/REB")]


def test_attack_noun_people_died_in_keeps_its_doer():
    assert sectored("Bei russischen Luftangriffen auf Idlib starben zehn Zivilisten.", "de") == [
        ("RUS/GOV", "195", "SYR/CVL")]
