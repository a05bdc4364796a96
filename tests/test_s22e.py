"""Office holders of 2016-2020, branch s22e (sentences written for these tests).

- The heads of state and government and the foreign, defence, interior and finance ministers of
  2016-2020 of the G20 states and of the states at war or in crisis then, checked against the
  dictionary: the missing finance ministers, premiers, North Korea's second rank, the parallel
  governments, armed movements and negotiators of the wars, central bank governors, commanders and
  intelligence chiefs (leaders-2016-20-cabinets.yaml): "Tito Mboweni criticised the Reserve Bank" in
  2019 is ZAF/GOV 111 ZAF (was no event); "Kahlon kritisierte Netanjahu" ISR/GOV 111 ISR/GOV.
- The earlier offices of persons the dictionary knew only by a later one (leaders.yaml and
  others): Heiko Maas as Justice Minister 2013-2018, Jeremy Hunt as Health Secretary, Scott
  Morrison as Treasurer, Peter Dutton as Home Affairs Minister, Rajnath Singh as Home Minister,
  Cyril Ramaphosa as Deputy President, Ebrahim Raisi as head of the judiciary (JUD), Mark Carney
  at the Bank of England ...: "Rajnath Singh warned Pakistan" in 2017 is IND/GOV 13 PAK (was
  IND/ELI).
- Figures of the news of 2018-2019 (Hong Kong's officials and protest leaders, the Skripal
  suspects, ministers of Pakistan, India, Brazil and Canada), the governors of the American states
  of 2016-2020, Africa's parliaments, governments and armed movements, Ukraine's prosecutors,
  security chiefs and commanders, Venezuela's courts, Mexico's cabinet, and the second rank of
  Israel, Palestine, Lebanon and Iran: "Mandelblit kritisierte Netanjahu" in 2019 is ISR/JUD 111
  ISR/GOV (was no event).
- "coastguard" in one word is the coast guard (COP), as "coast guard" and German "Küstenwache":
  "The Turkish coastguard detained forty migrants" is TUR/COP 173 (was TUR/GOV).
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



@pytest.mark.parametrize("text, lang, date, expected", [
    # Hong Kong's officials and protest leaders of 2019, the Skripal suspects, ministers in the news
    ("Teresa Cheng criticised the protesters.", "en", dt.date(2019, 8, 4), ("HKG/GOV", "111", "HKG")),
    ("Nathan Law accused the police of brutality.", "en", dt.date(2019, 8, 4), ("HKG/OPP", "112", "HKG")),
    ("Boschirow bestritt jede Beteiligung und kritisierte Großbritannien.", "de", dt.date(2018, 9, 14), ("RUS/MIL", "111", "GBR")),
    ("Asad Umar criticised the IMF.", "en", dt.date(2018, 11, 4), ("PAK/GOV", "111", "IGO:IMF")),
    ("Jody Wilson-Raybould accused Trudeau of pressure.", "en", dt.date(2019, 1, 10), ("CAN/GOV", "112", "CAN/GOV")),
    ("Sobjanin kritisierte die Demonstranten.", "de", dt.date(2019, 8, 4), ("RUS/GOV", "111", "RUS")),
])
def test_figures_of_the_news_of_2018_2019(text, lang, date, expected):
    _assert_coded(text, lang, date, expected)


@pytest.mark.parametrize("text, lang, date, expected", [
    # governors of the American states of 2016-2020, by full name or a surname no one else has
    ("Whitmer criticised the federal government.", "en", dt.date(2020, 4, 4), ("USA/GOV", "111", "USA")),
    ("Pritzker kritisierte Trump.", "de", dt.date(2020, 4, 4), ("USA/GOV", "111", "USA/GOV")),
    ("Charlie Baker criticised Trump.", "en", dt.date(2018, 4, 4), ("USA/GOV", "111", "USA/GOV")),
    ("Kasich criticised Trump.", "en", dt.date(2017, 4, 4), ("USA/GOV", "111", "USA/GOV")),
])
def test_governors_of_the_american_states(text, lang, date, expected):
    _assert_coded(text, lang, date, expected)


@pytest.mark.parametrize("text, lang, date, expected", [
    # Africa's parliaments, governments and armed movements of 2016-2020
    ("Saraki criticised Buhari.", "en", dt.date(2018, 4, 4), ("NGA/LEG", "111", "NGA/GOV")),
    ("Iyad Ag Ghaly threatened France.", "en", dt.date(2018, 4, 4), ("MLI/REB", "13", "FRA")),
    ("Boukadoum kritisierte Frankreich.", "de", dt.date(2020, 4, 4), ("DZA/GOV", "111", "FRA")),
    ("Gedu Andargachew met the Egyptian foreign minister in Cairo.", "en", dt.date(2019, 6, 4), ("ETH/GOV", "040", "EGY")),
])
def test_african_office_holders_and_movements(text, lang, date, expected):
    _assert_coded(text, lang, date, expected)


@pytest.mark.parametrize("text, lang, date, expected", [
    # Ukraine's prosecutors, security chiefs and commanders; Venezuela's courts; Mexico's cabinet
    ("Luzenko warf Russland Sabotage vor.", "de", dt.date(2018, 4, 4), ("UKR/JUD", "1125", "RUS")),
    ("Khomchak accused Russia of shelling the town.", "en", dt.date(2020, 4, 4), ("UKR/MIL", "112", "RUS")),
    ("Tarek William Saab accused Guaidó of treason.", "en", dt.date(2019, 4, 4), ("VEN/JUD", "1125", "VEN")),
    ("Durazo criticised the cartels and praised the army.", "en", dt.date(2019, 10, 20), ("MEX/GOV", "051", "MEX")),
])
def test_ukrainian_and_latin_american_officials(text, lang, date, expected):
    _assert_coded(text, lang, date, expected)


@pytest.mark.parametrize("text, lang, date, expected", [
    # the second rank of Israel, Palestine, Lebanon and Iran
    ("Mandelblit kritisierte Netanjahu.", "de", dt.date(2019, 3, 4), ("ISR/JUD", "111", "ISR/GOV")),
    ("Ayman Odeh accused Netanyahu of incitement.", "en", dt.date(2019, 3, 4), ("ISR/OPP", "112", "ISR/GOV")),
    ("Dahlan criticised Abbas.", "en", dt.date(2018, 3, 4), ("PSE/OPP", "111", "PSE/GOV")),
    ("Jumblatt kritisierte Hisbollah.", "de", dt.date(2019, 3, 4), ("LBN/PTY", "111", "LBN")),
    ("Hajizadeh threatened the United States.", "en", dt.date(2019, 6, 24), ("IRN/MIL", "13", "USA")),
])
def test_second_rank_of_the_middle_east(text, lang, date, expected):
    _assert_coded(text, lang, date, expected)


@pytest.mark.parametrize("text, lang, expected", [
    # "coastguard" in one word is the coast guard (COP), as German "Küstenwache" already was
    ("The Turkish coastguard detained forty migrants.", "en", ("TUR/COP", "173", "")),
])
def test_coastguard_in_one_word(text, lang, expected):
    _assert_coded(text, lang, dt.date(2019, 3, 4), expected)
