"""An agreement's noun that a verb of rejecting or blocking has for its object is a deal not made:
no agreement between its parties is reported ("Frankreich blockierte das Handelsabkommen zwischen
der EU und dem Mercosur" also coded IGO:EU+IGO:MERCOSUR 057). Sentences written for these tests;
each coded otherwise on 40797d0."""
from __future__ import annotations

import pytest

from tests.coded_events import coded


@pytest.mark.parametrize("text", [
    "Frankreich blockierte das Handelsabkommen zwischen der EU und dem Mercosur.",
    "Macron hatte gedroht, das Handelsabkommen zwischen der EU und dem Mercosur zu blockieren.",
])
def test_blocked_deal_is_no_agreement(text: str) -> None:
    assert all(code != "057" for _, code, _, _ in coded(text, "de"))


def test_signed_deal_still_is() -> None:
    assert ("IGO:EU+JPN", "057", "IGO:EU+JPN", "asserted") in coded(
        "Die EU und Japan unterzeichneten ein Handelsabkommen.", "de")
