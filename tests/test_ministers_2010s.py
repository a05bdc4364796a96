"""Foreign, defence and interior ministers, spokespeople and UN, EU and OSCE officials of
2010-2024 that the dictionary lacked (leaders-ministers.yaml): named in a sentence of their
years they are their state's (or organisation's) government; outside their terms their home
country's elite. The sentences are written for these tests."""
from __future__ import annotations

import datetime as dt

import pytest

from actor_tokens import toks
from chronist.actors.dictionary import ActorDictionary
from chronist.actors.matcher import ActorMatcher
from coded_events import sectored

# (language, article date, sentence, the source the sentence's event must have)
SENTENCES = [
    # United States
    ("en", "2011-05-10", "Janet Napolitano met Mexican officials in Washington on Monday.", "USA/GOV"),
    ("de", "2014-02-10", "Nuland kritisierte am Donnerstag die Europäische Union.", "USA/GOV"),
    ("en", "2017-03-01", "McGurk met Kurdish commanders in Erbil on Monday.", "USA/GOV"),
    ("de", "2022-01-12", "Robert Malley warf Teheran Verzögerungen vor.", "USA/GOV"),
    ("en", "2019-04-09", "James Jeffrey met Turkish officials in Ankara on Tuesday.", "USA/GOV"),
    # France, Italy, Spain, Germany
    ("de", "2010-06-10", "Hortefeux kritisierte die algerische Regierung.", "FRA/GOV"),
    ("en", "2011-10-05", "Claude Gueant met Tunisia's prime minister on Monday.", "FRA/GOV"),
    ("de", "2018-05-03", "Griveaux warf Russland Einmischung in den Wahlkampf vor.", "FRA/GOV"),
    ("en", "2023-03-14", "Veran criticised the unions on Tuesday.", "FRA/GOV"),
    ("de", "2010-09-01", "Maroni drohte Libyen mit Konsequenzen.", "ITA/GOV"),
    ("en", "2023-04-02", "Piantedosi met Tunisia's president on Monday.", "ITA/GOV"),
    ("de", "2012-03-01", "Annamaria Cancellieri besuchte am Montag Tunesien.", "ITA/GOV"),
    ("en", "2010-03-01", "Rubalcaba met his French counterpart in Madrid on Friday.", "ESP/GOV"),
    ("de", "2019-01-20", "Ulrike Demmer kritisierte die Türkei.", "DEU/GOV"),
    # other EU states, Norway, Switzerland
    ("de", "2022-08-01", "Lahbib verurteilte den russischen Angriff.", "BEL/GOV"),
    ("en", "2023-03-01", "Billstrom met his Turkish counterpart on Monday.", "SWE/GOV"),
    ("de", "2023-03-01", "Pål Jonson kündigte neue Waffenlieferungen an die Ukraine an.", "SWE/GOV"),
    ("en", "2022-03-01", "Kaikkonen met Norway's defence minister on Monday.", "FIN/GOV"),
    ("de", "2023-02-01", "Pevkur forderte mehr Hilfe für die Ukraine.", "EST/GOV"),
    ("en", "2021-05-04", "Pabriks criticised Russia on Tuesday.", "LVA/GOV"),
    ("de", "2022-05-01", "Jana Černochová besuchte am Montag Kiew.", "CZE/GOV"),
    ("en", "2022-03-01", "Lipavsky condemned Russia on Thursday.", "CZE/GOV"),
    ("de", "2012-11-01", "Mladenow traf am Montag den türkischen Außenminister.", "BGR/GOV"),
    ("en", "2022-06-01", "Huitfeldt met Blinken in Oslo on Monday.", "NOR/GOV"),
    ("de", "2011-05-01", "Calmy-Rey kritisierte die libysche Regierung.", "CHE/GOV"),
    # Russia, Belarus, Ukraine
    ("de", "2011-03-01", "Raschid Nurgalijew traf am Montag den kasachischen Innenminister.", "RUS/GOV"),
    ("en", "2011-05-01", "Sergei Martynov met EU officials in Brussels on Monday.", "BLR/GOV"),
    ("de", "2023-03-01", "Sergej Aleinik traf am Montag Lawrow in Moskau.", "BLR/GOV"),
    ("de", "2022-02-10", "Chrenin kündigte Manöver mit Russland an.", "BLR/GOV"),
    ("en", "2016-03-01", "Ravkov met China's defence minister on Monday.", "BLR/GOV"),
    ("de", "2022-06-01", "Monastyrskyj warf Russland Kriegsverbrechen vor.", "UKR/GOV"),
    # Balkans
    ("en", "2011-04-01", "Jeremic criticised Kosovo's government on Friday.", "SRB/GOV"),
    ("de", "2021-06-01", "Selaković traf am Montag Lawrow in Moskau.", "SRB/GOV"),
    ("en", "2018-06-01", "Vulin accused Croatia of provocations.", "SRB/GOV"),
    ("de", "2022-06-01", "Gërvalla-Schwarz kritisierte Serbien scharf.", "XKX/GOV"),
    ("en", "2023-01-10", "Svecla accused Serbia of provocations.", "XKX/GOV"),
    # Turkey, Israel, Iran, Arab states
    ("de", "2015-10-06", "Sinirlioglu warf Russland eine Verletzung des Luftraums vor.", "TUR/GOV"),
    ("en", "2012-01-10", "Idris Naim Sahin met Iraq's interior minister on Monday.", "TUR/GOV"),
    ("de", "2012-05-01", "Eli Jischai forderte die Ausweisung der Migranten.", "ISR/GOV"),
    ("en", "2024-10-01", "Eskandar Momeni met his Iraqi counterpart on Monday.", "IRN/GOV"),
    ("de", "2020-03-01", "Nassif Hitti traf am Montag den französischen Botschafter.", "LBN/GOV"),
    ("en", "2022-06-01", "Bou Habib met the US envoy in Beirut on Monday.", "LBN/GOV"),
    ("en", "2022-06-01", "Najla Mangoush met Turkey's foreign minister on Monday.", "LBY/GOV"),
    ("de", "2020-01-10", "Baschagha kritisierte Haftar scharf.", "LBY/GOV"),
    ("en", "2022-01-10", "Othman al-Ghanimi met Iran's interior minister on Monday.", "IRQ/GOV"),
    ("en", "2016-01-10", "Mohammad al-Shaar visited Moscow on Monday.", "SYR/GOV"),
    # South and East Asia, the Americas, Africa
    ("en", "2012-05-01", "Zalmai Rassoul met Pakistan's prime minister on Monday.", "AFG/GOV"),
    ("de", "2016-03-01", "Chaudhry Nisar kritisierte Indien.", "PAK/GOV"),
    ("en", "2010-07-01", "Chidambaram accused Pakistan of backing militants.", "IND/GOV"),
    ("en", "2011-05-01", "Edano met South Korea's foreign minister on Monday.", "JPN/GOV"),
    ("de", "2018-06-01", "Aloysio Nunes kritisierte Venezuela.", "BRA/GOV"),
    ("en", "2021-06-01", "Mariam al-Mahdi met Ethiopia's foreign minister on Monday.", "SDN/GOV"),
    ("en", "2022-03-01", "Adan Augusto Lopez met US officials in Mexico City on Monday.", "MEX/GOV"),
    ("de", "2022-03-01", "Mendicino kritisierte die Blockaden der Lastwagenfahrer.", "CAN/GOV"),
    ("en", "2023-03-01", "Clare O'Neil met Indonesia's security minister on Monday.", "AUS/GOV"),
    ("de", "2024-10-01", "Retailleau traf am Montag den algerischen Botschafter.", "FRA/GOV"),
    ("en", "2024-05-01", "Mohsin Naqvi met Iran's interior minister on Monday.", "PAK/GOV"),
    ("en", "2011-11-01", "Yasuo Ichikawa met US Defense Secretary Leon Panetta on Monday.", "JPN/GOV"),
    # UN, EU, OSCE officials
    ("en", "2012-05-27", "Kofi Annan met Assad in Damascus on Monday.", "IGO:UN/GOV"),
    ("en", "2016-05-01", "Ould Cheikh Ahmed met Houthi leaders in Sanaa on Monday.", "IGO:UN/GOV"),
    ("de", "2016-05-01", "Kobler traf am Montag Haftar in Bengasi.", "IGO:UN/GOV"),
    ("en", "2019-06-20", "Callamard accused Saudi Arabia of a deliberate killing.", "IGO:UN/GOV"),
    ("de", "2023-11-01", "Lazzarini warf Israel die Blockade der Hilfe vor.", "IGO:UNRWA/GOV"),
    ("en", "2023-10-20", "Francesca Albanese accused Israel of collective punishment.", "IGO:UN/GOV"),
    ("de", "2022-05-01", "Wennesland verurteilte die Gewalt in Jerusalem.", "IGO:UN/GOV"),
    ("de", "2019-06-01", "Greminger besuchte am Montag die Ostukraine.", "IGO:OSCE/GOV"),
    ("en", "2023-01-10", "Otunbayeva met Taliban leaders in Kabul on Monday.", "IGO:UN/GOV"),
]


