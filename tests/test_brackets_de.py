"""Found reading unseen articles. A party in brackets after a name ("Faymann (SPÖ) und Merkel")
no longer cuts a coordinated subject in two: the closing bracket before "und" does not keep the
phrases apart; before a comma it still ends the phrase. Verb frames: visits named by a compound
("einen Blitzbesuch abstatten"), "klagen" with an object (Austrian usage: to sue; "klagen über"
and a speech tag "klagte X" are no lawsuit), "in Opposition gehen zu". Sentences written for
these tests; coded as of the date test_subordinate_infinitive_de uses."""
from __future__ import annotations

import pytest
from test_subordinate_infinitive_de import events


@pytest.mark.parametrize("text", [
    "Damals zogen Faymann (SPÖ) und Merkel noch an einem Strang.",
    "Faymann (SPÖ) und Merkel (CDU) zogen damals an einem Strang.",
    "Damals zogen Kanzler Faymann (SPÖ) und seine deutsche Amtskollegin Angela Merkel (CDU) noch an einem Strang.",
    "Als Faymann (SPÖ) und Merkel (CDU) noch an einem Strang zogen, war vieles einfacher.",
], ids=["first-bracketed", "both-bracketed", "titles-and-brackets", "subordinate"])
def test_a_bracketed_party_does_not_cut_a_coordinated_subject(text):
    found = events(text)
    assert ("AUT+DEU", "COOPERATE", "AUT+DEU") in found, found


def test_a_closed_bracket_ends_the_phrase_before_a_comma():
    # the words after "(LSU)," are the clause's object, not an apposition inside the bracket
    found = events("Die Polizei Louisianas hat wegen der Schüsse auf einen Sportler der Universität "
                   "von Louisiana (LSU), einen Verdächtigen festgenommen.")
    assert ("USA", "COERCE", "USA") in found, found


@pytest.mark.parametrize("text, expected", [
    ("Der französische Außenminister stattete Mali einen Kurzbesuch ab.", ("FRA", "CONSULT", "MLI")),
    ("Die Außenministerin Schwedens stattete Estland einen Blitzbesuch ab.", ("SWE", "CONSULT", "EST")),
    ("Der Innenminister Österreichs klagte die Zeitung wegen übler Nachrede.", ("AUT", "ACCUSE", "AUT")),
    ("Die Regierung Polens ging in Opposition zu Präsident Putin.", ("POL", "ACCUSE", "RUS")),
], ids=["Kurzbesuch", "Blitzbesuch", "klagen-object", "in-Opposition"])
def test_frames_found_in_unseen_text(text, expected):
    found = events(text)
    assert expected in found, found


@pytest.mark.parametrize("text", [
    "Die Polizei Österreichs klagt über den großen Aufwand.",
    "Alle Parteien wollen Geld, klagte der Präsident Bulgariens.",
], ids=["klagen-über", "klagen-speech"])
def test_complaining_is_no_lawsuit(text):
    assert not any(e[1] == "ACCUSE" for e in events(text))
