"""An article that names no state often enough takes its country from the towns it names
(Coder._town_counts): also from towns after "in" or "near" that no clause takes as its phrase
("The victim was in the Meadows area of Nottingham"), and after "of" and a noun of a part of a
town ("on the outskirts of Marseille"); not after a bare "of" ("because of Corona")."""
from __future__ import annotations

import pytest

from tests.coded_events import events


@pytest.mark.parametrize("text, expected", [
    ("A teenager has been stabbed as he walked home from a party. The victim was in the Meadows area "
     "of Nottingham when he was attacked. Police have arrested a 19-year-old man.", ("GBR", "COERCE", "GBR")),
    ("Two men were shot outside a bar on Saturday night. The shooting happened on the outskirts of "
     "Marseille shortly after midnight. Officers detained a suspect on Sunday.", ("FRA", "COERCE", "FRA")),
    ("A pensioner was robbed and beaten at his home. He lives in a village near Bordeaux with his wife. "
     "Police arrested two teenagers on Monday.", ("FRA", "COERCE", "FRA")),
], ids=["area-of", "outskirts-of", "near"])
def test_town_of_an_unparsed_phrase_gives_the_article_its_country(text, expected):
    assert expected in events(text, "en")


def test_a_bare_of_names_no_town():
    # Corona is a Californian town too
    found = events("The festival was cancelled because of Corona. Police detained a man who had "
                   "organised a party in the park anyway.", "en")
    assert not any("USA" in (e[0], e[2]) for e in found), found
