"""Known open items in both languages, branch art52a (sentences written for these tests: Austrian
and German domestic politics 2015-2024, parties against parties, government against opposition,
Bund against Länder).

- Austrian parties named by their colour, as the Austrian press names them: "die Türkisen" (ÖVP),
  "die Blauen" (FPÖ), "die Pinken" (NEOS) (organisations.yaml; the first word matches only
  capitalised, so "der türkisen Familie" is no actor; not "die Roten"/"die Schwarzen", which are
  also "das Rote Meer" and other countries' parties): "Die Blauen ... beschuldigten den
  Innenminister, ..." AUT/PTY 112 AUT/GOV (was no event).
- A denied criticism whose maker is an unnamed opposition, party or parliament (``HOME_CRITIC_SECTORS``)
  was made by the denier's own (``Coder._denied_claim`` localises the maker as ``_localise`` does):
  "Lindner wies die Kritik der Opposition zurück" DEU/OPP 111 DEU/GOV, "Lindner rejected the
  opposition's criticism" likewise (were no event); unnamed activists stay unknown.
- Germany's "Ampel-Koalition" / "traffic-light coalition" is an actor: parties of Germany (PTY),
  the federal government from 2021-12-08 to 2024-11-07 (organisations.yaml): "Die CDU warf der
  Ampel-Koalition Wortbruch vor" DEU/PTY 112 DEU/GOV (was no event); "die Unionsfraktion" is the
  CDU/CSU's group ("Die Unionsfraktion warf der Regierung Wortbruch vor" DEU 112 DEU, was UNK 112 UNK).
- English "provincial / state / regional government" is a government (agents-domestic.yaml), as
  German "Landesregierung"; the English adjectives of Austrian Länder (Styrian, Carinthian,
  Tyrolean) and German "burgenländisch" name their country (countries-regions.yaml): "The Styrian
  provincial government has sharply criticised the federal government" AUT/GOV 111 AUT/GOV (was no
  event), "The Carinthian governor rejected the plans of the Interior Minister" AUT 127 AUT (was
  UNK 127 UNK).
- English "search" investigates a flat, an apartment, a residence or headquarters too, as a home or
  an office (frames-06-12.yaml): "The investigators also searched the flat of Finance Minister
  Gernot Blümel" AUT/COP 09 AUT/GOV (was no event).
- Friedrich Merz led the CDU and the CDU/CSU opposition in the Bundestag from 2022-01-31 until he
  became chancellor (leaders.yaml): "CDU-Chef Friedrich Merz forderte Bundeskanzler Olaf Scholz auf,
  ..." DEU/OPP 10 DEU/GOV (was DEU/ELI).
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.coded_events import sectored, triples as _events

D2021, D2023 = dt.date(2021, 1, 31), dt.date(2023, 11, 20)



@pytest.mark.parametrize("text, expected", [
    ("Die Blauen wiesen die Kritik zurück und beschuldigten den Innenminister, friedliche Bürger zu "
     "kriminalisieren.", ("AUT/PTY", "112", "AUT/GOV")),
    ("Die Pinken forderten die Türkisen auf, die Akten an den U-Ausschuss zu liefern.",
     ("AUT/PTY", "10", "AUT/PTY")),
    ("Wien – Die Türkisen warfen der SPÖ vor, den Misstrauensantrag aus Rache eingebracht zu haben.",
     ("AUT/PTY", "112", "AUT/PTY")),
])
def test_austrian_parties_by_colour(text, expected):
    assert expected in sectored(text, "de", D2021)


@pytest.mark.parametrize("text", [
    "Kickl sprach von einem Sittenbild der türkisen Familie.",
    "Der Nebel über dem Blauen Nil lichtete sich am Morgen.",
])
def test_colour_words_that_are_no_party(text):
    assert _events(text, "de", D2021) == []


@pytest.mark.parametrize("text, lang, expected", [
    ("Berlin – Finanzminister Christian Lindner (FDP) wies die Kritik der Opposition zurück.", "de",
     ("DEU/OPP", "111", "DEU/GOV")),
    ("Berlin – Finance Minister Christian Lindner (FDP) rejected the opposition's criticism.", "en",
     ("DEU/OPP", "111", "DEU/GOV")),
    ("Wien – Innenminister Nehammer wies die Vorwürfe der Opposition entschieden zurück.", "de",
     ("AUT/OPP", "112", "AUT/GOV")),
])
def test_denied_criticism_of_the_own_opposition(text, lang, expected):
    assert sectored(text, lang, D2023 if "Lindner" in text else D2021) == [expected]


def test_denied_criticism_of_unnamed_activists_stays_unknown():
    assert _events("Russland wies die Kritik von Menschenrechtlern zurück.", "de", D2021) == []


@pytest.mark.parametrize("text, lang, expected", [
    ("Die CDU hat der Ampel-Koalition Wortbruch beim Haushalt vorgeworfen.", "de", ("DEU/PTY", "112", "DEU/GOV")),
    ("The CDU accused the traffic-light coalition of breaking its word on the budget.", "en",
     ("DEU/PTY", "112", "DEU/GOV")),
    ("Die Unionsfraktion warf der Regierung Wortbruch beim Haushalt vor.", "de", ("DEU/PTY", "112", "DEU/GOV")),
])
def test_traffic_light_coalition(text, lang, expected):
    assert sectored(text, lang, D2023) == [expected]


@pytest.mark.parametrize("text, lang, expected", [
    ("Der burgenländische Landeshauptmann kritisierte die Innenministerin.", "de", ("AUT/GOV", "111", "AUT/GOV")),
    ("Graz – The Styrian provincial government has sharply criticised the federal government.", "en",
     ("AUT/GOV", "111", "AUT/GOV")),
    ("The Carinthian governor rejected the plans of the Interior Minister.", "en", ("AUT/GOV", "127", "AUT/GOV")),
    ("The Tyrolean state government accused the Chancellor of breaking his word.", "en", ("AUT/GOV", "112", "AUT/GOV")),
])
def test_provinces_of_austria(text, lang, expected):
    assert sectored(text, lang, D2023) == [expected]



@pytest.mark.parametrize("text, expected", [
    ("Vienna – The investigators also searched the flat of Finance Minister Gernot Blümel (ÖVP).", ("AUT/COP", "09", "AUT/GOV")),
    ("Berlin – Police searched the party headquarters of the AfD in Berlin.", ("DEU/COP", "09", "DEU/PTY")),
])
def test_search_of_a_flat_or_headquarters(text, expected):
    assert sectored(text, "en", D2021) == [expected]


@pytest.mark.parametrize("text, lang, expected", [
    ("CDU-Chef Friedrich Merz forderte Bundeskanzler Olaf Scholz (SPD) auf, die Vertrauensfrage zu stellen.", "de",
     ("DEU/OPP", "10", "DEU/GOV")),
    ("CDU leader Friedrich Merz called on Chancellor Olaf Scholz (SPD) to call a vote of confidence.", "en",
     ("DEU/OPP", "02", "DEU/GOV")),
])
def test_merz_leads_the_opposition(text, lang, expected):
    assert sectored(text, lang, D2023) == [expected]
