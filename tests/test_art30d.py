"""Conflict news from South and Southeast Asia and Sub-Saharan Africa (India and Pakistan,
Afghanistan, Myanmar and Bangladesh, the Philippines, the Sahel, Nigeria, Somalia, Sudan), in
sentences and reports written for these tests (branch art30d).

- A site that armed men attack, storm or strike with no actor of its own (a market, a church, a
  hotel, a checkpoint, a convoy: pack words ``site_nouns``) stands for the people there, civilians of
  the country the clause places it in, as villages do; a place phrase that names a state or a region
  bare or with its noun ("in Rakhine state", "in central Mali"), or a capital, tells that country.
  Protesters who storm a hotel stay a protest; a site with no place named, no one.
- Rebels or an opposition joined by "and the" to a state's government or army are a second party,
  not hidden by the first ("The Sudanese government and the rebels signed a peace deal").
- Those a state's army or police arrest or crack down on, with no country named or placed, are that
  state's people before the article's most named country ("Myanmar's army launched a crackdown on the
  Rohingya" in a roundup mostly about the Philippines); refugees and migrants stay as they were.
- A state's government or army and the rebels or opposition facing it, neither named with its country,
  are two sides of the country an article is about when it has one (a dateline: "Khartum – Der
  Militärrat und die Opposition unterzeichneten ein Abkommen"); with no country known, or two forces
  of one side ("Armee und Polizei"), no pair.
- A ruling military council (Sudan's) is an agent of its state's military ("der Militärrat", as
  English "the military council" already was).
- Protesters teargassed or tear-gassed are repressed by force (175); a people gassed is still a
  chemical attack.
- A high commissioner (the ambassador between Commonwealth states) recalled is relations cut back
  (161), as an ambassador recalled.
- A massacre "durch" someone is theirs (German, as English "by").
- Schoolgirls and schoolboys are the pupils they are (EDU): their abduction is an event.
"""
from __future__ import annotations

import pytest

from tests.coded_events import coded


def _triples(text: str, lang: str) -> list[tuple[str, str, str]]:
    return [e[:3] for e in coded(text, lang)]


@pytest.mark.parametrize("text, lang, expected", [
    ("Boko Haram fighters attacked a market in Maiduguri on Sunday.", "en", ("NGA", "190", "NGA")),
    # gunmen named by their deed only are of unknown nationality (UNK, FORMAT.md; s21j)
    ("Gunmen attacked a mosque in Kano during Friday prayers.", "en", ("UNK", "190", "NGA")),
    ("Al-Shabaab militants stormed a hotel in Mogadishu.", "en", ("SOM", "190", "SOM")),
    ("Taliban fighters attacked a checkpoint in Kunduz overnight.", "en", ("AFG", "190", "AFG")),
    ("Boko Haram fighters attacked a church in Borno state.", "en", ("NGA", "190", "NGA")),
    ("Dschihadisten griffen einen Markt in Maiduguri an.", "de", ("NGA", "190", "NGA")),
    ("Kämpfer der Al-Shabaab-Miliz stürmten ein Hotel in Mogadischu.", "de", ("SOM", "190", "SOM")),
])
def test_an_attacked_site_stands_for_the_people_of_its_country(text, lang, expected):
    assert expected in _triples(text, lang)


@pytest.mark.parametrize("text, expected", [
    ("Myanmar's army attacked villages in Rakhine state.", ("MMR", "190", "MMR")),
    ("Myanmar's army attacked villages in Rakhine state. In the Philippines, police shot dead six drug "
     "suspects in raids in Manila.", ("MMR", "190", "MMR")),
])
def test_villages_in_a_region_named_as_an_actor_are_its_countrys(text, expected):
    assert expected in _triples(text, "en")


@pytest.mark.parametrize("text, lang", [
    ("Al-Shabaab militants stormed a hotel.", "en"),
    ("The army guarded the market in Maiduguri.", "en"),
    ("Dschihadisten griffen einen Markt an.", "de"),
])
def test_a_site_with_no_place_or_no_attack_gives_no_target(text, lang):
    assert not any(target for _, code, target in _triples(text, lang) if code.startswith("19"))


