"""An article that names no state often enough takes its country from the towns it names
(Coder._town_counts): also from towns after "in" or "near" that no clause takes as its phrase
("The victim was in the Meadows area of Nottingham"), and after "of" and a noun of a part of a
town ("on the outskirts of Marseille"); not after a bare "of" ("because of Corona")."""
import datetime as dt

import pytest

from chronist.model import Article
from chronist.pipeline import Pipeline

PIPELINE = Pipeline.default()


def events(text: str) -> list[tuple]:
    doc = PIPELINE.process(Article(text=text, id="t", date=dt.date(2019, 6, 1)), lang="en")
    return [("+".join(a.code for a in e.source), e.cameo[:2], "+".join(a.code for a in e.target)) for e in doc.events]


@pytest.mark.parametrize("text, expected", [
    ("A teenager has been stabbed as he walked home from a party. The victim was in the Meadows area "
     "of Nottingham when he was attacked. Police have arrested a 19-year-old man.", ("GBR", "17", "GBR")),
    ("Two men were shot outside a bar on Saturday night. The shooting happened on the outskirts of "
     "Marseille shortly after midnight. Officers detained a suspect on Sunday.", ("FRA", "17", "FRA")),
    ("A pensioner was robbed and beaten at his home. He lives in a village near Bordeaux with his wife. "
     "Police arrested two teenagers on Monday.", ("FRA", "17", "FRA")),
], ids=["area-of", "outskirts-of", "near"])
def test_town_of_an_unparsed_phrase_gives_the_article_its_country(text, expected):
    assert expected in events(text)


def test_a_bare_of_names_no_town():
    # Corona is a Californian town too
    found = events("The festival was cancelled because of Corona. Police detained a man who had "
                   "organised a party in the park anyway.")
    assert not any("USA" in (e[0], e[2]) for e in found), found
