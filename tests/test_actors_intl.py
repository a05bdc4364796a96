"""Actors of international news of 2014-2020 that the dictionary lacked, by kind: office
holders below the heads of government (leaders-intl.yaml), kinds of officials
(agents-intl.yaml), the states and provinces of federal states that name their state's
police and government (countries-federal.yaml), and armed groups and state bodies by their
short names. The phrases are written for these tests."""
from __future__ import annotations

import datetime as dt

import pytest

from actor_tokens import toks
from chronist.actors.matcher import ActorMatcher


@pytest.fixture(scope="module")
def matcher() -> ActorMatcher:
    return ActorMatcher()


def found(matcher: ActorMatcher, lang: str, date: str | None, phrase: str) -> list[tuple[str, str | None]]:
    when = dt.date.fromisoformat(date) if date else None
    return [(a.code, a.sector) for a in matcher.match(toks(phrase), lang=lang, date=when)]


OFFICE_HOLDERS = [
    # interior, security and finance ministers of the G20 and EU states
    ("de", "2017-03-01", "der italienische Innenminister Marco Minniti", [("ITA", "GOV")]),
    ("en", "2020-05-01", "Lamorgese", [("ITA", "GOV")]),
    ("de", "2018-01-10", "Innenminister Gérard Collomb", [("FRA", "GOV")]),
    ("en", "2016-01-10", "Finance Minister Michel Sapin", [("FRA", "GOV")]),
    ("de", "2016-05-01", "Awakow", [("UKR", "GOV")]),
    ("en", "2016-05-01", "Avakov", [("UKR", "GOV")]),
    ("de", "2018-06-01", "Wladimir Kolokolzew", [("RUS", "GOV")]),
    ("en", "2021-06-01", "Amit Shah", [("IND", "GOV")]),
    ("en", "2016-06-01", "Amit Shah", [("IND", "PTY")]),
    ("de", "2016-02-01", "der belgische Innenminister Jan Jambon", [("BEL", "GOV")]),
    ("en", "2016-09-01", "Tsakalotos", [("GRC", "GOV")]),
    ("de", "2016-09-01", "der Kronprinz Mohammed bin Naif", [("SAU", "GOV")]),
    # chiefs of staff, heads of government, regional heads, envoys
    ("en", "2017-06-01", "Lt. Gen. Gadi Eisenkot", [("ISR", "MIL")]),
    ("de", "2020-06-01", "Kochavi", [("ISR", "MIL")]),
    ("en", "2019-03-01", "Egyptian Prime Minister Mostafa Madbouly", [("EGY", "GOV")]),
    ("de", "2019-03-01", "Jordaniens Regierungschef Omar Razzaz", [("JOR", "GOV")]),
    ("de", "2019-03-01", "Torra", [("ESP", "GOV")]),
    ("en", "2019-08-01", "Carrie Lam", [("HKG", "GOV")]),
    ("en", "2019-02-01", "U.S. envoy Zalmay Khalilzad", [("USA", "GOV")]),
    ("de", "2017-12-01", "Saeb Erekat", [("PSE", "GOV")]),
    ("en", "2018-06-01", "Grand Ayatollah Ali al-Sistani", [("IRQ", "ELI")]),
    ("de", "2018-06-01", "Kaiser Akihito", [("JPN", "GOV")]),
    # surnames that took their German or short form only now
    ("de", "2017-01-01", "Yildirim", [("TUR", "GOV")]),
    ("de", "2017-01-01", "Lieberman", [("ISR", "GOV")]),
    ("de", "2016-01-01", "al-Dschubeir", [("SAU", "GOV")]),
    ("de", "2016-01-01", "Muallim", [("SYR", "GOV")]),
    ("en", "2015-01-01", "Hammond", [("GBR", "GOV")]),
    # a surname shared with others names the minister only while in office
    ("de", "2021-01-01", "Yildirim", []),
    ("en", "2021-01-01", "Hammond", []),
    # interior, home and migration ministers of the EU, the Middle East and the G20
    ("de", "2017-05-01", "der spanische Innenminister Juan Ignacio Zoido", [("ESP", "GOV")]),
    ("en", "2019-05-01", "Grande-Marlaska", [("ESP", "GOV")]),
    ("de", "2016-03-01", "Ungarns Innenminister Sándor Pintér", [("HUN", "GOV")]),
    ("de", "2016-03-01", "Migrationsminister Ioannis Mouzalas", [("GRC", "GOV")]),
    ("en", "2016-03-01", "Stojberg", [("DNK", "GOV")]),
    ("de", "2017-03-01", "Aryeh Deri", [("ISR", "GOV")]),
    ("en", "2017-03-01", "Abdolreza Rahmani Fazli", [("IRN", "GOV")]),
    ("en", "2016-03-01", "Nouhad Machnouk", [("LBN", "GOV")]),
    ("de", "2019-03-01", "Innenminister Mahmoud Tawfik", [("EGY", "GOV")]),
    # foreign ministers of the smaller EU, Balkan, Caucasus, Gulf and Maghreb states
    ("de", "2016-03-01", "Erjavec", [("SVN", "GOV")]),
    ("de", "2018-03-01", "die bulgarische Außenministerin Ekaterina Zaharieva", [("BGR", "GOV")]),
    ("en", "2018-03-01", "Pacolli", [("XKX", "GOV")]),
    ("en", "2016-03-01", "Edward Nalbandian", [("ARM", "GOV")]),
    ("de", "2018-03-01", "Jussuf bin Alawi", [("OMN", "GOV")]),
    ("en", "2018-03-01", "Sabah Al-Khalid Al-Sabah", [("KWT", "GOV")]),
    ("de", "2020-03-01", "Sabah al-Khalid al-Sabah", [("KWT", "GOV")]),
]


