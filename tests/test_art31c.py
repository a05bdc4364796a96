"""Crime, terrorism, police and justice news in German and English (arrests, charges,
extraditions, trials and sentences, raids, attacks and claims of responsibility, kidnappings and
releases), in sentences and reports written for these tests (branch art31c).

- German: the past tense of a weak verb with an inseparable prefix after a prepositional phrase
  that opens a sentence ("In Mali entführten Islamisten zwei Touristen", "Am Montag verhafteten
  Polizisten ...") is the finite verb, which HanTa read as an attribute of the noun after it; not
  in a sentence with another finite verb ("In Mali entführte Touristen sind frei") or a headline.
- An "in" phrase that names a group, not a place ("wegen Mitgliedschaft in der Terrormiliz IS",
  "membership in the Islamic State group"), puts no event in that group's country: a court of
  unknown country takes the article's, not Syria's.
- A court or a government that approves, authorises, sanctions or orders the extradition of someone
  to a state cooperates judicially with it (063), as one that extradites him ("approved the
  extradition of a Russian businessman to the United States", "hat die Auslieferung ... an die USA
  genehmigt"); not praise of the man (051). One extradited "from" a state with no doer named is
  extradited by it. Rejecting an extradition "to" a state rejects that state's request (1213, "an"
  in German); demanding one is a demand of judicial cooperation (1013), in German as in English,
  not a demand to release someone (1053), and rejecting one no refusal to release (1243).
- German: "bekannt" after the auxiliary "haben" is the participle of "bekennen", not the particle
  of "bekanntgeben" ("Der IS hat sich zu dem Anschlag bekannt" had the verb "bekannthaben"): the
  claim of responsibility is coded as the preterite's is ("Der IS bekannte sich zu dem Anschlag").
- Police or prosecutors who seek or request a warrant for someone's arrest act to detain him (173,
  as one issued); police who "book" someone for a crime charge him (112); a judge who sends
  someone to custody ("schickte ihn in Untersuchungshaft") detains him (173).
- A phrase with no actor of its own does not take the organisation a place phrase after it names
  by its seat ("Police arrested a man in Brussels", "verhaftete ihn in Brüssel": no man of the EU,
  no arrest of the EU).
- Charges pressed or brought against someone accuse him (112, PLOVER ACCUSE), as "charged",
  "indicted" and "Anklage erheben" do; not an arrest (173).
- A town named right before a police force or a court of no country ("An Istanbul court", "Lagos
  police"), or its German adjective ("Ein Istanbuler Gericht", "die Kölner Polizei", a capital's
  the dictionaries lack: "die Pariser Staatsanwaltschaft"), places it in the town's state, as "a
  court in Istanbul" does; not an adjective with a stem of its own ("Neuer Präsident").
- Kidnappers and hostages, both private people of no country named, are two sides of an abduction
  or a release ("the kidnappers freed the hostages", "die Geiselnehmer ließen die Geiseln frei"),
  as two armed groups are; not of any other act (a theft).
- Who takes, accepts or assumes responsibility for an attack ("übernahm die Verantwortung für den
  Anschlag") names himself its doer (18), as who claims it; not responsibility for a defeat.
- German: "nach" puts a number, a noun of measure and a bare noun in one phrase, as "zu" does
  ("nach drei Jahren Haft freigelassen", "nach zwei Tagen Verhandlungen"): the bare noun is no
  object of the verb, and the one released is.
- Police who haul someone off detain him (173); a court that hands someone a sentence sentences
  him (173), as one that hands it down.
- The people of a crime report whom police or soldiers capture (a suspect, a fugitive, a cartel
  leader, a drug lord) are detained (173), as captured soldiers are; a town captured stays taken.
  German "fassen" of a drug boss, a people smuggler or a murderer likewise ("fasste den Drogenboss").
"""
from __future__ import annotations

import pytest

from chronist.lang.de.tag import tokens
from tests.coded_events import coded


def _triples(text: str, lang: str) -> list[tuple[str, str, str]]:
    return [e[:3] for e in coded(text, lang)]


@pytest.mark.parametrize("text, expected", [
    ("In Mali entführten Islamisten zwei italienische Touristen.", ("MLI", "181", "ITA")),
    ("Am Montag verhafteten Polizisten in Istanbul zwei Journalisten.", ("TUR", "173", "TUR")),
    ("Im Norden Malis entführten Dschihadisten einen deutschen Entwicklungshelfer.", ("MLI", "181", "DEU")),
])
def test_a_preterite_after_an_opening_phrase_is_the_verb(text, expected):
    assert expected in _triples(text, "de")


@pytest.mark.parametrize("text", [
    "In Mali entführte Touristen sind wieder frei.",
    "In Mali entführte Touristen wieder frei",
])
def test_a_participle_before_its_noun_stays_an_attribute(text):
    assert not any(t.pos == "VVFIN" and t.text.startswith("entführte") for t in tokens(text, 0, len(text)))


