"""English actors of 2015-2020 news the dictionaries lacked, branch s21f (sentences and phrases
written for these tests). Found from the unknown actors of the English silver files and by
checking lists of office holders of 2015-2020 against the matcher.

- Office holders of 2015-2020 with their dated roles (actors/data/leaders-2015-20.yaml): the
  British ministers, MPs, devolved first ministers, police and intelligence chiefs of the Brexit
  years ("Andrea Jenkyns", "Nick Boles", "Mark Drakeford", "Cressida Dick"), American governors,
  members of Congress and chiefs of the armed forces ("Jay Inslee", "Mark Milley"), heads of
  state and government of the smaller states ("Danilo Medina", "Abdulla Yameen", "Mokgweetsi
  Masisi", "Saulius Skvernelis") and ministers of the larger ones ("Nicole Belloubet", "Anton
  Siluanov"). A surname alone only where it is distinctive and no common word (not "Cash",
  "Wright", "Major"); Iain Duncan Smith, a minister until March 2016, is an MP. Left out: Peter
  Bone (tried: "He suggested Mr Farage should have been ... given responsibility for
  negotiations with Brussels" became his negotiation with the EU in a silver article).
- People at the centre of international incidents of 2015-2020, with their country and sector, as
  Khashoggi, Badawi and Joshua Wong were: detainees, dissidents, journalists, whistleblowers
  ("Sergei Skripal", "Michael Kovrig", "Nazanin Zaghari-Ratcliffe", "Maria Ressa", "Meng
  Wanzhou", "Julian Assange").
- State institutions by their own names (actors/data/organisations-agencies.yaml): British,
  Irish, American and Canadian agencies, prosecutors, regulators, police forces and devolved
  parliaments ("the Crown Prosecution Service" GBR/JUD, was a prosecution service of no state;
  "Ofcom", "the PSNI", "Holyrood", "the Taoiseach", "the EPA", "the Fed", "the RCMP"); "the
  Department for Exiting the European Union" is Britain's (was the EU's).
"""

from __future__ import annotations

import datetime as dt

import pytest

from chronist.actors.matcher import ActorMatcher
from tests.actor_tokens import toks
from tests.coded_events import sectored

DATE = dt.date(2018, 10, 1)


@pytest.fixture(scope="module")
def matcher() -> ActorMatcher:
    return ActorMatcher()


def _codes(matcher: ActorMatcher, phrase: str, date: dt.date = DATE) -> list[tuple[str, str | None]]:
    return [(a.code, a.sector) for a in matcher.match(toks(phrase), lang="en", date=date)]


@pytest.mark.parametrize("phrase, expected", [
    ("Andrea Jenkyns", ("GBR", "LEG")),
    ("Carwyn Jones", ("GBR", "GOV")),
    ("Cressida Dick", ("GBR", "COP")),
    ("Alex Younger", ("GBR", "GOV")),
    ("Barry Gardiner", ("GBR", "OPP")),
    ("Governor Jay Inslee", ("USA", "GOV")),
    ("General Mark Milley", ("USA", "MIL")),
    ("Senator Amy Klobuchar", ("USA", "LEG")),
    ("Andrew Scheer", ("CAN", "OPP")),
    ("President Danilo Medina", ("DOM", "GOV")),
    ("Abdulla Yameen", ("MDV", "GOV")),
    ("Mokgweetsi Masisi", ("BWA", "GOV")),
    ("Saulius Skvernelis", ("LTU", "GOV")),
    ("Youssef Chahed", ("TUN", "GOV")),
    ("Hassan Ali Khaire", ("SOM", "GOV")),
    ("Frank Bainimarama", ("FJI", "GOV")),
    ("Nicole Belloubet", ("FRA", "GOV")),
    ("Anton Siluanov", ("RUS", "GOV")),
    ("Senator Tim Kaine", ("USA", "LEG")),
    ("Kyrsten Sinema", ("USA", "LEG")),
    ("Alexander Vindman", ("USA", "GOV")),
    ("Caroline Nokes", ("GBR", "GOV")),
    ("David Gauke", ("GBR", "GOV")),
    ("Shadow Justice Secretary Richard Burgon", ("GBR", "OPP")),
    ("Paschal Donohoe", ("IRL", "GOV")),
    ("Len McCluskey", ("GBR", "CVL")),
    ("Jan Kubis", ("IGO:UN", "GOV")),
    ("Maja Kocijancic", ("IGO:EU", "GOV")),
])
def test_office_holders_of_2015_to_2020(matcher, phrase, expected):
    assert _codes(matcher, phrase) == [expected]


