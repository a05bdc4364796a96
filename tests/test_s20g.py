"""German inverted verb-second clauses, branch s20g (sentences written for these tests).

- A bare plural (adjectives in -e, a noun that is no feminine one, no determiner) right after a
  plural finite verb is the subject of an inverted clause, and a name after it starts the object,
  also when the name ends its piece and when the noun is a title or a plural that looks like a
  singular ("Politiker", "Minister"; ``chunks._bare_plural``, ``chunks._plural_finite``):
  "Am Morgen beschossen ukrainische Soldaten Belgorod" UKR 194 RUS (was one subject "ukrainische
  Soldaten Belgorod" and no event); "Am Dienstag kritisierten deutsche Politiker Erdogan" DEU 111
  TUR (was no event); after a plural auxiliary or modal too ("Gestern haben deutsche Politiker
  Erdogan kritisiert"), and after a determiner in -e with adjectives in -en ("die deutschen
  Politiker Erdogan"). A singular title with its determiner before a name stays one phrase with it.
"""

from __future__ import annotations

import pytest

from tests.coded_events import triples as _events


@pytest.mark.parametrize("text, expected", [
    ("Am Morgen beschossen ukrainische Soldaten Belgorod.", ("UKR", "194", "RUS")),
    ("Gestern attackierten russische Drohnen Odessa.", ("RUS", "190", "UKR")),
    ("Am Dienstag kritisierten deutsche Politiker Erdogan.", ("DEU", "111", "TUR")),
    ("Später trafen amerikanische Diplomaten Lawrow.", ("USA", "040", "RUS")),
    ("In der Nacht beschossen russische Truppen Mariupol.", ("RUS", "194", "UKR")),
    ("Am Dienstag verurteilten britische Minister Assad.", ("GBR", "111", "SYR")),
    ("Am Montag griffen deutsche Politiker Erdogan scharf an.", ("DEU", "111", "TUR")),
    ("Am Morgen empfingen chinesische Beamte Kim.", ("CHN", "043", "PRK")),
    ("In der Nacht bombardierten saudische Kampfflugzeuge Hodeida.", ("SAU", "195", "YEM")),
    ("Am Montag beschossen russische Truppen Charkiw, die zweitgrößte Stadt des Landes.", ("RUS", "194", "UKR")),
    # after a plural auxiliary, and with a determiner in -e and adjectives in -en
    ("Gestern haben deutsche Politiker Erdogan kritisiert.", ("DEU", "111", "TUR")),
    ("Am Dienstag kritisierten die deutschen Politiker Erdogan.", ("DEU", "111", "TUR")),
    ("Am Morgen beschossen die ukrainischen Soldaten Belgorod.", ("UKR", "194", "RUS")),
])
def test_bare_plural_after_the_verb_then_a_name(text, expected):
    assert _events(text, "de") == [expected]


@pytest.mark.parametrize("text, expected", [
    # a known state after the noun, a place before a particle, were read before
    ("Am Montag griffen syrische Truppen Idlib an.", ("SYR", "190", "SYR")),
    ("Am Montag beschossen nordkoreanische Soldaten Südkorea.", ("PRK", "194", "KOR")),
    # a singular title with its determiner and a name: one phrase, the subject
    ("Gestern traf der amerikanische Außenminister Pompeo Lawrow.", ("USA", "040", "RUS")),
    # a list of names after a plural title: an apposition
    ("Am Montag trafen sich die Außenminister Lawrow und Blinken.", ("RUS+USA", "040", "RUS+USA")),
])
def test_inverted_clauses_read_as_before(text, expected):
    assert _events(text, "de") == [expected]
