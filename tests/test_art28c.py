"""Domestic unrest and political conflict as wire reports and Austrian papers tell them: protests,
blockades, calls for resignation and the opposition figures they name (sentences written for these
tests, branch art28c).

- Protesters, students, farmers or activists who blockade something obstruct passage (144, a
  protest), whatever they blockade; so does anyone who blocks railway stations, motorways or
  refineries ("blockierten den Hauptbahnhof", "die Ringstraße"); a state that blocks a port or
  access still imposes a blockade (191) or codes nothing.
- Who calls for someone's resignation or ouster ("called for the resignation of", "rief zum
  Rücktritt von ... auf") appeals for a change of leadership (0241) aimed at the one who is to go.
- A threat to do something to unnamed people ("threatened to arrest opposition leaders",
  "warned that he would jail the protesters") is aimed at them, of the country the article
  gives them, when no one is named; "Machado" alone is María Corina Machado.
- Police or others who "schlugen auf Demonstranten ein" assault them (182), with batons
  repress them (175); a rocket that "schlug auf dem Gelände ein" is no actor's act.
- "verlangte den Rücktritt von" demands a change of leadership (1041), as "forderte"; a threat
  of strikes "gegen die Regierung" is aimed at it.
- "the crackdown", "the violence", "die Gewalt", "die Repression" condemned after a report of
  it refer back to the act just reported: the criticism is aimed at its doer (the police).
- An appeal or a demand whose content is leaving office ("called on Kobakhidze to resign",
  "demanded that Vucic step down", "forderten, dass Vucic zurücktritt") asks for a change of
  leadership (0241, 1041); not when the content is negated, nor a treaty left ("vom Atomabkommen
  zurückzutreten").
- An impeachment motion filed or submitted against a head of state demands a change of
  leadership (1041), as a no-confidence motion does.
- English parser repair: a past-tense verb after the comma that closes a relative clause of the
  subject ("Mondlane, who claims he won the vote, called for protests") is the sentence's verb.
- A strike held or staged is a strike (143), no demonstration; a sit-in held is a demonstration.
- Austrian "Sachverhaltsdarstellung" (a criminal complaint) brought or filed against someone is a
  lawsuit (115), as "Anzeige erstattet"; police who kettle protesters ("kesselte ... ein") repress
  them (175), troops who encircle a town still besiege it (191).
- Opposition coalitions, alliances, movements and NGOs dissolved by a government or a court are
  banned (1722), as parties are ("dissolved the main opposition coalition", "löste das
  Oppositionsbündnis auf").
- Protesters and students who occupy a broadcaster, a faculty, a station or an airport protest
  ("occupied the state broadcaster", "besetzten die Fakultäten"), no military occupation.
- Opposition leaders of Uganda, Kenya, Senegal, Congo, Mozambique, Tanzania, Zimbabwe, Tunisia,
  Thailand, Serbia and Romania are actors; Ekrem İmamoğlu, no longer mayor, is of the opposition.
"""
from __future__ import annotations

import datetime as dt

import pytest

from tests.coded_events import coded


@pytest.mark.parametrize("sentence, lang, expected", [
    ("Students blocked the main railway station in Belgrade.", "en", ("SRB", "144", "SRB")),
    ("Protesters blockaded the port of Antwerp.", "en", ("BEL", "144", "BEL")),
    ("Klimaaktivisten blockierten in Wien die Ringstraße.", "de", ("AUT", "144", "AUT")),
    ("Studenten blockierten in Belgrad den Hauptbahnhof.", "de", ("SRB", "144", "SRB")),
    ("Die Demonstranten blockierten in Frankreich Raffinerien und Bahnhöfe.", "de", ("FRA", "144", "FRA")),
])
def test_blockades_by_protesters_are_protests(sentence, lang, expected):
    assert expected in [e[:3] for e in coded(sentence, lang)]


@pytest.mark.parametrize("sentence, lang, expected", [
    ("Russland blockierte die Häfen der Ukraine.", "de", ("RUS", "191", "UKR")),
])
def test_blockades_by_states_stay_blockades(sentence, lang, expected):
    assert [e[:3] for e in coded(sentence, lang)] == [expected]


def test_state_blocking_access_is_no_protest():
    assert not [e for e in coded("Israel blocked access to Gaza.", "en") if e[1].startswith("14")]


