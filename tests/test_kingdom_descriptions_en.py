"""English counterpart of tests/test_kingdom_descriptions_de.py: "the kingdom" is a description of
the country the text is about, as "the country" is ("The United States criticised the kingdom"
after a sentence about Bahrain is aimed at Bahrain); "the United Kingdom" stays Britain (sentences
written for these tests)."""
from __future__ import annotations

import pytest

from tests.coded_events import coded


@pytest.mark.parametrize("text, expected", [
    ("Bahrain executed two activists. The United States criticised the kingdom.", ("USA", "111", "BHR")),
    ("Saudi Arabia hosted a summit in Riyadh. Trump praised the kingdom.", ("USA", "051", "SAU")),
    ("Saudi Arabia is an absolute monarchy. The kingdom executed 37 people on Tuesday.", ("SAU", "1823", "SAU")),
    ("Morocco arrested three journalists. Human Rights Watch urged the kingdom to release them.",
     ("NGO:HRW", "02", "MAR")),
], ids=["criticised", "praised", "subject", "urged"])
def test_the_kingdom_is_the_country_of_the_text(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in [e[:3] for e in coded(text, "en")]


def test_the_united_kingdom_stays_britain() -> None:
    assert [e[:3] for e in coded("The United Kingdom criticised Russia.", "en")] == [("GBR", "111", "RUS")]
