"""Elections, governments and party politics in Europe and beyond, as foreign news reports them
(sentences and short reports written for these tests, branch art31e).

- Criticism, praise or rejection of an election, a vote or its result that names no one
  ("criticised the elections in Russia", "kritisierte die Wahl in Belarus", "welcomed the vote")
  is aimed at the state its "in" phrase names, else at the country the article is about; a state's
  own government welcoming its own vote reacts to no one, and a noun that only mentions an
  election ("the arrest of election observers") is no election.
- A side beaten, defeated or crushed in a sentence that names an election or a vote, by no army,
  rebels or police, is beaten at the polls, no use of force ("won the runoff, defeating
  incumbent Jair Bolsonaro"); the police storming a building days before an election stays.
- A party named by its name in a dependent clause is another party than the source, also of the
  same state ("The AKP agreed to form a coalition with the MHP").
"""
from __future__ import annotations

import datetime as dt

import pytest

from tests.coded_events import coded

LATE = dt.date(2024, 12, 10)


@pytest.mark.parametrize("text, lang, expected", [
    ("The EU criticised the elections in Russia.", "en", ("IGO:EU", "111", "RUS", "asserted")),
    ("Die EU kritisierte die Wahl in Belarus.", "de", ("IGO:EU", "111", "BLR", "asserted")),
    ("Wahlbeobachter der OSZE haben die Präsidentenwahl in der Türkei kritisiert.", "de",
     ("IGO:OSCE", "111", "TUR", "asserted")),
    ("SEOUL - South Korea's National Assembly voted on Saturday to impeach President Yoon Suk Yeol. "
     "The United States welcomed the vote.", "en", ("USA", "051", "KOR", "asserted")),
    ("Ankara – Erdogan gewann die Wahl am Sonntag. Die OSZE kritisierte die Abstimmung.", "de",
     ("IGO:OSCE", "111", "TUR", "asserted")),
], ids=["en-in-phrase", "de-in-phrase", "de-observers", "en-article-country", "de-article-country"])
def test_a_reaction_to_an_election_is_aimed_at_its_state(text, lang, expected):
    assert expected in coded(text, lang, LATE)


@pytest.mark.parametrize("text, lang", [
    ("The EU criticised the arrest of election observers.", "en"),
    ("MINSK - Belarus held elections on Sunday. The government of Belarus welcomed the result of the vote.", "en"),
], ids=["election-only-mentioned", "own-government"])
def test_no_state_is_reacted_to_where_no_election_or_only_its_own(text, lang):
    assert not [e for e in coded(text, lang, LATE) if e[1] in ("111", "051")]


@pytest.mark.parametrize("text, lang", [
    ("Luiz Inacio Lula da Silva won Brazil's presidential runoff on Sunday, defeating incumbent Jair Bolsonaro.", "en"),
    ("Emmanuel Macron beat Marine Le Pen in the presidential election.", "en"),
], ids=["defeating-in-runoff", "beat-in-election"])
def test_a_rival_beaten_at_the_polls_is_no_use_of_force(text, lang):
    assert not [e for e in coded(text, lang, LATE) if e[1].startswith(("18", "19"))]


def test_the_police_storming_a_building_before_an_election_stays():
    text = ("Istanbul – Vier Tage vor der Neuwahl in der Türkei hat die Polizei die Zentrale eines "
            "regierungskritischen Medienkonzerns in Istanbul gestürmt.")
    assert ("TUR", "190", "TUR", "asserted") in coded(text, "de", LATE)


def test_a_coalition_partner_of_the_same_state_is_a_target():
    assert ("TUR", "031", "TUR", "asserted") in coded(
        "The AKP agreed to form a coalition with the MHP.", "en", LATE)
