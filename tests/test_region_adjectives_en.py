"""A country's adjective after a word of direction or "Latin" names a region, not the country
("the South American country" was the United States, and its aid went to no one), and "the
South American country" refers back to the state named before as "the country" does."""
from __future__ import annotations

import pytest

from tests.coded_events import coded

BEFORE = "Colombia's president met rebel leaders in Bogota on Monday. "


@pytest.mark.parametrize("text, expected", [
    (BEFORE + "The United States promised the South American country more aid.", ("USA", "033", "COL")),
    ("Peru's president met union leaders in Lima. Brazil criticised the South American country.", ("BRA", "111", "PER")),
], ids=["promised", "criticised"])
def test_a_region_adjective_is_no_country(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in [e[:3] for e in coded(text, "en")]


@pytest.mark.parametrize("text, expected", [
    ("The North Korean leader met the South Korean president.", ("PRK", "040", "KOR")),
    ("South African troops attacked the rebels in Mozambique.", ("ZAF", "190", "MOZ")),
    # a region of one state is that state's
    ("East Ukrainian rebels attacked Russian positions.", ("UKR", "190", "RUS")),
], ids=["Korean", "South-African", "East-Ukrainian"])
def test_states_named_with_a_direction_stay_states(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in [e[:3] for e in coded(text, "en")]
