"""A coordination inside a genitive attribute ("Gebäude der Verwaltung und der Armee", "Büros der
Regierung und der Sicherheitskräfte") continues the attribute, so the phrase keeps the cases of
its head and stays the verb's object; nouns in -armee, -kraft, -waffe, -behörde, -miliz are
feminine ("der Armee" is no nominative), and a plural with a changed vowel is a plural
("Sicherheitskräfte") (sentences written for these tests)."""
from __future__ import annotations

import pytest

from tests.coded_events import events


@pytest.mark.parametrize("text, expected", [
    ("Die Taliban plünderten Gebäude der afghanischen Verwaltung und der Armee.", ("AFG", "COERCE", "AFG")),
    ("Die Huthi-Rebellen plünderten Büros der jemenitischen Regierung und der Sicherheitskräfte.",
     ("YEM", "COERCE", "YEM")),
], ids=["der-armee", "der-sicherheitskraefte"])
def test_a_coordinated_genitive_attribute_keeps_the_object(text, expected):
    assert expected in events(text, "de")