@pytest.mark.parametrize("text, lang, expected", [
    ("Karlsruhe – Das Oberlandesgericht Frankfurt verurteilte einen Syrer wegen Mitgliedschaft in der Terrormiliz "
     "IS zu acht Jahren Haft.", "de", ("DEU", "172", "SYR")),
    ("Wien – Die Polizei nahm einen Mann wegen Mitgliedschaft in der Terrormiliz IS fest.", "de", ("AUT", "173", "AUT")),
])
def test_a_group_one_is_in_is_no_scene(text, lang, expected):
    assert expected in _triples(text, lang)


@pytest.mark.parametrize("text, lang, expected", [
    ("A British court approved the extradition of a Russian businessman to the United States.", "en",
     ("GBR", "063", "USA")),
    ("Ein Gericht in London hat die Auslieferung des russischen Geschäftsmanns an die USA genehmigt.", "de",
     ("GBR", "063", "USA")),
    ("Ein spanisches Gericht ordnete die Auslieferung des Hackers an die USA an.", "de", ("ESP", "063", "USA")),
    ("A Russian hacker was extradited from Spain to the United States.", "en", ("ESP", "063", "USA")),
    ("A court in Lima rejected the extradition of the former president to the United States.", "en",
     ("PER", "1213", "USA")),
    ("Ein Gericht in Warschau lehnte die Auslieferung des Mannes an Russland ab.", "de", ("POL", "1213", "RUS")),
    ("Die Türkei fordert von Schweden die Auslieferung kurdischer Aktivisten.", "de", ("TUR", "1013", "SWE")),
    ("Die Türkei verlangte von Schweden die Auslieferung mehrerer Kurden.", "de", ("TUR", "1013", "SWE")),
])
def test_extraditions_approved_rejected_and_demanded(text, lang, expected):
    assert expected in _triples(text, lang)


@pytest.mark.parametrize("text, lang", [
    ("A British court approved the extradition of a Russian businessman to the United States.", "en"),
    ("The Senate approved the transfer of F-16 jets to Ukraine.", "en"),
])
def test_an_approved_extradition_is_no_praise(text, lang):
    assert not any(code == "051" for _, code, _ in _triples(text, lang))


@pytest.mark.parametrize("text, expected", [
    ("Kabul – Der IS hat sich zu dem Anschlag auf eine Polizeistation bekannt.", "18"),
    ("Die Polizei sagte, dass sich die Terrormiliz IS zu dem Anschlag auf den Armeestützpunkt bekannt hat.", "18"),
])
def test_a_claim_of_responsibility_in_the_perfect(text, expected):
    assert expected in [code for _, code, _ in _triples(text, "de")]


@pytest.mark.parametrize("text", [
    "Der IS hat sich zu dem Anschlag in Moskau bekannt.",
    "Die Polizei sagte, dass sich die Gruppe zu dem Anschlag bekannt hat.",
])
def test_bekannt_after_haben_is_a_participle(text):
    assert any(t.text == "bekannt" and t.pos == "VVPP" and t.lemma == "bekennen" for t in tokens(text, 0, len(text)))


@pytest.mark.parametrize("text", [
    "Die Regierung gab das Ergebnis bekannt.",
    "Die Regierung hat das Ergebnis bekannt gegeben.",
])
def test_bekannt_of_bekanntgeben_stays(text):
    assert not any(t.text == "bekannt" and t.pos == "VVPP" for t in tokens(text, 0, len(text)))


@pytest.mark.parametrize("text, lang, expected", [
    ("Prosecutors in South Korea sought an arrest warrant for President Yoon.", "en", ("KOR", "173", "KOR")),
    ("Turkish prosecutors requested an arrest warrant for the Swedish journalist.", "en", ("TUR", "173", "SWE")),
    ("Indian police booked the opposition leader for sedition.", "en", ("IND", "112", "IND")),
    ("Ein Gericht in Moskau schickte den amerikanischen Reporter in Untersuchungshaft.", "de", ("RUS", "173", "USA")),
])
def test_warrants_sought_charges_booked_and_custody(text, lang, expected):
    assert expected in _triples(text, lang)


def test_a_booked_flight_is_no_charge():
    assert _triples("The minister booked a flight for his family.", "en") == []


@pytest.mark.parametrize("text, lang", [
    ("Police arrested him in Brussels.", "en"),
    ("Police arrested a man in Brussels.", "en"),
    ("Die Polizei verhaftete ihn in Brüssel.", "de"),
])
def test_a_seat_named_as_a_place_is_no_detainee(text, lang):
    assert not any(target == "IGO:EU" for _, _, target in _triples(text, lang))


