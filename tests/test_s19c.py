"""Branch s19c: German local and regional news translated into English (WMT) and international
news, annotated as silver (sentences written for these tests).

- The police catching people: English "picked up by police" and "caught" with an offender
  noun (thief, burglar, robber, culprit, perpetrator, attacker, offender, trafficker ...), as
  the German "fassen" already took Dieb, Einbrecher, Räuber; German "schnappen", "erwischen",
  "ertappen" with the police as doer (173). Without the police, or with no offender, no arrest:
  "The bus picked up the children", "Sie erwischte den letzten Zug".
- Armed forces fighting on the side of an ally ("troops fought alongside the army", "on the
  side of Assad", "an der Seite der Armee") give it military aid (072), not a state, government
  or politician, whose fight may be one of words; an enemy named besides it ("against the
  rebels", "gegen die Rebellen") is fought as before (190, through ``Frame.also``, whose target
  of no named country now takes the article's country as the first act's target does).
- A complaint's target is also the subject of the clause of what is complained of (English
  "complain", German "sich beschweren"; as "criticise" and "beklagen" already read it), before
  the one complained to: "Lithuania complained that Russian jets had violated its airspace" LTU
  114 RUS (was 114 with no target), "Griechenland beschwerte sich bei der EU, dass die Türkei vor
  Kreta bohre" GRC 114 TUR (was GRC 114 EU).
"""

from __future__ import annotations

import pytest

from tests.coded_events import sectored, triples


@pytest.mark.parametrize("text, lang, expected", [
    ("Three Ugandan students were picked up by police in Kampala.", "en", ("UGA/COP", "173", "UGA/EDU")),
    ("Police in Lagos picked up two Nigerian activists on Monday.", "en", ("NGA/COP", "173", "NGA/CVL")),
    ("French police caught two burglars in Lyon.", "en", ("FRA/COP", "173", "FRA/CVL")),
    ("Spanish police caught a British thief in Malaga.", "en", ("ESP/COP", "173", "GBR/CVL")),
    ("Zwei Männer wurden in Wien von der Polizei geschnappt.", "de", ("AUT/COP", "173", "AUT/CVL")),
    ("Die spanische Polizei ertappte zwei marokkanische Diebe in Madrid.", "de", ("ESP/COP", "173", "MAR/CVL")),
    ("Polizisten erwischten in Graz einen 30-jährigen Einbrecher.", "de", ("AUT/COP", "173", "AUT/CVL")),
])
def test_police_catch_is_an_arrest(text, lang, expected):
    assert expected in sectored(text, lang)


@pytest.mark.parametrize("text, lang", [
    ("The bus picked up the children in Leeds.", "en"),
    ("Police picked up the pace of the investigation in Leeds.", "en"),
    ("The fire in Leeds caught the residents by surprise.", "en"),
    ("Der Hund schnappte in Wien nach dem Ball.", "de"),
    ("Sie erwischte den letzten Zug nach Berlin.", "de"),
])
def test_no_arrest_without_police_or_offender(text, lang):
    assert not [e for e in triples(text, lang) if e[1] == "173"]


@pytest.mark.parametrize("text, lang, expected", [
    ("Chadian troops fought alongside the Malian army near Gao.", "en", ("TCD", "072", "MLI")),
    ("Russian troops have fought on the side of the Syrian government since 2015.", "en", ("RUS", "072", "SYR")),
    ("Eritrean troops fought alongside the Ethiopian army against Tigrayan forces.", "en", ("ERI", "072", "ETH")),
    ("Tschadische Soldaten kämpften an der Seite der malischen Armee bei Gao.", "de", ("TCD", "072", "MLI")),
    ("Russische Soldaten kämpfen in Syrien an der Seite von Assad.", "de", ("RUS", "072", "SYR")),
])
def test_fighting_on_an_allys_side_is_military_aid(text, lang, expected):
    assert expected in triples(text, lang)


@pytest.mark.parametrize("text, lang, expected", [
    ("Fighting went on in Syria on Monday. Hezbollah fighters fought alongside Syrian government forces "
     "against the rebels.", "en", ("LBN", "190", "SYR")),
    ("Eritrean troops fought alongside the Ethiopian army against Tigrayan forces.", "en", ("ERI", "190", "ETH")),
    ("Der Krieg in Syrien ging am Montag weiter. Hisbollah-Kämpfer kämpften an der Seite der "
     "Regierungstruppen gegen die Rebellen.", "de", ("LBN", "190", "SYR")),
])
def test_enemy_beside_the_ally_is_still_fought(text, lang, expected):
    coded = triples(text, lang)
    assert expected in coded and any(c == "072" for _, c, _ in coded)


@pytest.mark.parametrize("text, lang", [
    ("Russia fought against Ukraine in the Donbas.", "en"),
    ("Russland kämpfte im Donbass gegen die Ukraine.", "de"),
    ("The Canadian labour minister fought alongside the unions for higher wages.", "en"),
    ("Die österreichische Sozialministerin kämpfte an der Seite der Gewerkschaften für höhere Löhne.", "de"),
])
def test_fight_against_or_of_words_is_no_aid(text, lang):
    assert not [e for e in triples(text, lang) if e[1].startswith("07")]


@pytest.mark.parametrize("text, lang, expected", [
    ("Lithuania complained that Russian jets had violated its airspace.", "en", ("LTU", "114", "RUS")),
    ("Serbia complained that Kosovo police had entered the north.", "en", ("SRB", "114", "XKX")),
    ("Greece complained to the EU that Turkish ships were drilling off Crete.", "en", ("GRC", "114", "TUR")),
    ("Armenien beschwerte sich, dass aserbaidschanische Soldaten die Grenze überschritten hätten.", "de",
     ("ARM", "114", "AZE")),
    ("Griechenland beschwerte sich bei der EU, dass die Türkei vor Kreta bohre.", "de", ("GRC", "114", "TUR")),
])
def test_complaint_targets_the_subject_of_what_is_complained_of(text, lang, expected):
    assert expected in triples(text, lang)


@pytest.mark.parametrize("text, lang, expected", [
    ("Farmers in Kenya complained that prices were falling.", "en", [("KEN", "114", "")]),
    ("Iran complained to the UN Security Council on Monday.", "en", [("IRN", "114", "IGO:UN")]),
])
def test_complaint_without_a_party_complained_of(text, lang, expected):
    assert triples(text, lang) == expected
