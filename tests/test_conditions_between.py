"""A German condition opened by "sollte(n)" between two verbs of one subject is no verb of the list
("warnte vor Konsequenzen, sollte der Tanker nicht freigegeben werden, und bestellte den
Geschäftsträger ein": the minister summoned him, not the tanker). Sentences written for these
tests; each coded otherwise on 40797d0."""
from __future__ import annotations

import pytest

from tests.coded_events import coded


@pytest.mark.parametrize("text, lang, expected", [
    ("Außenminister Jeremy Hunt warnte vor ernsten Konsequenzen, sollte der Tanker nicht freigegeben werden, "
     "und bestellte den iranischen Geschäftsträger ein.", "de", ("GBR", "114", "IRN", "asserted")),
    ("Die Regierung in Paris drohte mit Gegenmaßnahmen, sollten die Zölle eingeführt werden, und bestellte "
     "den amerikanischen Botschafter ein.", "de", ("FRA", "114", "USA", "asserted")),
])
def test_condition_between_verbs(text: str, lang: str, expected: tuple) -> None:
    assert expected in coded(text, lang)

