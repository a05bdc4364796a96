"""Office holders of 2016-2020, branch s22e (sentences written for these tests).

- The heads of state and government and the foreign, defence, interior and finance ministers of
  2016-2020 of the G20 states and of the states at war or in crisis then, checked against the
  dictionary: the missing finance ministers, premiers, North Korea's second rank, the parallel
  governments, armed movements and negotiators of the wars, central bank governors, commanders and
  intelligence chiefs (leaders-2016-20-cabinets.yaml): "Mboweni criticised the rating agency" in
  2019 is ZAF/GOV (was no actor); "Kahlon kritisierte Netanjahu" ISR/GOV 111 ISR/GOV.
- The earlier offices of persons the dictionary knew only by a later one (leaders.yaml and
  others): Heiko Maas as Justice Minister 2013-2018, Jeremy Hunt as Health Secretary, Scott
  Morrison as Treasurer, Peter Dutton as Home Affairs Minister, Rajnath Singh as Home Minister,
  Cyril Ramaphosa as Deputy President, Ebrahim Raisi as head of the judiciary (JUD), Mark Carney
  at the Bank of England ...: "Rajnath Singh warned Pakistan" in 2017 is IND/GOV 13 PAK (was
  IND/ELI).
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.coded_events import sectored


def _assert_coded(text, lang, date, expected):
    """The source and code exact, the target starting with the expected country (or code/sector)."""
    got = sectored(text, lang, date)
    assert any(s == expected[0] and c == expected[1] and t.startswith(expected[2]) for s, c, t in got), got


@pytest.mark.parametrize("text, lang, date, expected", [
    ("Moshe Kahlon kritisierte Netanjahu.", "de", dt.date(2018, 6, 4), ("ISR/GOV", "111", "ISR/GOV")),
    ("Tito Mboweni criticised the Reserve Bank.", "en", dt.date(2019, 6, 4), ("ZAF/GOV", "111", "ZAF")),
    ("Lee Nak-yon met Shinzo Abe in Tokyo.", "en", dt.date(2018, 9, 4), ("KOR/GOV", "040", "JPN/GOV")),
    ("Ri Son-gwon warnte Südkorea.", "de", dt.date(2018, 10, 4), ("PRK/GOV", "13", "KOR")),
    ("Pak Pong-ju criticised the United States.", "en", dt.date(2017, 8, 4), ("PRK/GOV", "111", "USA")),
    ("Maeen Abdulmalik accused the Houthis of stealing aid.", "en", dt.date(2019, 1, 4), ("YEM/GOV", "112", "YEM/REB")),
    ("Mahdi al-Mashat threatened Saudi Arabia.", "en", dt.date(2019, 5, 4), ("YEM/REB", "13", "SAU")),
    ("Abdullah al-Thani accused Turkey of arming militias.", "en", dt.date(2019, 5, 4), ("LBY/GOV", "112", "TUR")),
    ("Dostum warf Pakistan Verrat vor.", "de", dt.date(2018, 5, 4), ("AFG/GOV", "1125", "PAK")),
    ("Tareck El Aissami accused Colombia of plotting a coup.", "en", dt.date(2018, 5, 4), ("VEN/GOV", "112", "COL")),
    ("Buratai accused Boko Haram of killing civilians.", "en", dt.date(2018, 5, 4), ("NGA/MIL", "112", "NGA")),
])
def test_office_holders_2016_2020(text, lang, date, expected):
    _assert_coded(text, lang, date, expected)


@pytest.mark.parametrize("text, lang, date, expected", [
    ("Haruhiko Kuroda criticised the government.", "en", dt.date(2018, 5, 4), ("JPN/GOV", "111", "JPN")),
    ("Nabiullina kritisierte die Sanktionen der USA.", "de", dt.date(2018, 5, 4), ("RUS/GOV", "111", "USA")),
    ("Haldenwang warnte vor der AfD.", "de", dt.date(2019, 5, 4), ("DEU/GOV", "13", "DEU")),
    ("Kovesi accused the government of blocking investigations.", "en", dt.date(2018, 2, 4), ("ROU/JUD", "112", "ROU")),
])
def test_central_bankers_commanders_and_prosecutors(text, lang, date, expected):
    _assert_coded(text, lang, date, expected)


@pytest.mark.parametrize("text, lang, date, expected", [
    # an earlier office of a person the dictionary knew by a later one: the role at the date
    ("Heiko Maas kritisierte die AfD.", "de", dt.date(2017, 5, 4), ("DEU/GOV", "111", "DEU")),
    ("Rajnath Singh warned Pakistan.", "en", dt.date(2017, 5, 4), ("IND/GOV", "13", "PAK")),
    ("Cyril Ramaphosa criticised Zuma.", "en", dt.date(2017, 5, 4), ("ZAF/GOV", "111", "ZAF")),
    ("Peter Dutton accused Iran of lying.", "en", dt.date(2018, 1, 4), ("AUS/GOV", "112", "IRN")),
    ("Ebrahim Raisi warnte die Demonstranten.", "de", dt.date(2020, 1, 4), ("IRN/JUD", "13", "IRN")),
    ("Mark Carney warned the government.", "en", dt.date(2018, 5, 4), ("GBR/GOV", "13", "GBR")),
])
def test_earlier_roles_give_the_sector_of_the_date(text, lang, date, expected):
    _assert_coded(text, lang, date, expected)

