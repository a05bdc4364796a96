"""The country an article is about counts its lead's subject once more (Coder._countries), and
"the junta", "die Junta" name the ruling power of that country, not the last government named
before (Words.ruler_nouns); sentences written here."""
from __future__ import annotations

from tests.coded_events import events

MYANMAR = ("Myanmar's military government sentenced a former British ambassador to one year in prison. "
           "The British Foreign Office demanded her immediate release. "
           "The junta has detained thousands of opponents since the coup. "
           "Washington has imposed sanctions on several army commanders.")


def test_the_junta_is_the_ruler_of_the_country_the_article_is_about():
    got = events(MYANMAR, "en")
    assert ("MMR", "COERCE", "MMR") in got
    assert ("GBR", "COERCE", "GBR") not in got


def test_unnamed_commanders_are_of_the_country_the_lead_is_about():
    got = events(MYANMAR, "en")
    assert ("USA", "SANCTION", "MMR") in got
    assert ("USA", "SANCTION", "GBR") not in got


def test_die_junta_after_another_government():
    text = ("Die Militärjunta in Niger hat den französischen Botschafter ausgewiesen. "
            "Die französische Regierung verurteilte den Schritt. "
            "Die Junta ließ zudem mehrere Minister der gestürzten Regierung festnehmen.")
    got = events(text, "de")
    assert ("NER", "COERCE", "NER") in got
    assert not any(e[0] == "FRA" and e[1] == "COERCE" for e in got)
