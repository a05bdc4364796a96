"""A national adjective before a noun of descent ("ein Deutscher türkischer Herkunft", "a German
of Turkish origin") names where a person's family came from, not the actor's country (the packs'
descent_nouns). National adjectives elsewhere stay."""
from __future__ import annotations

import pytest

from tests.coded_events import coded


@pytest.mark.parametrize("text, lang, expected", [
    ("Die türkische Polizei hat einen Deutschen türkischer Herkunft in Istanbul festgenommen.", "de",
     ("TUR", "173", "DEU", "asserted")),
    ("Ein Belgier marokkanischer Abstammung wurde in Casablanca festgenommen.", "de", ("MAR", "173", "BEL", "asserted")),
    ("Turkish police arrested a German of Turkish origin in Istanbul.", "en", ("TUR", "173", "DEU", "asserted")),
], ids=["Deutscher-tuerkischer-Herkunft", "Belgier-marokkanischer-Abstammung", "German-of-Turkish-origin"])
def test_the_country_of_descent_is_no_actor(text: str, lang: str, expected: tuple) -> None:
    assert coded(text, lang) == [expected]


@pytest.mark.parametrize("text, lang, expected", [
    ("Iranian authorities arrested a British citizen of Iranian descent.", "en", ("IRN", "173", "GBR", "asserted")),
    ("Die iranische Regierung hat einen Journalisten festgenommen.", "de", ("IRN", "173", "IRN", "asserted")),
    ("Turkish police arrested a German journalist.", "en", ("TUR", "173", "DEU", "asserted")),
], ids=["British-citizen", "iranische-Regierung", "German-journalist"])
def test_national_adjectives_elsewhere_stay(text: str, lang: str, expected: tuple) -> None:
    assert expected in coded(text, lang)
