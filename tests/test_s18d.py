"""Branch s18d: English local news (police, courts, street violence, party politics), from
unseen WMT news reports annotated as silver (sentences written for these tests).

- A private person named by a noun ("a man", "a 31-year-old", "a teenager") is the doer of the
  violence a verb tells, as such a noun already was its victim: "A man stabbed a woman in
  Bristol" is an assault between two civilians of the country the sentence places it in (the
  German front-end read "Ein Mann erschoss eine Frau" so already); a noun the frame takes as the
  victim is none ("ein 31-Jähriger starb").
- An act of violence a noun names in a phrase of what came before an arrest or a charge, or of
  its reason ("after", "following", "over", "for"; "nach", "wegen"), was done by those arrested
  or charged, not by the police: "Police arrested two teenagers over an attack on a taxi driver".
- A brawl, scuffle, fistfight, altercation or melee between two sides (German Schlägerei,
  Prügelei, Rangelei, Handgemenge) is an assault of each on the other (180).
- The police or the army acting, moving or proceeding against people, or taking action against
  them, coerce them (17), as the German "gehen gegen ... vor" already did.
- Charges brought or pursued in the passive with no one named, against a private person named
  by a noun ("Charges were brought against a 17-year-old"), are the state's (112).
- A town named as a private person's origin ("a boy from Munich", "ein 25-Jähriger aus Bremen")
  places a local report that names no other place or state.
"""

from __future__ import annotations

import pytest

from tests.coded_events import sectored, triples


@pytest.mark.parametrize("text, expected", [
    ("A man stabbed a woman in Bristol.", ("GBR/CVL", "182", "GBR/CVL")),
    ("A 31-year-old man attacked a pensioner in Leeds.", ("GBR/CVL", "190", "GBR/CVL")),
    ("A teenager punched a bus passenger in Cardiff.", ("GBR/CVL", "182", "GBR/CVL")),
    ("A woman was kicked by a teenager in Glasgow.", ("GBR/CVL", "182", "GBR/CVL")),
    ("A 40-year-old man shot a boy in Lyon.", ("FRA/CVL", "18", "FRA/CVL")),
])
def test_private_person_attacks_private_person(text, expected):
    assert expected in sectored(text, "en")


@pytest.mark.parametrize("text, lang", [
    ("A 52-year-old died in hospital in Leeds on Sunday.", "en"),
    ("Ein 31-Jähriger starb in Köln an den Folgen eines Sturzes.", "de"),
])
def test_victim_is_no_doer(text, lang):
    assert not any(s == t for s, _, t in triples(text, lang))


# An act of violence named by a noun in a phrase of what came before an arrest or a charge, or
# of its reason ("after", "following", "over", "for"), was done by those arrested or charged,
# not by the police or the court: "Police arrested two teenagers over an attack on a taxi
# driver" (before, the police were its source); in the passive ("A man was arrested after an
# attack on a woman", coded nothing) the same.
@pytest.mark.parametrize("text, expected", [
    ("Police in Leeds arrested two teenagers over an attack on a taxi driver.", ("GBR/CVL", "190", "GBR/CVL")),
    ("Police in Derby detained a man after an assault on a shopkeeper.", ("GBR/CVL", "190", "GBR/CVL")),
    ("A man was arrested in Leeds after an assault on a woman.", ("GBR/CVL", "18", "GBR/CVL")),
])
def test_violence_of_those_arrested(text, expected):
    assert expected in sectored(text, "en")


@pytest.mark.parametrize("text", [
    "Police in Leeds arrested two teenagers over an attack on a taxi driver.",
    "Police in Derby detained a man after an attack on a shopkeeper.",
])
def test_police_did_not_attack(text):
    assert not any(s == "GBR/COP" and c.startswith(("18", "19")) for s, c, _ in sectored(text, "en"))


# German the same (language-neutral coder): "Ein Mann hat eine Rentnerin angegriffen" and the
# arrest after an attack coded nothing or the police as attackers before.
@pytest.mark.parametrize("text, expected", [
    ("Ein 25-Jähriger hat in Bremen einen Busfahrer niedergestochen.", ("DEU/CVL", "182", "DEU/CVL")),
    ("Ein Mann hat in Köln eine Rentnerin angegriffen.", ("DEU/CVL", "190", "DEU/CVL")),
    ("Die Polizei nahm in Köln einen Mann nach einem Messerangriff auf einen Ladenbesitzer fest.",
     ("DEU/CVL", "190", "DEU/CVL")),
    ("Ein 40-Jähriger wurde in Bremen nach einem Angriff auf eine Frau festgenommen.", ("DEU/CVL", "18", "DEU/CVL")),
])
def test_german_private_violence(text, expected):
    assert expected in sectored(text, "de")


