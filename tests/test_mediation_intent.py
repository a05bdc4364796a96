"""Mediation offered or announced is the intent to mediate (CAMEO 039), not to meet (036), in
both languages (coder.INTENT_CODES; sentences written for these tests)."""
from __future__ import annotations

import pytest

from tests.coded_events import coded


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "Poland and Lithuania offered to mediate between Russia and Ukraine.", ("POL+LTU", "039", "RUS+UKR", "intent")),
    ("en", "Qatar will mediate between Hamas and Israel.", ("QAT", "039", "PSE+ISR", "intent")),
    ("de", "Polen will zwischen Russland und der Ukraine vermitteln.", ("POL", "039", "RUS+UKR", "intent")),
    # a meeting announced stays 036
    ("en", "Poland will meet Ukraine's president next week.", ("POL", "036", "UKR", "intent")),
])
def test_mediation_announced_is_039(lang, text, expected):
    assert expected in coded(text, lang)
