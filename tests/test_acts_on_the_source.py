"""Whom an accused act is done to, when that is the accuser himself, is no target of the
accusation: the accused are ("Trump accused Democrats of harassing him": the Democrats, of the
article's country; Coder._complement; sentences written for these tests)."""
from __future__ import annotations

import pytest

from tests.coded_events import events


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "WASHINGTON (Reuters) - Trump accused Democrats of harassing him.", ("USA", "ACCUSE", "USA")),
    ("en", "ANKARA (Reuters) - Erdogan accused opposition parties of plotting against him.", ("TUR", "ACCUSE", "TUR")),
    # an act done to someone else still names its target
    ("en", "Russia accused Ukraine of attacking Russian troops.", ("RUS", "ACCUSE", "UKR")),
])
def test_the_accused_not_the_accuser_is_the_target(lang, text, expected):
    assert expected in events(text, lang)
