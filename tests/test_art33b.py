"""North Africa, the Sahel and the Horn of Africa (branch art33b): sentences written for this
branch, in the style of wire reports on Sudan's war between the army and the RSF, Somalia's
al-Shabaab, the Sahel juntas that expel French diplomats and missions, and ECOWAS's threats.

They cover an unnamed army joined to an armed group named by its name ("die Armee und die
paramilitärischen Rapid Support Forces": the group's enemy, no longer dropped), "fought" of a
coordinated subject as a fight between the two, parts of a town where people live shelled
("Wohnviertel in Omdurman", "residential areas in Omdurman"), what a call or an offer is for
read by the rejection frames ("rejected calls for talks"), "him" of an official named as the
object of the same sentence ("expelled the German ambassador, accusing him of interference"),
missions and troops "des Landes verwiesen", threats of a military intervention, a state's army
and a rebel group of that state named together as two sides of a fight ("Sudan's army and the Rapid
Support Forces clashed"), and a short form given in brackets after a body's name as that body in
the rest of the article ("Rapid Support Forces (RSF) ... Die RSF beschossen ..."), "die
Bewegung", "the movement" as the group named by its name shortly before, and foreign broadcasters
suspended by a junta (RFI, France 24).
"""
from __future__ import annotations

import datetime as dt

import pytest

from tests.coded_events import coded

DATE = dt.date(2023, 6, 1)

CASES = [
    # an army of no country named and an armed group by its name, fighting each other
    ("de", "Khartum – Im Sudan haben sich die Armee und die paramilitärischen Rapid Support Forces "
           "erneut schwere Kämpfe geliefert.", [("SDN+SDN", "190", "SDN+SDN", "asserted")]),
    ("de", "Die RSF-Miliz und die Armee lieferten sich heftige Kämpfe.", [("SDN+SDN", "190", "SDN+SDN", "asserted")]),
    ("en", "The army and al-Shabaab clashed near Mogadishu.", [("SOM+SOM", "190", "SOM+SOM", "asserted")]),
    # "fought" of two parties with no one else named: each other
    ("en", "Armenia and Azerbaijan fought heavy battles along their border.", [("ARM+AZE", "190", "ARM+AZE", "asserted")]),
    ("en", "The army and the Rapid Support Forces fought heavy battles in Khartoum.",
     [("SDN+SDN", "190", "SDN+SDN", "asserted")]),
    # the parts of a town where people live stand for its people
    ("de", "Die Rapid Support Forces beschossen Wohnviertel in Omdurman.", [("SDN", "194", "SDN", "asserted")]),
    ("de", "Russland beschoss Wohnviertel in Charkiw.", [("RUS", "194", "UKR", "asserted")]),
    ("en", "Russia shelled residential neighbourhoods in Kharkiv.", [("RUS", "194", "UKR", "asserted")]),
    # what a call, a proposal or a demand is for is what is rejected
    ("en", "Ethiopia rejected the TPLF's call for talks.", [("ETH", "125", "ETH", "asserted")]),
    ("en", "Russia rejected Ukraine's proposal for a ceasefire.", [("RUS", "1246", "UKR", "asserted")]),
    # ... and whom the talks or the truce asked for are with is whom the rejection is aimed at
    ("en", "Russia rejected calls for a ceasefire with Ukraine.", [("RUS", "1246", "UKR", "asserted")]),
    # "him" of an official named as the object of the sentence's main clause
    ("en", "Chad's transitional government expelled the German ambassador, accusing him of interference.",
     [("TCD", "166", "DEU", "asserted"), ("TCD", "112", "DEU", "asserted")]),
    ("de", "Der Tschad wies den deutschen Botschafter aus und warf ihm Einmischung vor.",
     [("TCD", "166", "DEU", "asserted"), ("TCD", "1123", "DEU", "asserted")]),
    # ... but not of the next sentence: "die Regierung" there is no ambassador
    ("de", "Mali hat den französischen Botschafter ausgewiesen. Die Regierung warf ihm feindselige Äußerungen vor.",
     [("MLI", "166", "FRA", "asserted")]),
    # a mission sent out of the country is expelled
    ("de", "Mali verwies die UN-Mission Minusma des Landes.", [("MLI", "166", "IGO:UN", "asserted")]),
    # a state's army and a rebel group of that state named together fight each other
    ("en", "Sudan's army and the Rapid Support Forces clashed in Khartoum.", [("SDN+SDN", "190", "SDN+SDN", "asserted")]),
    ("de", "Die nigerianische Armee und Boko Haram lieferten sich heftige Gefechte.",
     [("NGA+NGA", "190", "NGA+NGA", "asserted")]),
    # ... but an army and the police are allies against a third
    ("de", "Die Armee und die Polizei lieferten sich Gefechte mit Dschihadisten.", [("UNK+UNK", "190", "UNK", "asserted")]),
    # a short form in brackets after a body's name names it in the rest of the article
    ("de", "Im Sudan kämpfen die Armee und die paramilitärischen Rapid Support Forces (RSF) um die Macht. "
           "Die RSF beschossen Wohnviertel in Khartum.", [("SDN", "194", "SDN", "asserted")]),
    ("en", "Reporters Without Borders (RSF) condemned the arrest of a journalist in Egypt. RSF criticised Egypt.",
     [("NGO:RSF", "111", "EGY", "asserted"), ("NGO:RSF", "111", "EGY", "asserted")]),
    # "die Bewegung", "the movement": the group named by its name shortly before
    ("de", "Ägypten verbot die Muslimbruderschaft 2013. Die Regierung geht seitdem hart gegen die Bewegung vor.",
     [("EGY", "172", "EGY", "asserted"), ("EGY", "17", "EGY", "asserted")]),
    ("en", "Hamas fired rockets at Israel. Egypt urged the movement to accept a truce.",
     [("PSE", "190", "ISR", "asserted"), ("EGY", "02", "PSE", "asserted")]),
    # foreign broadcasters suspended or banned by a junta (frames-art33b.yaml; RFI and France 24 known)
    ("en", "Burkina Faso's junta suspended French broadcasters.", [("BFA", "1721", "FRA", "asserted")]),
    ("en", "Mali's junta banned RFI and France 24.", [("MLI", "1721", "FRA+FRA", "asserted")]),
    # a threatened intervention is a threat of force, not an attack
    ("de", "Die USA drohten mit einer Militärintervention in Syrien.", [("USA", "138", "SYR", "asserted")]),
    ("en", "ECOWAS threatened military intervention in Niger.", [("IGO:ECOWAS", "1384", "NER", "asserted")]),
]


@pytest.mark.parametrize("lang,text,expected", CASES, ids=[c[1][:60] for c in CASES])
def test_coded(lang, text, expected):
    assert coded(text, lang, DATE) == expected
