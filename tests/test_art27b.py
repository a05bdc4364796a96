"""Terrorism, insurgency, crime and policing as whole wire reports tell them (sentences written
for these tests, branch art27b).

- Who claims responsibility or credit for an attack, or claims the attack, names himself its doer
  (18; 180 for the attack itself): the English front-end lifts "for" from "responsibility" and
  "credit" to the verb (lexicon credit_preps, credit_nouns). Not a claim of credit for anything else.
- "die Tat", "das Verbrechen", "the crime" refer back to the act just reported, as "the move"
  does: a criticism of it is aimed at its doer.
- The place of the clause that only says who reported the sentence's acts ("teilte das
  Verteidigungsministerium in Paris mit", "said a spokesman in Washington") is where the speaker
  sits, not where the acts happened: it gives no country to their unnamed actors.
- Verbs joined to the content of a demand that share its subject ("urged Serbia to release the
  prisoners and to hold talks with Kosovo") are asked for too, no acts of their own.
- "hacked to death" is a killing (1823), not a cyber attack; vehicles and police posts blown up
  ("sprengten ein Polizeifahrzeug") are destroyed (1712).
- An attack attributed or ascribed to someone, or someone linked or tied to one, is an accusation.
- "der Staatsschutz" and Austria's "Cobra" are police units of the article's country.
- A state in contact or in touch with another consults it, as German "steht in Kontakt mit".
"""
from __future__ import annotations

import pytest

from tests.coded_events import coded, events


@pytest.mark.parametrize("sentence, expected", [
    ("Al Shabaab claimed responsibility for the bombing of a hotel in Mogadishu.", ("SOM", "18", "SOM")),
    ("Boko Haram claimed responsibility for the kidnapping of 300 schoolboys in Katsina.", ("NGA", "18", "NGA")),
    ("Al Shabaab claimed the attack on the Kenyan air base.", ("SOM", "180", "KEN")),
])
def test_claimed_attacks(sentence, expected):
    assert expected in [e[:3] for e in coded(sentence, "en")]


@pytest.mark.parametrize("sentence", [
    "The ruling party claimed credit for the economic recovery.",
    "The governor claimed responsibility for the defeat of his party.",
])
def test_other_claims_are_no_attacks(sentence):
    assert not any(e[1] == "ASSAULT" for e in events(sentence, "en"))


@pytest.mark.parametrize("text, lang, expected", [
    ("Ein Rechtsextremist hat am Sonntag in Halle zwei Menschen erschossen. "
     "Bundespräsident Frank-Walter Steinmeier verurteilte die Tat.", "de", ("DEU", "ACCUSE", "DEU")),
    ("Die israelische Armee hat am Montag ein Haus im Gazastreifen bombardiert. "
     "Die Türkei verurteilte das Verbrechen scharf.", "de", ("TUR", "ACCUSE", "ISR")),
    ("Boko Haram fighters stormed a village in Borno state and killed 30 farmers. "
     "Chad's president condemned the crime.", "en", ("TCD", "ACCUSE", "NGA")),
])
def test_crime_referred_back(text, lang, expected):
    assert expected in events(text, lang)


@pytest.mark.parametrize("text, lang, expected, unexpected", [
    ("Bamako – Dschihadisten haben im Zentrum Malis einen Armeestützpunkt angegriffen. Französische "
     "Kampfhubschrauber beschossen am Montag Stellungen der Extremisten, teilte das Verteidigungsministerium "
     "in Paris mit.", "de", ("FRA", "ASSAULT", "MLI"), ("FRA", "ASSAULT", "FRA")),
    ("Bagdad – Unbekannte haben in der Provinz Anbar drei Polizisten getötet, teilte ein Sprecher in "
     "Washington mit.", "de", ("UNK", "ASSAULT", "IRQ"), ("UNK", "ASSAULT", "USA")),
])
def test_speakers_seat_is_no_place_of_the_acts(text, lang, expected, unexpected):
    found = events(text, lang)
    assert expected in found and unexpected not in found


@pytest.mark.parametrize("sentence, lang, expected, unexpected", [
    ("The EU urged Serbia to release the prisoners and to hold talks with Kosovo.", "en",
     ("IGO:EU", "REQUEST", "SRB"), ("SRB", "CONSULT", "XKX")),
    ("Die EU forderte Serbien auf, die Gefangenen freizulassen und Gespräche mit dem Kosovo aufzunehmen.", "de",
     ("IGO:EU", "REQUEST", "SRB"), ("IGO:EU", "CONSULT", "XKX")),
])
def test_verbs_joined_to_what_was_asked_are_asked_for(sentence, lang, expected, unexpected):
    found = events(sentence, lang)
    assert expected in found and unexpected not in found


def test_hacked_to_death_is_no_cyber_attack():
    assert ("UNK", "1823", "COD", "asserted") in coded("Three Congolese farmers were hacked to death in Ituri province.", "en")
    assert ("RUS", "176", "DEU", "asserted") in coded("Russian hackers hacked the German parliament.", "en")


def test_vehicles_blown_up():
    assert ("SOM", "ASSAULT", "KEN") in events(
        "Kämpfer der Al-Shabaab-Miliz sprengten ein kenianisches Polizeifahrzeug nahe der Grenze zu Somalia.", "de")




@pytest.mark.parametrize("text, expected", [
    ("Wien – Die Cobra stürmte am Montag eine Wohnung in Favoriten und nahm zwei Männer fest.", ("AUT", "COERCE", "AUT")),
    ("Berlin – Der Staatsschutz nahm zwei Syrer fest.", ("DEU", "COERCE", "SYR")),
])
def test_police_units_named_without_a_country(text, expected):
    assert expected in events(text, "de")


@pytest.mark.parametrize("sentence, expected", [
    ("Germany is in close contact with the Turkish government.", ("DEU", "CONSULT", "TUR")),
    ("France and Germany are in constant contact.", ("FRA+DEU", "CONSULT", "FRA+DEU")),
])
def test_in_contact_with(sentence, expected):
    assert expected in events(sentence, "en")
