"""Unknown actors of German news, branch s21e (sentences written for these tests).

- Heads of state and government of 2015-2020 of the European, Balkan and post-Soviet states the
  dictionary lacked, and the interior ministers and senators of the sixteen German states of
  2015-2020 (leaders-europe.yaml; Boris Pistorius's years in Lower Saxony in leaders.yaml):
  "Skvernelis warf Russland Provokationen vor" is LTU 1123 RUS (was no event); "Herbert Reul lobte
  die Polizei" DEU/GOV (was no event). Surnames that are words or common names ("Geisel",
  "Jäger", "Maier") are matched only in full or after their title.
- British MPs and officials of the Brexit years 2016-2019 (leaders-westminster.yaml): "Jenkyns warf
  May Verrat vor" is GBR 1125 GBR (was no event); Peter Bone left out (wrong speaker in a silver article, see leaders-westminster.yaml).
- US officials of 2017-2019 the dictionary lacked (leaders-officials.yaml): "McCabe accused Trump of
  lying" is USA 112 USA (was no event); "Milley warnte Iran" USA/MIL 13 IRN.
- French ministers of the governments of 2007-2020 and party and regional leaders of those years
  the dictionary lacked (leaders-france.yaml): "Taubira kritisierte Marine Le Pen" in 2015 is
  FRA/GOV 111 FRA (was no event); "Royal" alone stays a word ("die Royal Navy").
- Italian ministers of 2013-2021 and Spanish ministers of 2011-2021 the dictionary lacked
  (leaders-italy-spain.yaml): "Toninelli kritisierte Frankreich" in 2019 is ITA/GOV 111 FRA
  (was no event); "Orlando" alone stays the city.
- Austrian office holders, MPs and public figures the dictionary lacked (leaders-austria.yaml):
  "Duzdar kritisierte die FPÖ" in 2016 is AUT/GOV 111 AUT (was no event); "der Hacker" stays a
  hacker.
- The national union federations of other states (organisations-movements.yaml): "Die CGIL
  protestierte gegen die Regierung in Rom" is ITA 14 ITA.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.coded_events import sectored, triples as _events


def _assert_coded(text, lang, date, expected):
    """The source and code exact, the target starting with the expected country (or code/sector)."""
    got = sectored(text, lang, date)
    assert any(s == expected[0] and c == expected[1] and t.startswith(expected[2]) for s, c, t in got), got


@pytest.mark.parametrize("text, expected", [
    ("Skvernelis warf Russland Provokationen vor.", ("LTU", "1123", "RUS")),
    ("Hontscharuk traf Merkel in Berlin.", ("UKR", "040", "DEU")),
    ("Grindeanu kritisierte die Europäische Kommission.", ("ROU", "111", "IGO:EU")),
    ("Präsident Kiska verurteilte den Angriff Russlands.", ("SVK", "111", "RUS")),
    ("Gakharia warf Moskau eine Provokation vor.", ("GEO", "1123", "RUS")),
    ("Der Ministerpräsident Zvizdić traf den serbischen Präsidenten.", ("BIH", "040", "SRB")),
])
def test_heads_of_state_and_government_2015_2020(text, expected):
    assert expected in _events(text, "de")


@pytest.mark.parametrize("text, expected", [
    ("Herbert Reul lobte die Polizei.", ("DEU/GOV", "051", "DEU/COP")),
    ("Joachim Herrmann kritisierte die AfD.", ("DEU/GOV", "111", "DEU/PTY")),
    ("Georg Maier kritisierte die NPD.", ("DEU/GOV", "111", "DEU/PTY")),
    ("Pistorius kritisierte die AfD.", ("DEU/GOV", "111", "DEU/PTY")),
    ("Stahlknecht warf der AfD Hetze vor.", ("DEU/GOV", "112", "DEU/PTY")),
])
def test_interior_ministers_of_the_german_states(text, expected):
    assert expected in sectored(text, "de")


@pytest.mark.parametrize("text, lang, expected", [
    ("Die CGIL protestierte gegen die Regierung in Rom.", "de", ("ITA", "14", "ITA")),
    ("Solidarność protestierte gegen die Regierung in Warschau.", "de", ("POL", "14", "POL")),
    ("Histadrut kritisierte Netanjahu.", "de", ("ISR", "111", "ISR")),
    ("COSATU criticised Ramaphosa.", "en", ("ZAF", "111", "ZAF")),
])
def test_union_federations(text, lang, expected):
    assert expected in _events(text, lang)


@pytest.mark.parametrize("text, lang, expected", [
    ("Jenkyns warf May Verrat vor.", "de", ("GBR/LEG", "1125", "GBR/GOV")),
    ("Iain Duncan Smith kritisierte Theresa May.", "de", ("GBR/LEG", "111", "GBR/GOV")),
    ("Drakeford kritisierte Theresa May.", "de", ("GBR/GOV", "111", "GBR/GOV")),
    ("Andrea Jenkyns accused Theresa May of betrayal.", "en", ("GBR/LEG", "112", "GBR/GOV")),
    ("Sedwill criticised the Labour leader Jeremy Corbyn.", "en", ("GBR/GOV", "111", "GBR/OPP")),
])
def test_british_politicians_of_the_brexit_years(text, lang, expected):
    assert expected in sectored(text, lang)


@pytest.mark.parametrize("text, lang, date, expected", [
    ("McCabe accused Trump of lying.", "en", dt.date(2017, 10, 10), ("USA/GOV", "112", "USA/GOV")),
    ("Huntsman criticised Russia.", "en", dt.date(2019, 3, 4), ("USA/GOV", "111", "RUS")),
    ("Milley warnte Iran.", "de", dt.date(2019, 3, 4), ("USA/MIL", "13", "IRN")),
    ("Scaramucci kritisierte Priebus.", "de", dt.date(2017, 7, 25), ("USA/GOV", "111", "USA/GOV")),
])
def test_us_officials_2017_2019(text, lang, date, expected):
    _assert_coded(text, lang, date, expected)


@pytest.mark.parametrize("text, lang, date, expected", [
    ("Taubira kritisierte Marine Le Pen.", "de", dt.date(2015, 5, 1), ("FRA/GOV", "111", "FRA")),
    ("Blanquer kritisierte die Gewerkschaften.", "de", dt.date(2019, 3, 4), ("FRA/GOV", "111", "FRA")),
    ("Kosciusko-Morizet warf Sarkozy Verrat vor.", "de", dt.date(2011, 3, 1), ("FRA/GOV", "1125", "FRA")),
    ("Wauquiez kritisierte Macron.", "de", dt.date(2018, 3, 4), ("FRA/GOV", "111", "FRA/GOV")),
    ("Schiappa criticised Marine Le Pen.", "en", dt.date(2019, 3, 4), ("FRA/GOV", "111", "FRA")),
])
def test_french_ministers_and_leaders(text, lang, date, expected):
    _assert_coded(text, lang, date, expected)


@pytest.mark.parametrize("text, lang, date, expected", [
    ("Toninelli kritisierte Frankreich.", "de", dt.date(2019, 3, 4), ("ITA/GOV", "111", "FRA")),
    ("Speranza criticised Germany.", "en", dt.date(2020, 3, 4), ("ITA/GOV", "111", "DEU")),
    ("Colau kritisierte Rajoy.", "de", dt.date(2017, 10, 4), ("ESP/GOV", "111", "ESP/GOV")),
    ("Montoro kritisierte Griechenland.", "de", dt.date(2015, 7, 4), ("ESP/GOV", "111", "GRC")),
])
def test_italian_and_spanish_ministers(text, lang, date, expected):
    _assert_coded(text, lang, date, expected)


@pytest.mark.parametrize("text, date, expected", [
    ("Duzdar kritisierte die FPÖ.", dt.date(2016, 10, 4), ("AUT/GOV", "111", "AUT")),
    ("Grasser kritisierte die SPÖ.", dt.date(2005, 3, 4), ("AUT/GOV", "111", "AUT")),
    ("Korun warf der Regierung in Ankara Repression vor.", dt.date(2016, 8, 4), ("AUT/LEG", "112", "TUR")),
    ("Bogner-Strauß kritisierte die SPÖ.", dt.date(2018, 10, 4), ("AUT/GOV", "111", "AUT")),
])
def test_austrian_office_holders_and_mps(text, date, expected):
    _assert_coded(text, "de", date, expected)
