""""His opposition to the EU": after a possessive pronoun "opposition" is a stance, a rejection by
the possessor of what it is opposed to, not the opposition as a group (sentences written for these
tests; the "his" and "her" cases coded nothing before, the phrase read as an opposition of
unknown country)."""
from __future__ import annotations

import pytest

from tests.coded_events import events


@pytest.mark.parametrize("text, expected", [
    ("The Polish president made clear his opposition to the EU migration pact.", ("POL", "REJECT", "IGO:EU")),
    ("The Chinese government voiced its opposition to the US arms sale to Taiwan.", ("CHN", "REJECT", "USA")),
    ("The Irish foreign minister restated her opposition to the British plan.", ("IRL", "REJECT", "GBR")),
], ids=["his-opposition", "its-opposition", "her-opposition"])
def test_a_possessive_opposition_is_a_stance(text, expected):
    assert events(text, "en") == [expected]


@pytest.mark.parametrize("text, expected", [
    ("Maduro met the opposition in Caracas.", [("VEN", "CONSULT", "VEN")]),
    ("The Venezuelan opposition called for new protests against Maduro.", [("VEN", "REQUEST", "VEN")]),
], ids=["met-the-opposition", "the-opposition-called"])
def test_the_opposition_is_still_a_group(text, expected):
    assert events(text, "en") == expected