@pytest.mark.parametrize("sentence, lang, expected", [
    ("Peruvian opposition parties called for the resignation of President Dina Boluarte.", "en", ("PER", "0241", "PER")),
    ("Protesters called for the ouster of Prime Minister Sheikh Hasina.", "en", ("BGD", "0241", "BGD")),
    ("Die Opposition in Peru rief zum Rücktritt von Präsidentin Dina Boluarte auf.", "de", ("PER", "0241", "PER")),
    ("Die CHP rief zum Rücktritt von Präsident Erdogan auf.", "de", ("TUR", "0241", "TUR")),
])
def test_calls_for_resignation(sentence, lang, expected):
    assert expected in [e[:3] for e in coded(sentence, lang, date=dt.date(2024, 3, 4))]


@pytest.mark.parametrize("sentence, lang, date, expected", [
    ("Kizza Besigye met the British ambassador in Kampala.", "en", dt.date(2019, 3, 4), ("UGA", "040", "GBR")),
    ("Besigye traf den britischen Botschafter.", "de", dt.date(2019, 3, 4), ("UGA", "040", "GBR")),
    ("Police fired tear gas at supporters of Bobi Wine.", "en", dt.date(2021, 1, 4), ("UGA", "175", "UGA")),
    ("Odinga accused Ruto of rigging the vote.", "en", dt.date(2023, 3, 4), ("KEN", "112", "KEN")),
    ("Sonko called on Senegal's president to hold the election on time.", "en", dt.date(2024, 2, 4), ("SEN", "02", "SEN")),
    ("Police in Maputo fired tear gas at supporters of Venâncio Mondlane.", "en", dt.date(2024, 11, 4), ("MOZ", "175", "MOZ")),
    ("Tundu Lissu met the British ambassador.", "en", dt.date(2025, 4, 10), ("TZA", "040", "GBR")),
    ("Students demanded the resignation of Prime Minister Milos Vucevic.", "en", dt.date(2025, 1, 20), ("SRB", "1041", "SRB")),
])
def test_opposition_figures_are_actors(sentence, lang, date, expected):
    assert expected in [e[:3] for e in coded(sentence, lang, date=date)]


def test_imamoglu_after_his_arrest_is_opposition():
    from tests.coded_events import PIPELINE
    from chronist.model import Article
    doc = PIPELINE.process(Article(text="Turkish police detained Ekrem Imamoglu in Istanbul.", id="t",
                                   date=dt.date(2025, 4, 1)), lang="en")
    assert [a.sector for e in doc.events for a in e.target] == ["OPP"]


@pytest.mark.parametrize("sentence, expected", [
    ("Maduro threatened to arrest opposition leaders.", ("VEN", "13", "VEN")),
    ("Venezuela's government threatened to jail the protesters.", ("VEN", "13", "VEN")),
    ("Maduro warned that he would arrest opposition leaders.", ("VEN", "13", "VEN")),
    ("Maduro threatened to arrest Machado.", ("VEN", "13", "VEN")),
])
def test_threats_against_unnamed_people(sentence, expected):
    assert [e[:3] for e in coded(sentence, "en", date=dt.date(2024, 8, 4))] == [expected]


@pytest.mark.parametrize("sentence, expected", [
    ("Die Polizei schlug in Nairobi mit Schlagstöcken auf Demonstranten ein.", [("KEN", "175", "KEN")]),
    ("Kenianische Polizisten schlugen in Nairobi auf Demonstranten ein.", [("KEN", "182", "KEN")]),
    ("Eine Rakete schlug auf dem Gelände der Botschaft in Kiew ein.", []),
    ("Die Opposition verlangte den Rücktritt von Innenminister Gerhard Karner.", [("AUT", "1041", "AUT")]),
    ("Die Gewerkschaften in Argentinien drohten mit Streiks gegen die Regierung Milei.", [("ARG", "133", "ARG")]),
])
def test_german_unrest_wordings(sentence, expected):
    assert [e[:3] for e in coded(sentence, "de", date=dt.date(2024, 8, 4))] == expected


EN_CRACKDOWN = ("Georgian police fired tear gas and water cannon at thousands of protesters in Tbilisi on Thursday. "
                "Dozens of people were detained. The European Union condemned the crackdown. "
                "Germany's foreign minister called the violence unacceptable.")
DE_CRACKDOWN = ("Tiflis – Die georgische Polizei ist mit Tränengas und Wasserwerfern gegen Tausende Demonstranten "
                "vorgegangen. Dutzende Menschen wurden festgenommen. Die EU verurteilte die Gewalt gegen friedliche "
                "Demonstranten.")