@pytest.mark.parametrize(("lang", "date", "text", "source"), SENTENCES,
                         ids=[f"{c[0]}-{c[2][:40]}" for c in SENTENCES])
def test_minister_is_the_source(lang: str, date: str, text: str, source: str) -> None:
    events = sectored(text, lang, dt.date.fromisoformat(date))
    assert any(e[0] == source for e in events), events


# A person outside their terms is their home country's elite, not its government.
ACTOR_AT = [
    ("Brice Hortefeux", "2010-06-01", ("FRA", "GOV")),
    ("Brice Hortefeux", "2015-06-01", ("FRA", "ELI")),
    ("Olivier Véran", "2022-06-10", ("FRA", "GOV")),       # between his two portfolios: still a minister
    ("Olivier Véran", "2024-06-01", ("FRA", "ELI")),
    ("Victoria Nuland", "2019-06-01", ("USA", "ELI")),
    ("Victoria Nuland", "2022-06-01", ("USA", "GOV")),
    ("Espen Barth Eide", "2016-06-01", ("NOR", "ELI")),
    ("Espen Barth Eide", "2024-06-01", ("NOR", "GOV")),
    ("Sigrid Kaag", "2021-12-01", ("NLD", "ELI")),
    ("Sigrid Kaag", "2024-03-01", ("IGO:UN", "GOV")),
    ("Vuk Jeremić", "2013-03-01", ("IGO:UN", "LEG")),
    ("Vuk Jeremić", "2016-03-01", ("SRB", "ELI")),
    ("Kofi Annan", "2012-05-01", ("IGO:UN", "GOV")),
    ("Roza Otunbayeva", "2011-06-01", ("KGZ", "GOV")),
    ("Roza Otunbayeva", "2016-06-01", ("KGZ", "ELI")),
    ("Nickolay Mladenov", "2012-06-01", ("BGR", "GOV")),
    ("Nickolay Mladenov", "2018-06-01", ("IGO:UN", "GOV")),
    ("Ahmed Awad bin Mubarak", "2024-06-01", ("YEM", "GOV")),
    ("Ahmed Awad bin Mubarak", "2018-06-01", ("YEM", "ELI")),
    ("Feridun Sinirlioğlu", "2015-10-01", ("TUR", "GOV")),
    ("Feridun Sinirlioğlu", "2019-10-01", ("TUR", "ELI")),
    ("Helga Schmid", "2018-01-01", ("IGO:EU", "GOV")),
    ("Helga Schmid", "2022-01-01", ("IGO:OSCE", "GOV")),
    ("Alfredo Pérez Rubalcaba", "2013-06-01", ("ESP", "PTY")),
    ("Flávio Dino", "2023-06-01", ("BRA", "GOV")),
    ("Flávio Dino", "2024-06-01", ("BRA", "JUD")),
    ("Bruno Retailleau", "2023-06-01", ("FRA", "ELI")),
]


