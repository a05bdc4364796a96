"""Business, labour and the state in the news (sentences written for these tests, branch art32c).

- Firms are business actors of the state of their seat (Google, Apple, Meta, Boeing, McDonald's,
  Siemens, Volkswagen, Lufthansa, Uniper, Repsol, YPF, ...), unions civilian actors of theirs
  (Verdi, GDL, IG BCE, RMT, Unite, UAW, ...; the actor data have no LAB sector), so the fines,
  lawsuits, raids, nationalisations and strikes aimed at them code with the right target.
- English: a union by the bare noun ("the union", "the machinists' union") is a civilian actor,
  and a British or American department's secretary ("Transport Secretary Mark Harper") a
  government's.
- German: a capitalised word that HanTa reads as an imperative and that names a state or an
  organisation of the dictionary is that name ("gegen Google": not the imperative of "googeln");
  before, the phrase fell out of the clause. A person's short name ("Ri") stays as before.
- Talks and deals between organised labour (a union of the dictionary, or one that "Gewerkschaft"
  or "union" names) and employers are labour relations, no longer dropped as the private dealings
  of two private parties; workers and firms, or two firms, still are.
- Fines: imposed, slapped on, hit with ("imposed a fine on Google", "hit Apple with a fine"), the
  noun with whom it is on ("the EU's fine on Google"), and the German fines of competition
  authorities ("Kartellstrafe") are administrative sanctions (172), as "fined" and "Bußgeld".
- A strike at an employer ("Streiks bei der Deutschen Bahn", "called a strike at Boeing") is
  aimed at that employer, not at the own government.
- Farmers who block motorway access roads protest (144), as those who block roads.
- English: a state's or a capital's name right before a noun of premises places them, no actor
  ("raided the Paris offices of McDonald's" is aimed at McDonald's, not also at the French
  government); a national adjective still owns them ("hit a Russian plant").
- English: workers who are, remain or stay on strike strike (143), as those who go on strike.
- German: "die Beschäftigten" (employees) are civilian actors, as "Arbeiter" and "Arbeitnehmer":
  "Die Beschäftigten der Lufthansa legten die Arbeit nieder" is their strike, not the firm's.
- A strike or protest of a firm's workers ("Boeing workers", "VW-Arbeiter": civilians a firm of the
  dictionary names) with no one named is aimed at the firm, not at its government.
- English parser repair: the "by" phrase of a passive verb that the parser hangs on the sum that
  is its object is the verb's agent ("Google was fined 4.1 billion euros by the European
  Commission": the Commission fined, not Google's own government).
- German wage deals: "erzielten eine Tarifeinigung" / "einen Tarifabschluss" is an agreement (03),
  as "erzielten eine Einigung"; "schloss einen Tarifvertrag ab" a signed one (057), as a treaty.
- A firm that pulls out of or withdraws from a state ("McDonald's pulled out of Russia", "Siemens
  zog sich aus Russland zurück") joins the boycott of it (163); not one that leaves a project.
"""
from __future__ import annotations

import datetime as dt

import pytest

from tests.coded_events import coded, sectored

DATE = dt.date(2024, 6, 15)


def _triples(text: str, lang: str) -> list[tuple[str, str, str]]:
    return [e[:3] for e in coded(text, lang, DATE)]


def _sectors(text: str, lang: str) -> list[tuple[str, str, str]]:
    return sectored(text, lang, DATE)


@pytest.mark.parametrize("text, lang, expected", [
    ("The European Commission fined Google 2.4 billion euros for abusing its dominance.", "en",
     [("IGO:EU/GOV", "172", "USA/BUS")]),
    ("The U.S. Justice Department sued Apple on Thursday.", "en", [("USA/JUD", "115", "USA/BUS")]),
    ("Das Bundeskartellamt verhängte ein Bußgeld gegen Meta.", "de", [("DEU/GOV", "172", "USA/BUS")]),
    ("The RMT union called a nationwide strike against Network Rail.", "en",
     [("GBR/CVL", "143", "GBR/BUS")]),
    ("Die Lokführergewerkschaft GDL kündigte Streiks bei der Deutschen Bahn an.", "de",
     [("DEU/CVL", "143", "DEU/BUS")]),
    ("The UAW called a strike at Boeing.", "en", [("USA/CVL", "143", "USA/BUS")]),
    ("LONDON - Transport Secretary Mark Harper urged the union to return to the negotiating table.", "en",
     [("GBR/GOV", "02", "GBR/CVL")]),
    ("Ermittler durchsuchten die Büros von Volkswagen in Wolfsburg.", "de", [("DEU/COP", "17", "DEU/BUS")]),
], ids=["fined-google", "sued-apple", "bussgeld-meta", "rmt-strike", "gdl-streik-bei", "strike-at",
        "transport-secretary", "durchsuchten-vw"])
def test_firms_and_unions_resolve(text, lang, expected):
    assert _sectors(text, lang) == expected


