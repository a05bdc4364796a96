"""German news keeps the English names of police forces ("das New York Police Department"):
"Police" is a police force there too, as a whole word only ("Versicherungspolice" is an
insurance policy) (sentences written for these tests)."""
from __future__ import annotations

import pytest

from tests.coded_events import events


@pytest.mark.parametrize("text, expected", [
    ("Das New York Police Department nahm in New York einen Demonstranten fest.", ("USA", "COERCE", "USA")),
    ("Die Polizei in Chicago ermittelt. Das Chicago Police Department gab bekannt, einen Verdächtigen festgenommen"
     " zu haben.", ("USA", "COERCE", "USA")),
], ids=["nypd", "chicago-infinitive"])
def test_an_english_police_name_is_the_police(text, expected):
    assert expected in events(text, "de")


def test_an_insurance_policy_is_no_police():
    assert events("Die Versicherungspolice des Ministers kritisierte die Regierung in Kiew.", "de") == []