@pytest.mark.parametrize("text, lang, expected", [
    (EN_CRACKDOWN, "en", [("IGO:EU", "111", "GEO"), ("DEU", "111", "GEO")]),
    (DE_CRACKDOWN, "de", [("IGO:EU", "111", "GEO")]),
])
def test_condemned_crackdown_is_aimed_at_its_doer(text, lang, expected):
    found = [e[:3] for e in coded(text, lang)]
    assert all(e in found for e in expected), found


@pytest.mark.parametrize("sentence, lang, expected", [
    ("The opposition called on Prime Minister Kobakhidze to resign.", "en", [("GEO", "0241", "GEO")]),
    ("The opposition urged President Yoon to resign.", "en", [("KOR", "0241", "KOR")]),
    ("Protesters demanded that President Vucic step down.", "en", [("SRB", "1041", "SRB")]),
    ("Die Demonstranten forderten, dass Präsident Vucic zurücktritt.", "de", [("SRB", "1041", "SRB")]),
    ("The opposition urged Yoon not to resign.", "en", [("KOR", "02", "KOR")]),
    ("The US urged Russia to withdraw its troops from Ukraine.", "en", [("USA", "02", "RUS")]),
    ("Die EU forderte die USA auf, vom Atomabkommen zurückzutreten.", "de", [("IGO:EU", "10", "USA")]),
])
def test_calls_to_resign_ask_for_new_leaders(sentence, lang, expected):
    assert [e[:3] for e in coded(sentence, lang, date=dt.date(2025, 3, 4))] == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Opposition lawmakers submitted an impeachment motion against President Yoon Suk Yeol.", [("KOR", "1041", "KOR")]),
    ("Mondlane, who claims he won the vote, called for protests against the government.", [("MOZ", "02", "MOZ")]),
])
def test_impeachment_motions_and_relative_clauses(sentence, expected):
    assert [e[:3] for e in coded(sentence, "en", date=dt.date(2024, 12, 4))] == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Argentina's unions staged a general strike against President Javier Milei.", [("ARG", "143", "ARG")]),
    ("Kenyan doctors held a strike against the government in Nairobi.", [("KEN", "143", "KEN")]),
    ("Serbian students held a sit-in outside the public broadcaster in Belgrade.", [("SRB", "141", "SRB")]),
])
def test_strikes_and_sit_ins(sentence, expected):
    assert [e[:3] for e in coded(sentence, "en", date=dt.date(2024, 12, 4))] == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Die Grünen brachten eine Sachverhaltsdarstellung gegen Herbert Kickl ein.", [("AUT", "115", "AUT")]),
    ("Die Grünen erstatteten eine Sachverhaltsdarstellung gegen Herbert Kickl.", [("AUT", "115", "AUT")]),
    ("Die Polizei kesselte in Belgrad Hunderte Demonstranten ein.", [("SRB", "175", "SRB")]),
    ("Russische Truppen kesselten die Stadt Mariupol ein.", [("RUS", "191", "UKR")]),
])
def test_austrian_complaints_and_kettling(sentence, expected):
    assert [e[:3] for e in coded(sentence, "de", date=dt.date(2024, 12, 4))] == expected


@pytest.mark.parametrize("sentence, lang, expected", [
    ("Guinea's junta dissolved the main opposition coalition.", "en", [("GIN", "1722", "GIN")]),
    ("Nicaragua's government dissolved more than 3,000 NGOs.", "en", [("NIC", "1722", "NIC")]),
    ("Die Junta in Guinea löste das wichtigste Oppositionsbündnis auf.", "de", [("GIN", "1722", "GIN")]),
    ("Die Regierung in Nicaragua löste Tausende Nichtregierungsorganisationen auf.", "de", [("NIC", "1722", "NIC")]),
])
def test_dissolved_opposition_groups(sentence, lang, expected):
    assert [e[:3] for e in coded(sentence, lang, date=dt.date(2024, 12, 4))] == expected


@pytest.mark.parametrize("sentence, lang, expected", [
    ("Protesters occupied the state broadcaster in Belgrade.", "en", [("SRB", "141", "SRB")]),
    ("Die Studenten besetzten in Belgrad die Fakultäten.", "de", [("SRB", "144", "SRB")]),
    ("Demonstranten besetzten in Belgrad den staatlichen Fernsehsender.", "de", [("SRB", "144", "SRB")]),
])
def test_occupations_by_protesters(sentence, lang, expected):
    assert [e[:3] for e in coded(sentence, lang, date=dt.date(2024, 12, 4))] == expected
