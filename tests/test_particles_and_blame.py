"""On sentences written here: a particle the parser gives an object of its
own ("sealed off the town") is the verb's particle, the noun its object
(repairs.particles_read_as_prepositions); and an accusation whose object names someone no
dictionary knows ("blamed trafficking gangs") does not borrow the object of the verb before it;
denying a part in an act ("denied any involvement", CAMEO 016) is a statement, no rejection."""
from __future__ import annotations

import pytest

from tests.coded_events import coded, events


@pytest.mark.parametrize("sentence, expected", [
    ("Turkish troops sealed off the border town of Kobani.", ("TUR", "191", "SYR", "asserted")),
    ("Police in Kenya sealed off the opposition leader's house.", ("KEN", "191", "KEN", "asserted")),
])
def test_particle_with_an_object_of_its_own(sentence, expected):
    assert expected in coded(sentence, "en")


def test_peacekeepers_sealing_off_a_village_are_not_its_target():
    got = events("NATO-led peacekeepers sealed off the village where the gunmen had hidden.", "en")
    assert not any(e[2] == "IGO:NATO" for e in got)


@pytest.mark.parametrize("sentence, praised", [
    ("Spanish Prime Minister Pedro Sanchez praised Moroccan security forces and blamed human trafficking gangs.", "MAR"),
    ("Italy's interior minister thanked Tunisia for its help and blamed smugglers for the deaths.", "TUN"),
])
def test_an_accusation_with_an_object_of_its_own(sentence, praised):
    got = events(sentence, "en")
    assert any(e[1] == "SUPPORT" and e[2] == praised for e in got)
    assert not any(e[1] == "ACCUSE" and e[2] == praised for e in got)


@pytest.mark.parametrize("lang, text", [
    ("en", "Ukraine blamed Russia for the blast at the dam. Moscow denied any involvement."),
    ("en", "Kosovo accused Serbia of arming the gunmen. Belgrade denied responsibility for the attack."),
    ("de", "Der Kosovo warf Serbien vor, Paramilitärs über die Grenze geschickt zu haben. Serbien bestritt jede Beteiligung."),
])
def test_denying_a_part_in_an_act_is_a_statement(lang, text):
    # CAMEO 016, deny responsibility: a public statement, no rejection of the accuser
    assert not any(e[1] == "REJECT" for e in events(text, lang))