# A brawl, scuffle, fistfight, altercation or melee between two sides named by a noun is an
# assault of each on the other (180), as "clashes between" already was; German the same
# ("Schlägerei", "Prügelei", "Rangelei", "Handgemenge" with "zwischen"); "fight" is left out,
# as often a dispute of words.
@pytest.mark.parametrize("text, lang, expected", [
    ("A brawl broke out between protesters and police in Lyon on Saturday.", "en", ("FRA", "180", "FRA")),
    ("There was a scuffle between youths and officers outside a station in Leeds.", "en", ("GBR", "180", "GBR")),
    ("In Köln kam es am Abend zu einer Schlägerei zwischen Demonstranten und Polizisten.", "de", ("DEU", "180", "DEU")),
    ("Bei einer Rangelei zwischen Jugendlichen und Polizisten in Hamburg wurde ein Beamter verletzt.", "de", ("DEU", "180", "DEU")),
])
def test_brawl_between_sides(text, lang, expected):
    assert any(c == expected[1] and s.startswith(expected[0]) and t.startswith(expected[2])
               for s, c, t in triples(text, lang))


@pytest.mark.parametrize("text", [
    "The fight between the two parties over the budget went on for weeks in Paris.",
    "The fight between Labour and the Conservatives over Brexit dominated the week.",
])
def test_political_fight_is_no_brawl(text):
    assert not any(c.startswith("18") for _, c, _ in triples(text, "en"))


# The police or the army acting, moving or proceeding against people, or taking action against
# them, coerce them (17), as the German "ging gegen die Demonstranten vor"; before, "acted
# against" was a criticism (111) of anyone, and the others coded nothing. Of anyone else it stays one.
@pytest.mark.parametrize("text, expected", [
    ("Riot police acted forcibly against the strikers in Lyon.", ("FRA/COP", "17", "FRA/CVL")),
    ("Police in Lyon took action against protesters on Saturday.", ("FRA/COP", "17", "FRA/CVL")),
    ("Iranian security forces moved against the students in Tehran.", ("IRN/MIL", "17", "IRN/EDU")),
])
def test_forces_acting_against_people(text, expected):
    assert expected in sectored(text, "en")


def test_party_acting_against_a_plan_is_no_coercion():
    assert not any(c.startswith("17") for _, c, _ in triples("The Greens in Paris acted against the government's plan.", "en"))


# Charges brought or pursued in the passive with no one named, against a private person named
# by a noun, are the state's charges against a civilian (112), as an arrest of one was; German the
# same ("Gegen einen 17-Jährigen wurde Anklage erhoben"); not a lawsuit, which anyone may file.
@pytest.mark.parametrize("text, lang, expected", [
    ("Charges were brought against a 17-year-old in Leeds.", "en", ("GBR", "112", "GBR")),
    ("Assault charges are being pursued against a 40-year-old in Leeds.", "en", ("GBR", "112", "GBR")),
    ("Gegen einen 17-Jährigen wurde in Köln Anklage erhoben.", "de", ("DEU", "112", "DEU")),
    ("Gegen den 30-Jährigen wird in Bremen ermittelt.", "de", ("DEU", "09", "DEU")),
])
def test_charges_against_a_private_person(text, lang, expected):
    assert expected in triples(text, lang)


def test_lawsuit_against_a_private_person_is_no_state_act():
    assert triples("A lawsuit was filed against a man in Leeds.", "en") == []


# A town named as a private person's origin ("a boy from Munich", "ein 25-Jähriger aus Bremen")
# places a local report with no other place or state named: its private persons are that
# country's (before, the article's country was unknown and nothing was coded).
@pytest.mark.parametrize("text, lang, expected", [
    ("A fight broke out at a tram stop on Friday. A boy from Munich (16) pushed a 20-year-old onto the tracks.",
     "en", ("DEU", "18", "DEU")),
    ("A 30-year-old from Leeds was arrested on Friday.", "en", ("GBR", "173", "GBR")),
    ("Der Mann soll einen Passanten geschlagen haben. Ein 25-Jähriger aus Bremen wurde festgenommen.",
     "de", ("DEU", "173", "DEU")),
])
def test_origin_of_a_private_person_places_the_report(text, lang, expected):
    assert expected in triples(text, lang)
