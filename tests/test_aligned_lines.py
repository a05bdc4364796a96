"""Articles read from translations aligned line by line (NTREX): a town's name may be tagged half
a common noun, a Brexit report names the EU by its seat, and a victim is named with article and
age ("der 20-jährige Sims")."""
from __future__ import annotations

import datetime as dt

from chronist.model import Article
from chronist.pipeline import Pipeline

PIPELINE = Pipeline.default()


def events(sentences: list[str]) -> list[tuple]:
    article = Article(text=" ".join(sentences), sentences=sentences, id="t", date=dt.date(2018, 10, 1), lang="de")
    doc = PIPELINE.process(article, lang="de")
    return [(e.sentence_index, "+".join(a.code for a in e.source), e.plover, "+".join(a.code for a in e.target))
            for e in doc.events]


def test_a_town_of_two_words_places_an_unnamed_arrest():
    # "Rouge" is a common noun to the tagger; the town is "Baton Rouge" all the same
    found = events(["Der Sportler wuchs in Baton Rouge auf.", "Ein junger Mann wurde am Samstag festgenommen."])
    assert (1, "USA", "COERCE", "USA") in found, found


def test_bruessel_is_the_eu():
    found = events(["Großbritannien verhandelt mit Brüssel über den Austritt."])
    assert any(e[2] == "CONSULT" and "IGO:EU" in e[3] for e in found), found


def test_a_town_of_two_words_is_read_whole_where_the_act_happened():
    # the place phrase names "Baton Rouge", not the Polish town "Police" of the department's name
    found = events(["Der Verdächtige wurde verhaftet und im Baton Rouge Police Department festgehalten."])
    assert (0, "USA", "COERCE", "USA") in found, found


def test_a_named_victim_with_article_and_age_is_a_civilian_of_the_article():
    found = events(["Der Sportler wuchs in Baton Rouge auf.",
                    "Der 20-jährige Sims wurde am Freitag in der Nähe des Campus erschossen."])
    assert (1, "UNK", "ASSAULT", "USA") in found, found
