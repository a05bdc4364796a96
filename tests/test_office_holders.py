"""Office holders with dated roles: heads of government, cabinets, party and armed-group
leaders, UN officials. A person is their role's actor while in office, their home country's
elite (or party, opposition) outside it; short forms that are words resolve only in office."""
from __future__ import annotations

import datetime as dt

import pytest

from chronist.actors.dictionary import ActorDictionary
from chronist.actors.matcher import ActorMatcher
from actor_tokens import toks

ACTOR_AT = [
    ("Sebastian Kurz", "2016-03-01", ("AUT", "GOV")),        # foreign minister
    ("Sebastian Kurz", "2019-09-01", ("AUT", "PTY")),        # between his two chancellorships
    ("Sebastian Kurz", "2023-01-01", ("AUT", "ELI")),
    ("Christian Kern", "2017-01-01", ("AUT", "GOV")),
    ("Christian Kern", "2018-03-01", ("AUT", "OPP")),
    ("Heinz-Christian Strache", "2016-05-01", ("AUT", "PTY")),
    ("Heinz-Christian Strache", "2018-05-01", ("AUT", "GOV")),
    ("Norbert Hofer", "2016-05-01", ("AUT", "LEG")),
    ("Herbert Kickl", "2020-01-01", ("AUT", "PTY")),
    ("Alexander Van der Bellen", "2016-05-01", ("AUT", "ELI")),
    ("Alexander Van der Bellen", "2018-05-01", ("AUT", "GOV")),
    ("Wolfgang Schäuble", "2015-07-01", ("DEU", "GOV")),
    ("Wolfgang Schäuble", "2019-07-01", ("DEU", "LEG")),
    ("Martin Schulz", "2016-01-01", ("IGO:EU", "LEG")),
    ("Martin Schulz", "2017-06-01", ("DEU", "PTY")),
    ("Robert Habeck", "2021-12-20", ("DEU", "GOV")),
    ("Rod Rosenstein", "2018-06-01", ("USA", "GOV")),
    ("Rod Rosenstein", "2020-06-01", ("USA", "ELI")),
    ("Robert Mueller", "2010-06-01", ("USA", "COP")),
    ("Robert Mueller", "2018-06-01", ("USA", "GOV")),
    ("Robert Mueller", "2015-06-01", ("USA", "ELI")),
    ("Brett Kavanaugh", "2018-09-01", ("USA", "JUD")),
    ("Jeff Sessions", "2016-06-01", ("USA", "LEG")),
    ("Jeff Sessions", "2018-01-01", ("USA", "GOV")),
    ("Nancy Pelosi", "2020-01-01", ("USA", "LEG")),
    ("Selahattin Demirtaş", "2016-11-01", ("TUR", "OPP")),
    ("Walid Muallem", "2015-01-01", ("SYR", "GOV")),
    ("Ivica Dačić", "2016-01-01", ("SRB", "GOV")),
    ("Ivica Dačić", "2021-06-01", ("SRB", "LEG")),
    ("Hibatullah Akhundzada", "2018-01-01", ("AFG", "REB")),
    ("Hibatullah Akhundzada", "2022-01-01", ("AFG", "GOV")),
    ("Mohamed Hamdan Dagalo", "2021-01-01", ("SDN", "GOV")),
    ("Mohamed Hamdan Dagalo", "2023-06-01", ("SDN", "REB")),
    ("Juan Guaidó", "2020-01-01", ("VEN", "OPP")),
    ("Michelle Bachelet", "2016-01-01", ("CHL", "GOV")),
    ("Michelle Bachelet", "2020-01-01", ("IGO:UN", "GOV")),
    ("Staffan de Mistura", "2016-01-01", ("IGO:UN", "GOV")),
    ("Kristalina Georgieva", "2018-01-01", ("IGO:WB", "GOV")),
    ("Kristalina Georgieva", "2021-01-01", ("IGO:IMF", "GOV")),
    ("Keir Starmer", "2022-01-01", ("GBR", "OPP")),
    ("Antonio Tajani", "2018-01-01", ("IGO:EU", "LEG")),
    ("Alexis Tsipras", "2017-01-01", ("GRC", "GOV")),
    ("Alexis Tsipras", "2020-01-01", ("GRC", "ELI")),
    # leaders-2020s.yaml
    ("Wopke Hoekstra", "2022-06-01", ("NLD", "GOV")),
    ("Wopke Hoekstra", "2024-06-01", ("IGO:EU", "GOV")),
    ("Sheikh Hasina", "2020-01-01", ("BGD", "GOV")),
    ("Sheikh Hasina", "2025-01-01", ("BGD", "ELI")),
    ("Herzi Halevi", "2024-01-01", ("ISR", "MIL")),
    ("Eyal Zamir", "2024-01-01", ("ISR", "GOV")),
    ("Eyal Zamir", "2025-06-01", ("ISR", "MIL")),
    ("Ali Larijani", "2015-01-01", ("IRN", "LEG")),
    ("Ali Larijani", "2022-01-01", ("IRN", "ELI")),
    ("Aidarous al-Zubaidi", "2019-01-01", ("YEM", "REB")),
    ("Aidarous al-Zubaidi", "2023-01-01", ("YEM", "GOV")),
    ("Denis Pushilin", "2020-01-01", ("UKR", "REB")),
    ("Yulia Navalnaya", "2024-06-01", ("RUS", "OPP")),
    ("Hossein Salami", "2022-01-01", ("IRN", "MIL")),
    ("Danny Danon", "2022-01-01", ("ISR", "ELI")),
    ("Danny Danon", "2025-01-01", ("ISR", "GOV")),
    ("Sadio Camara", "2023-01-01", ("MLI", "GOV")),
]


