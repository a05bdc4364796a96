"""Branch s19a: German and English international news, from unseen 10kGNAD articles annotated
as silver (sentences written for these tests).

- Two persons named one after the other after the finite verb, with no word between them, are
  two actors, the subject and then the object, as a person and a state already were ("warf
  Olaf Scholz Russland Erpressung vor"): "Am Montag kritisierte Olaf Scholz Emmanuel Macron",
  "warf Scholz Präsident Macron ... vor" (a title with a name after it begins the second).
"""

from __future__ import annotations

import pytest

from tests.coded_events import triples


# Two persons named one after the other after the finite verb ("kritisierte Olaf Scholz Emmanuel
# Macron"): the first the subject, the second the object; before, the names ran into one phrase
# and no event was coded (or one of both against a third).
@pytest.mark.parametrize("text, expected", [
    ("Am Dienstag kritisierte Olaf Scholz Emmanuel Macron wegen der Zölle.", ("DEU", "111", "FRA")),
    ("Am Abend warf Boris Johnson Emmanuel Macron Wortbruch vor.", ("GBR", "112", "FRA")),
    ("Am Freitag empfing Wladimir Putin Recep Tayyip Erdogan in Sotschi.", ("RUS", "043", "TUR")),
    ("Danach warf Erdogan Präsident Macron Heuchelei vor.", ("TUR", "112", "FRA")),
    ("Später lobte Joe Biden Kanzler Olaf Scholz für die Waffenlieferungen.", ("USA", "051", "DEU")),
])
def test_two_persons_after_the_verb(text, expected):
    assert expected in triples(text, "de")


# One person's name stays one phrase: a known name of three words, a title before a name.
@pytest.mark.parametrize("text, expected", [
    ("Am Montag traf Kim Jong Un den südkoreanischen Präsidenten.", ("PRK", "040", "KOR")),
    ("Am Montag kritisierte Präsident Recep Tayyip Erdogan die Regierung in Athen.", ("TUR", "111", "GRC")),
])
def test_one_person_stays_one(text, expected):
    assert expected in triples(text, "de")
