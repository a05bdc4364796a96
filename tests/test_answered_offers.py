"""An offer or a proposal that a relative clause says was turned down: the relative clause answers
the offer, it is not what the offer asks for ("Trump machte einen Vorschlag, den Indien
ablehnte": India rejected Trump's proposal); after an infinitive clause the relative clause
hangs on the apposition that ends it ("bot an, zu vermitteln, ein Angebot, das Neu-Delhi
ablehnte"), not on the main clause's last phrase. And a high commissioner expelled is a
diplomat expelled. Sentences written for these tests; each coded otherwise on 40797d0."""
from __future__ import annotations

import pytest

from tests.coded_events import coded


@pytest.mark.parametrize("text, expected", [
    ("Trump machte einen Vorschlag, den Indien ablehnte.", ("IND", "12", "USA", "asserted")),
    ("Macron machte ein Angebot, das die Regierung in Rom sofort ablehnte.", ("ITA", "12", "FRA", "asserted")),
    ("Indien und Pakistan stritten über Kaschmir. Trump bot an, zwischen den beiden Atommächten zu vermitteln, "
     "ein Angebot, das Neu-Delhi ablehnte.", ("IND", "12", "USA", "asserted")),
    ("Pakistan wies den indischen Hochkommissar aus.", ("PAK", "166", "IND", "asserted")),
])
def test_answered_offer_de(text: str, expected: tuple) -> None:
    assert expected in coded(text, "de")


def test_offer_turned_down_is_not_the_offerers_rejection() -> None:
    events = coded("Indien und Pakistan stritten über Kaschmir. Trump bot an, zwischen den beiden Atommächten "
                   "zu vermitteln, ein Angebot, das Neu-Delhi ablehnte.", "de")
    assert ("USA", "12", "IND", "asserted") not in events
    assert ("USA", "039", "IND+PAK", "intent") in events