@pytest.mark.parametrize(("name", "date", "expected"), ACTOR_AT,
                         ids=[f"{c[0]}-{c[1]}" for c in ACTOR_AT])
def test_actor_at(dictionary: ActorDictionary, name: str, date: str,
                  expected: tuple[str, str]) -> None:
    assert dictionary.persons[name].actor_at(dt.date.fromisoformat(date)) == expected


MATCH = [
    ("de", "2016-09-01", "Außenminister Kurz", [("AUT", "GOV")]),
    ("de", "2016-09-01", "Kurz", [("AUT", "GOV")]),
    ("de", "2023-05-01", "Kurz", []),                         # a word once he left office
    ("de", "2016-09-01", "Bundeskanzler Kern", [("AUT", "GOV")]),
    ("de", "2016-09-01", "Kern", []),                         # "Kern" is a noun: title needed
    ("de", "2016-09-01", "FPÖ-Chef Strache", [("AUT", "PTY")]),
    ("de", "2017-03-01", "Van der Bellens", [("AUT", "GOV")]),
    ("de", "2018-03-01", "Innenminister Kickl", [("AUT", "GOV")]),
    ("de", "2016-05-01", "Hofer", [("AUT", "LEG")]),
    ("de", "2022-05-01", "Hofer", []),                        # also a grocery chain
    ("de", "2018-07-01", "Seehofer", [("DEU", "GOV")]),
    ("de", "2018-07-01", "der syrische Außenminister Walid al-Moualem", [("SYR", "GOV")]),
    ("en", "2018-07-01", "Moualem", [("SYR", "GOV")]),
    ("de", "2017-11-01", "Ri", [("PRK", "GOV")]),
    ("en", "2018-07-01", "Deputy Attorney General Rod Rosenstein", [("USA", "GOV")]),
    ("en", "2018-07-01", "special counsel Robert Mueller", [("USA", "GOV")]),
    ("de", "2018-07-01", "Sonderermittler Mueller", [("USA", "GOV")]),
    ("en", "2018-07-01", "Sanders", [("USA", None)]),  # press secretary and senator at once
    ("en", "2016-03-01", "Sanders", [("USA", "LEG")]),
    ("en", "2018-07-01", "Justice Kavanaugh", [("USA", "JUD")]),
    ("en", "2018-01-01", "Sessions", [("USA", "GOV")]),
    ("en", "2018-01-01", "the Sessions", []),      # an English noun after an article
    ("de", "2016-11-01", "HDP-Chef Demirtaş", [("TUR", "OPP")]),
    ("de", "2016-11-01", "Yüksekdag", [("TUR", "OPP")]),
    ("de", "2016-04-01", "Gunnlaugssons", [("ISL", "GOV")]),
    ("en", "2019-05-01", "Khalifa Haftar", [("LBY", "MIL")]),
    ("de", "2019-05-01", "Lukaschenko", [("BLR", "GOV")]),
    ("de", "2015-06-01", "Luxemburgs Außenminister Asselborn", [("LUX", "GOV")]),
    ("de", "2019-05-01", "Frieden", []),           # Luxembourg's premier only by full name
    ("en", "2016-06-01", "UN envoy Staffan de Mistura", [("IGO:UN", "GOV")]),
    ("de", "2019-05-01", "der iranische General Ghassem Soleimani", [("IRN", "MIL")]),
    ("en", "2019-05-01", "Soleimani", [("IRN", "MIL")]),
    ("de", "2024-03-01", "Verteidigungsminister Kosiniak-Kamysz", [("POL", "GOV")]),
    ("en", "2025-04-01", "Witkoff", [("USA", "GOV")]),
    ("de", "2023-05-01", "Pakistans Armeechef Asim Munir", [("PAK", "MIL")]),
    ("de", "2010-05-01", "Zapatero", [("ESP", "GOV")]),
    ("en", "2024-01-01", "Kuwait's Emir Sheikh Mishal al-Ahmad al-Sabah", [("KWT", "GOV")]),
]


