"""German counterpart of tests/test_town_phrases_en.py: an article that names no state often
enough takes its country from towns also named after 'in', 'bei' or 'nahe' in phrases no clause
takes, and after 'von' with a noun of a part of a town ('am Stadtrand von Marseille', 'in einem
Vorort von Lyon'; words.yaml town_prepositions, town_area_nouns, town_area_prepositions); not
after a bare 'von' or 'wegen' ('wegen Corona')."""
from __future__ import annotations

import pytest

from tests.coded_events import events


@pytest.mark.parametrize("text, expected", [
    ("Zwei Männer wurden in der Nacht zum Sonntag vor einer Bar angeschossen. Die Schüsse fielen am "
     "Stadtrand von Marseille kurz nach Mitternacht. Beamte nahmen am Sonntag einen Verdächtigen fest.",
     ("FRA", "COERCE", "FRA")),
    ("Ein Rentner wurde in seinem Haus überfallen und geschlagen. Er lebt mit seiner Frau in einem Dorf "
     "bei Bordeaux. Die Polizei nahm am Montag zwei Jugendliche fest.", ("FRA", "COERCE", "FRA")),
    ("Ein Jugendlicher wurde auf dem Heimweg niedergestochen. Die Tat geschah in einem Vorort von "
     "Nottingham. Die Polizei nahm einen 19-Jährigen fest.", ("GBR", "COERCE", "GBR")),
    ("Eine Frau wurde in ihrer Wohnung ausgeraubt. Der Überfall geschah in der Nähe von Lyon. "
     "Die Polizei nahm am Dienstag zwei Männer fest.", ("FRA", "COERCE", "FRA")),
], ids=["Stadtrand-von", "bei", "Vorort-von", "Nähe-von"])
def test_town_of_an_unparsed_phrase_gives_the_article_its_country(text, expected):
    assert expected in events(text, "de")


def test_a_bare_von_or_wegen_names_no_town():
    # Corona is a Californian town too
    found = events("Das Festival wurde wegen Corona abgesagt. Die Polizei nahm einen Mann fest, der "
                   "trotzdem eine Party im Park organisiert hatte.", "de")
    assert not any("USA" in (e[0], e[2]) for e in found), found
