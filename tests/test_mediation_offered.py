"""A mediation that names no one is between the sides its mediator addressed earlier in the
sentence, not the parties of the last quarrel told before (coder._addressed_sides); sentences
written for these tests."""
from __future__ import annotations

import pytest

from tests.coded_events import coded


@pytest.mark.parametrize("lang, text", [
    ("en", "Macron accused Turkey of sending fighters to the region. Lavrov urged Armenia and Azerbaijan to respect "
           "the truce and offered to host talks in Moscow."),
    ("en", "Macron accused Turkey of sending fighters to the region. Lavrov called on Armenia and Azerbaijan to "
           "stop the fighting and offered to mediate."),
])
def test_mediation_between_the_sides_just_addressed(lang, text):
    offers = [e for e in coded(text, lang) if e[1] == "039"]
    assert offers and all(e[2] == "ARM+AZE" for e in offers)
