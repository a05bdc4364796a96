"""A German condition opened by "sollte(n)" between two verbs of one subject is no verb of the list
("warnte vor Konsequenzen, sollte der Tanker nicht freigegeben werden, und bestellte den
Geschäftsträger ein": the minister summoned him, not the tanker); and English "declined to" with
the act it refuses, as "refused to" ("declined to join the U.S.-led mission"). Sentences written
for these tests; each coded otherwise on 40797d0."""
from __future__ import annotations

import pytest

from tests.coded_events import coded


@pytest.mark.parametrize("text, lang, expected", [
    ("Außenminister Jeremy Hunt warnte vor ernsten Konsequenzen, sollte der Tanker nicht freigegeben werden, "
     "und bestellte den iranischen Geschäftsträger ein.", "de", ("GBR", "114", "IRN", "asserted")),
    ("Die Regierung in Paris drohte mit Gegenmaßnahmen, sollten die Zölle eingeführt werden, und bestellte "
     "den amerikanischen Botschafter ein.", "de", ("FRA", "114", "USA", "asserted")),
    ("Germany declined to join the U.S.-led mission.", "en", ("DEU", "12", "USA", "asserted")),
    ("Turkey declined to extradite the suspects to Sweden.", "en", ("TUR", "12", "SWE", "asserted")),
])
def test_condition_and_declined(text: str, lang: str, expected: tuple) -> None:
    assert expected in coded(text, lang)


def test_declined_to_comment_is_no_event() -> None:
    assert coded("The minister declined to comment.", "en") == []