def test_protesters_storming_a_hotel_stay_a_protest():
    assert [code for _, code, _ in _triples("Protesters stormed a hotel in Mogadishu.", "en")] == ["145"]


@pytest.mark.parametrize("text, lang, expected", [
    ("The Sudanese government and the rebels signed a peace deal.", "en", ("SDN+SDN", "057", "SDN+SDN")),
    ("The Malian army and the jihadists clashed near Gao.", "en", ("MLI+MLI", "190", "MLI+MLI")),
    ("Die sudanesische Regierung und die Rebellen unterzeichneten ein Abkommen.", "de",
     ("SDN+SDN", "057", "SDN+SDN")),
])
def test_rebels_joined_to_a_state_are_a_second_party(text, lang, expected):
    assert expected in _triples(text, lang)


@pytest.mark.parametrize("text, lang, expected", [
    ("Khartum – Die Demonstranten fordern vom Militärrat die Übergabe der Macht an eine Zivilregierung.", "de",
     ("SDN", "10", "SDN")),
    ("Khartum – Der Militärrat ließ mehrere Oppositionelle festnehmen.", "de", ("SDN", "173", "SDN")),
])
def test_a_military_council_is_its_states_military(text, lang, expected):
    assert expected in _triples(text, lang)


@pytest.mark.parametrize("text, lang, expected", [
    ("Security forces teargassed protesters in Khartoum.", "en", ("SDN", "175", "SDN")),
    ("Sudanese police tear-gassed the crowd in Khartoum.", "en", ("SDN", "175", "SDN")),
])
def test_protesters_teargassed_are_repressed(text, lang, expected):
    assert expected in _triples(text, lang)


def test_a_people_gassed_is_still_a_chemical_attack():
    assert ("SYR", "2041", "SYR") in _triples("Assad gassed his own people.", "en")


@pytest.mark.parametrize("text, lang, expected", [
    ("Pakistan recalled its high commissioner from India.", "en", ("PAK", "161", "IND")),
    ("Pakistan rief seinen Hochkommissar aus Neu-Delhi zurück.", "de", ("PAK", "161", "IND")),
    ("Das Massaker an Zivilisten durch Soldaten Myanmars löste Empörung aus.", "de", ("MMR", "202", "MMR")),
    ("Boko Haram abducted 276 schoolgirls from Chibok.", "en", ("NGA", "181", "NGA")),
])
def test_regional_vocabulary(text, lang, expected):
    assert expected in _triples(text, lang)



PHILIPPINES = "In the Philippines, police shot dead six drug suspects in raids in Manila."


@pytest.mark.parametrize("text, expected", [
    ("Myanmar's army launched a crackdown on the Rohingya. " + PHILIPPINES, ("MMR", "175", "MMR")),
    ("Myanmar's army arrested Rohingya activists. " + PHILIPPINES, ("MMR", "173", "MMR")),
])
def test_a_states_forces_arrest_and_repress_their_own_people(text, expected):
    events = _triples(text, "en")
    assert expected in events
    assert not any(source == "MMR" and target == "PHL" for source, _, target in events)


@pytest.mark.parametrize("text, lang, expected", [
    ("Khartum – Der Militärrat und die Opposition unterzeichneten am Mittwoch ein Abkommen.", "de",
     ("SDN+SDN", "057", "SDN+SDN")),
    ("JUBA - The government and the rebels signed a peace deal on Tuesday.", "en", ("SSD+SSD", "057", "SSD+SSD")),
])
def test_rulers_and_challengers_of_the_articles_country_are_two_sides(text, lang, expected):
    assert expected in _triples(text, lang)


@pytest.mark.parametrize("text, lang", [
    ("Die Regierung und die Rebellen unterzeichneten ein Abkommen.", "de"),
    ("Khartum – Armee und Polizei einigten sich.", "de"),
    ("Yuan's family and market authorities are negotiating compensation.", "en"),
])
def test_no_pair_without_a_country_or_of_one_side(text, lang):
    assert _triples(text, lang) == []
