"""A compass prefix before a country's name names a region of it ("Nordirak"), but not in the
names of continents and old regions ("Südamerika", "Mittelamerika"), in any form ("Südamerikas"):
no actor and no place of the USA (sentences written for these tests)."""
from __future__ import annotations

import pytest

from chronist.geo.locate import locate_words
from coded_events import events


@pytest.mark.parametrize("text", [
    "Die Staaten Südamerikas kritisierten Kuba.",
    "Südamerikas Regierungen kritisierten Venezuela.",
    "Die Staaten in Südamerika kritisierten Kuba.",
])
def test_south_america_is_not_the_usa(text: str) -> None:
    assert not [e for e in events(text, "de") if "USA" in (e[0], e[2])], events(text, "de")


@pytest.mark.parametrize("word", ["Südamerika", "Südamerikas", "Mittelamerika", "Nordamerikas"])
def test_a_continent_is_no_region_of_a_country(word: str) -> None:
    place = locate_words([word], lang="de")
    assert place is None or place.country != "USA", place


def test_a_region_of_a_country_stays_one() -> None:
    place = locate_words(["Nordiraks"], lang="de")
    assert place is not None and place.country == "IRQ", place
