"""Migration, refugees and humanitarian relief (branch art31d): migrants pushed or turned back
and deportations to a state named only by its preposition, or resumed (174); relief suspended by
those who give it (1623); relief flown, airlifted or distributed, tents and blankets too (07x);
agreements on migration read as agreements (057); calls and appeals for relief, donations or
money are appeals for (humanitarian) aid (023, 0233), not aid the caller gives; relief and
refugee organisations as actors; a deportation announced or begun is the announcer's; protected
status granted (075) or residence withdrawn (172); a warning of a famine or a catastrophe
threatens no one. English and German wire-style sentences written for these tests."""
from __future__ import annotations

import pytest

from coded_events import coded

CASES = [
    # pushbacks and deportations (174): the state the people are sent to
    ("en", "Greece has pushed back migrants to Turkey.", ("GRC", "174", "TUR")),
    ("en", "Britain deported migrants to Rwanda.", ("GBR", "174", "RWA")),
    ("en", "The Biden administration resumed deportation flights to Venezuela.", ("USA", "174", "VEN")),
    ("de", "Kroatische Polizisten drängten Migranten nach Bosnien zurück.", ("HRV", "174", "BIH")),
    # relief suspended by an aid agency is humanitarian assistance cut (1623), not an embargo
    ("en", "The WFP suspended food distribution in Ethiopia.", ("IGO:WFP", "1623", "ETH")),
    # relief flown in: tents and blankets are relief too, and aid flown by an air force no deployment
    ("en", "The United States airlifted tents and blankets to Turkey.", ("USA", "07", "TUR")),
    ("en", "Qatar flew tents and blankets to Morocco.", ("QAT", "073", "MAR")),
    ("de", "Die USA flogen Zelte und Decken in die Türkei.", ("USA", "073", "TUR")),
    ("de", "Die Bundeswehr flog Hilfsgüter nach Syrien.", ("DEU", "073", "SYR")),
    # calls and appeals for relief or money are appeals for aid, with no aid given by the caller
    ("en", "UNICEF called for humanitarian aid for children in Gaza.", ("IGO:UNICEF", "0233", "")),
    ("en", "The UN appealed for 4 billion dollars for Yemen.", ("IGO:UN", "023", "")),
    ("de", "Das Rote Kreuz rief zu Spenden für die Erdbebenopfer in Syrien auf.", ("NGO:ICRC", "0233", "")),
    ("de", "Die UN baten um 1,5 Milliarden Dollar für Afghanistan.", ("IGO:UN", "023", "")),
    # relief, refugee and sea-rescue organisations are actors
    ("de", "Das Technische Hilfswerk schickte ein Rettungsteam nach Marokko.", ("DEU", "073", "MAR")),
    ("de", "Der Norwegische Flüchtlingsrat warf Israel vor, Hilfslieferungen zu blockieren.", ("NGO:NRC", "112", "ISR")),
    ("en", "The International Rescue Committee urged Britain to resettle more Afghans.", ("NGO:IRC", "02", "GBR")),
    ("de", "Sea-Eye warf Malta vor, Notrufe zu ignorieren.", ("NGO:SEA_EYE", "112", "MLT")),
    # a deportation a state announces or begins is its own, not the deportees' (who were the source)
    ("en", "Pakistan announced the deportation of 1.7 million Afghans.", ("PAK", "174", "AFG")),
    ("de", "Pakistan begann mit der Abschiebung von Afghanen nach Afghanistan.", ("PAK", "174", "AFG")),
    # rescue and recovery teams and their dogs sent after a disaster, relief dispatched (073)
    ("de", "Die Schweiz schickte Rettungshunde und Bergungsexperten in die Türkei.", ("CHE", "073", "TUR")),
    ("en", "India dispatched relief supplies to Turkey.", ("IND", "073", "TUR")),
    # protected status granted is asylum (075); residence permits or status withdrawn are
    # administrative sanctions (172)
    ("en", "Biden granted temporary protected status to Venezuelans.", ("USA", "075", "VEN")),
    ("de", "Die USA gewährten Venezolanern vorübergehenden Schutzstatus.", ("USA", "075", "VEN")),
    ("de", "Dänemark entzog syrischen Flüchtlingen die Aufenthaltserlaubnis.", ("DNK", "172", "SYR")),
    ("en", "Denmark stripped Syrian refugees of their residency.", ("DNK", "172", "SYR")),
    # relief distributed to people of a place is aid given (07)
    ("de", "Das WFP verteilte Hilfsgüter im Sudan.", ("IGO:WFP", "07", "SDN")),
    # an agreement on migration is an agreement (057)
    ("de", "Die EU schloss mit Tunesien ein Migrationsabkommen.", ("IGO:EU", "057", "TUN")),
]


@pytest.mark.parametrize("lang,text,expected", CASES, ids=[c[1][:50] for c in CASES])
def test_coded(lang, text, expected):
    assert expected in [e[:3] for e in coded(text, lang)]


def test_trade_halt_stays_an_embargo():
    # "food" alone names trade as well as relief: a halt of food imports is no aid cut
    assert ("RUS", "163", "UKR") in [e[:3] for e in coded("Russia suspended food imports from Ukraine.", "en")]



@pytest.mark.parametrize("lang,text", [
    ("de", "Die Vereinten Nationen riefen die Geberländer zu Spenden für den Jemen auf."),
    ("de", "Selenskyj rief den Westen zu mehr Hilfe für die Ukraine auf."),
])
def test_aid_called_for_is_not_given(lang, text):
    # the aid in the phrase of the call is asked for, not delivered by the one who calls
    assert not [e for e in coded(text, lang) if e[1].startswith("07")]


@pytest.mark.parametrize("lang,text", [
    ("en", "The UNHCR criticised the deportation of Afghans."),
    ("de", "Das UNHCR kritisierte die Abschiebung von Afghanen."),
])
def test_deportation_criticised_is_not_the_critics(lang, text):
    assert not [e for e in coded(text, lang) if e[1] == "174"]


@pytest.mark.parametrize("lang,text", [
    ("en", "The UN warned that Gaza faces famine."),
    ("en", "UNICEF warned of a catastrophe in Gaza."),
    ("de", "Das Welternährungsprogramm warnte vor einer Hungersnot im Jemen."),
    ("de", "Die UN warnten vor einer humanitären Katastrophe im Gazastreifen."),
])
def test_warning_of_a_peril_threatens_no_one(lang, text):
    # the place named is in danger, not threatened by the agency that warns
    assert not [e for e in coded(text, lang) if e[1].startswith("13")]


@pytest.mark.parametrize("lang,text,expected", [
    ("en", "Russia warned of a catastrophe if NATO sent troops to Ukraine.", ("RUS", "13", "IGO:NATO")),
    ("de", "Die Nato warnte Russland vor einer Katastrophe.", ("IGO:NATO", "13", "RUS")),
    ("de", "Russland warnte vor einer Katastrophe, falls die Nato Truppen in die Ukraine schicke.", ("RUS", "13", "IGO:NATO")),
])
def test_warning_addressed_or_conditioned_stays_a_threat(lang, text, expected):
    assert expected in [e[:3] for e in coded(text, lang)]