@pytest.mark.parametrize(("name", "date", "expected"), ACTOR_AT, ids=[f"{c[0]}-{c[1]}" for c in ACTOR_AT])
def test_actor_at(dictionary: ActorDictionary, name: str, date: str, expected: tuple[str, str]) -> None:
    assert dictionary.persons[name].actor_at(dt.date.fromisoformat(date)) == expected


MATCH = [
    # out of office: the home country's elite
    ("de", "2019-06-01", "Nuland", [("USA", "ELI")]),
    ("en", "2016-06-01", "Hortefeux", [("FRA", "ELI")]),
    ("de", "2016-06-01", "Baschagha", [("LBY", "ELI")]),
    # a full name wins over another person's surname inside it
    ("en", "2023-01-01", "Ali Mahmoud Abbas", [("SYR", "GOV")]),
    ("de", "2023-01-01", "Francesca Albanese", [("IGO:UN", "GOV")]),
    ("en", "2011-01-01", "Janet Napolitano", [("USA", "GOV")]),
    ("en", "2021-06-01", "Ahmed Awad bin Mubarak", [("YEM", "GOV")]),
    ("de", "2020-01-01", "Jean-Pierre Lacroix", [("IGO:UN", "GOV")]),
    ("en", "2018-06-01", "Aloysio Nunes", [("BRA", "GOV")]),
    # German transliterations and spellings without diacritics
    ("de", "2012-03-01", "Eli Jischai", [("ISR", "GOV")]),
    ("de", "2011-03-01", "Nurgalijew", [("RUS", "GOV")]),
    ("en", "2011-03-01", "Nurgaliyev", [("RUS", "GOV")]),
    ("de", "2018-06-01", "Rawkow", [("BLR", "GOV")]),
    ("de", "2012-06-01", "Hamad bin Dschassim", [("QAT", "GOV")]),
    ("en", "2012-06-01", "Hamad bin Jassim", [("QAT", "GOV")]),
    ("en", "2022-06-01", "Gervalla", [("XKX", "GOV")]),
]


@pytest.mark.parametrize(("lang", "date", "phrase", "expected"), MATCH, ids=[f"{c[0]}-{c[2]}-{c[1]}" for c in MATCH])
def test_match(matcher: ActorMatcher, lang: str, date: str, phrase: str,
               expected: list[tuple[str, str | None]]) -> None:
    actors = matcher.match(toks(phrase), lang=lang, date=dt.date.fromisoformat(date))
    assert [(a.code, a.sector) for a in actors] == expected