@pytest.mark.parametrize("text, expected", [
    ("Kenyan prosecutors brought terrorism charges against three Somali nationals.", ("KEN", "112", "SOM")),
    ("Prosecutors in Brazil pressed charges against the former president.", ("BRA", "112", "BRA")),
])
def test_charges_brought_are_an_accusation(text, expected):
    assert expected in _triples(text, "en")


@pytest.mark.parametrize("text, expected", [
    ("An Istanbul court convicted the mayor of insulting election officials.", ("TUR", "116", "TUR")),
    ("Istanbul police detained 20 protesters.", ("TUR", "173", "TUR")),
    ("A Karachi court sentenced the journalist to five years.", ("PAK", "173", "PAK")),
])
def test_a_town_before_a_court_or_police_places_it(text, expected):
    assert expected in _triples(text, "en")


@pytest.mark.parametrize("text, lang", [
    ("Gunmen abducted 40 students in Nigeria. On Sunday the kidnappers freed the hostages.", "en"),
    ("Bewaffnete Männer entführten in Nigeria 40 Schüler. Am Sonntag ließen die Geiselnehmer die Geiseln frei.", "de"),
])
def test_captors_release_their_captives(text, lang):
    assert ("NGA", "0841", "NGA") in _triples(text, lang)


def test_private_people_in_other_acts_stay_one_side():
    assert _triples("Thieves on Friday stole money from a worker in Newport.", "en") == []


@pytest.mark.parametrize("text, expected", [
    ("Ein Istanbuler Gericht verurteilte den Bürgermeister zu zwei Jahren Haft.", ("TUR", "172", "TUR")),
    ("Die Kölner Polizei nahm drei Verdächtige fest.", ("DEU", "173", "DEU")),
    ("Die Pariser Staatsanwaltschaft leitete Ermittlungen gegen den Minister ein.", ("FRA", "09", "FRA")),
])
def test_a_town_adjective_before_a_court_or_police_places_it(text, expected):
    assert expected in _triples(text, "de")


@pytest.mark.parametrize("text, lang, expected", [
    ("The Pakistani Taliban accepted responsibility for the bombing in Peshawar.", "en", ("PAK", "18", "PAK")),
    ("Die Hamas übernahm die Verantwortung für den Anschlag in Jerusalem.", "de", ("PSE", "18", "ISR")),
    ("Die Terrormiliz IS übernahm die Verantwortung für den Angriff auf die Moschee in Kabul.", "de", ("AFG", "18", "AFG")),
])
def test_responsibility_taken_for_an_attack_claims_it(text, lang, expected):
    assert expected in _triples(text, lang)


@pytest.mark.parametrize("text, lang", [
    ("The minister accepted responsibility for the defeat.", "en"),
    ("Der Minister übernahm die Verantwortung für die Niederlage.", "de"),
])
def test_responsibility_for_no_attack_claims_none(text, lang):
    assert _triples(text, lang) == []


@pytest.mark.parametrize("text, expected", [
    ("Ägypten hat den Blogger nach drei Jahren Haft freigelassen.", ("EGY", "0841", "EGY")),
    ("Die ägyptischen Behörden ließen den Blogger nach drei Jahren Haft frei.", ("EGY", "0841", "EGY")),
])
def test_a_measure_phrase_after_nach_is_one_phrase(text, expected):
    assert expected in _triples(text, "de")


@pytest.mark.parametrize("text, expected", [
    ("Belarusian riot police hauled off dozens of protesters.", ("BLR", "173", "BLR")),
    ("A Chinese court handed a death sentence to a Canadian man.", ("CHN", "173", "CAN")),
    ("A Chinese court handed the Canadian man a death sentence.", ("CHN", "173", "CAN")),
])
def test_hauled_off_and_handed_a_sentence(text, expected):
    assert expected in _triples(text, "en")


def test_wreckage_hauled_off_is_no_arrest():
    assert _triples("Police hauled off the wreckage.", "en") == []


@pytest.mark.parametrize("text, expected", [
    ("Mexican police captured the cartel leader in Sinaloa.", ("MEX", "173", "MEX")),
    ("Mexican security forces captured the drug lord in Sinaloa.", ("MEX", "173", "MEX")),
    ("Russian forces captured the town of Bakhmut.", ("RUS", "190", "UKR")),
])
def test_people_of_a_crime_report_captured_are_detained(text, expected):
    assert expected in _triples(text, "en")


@pytest.mark.parametrize("text, expected", [
    ("Die mexikanische Polizei fasste den Drogenboss in Sinaloa.", ("MEX", "173", "MEX")),
    ("Die griechische Polizei fasste zwei Schleuser.", ("GRC", "173", "GRC")),
])
def test_police_catch_the_people_of_a_crime_report(text, expected):
    assert expected in _triples(text, "de")


def test_a_decision_taken_is_no_arrest():
    assert _triples("Die Regierung fasste einen Beschluss.", "de") == []