@pytest.mark.parametrize("text, expected", [
    ("Die EU-Kommission hat gegen Google eine Kartellstrafe von 4,1 Milliarden Euro verhängt.",
     [("IGO:EU", "172", "USA")]),
    ("Google klagt gegen die EU-Kommission.", [("USA", "115", "IGO:EU")]),
], ids=["kartellstrafe-gegen-google", "google-klagt"])
def test_google_is_no_imperative(text, expected):
    assert _triples(text, "de") == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("Berlin – Verdi verhandelt mit der Lufthansa über höhere Löhne.", "de", [("DEU/CVL", "046", "DEU/BUS")]),
    ("Berlin – Die Gewerkschaft verhandelt seit Wochen mit der Lufthansa.", "de", [("DEU/CVL", "046", "DEU/BUS")]),
    ("Die IG Metall einigte sich mit Gesamtmetall auf einen neuen Tarifvertrag.", "de",
     [("DEU/CVL", "032", "DEU/BUS")]),
    ("The union reached a tentative agreement with Boeing.", "en", [("USA/CVL", "03", "USA/BUS")]),
    ("The machinists' union held talks with Boeing on Monday.", "en", [("USA/CVL", "040", "USA/BUS")]),
    # private persons and firms, and two firms, stay private dealings
    ("Berlin – Die Arbeiter verhandeln mit der Lufthansa.", "de", []),
    ("Siemens und BASF einigten sich auf eine Zusammenarbeit.", "de", []),
], ids=["verdi-lufthansa", "gewerkschaft-lufthansa", "ig-metall-gesamtmetall", "union-boeing-deal",
        "union-boeing-talks", "arbeiter-private", "two-firms-private"])
def test_labour_relations(text, lang, expected):
    assert _sectors(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("Brussels slapped a 1.8 billion euro antitrust fine on Apple in March.", "en", [("IGO:EU", "172", "USA")]),
    ("The court upheld a 2.4 billion euro fine against Google.", "en", [("USA", "172", "USA")]),
    ("Google paid the fine.", "en", []),
    ("In Deutschland blockierten Bauern mit Traktoren Autobahnauffahrten.", "de", [("DEU", "144", "DEU")]),
    ("McDonald's pulled out of Russia after the invasion of Ukraine.", "en", [("USA", "163", "RUS")]),
    ("Siemens zog sich aus dem Projekt zurück.", "de", []),
    ("Siemens withdrew from the project.", "en", []),
    # the passive's agent after the sum
    ("Google was fined 4.1 billion euros by the European Commission.", "en", [("IGO:EU", "172", "USA")]),
    ("Apple was fined 500 million euros by the EU.", "en", [("IGO:EU", "172", "USA")]),
], ids=["slapped-fine", "upheld-fine", "paid-fine", "blockierten-auffahrten", "pulled-out", "projekt",
        "project", "fined-by-commission", "fined-by-eu"])
def test_fines_blockades_and_withdrawals(text, lang, expected):
    assert _triples(text, lang) == expected


@pytest.mark.parametrize("text, expected", [
    ("Berlin – Die IG Metall erzielte mit Gesamtmetall einen Tarifabschluss.", [("DEU/CVL", "03", "DEU/BUS")]),
    ("Berlin – Die GDL schloss mit der Deutschen Bahn einen Tarifvertrag ab.", [("DEU/CVL", "057", "DEU/BUS")]),
], ids=["tarifabschluss", "tarifvertrag-abgeschlossen"])
def test_wage_deals_de(text, expected):
    assert _sectors(text, "de") == expected


@pytest.mark.parametrize("text, expected", [
    ("French police raided the Paris offices of McDonald's.", [("FRA/COP", "17", "USA/BUS")]),
    ("Russian police raided the Moscow bureau of the BBC.", []),
    ("Ukrainian drones hit a Russian plant.", [("UKR/MIL", "190", "RUS/GOV")]),
], ids=["paris-offices", "moscow-bureau", "russian-plant"])
def test_premises_placed_by_a_capital(text, expected):
    assert _sectors(text, "en") == expected


def test_employees_strike_de():
    assert _sectors("Die Beschäftigten der Lufthansa legten die Arbeit nieder.", "de") == [
        ("DEU/CVL", "143", "DEU/BUS")]      # the employer (test_strike_of_a_firms_workers)


@pytest.mark.parametrize("text, lang, expected", [
    ("Boeing workers went on strike.", "en", [("USA/CVL", "143", "USA/BUS")]),
    ("VW-Arbeiter streikten am Montag.", "de", [("DEU/CVL", "143", "DEU/BUS")]),
    ("Verdi-Mitglieder streikten.", "de", [("DEU/CVL", "143", "DEU/GOV")]),
], ids=["boeing-workers", "vw-arbeiter", "verdi-mitglieder"])
def test_strike_of_a_firms_workers(text, lang, expected):
    assert _sectors(text, lang) == expected
