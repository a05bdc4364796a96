"""A denied accusation or criticism whose maker the claim noun's genitive names ("wies die Vorwürfe
Moskaus zurück") was made by them against the one who denies it, as with a phrase of origin
("Vorwürfe aus Washington", tests/test_denied_claims_en.py). Sentences written for these tests;
each coded nothing before."""
from __future__ import annotations

import pytest

from tests.coded_events import coded


@pytest.mark.parametrize("text, expected", [
    ("Die russische Regierung wies die Vorwürfe Kiews zurück.", ("UKR", "112", "RUS", "asserted")),
    ("Die ungarische Regierung wies die Vorwürfe der EU-Kommission zurück, sie habe gegen EU-Recht verstoßen.",
     ("IGO:EU", "112", "HUN", "asserted")),
    ("Peking wies die Kritik Washingtons an der Menschenrechtslage in Xinjiang zurück.", ("USA", "111", "CHN", "asserted")),
    ("China wies die Vorwürfe der USA gegen Russland zurück.", ("USA", "112", "RUS", "asserted")),
], ids=["vorwuerfe-kiews", "vorwuerfe-der-kommission", "kritik-washingtons", "against-another"])
def test_a_denied_accusation_was_made_by_the_one_its_genitive_names(text, expected):
    assert coded(text, "de") == [expected]


def test_a_denied_accusation_of_a_pronoun_is_no_event():
    assert coded("Der Kreml wies seine Vorwürfe zurück.", "de") == []