@pytest.mark.parametrize(("lang", "date", "phrase", "expected"), MATCH,
                         ids=[f"{c[0]}-{c[2]}-{c[1]}" for c in MATCH])
def test_match(matcher: ActorMatcher, lang: str, date: str, phrase: str,
               expected: list[tuple[str, str | None]]) -> None:
    actors = matcher.match(toks(phrase), lang=lang, date=dt.date.fromisoformat(date))
    assert [(a.code, a.sector) for a in actors] == expected


def test_roles_of_one_person_do_not_overlap(dictionary: ActorDictionary) -> None:
    """role_at takes the first role that covers a day, so overlapping roles would hide the later one."""
    overlapping = []
    for person in dictionary.persons.values():
        for a, b in zip(person.roles, person.roles[1:]):
            if (a.end is None or b.start < a.end) and (a.code, a.sector) != (b.code, b.sector):
                overlapping.append(person.name)
    assert overlapping == []


def test_cabinets_are_covered(dictionary: ActorDictionary) -> None:
    """Heads of government of every EU state, and the US cabinet posts in the news 2015-2024."""
    titles = [(r.code, r.title or "", r.start, r.end) for p in dictionary.persons.values() for r in p.roles]
    day = dt.date(2018, 6, 1)
    in_office = {(c, t) for c, t, s, e in titles if s <= day and (e is None or day <= e)}
    for post in ("Attorney General", "White House Press Secretary", "National Security Advisor",
                 "Treasury Secretary", "Secretary of Homeland Security", "CIA Director",
                 "UN Ambassador", "Special Counsel"):
        assert any(c == "USA" and post in t for c, t in in_office), post
    justices = {t for c, t in in_office if c == "USA" and "Supreme Court" in t or "Chief Justice" in t}
    assert justices
    assert any(c == "IGO:UN" and "Human Rights" in t for c, t in in_office)
    assert any(c == "AUT" and t == "Chancellor" for c, t in in_office)
