"""A ban on another country's goods is an embargo (SANCTION, 163), as the brief's convention for
sanctions, tariffs and embargoes says; a ban at home (a party, a rally) stays COERCE."""
from __future__ import annotations

import pytest

from tests.coded_events import events


@pytest.mark.parametrize("text, lang, expected", [
    ("China banned imports of Australian coal.", "en", ("CHN", "SANCTION", "AUS")),
    ("Moscow banned the sale of Georgian wine.", "en", ("RUS", "SANCTION", "GEO")),
    ("China verbot die Einfuhr australischer Kohle.", "de", ("CHN", "SANCTION", "AUS")),
    ("China verhängte ein Einfuhrverbot für australische Kohle.", "de", ("CHN", "SANCTION", "AUS")),
    ("Die EU verhängte Strafzölle auf amerikanischen Whiskey.", "de", ("IGO:EU", "SANCTION", "USA")),
], ids=["banned-imports", "banned-sale", "verbot-Einfuhr", "Einfuhrverbot-für", "Strafzölle-auf"])
def test_a_ban_on_a_countrys_goods_is_a_sanction(text: str, lang: str, expected: tuple) -> None:
    assert events(text, lang) == [expected]


@pytest.mark.parametrize("text, lang", [
    ("The Turkish government banned the rally of the opposition.", "en"),
    ("Die türkische Regierung verbot die Kundgebung der Opposition.", "de"),
], ids=["banned-rally", "verbot-Kundgebung"])
def test_a_ban_at_home_stays_coercion(text: str, lang: str) -> None:
    assert [e[1] for e in events(text, lang)] == ["COERCE"]