@pytest.mark.parametrize(("lang", "date", "phrase", "expected"), OFFICE_HOLDERS,
                         ids=[f"{c[0]}-{c[2]}-{c[1]}" for c in OFFICE_HOLDERS])
def test_office_holders_of_international_news(matcher: ActorMatcher, lang: str, date: str, phrase: str,
                                              expected: list[tuple[str, str | None]]) -> None:
    assert found(matcher, lang, date, phrase) == expected


OFFICIALS = [
    ("de", "die Fahnder", "COP"), ("de", "Zielfahnder", "COP"), ("de", "eine Sondereinheit der Polizei", "COP"),
    ("de", "das Landeskriminalamt", "COP"), ("de", "zwei Matrosen", "MIL"), ("de", "das Politbüro", "PTY"),
    ("en", "the regulators", "GOV"), ("en", "the country's spy chief", "GOV"), ("en", "the politburo", "PTY"),
]


@pytest.mark.parametrize(("lang", "phrase", "sector"), OFFICIALS, ids=[f"{c[0]}-{c[1]}" for c in OFFICIALS])
def test_kinds_of_officials(matcher: ActorMatcher, lang: str, phrase: str, sector: str) -> None:
    assert found(matcher, lang, None, phrase) == [("UNK", sector)]


# names with no dates: states and provinces of federal states (a region alone is a place),
# armed groups and state bodies by their short names
REGIONS_AND_BODIES = [
    ("en", "Louisiana State Police", [("USA", "COP")]),
    ("en", "the Texas governor", [("USA", "GOV")]),
    ("en", "the Ontario government", [("CAN", "GOV")]),
    ("en", "Central Sulawesi police", [("IDN", "COP")]),
    ("de", "die kalifornische Regierung", [("USA", "GOV")]),
    ("de", "die Polizei in Texas", [("USA", "COP")]),
    ("en", "Kentucky", []),
    ("de", "Kalifornien", []),
    ("de", "die Rebellengruppe ADF", [("COD", "REB")]),
    ("en", "MILF rebels", [("PHL", "REB")]),
    ("en", "Shabaab fighters", [("SOM", "REB")]),
    ("en", "Naxalites", [("IND", "REB")]),
    ("de", "die Nureddin-al-Sinki-Bewegung", [("SYR", "REB")]),
    ("de", "das IPN", [("POL", "GOV")]),
    # the OSCE's Karabakh mediators are no Belarusian body
    ("en", "the Minsk Group", [("IGO:OSCE", None)]),
    ("de", "die Minsker Gruppe", [("IGO:OSCE", None)]),
]


@pytest.mark.parametrize(("lang", "phrase", "expected"), REGIONS_AND_BODIES,
                         ids=[f"{c[0]}-{c[1]}" for c in REGIONS_AND_BODIES])
def test_federal_regions_armed_groups_and_state_bodies(matcher: ActorMatcher, lang: str, phrase: str,
                                                       expected: list[tuple[str, str | None]]) -> None:
    assert found(matcher, lang, "2018-06-01", phrase) == expected
