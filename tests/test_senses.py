"""Verbs that name different acts by what they take (chronist/lang/*/frames-senses.yaml): each
sense of a verb in sentences written for these tests, German and English alike, with the type it
must get. The rows marked "new" failed before the frames of senses; the others are the verb's other
senses, which must keep their own type."""
from __future__ import annotations

import pytest

from tests.coded_events import events

SENSES = [
    # attack / angreifen: in words (a policy, a plan; in a speech or a tweet) or with arms
    ("en", "The French president attacked the Italian government's migration policy.", ("FRA", "ACCUSE", "ITA")),   # new
    ("en", "British Prime Minister May attacked the American trade policy as reckless.", ("GBR", "ACCUSE", "USA")),  # new
    ("en", "Trump attacked the Mexican government in a tweet.", ("USA", "ACCUSE", "MEX")),                         # new
    ("en", "The Turkish president sharply attacked the German government in a speech.", ("TUR", "ACCUSE", "DEU")),  # new
    ("en", "Russian troops attacked Ukrainian positions near Donetsk.", ("RUS", "ASSAULT", "UKR")),
    ("en", "Israeli warplanes attacked Hamas targets in Gaza.", ("ISR", "ASSAULT", "PSE")),
    ("de", "Der französische Präsident griff die Migrationspolitik der italienischen Regierung an.", ("FRA", "ACCUSE", "ITA")),  # new
    ("de", "Die britische Premierministerin May griff die amerikanische Handelspolitik als rücksichtslos an.", ("GBR", "ACCUSE", "USA")),  # new
    ("de", "Trump griff die mexikanische Regierung in einem Tweet an.", ("USA", "ACCUSE", "MEX")),                 # new
    ("de", "Der türkische Präsident griff die deutsche Regierung in einer Rede scharf an.", ("TUR", "ACCUSE", "DEU")),  # new
    ("de", "Russische Truppen griffen ukrainische Stellungen bei Donezk an.", ("RUS", "ASSAULT", "UKR")),
    ("de", "Israelische Kampfflugzeuge griffen Ziele der Hamas im Gazastreifen an.", ("ISR", "ASSAULT", "PSE")),
    # support, back / unterstützen: with weapons, money or relief (aid) or in words
    ("en", "The United States supported Ukraine with weapons worth 250 million dollars.", ("USA", "AID", "UKR")),  # new
    ("en", "The European Union supported Greece with loans of 86 billion euros.", ("IGO:EU", "AID", "GRC")),      # new
    ("en", "Germany backed Ukraine with weapons.", ("DEU", "AID", "UKR")),                                          # new
    ("en", "Germany supported the French proposal.", ("DEU", "SUPPORT", "FRA")),
    ("en", "Russia backed the Syrian government at the United Nations.", ("RUS", "SUPPORT", "SYR")),
    ("de", "Die USA unterstützten die Ukraine mit Waffen im Wert von 250 Millionen Dollar.", ("USA", "AID", "UKR")),
    ("de", "Deutschland unterstützte den französischen Vorschlag.", ("DEU", "SUPPORT", "FRA")),
    # withdraw, pull out / aussteigen, abziehen: from a deal (reduced relations) or troops (retreat)
    ("en", "The United States withdrew from the nuclear deal with Iran.", ("USA", "SANCTION", "IRN")),            # new
    ("en", "The United States pulled out of the nuclear deal with Iran.", ("USA", "SANCTION", "IRN")),            # new
    ("en", "Russia withdrew its troops from Syria.", ("RUS", "RETREAT", "SYR")),
    ("en", "France withdrew its ambassador from Italy.", ("FRA", "SANCTION", "ITA")),
    ("de", "Die USA stiegen aus dem Atomabkommen mit dem Iran aus.", ("USA", "SANCTION", "IRN")),
    ("de", "Die USA zogen ihre Truppen aus dem Norden Syriens ab.", ("USA", "RETREAT", "SYR")),
    # begrüßen: a guest (a visit hosted) or a decision (support)
    ("de", "Bundeskanzlerin Merkel begrüßte den japanischen Ministerpräsidenten in Berlin.", ("DEU", "CONSULT", "JPN")),  # new
    ("de", "Deutschland begrüßte die Entscheidung des amerikanischen Präsidenten.", ("DEU", "SUPPORT", "USA")),
    ("de", "Die EU begrüßte den Plan des serbischen Präsidenten.", ("IGO:EU", "SUPPORT", "SRB")),
]


@pytest.mark.parametrize("lang, text, expected", SENSES, ids=[f"{l}-{t[:40]}" for l, t, _ in SENSES])
def test_each_sense_gets_its_type(lang: str, text: str, expected: tuple[str, str, str]) -> None:
    found = events(text, lang)
    assert expected in found, found
    # and no event of another type between the same two actors
    assert not [e for e in found if (e[0], e[2]) == (expected[0], expected[2]) and e[1] != expected[1]], found


# the other use of each word, no act between actors: nothing coded
ORDINARY = [
    ("en", "The critic attacked the new film in a review."),
    ("en", "The club supported the youth team with money from sponsors."),
    ("en", "The singer withdrew from the contest with a sore throat."),
    ("de", "Der Kritiker griff den neuen Film in einer Rezension an."),
    ("de", "Der Verein begrüßte seine Gäste im Stadion."),
]


@pytest.mark.parametrize("lang, text", ORDINARY, ids=[f"{l}-{t[:40]}" for l, t in ORDINARY])
def test_ordinary_use_codes_nothing(lang: str, text: str) -> None:
    assert events(text, lang) == []