@pytest.mark.parametrize("phrase, expected", [
    ("Sergei Skripal", ("RUS", "CVL")),
    ("Michael Kovrig", ("CAN", "CVL")),
    ("Nazanin Zaghari-Ratcliffe", ("GBR", "CVL")),
    ("Maria Ressa", ("PHL", "MED")),
    ("Meng Wanzhou", ("CHN", "BUS")),
    ("Julian Assange", ("AUS", "MED")),
    ("Andrew Brunson", ("USA", "ELI")),
    ("Oleg Sentsov", ("UKR", "CVL")),
])
def test_people_of_international_incidents(matcher, phrase, expected):
    assert _codes(matcher, phrase) == [expected]


@pytest.mark.parametrize("phrase, date, expected", [
    ("Abdulla Yameen", dt.date(2019, 6, 1), ("MDV", "ELI")),            # after his presidency
    ("Ibrahim Mohamed Solih", dt.date(2019, 6, 1), ("MDV", "GOV")),
    ("Mark Drakeford", dt.date(2017, 6, 1), ("GBR", "ELI")),            # before he led Wales
    ("Mark Drakeford", dt.date(2019, 6, 1), ("GBR", "GOV")),
    ("Josh Hawley", dt.date(2018, 6, 1), ("USA", "JUD")),      # Missouri's attorney general
    ("Josh Hawley", dt.date(2019, 6, 1), ("USA", "LEG")),
])
def test_office_holders_keep_their_terms(matcher, phrase, date, expected):
    assert _codes(matcher, phrase, date) == [expected]


@pytest.mark.parametrize("phrase, expected", [
    ("the Crown Prosecution Service", ("GBR", "JUD")),
    ("the CPS", ("GBR", "JUD")),
    ("the Serious Fraud Office", ("GBR", "JUD")),
    ("the National Crime Agency", ("GBR", "COP")),
    ("the PSNI", ("GBR", "COP")),
    ("Ofcom", ("GBR", "GOV")),
    ("HMRC", ("GBR", "GOV")),
    ("the MoD", ("GBR", "MIL")),
    ("Holyrood", ("GBR", "LEG")),
    ("Stormont", ("GBR", "LEG")),
    ("the Welsh Assembly", ("GBR", "LEG")),
    ("the Department for Exiting the European Union", ("GBR", "GOV")),
    ("the Taoiseach", ("IRL", "GOV")),
    ("the EPA", ("USA", "GOV")),
    ("the Fed", ("USA", "GOV")),
    ("Customs and Border Protection", ("USA", "COP")),
    ("the FDA", ("USA", "GOV")),
    ("the RCMP", ("CAN", "COP")),
    ("the Mounties", ("CAN", "COP")),
])
def test_state_institutions_by_their_names(matcher, phrase, expected):
    assert _codes(matcher, phrase) == [expected]


@pytest.mark.parametrize("text, expected", [
    ("Andrea Jenkyns accused the Prime Minister of betraying Brexit voters.",
     ("GBR/LEG", "112", "GBR/GOV")),
    ("Andrew Scheer accused Justin Trudeau of misleading Parliament.",
     ("CAN/OPP", "112", "CAN/GOV")),
    ("Danilo Medina met Chinese President Xi Jinping in Beijing.",
     ("DOM/GOV", "040", "CHN/GOV")),
    ("The Crown Prosecution Service charged two Russian nationals with attempted murder.",
     ("GBR/JUD", "112", "RUS/CVL")),
    ("Blumenthal accused the White House of obstructing the inquiry.",
     ("USA/LEG", "112", "USA/GOV")),
    ("China detained Michael Kovrig in Beijing.", ("CHN/GOV", "173", "CAN/CVL")),
    ("The RCMP arrested two Chinese nationals in Vancouver.",
     ("CAN/COP", "173", "CHN/CVL")),
])
def test_events_of_the_new_actors(text, expected):
    assert expected in sectored(text, "en", DATE)

