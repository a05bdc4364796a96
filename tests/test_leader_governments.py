"""A government named after the leader who headed it ("the Bush administration", "the Obama
administration", "die Bush-Regierung", "die Regierung Obama") is that country's government, also
after the leader left office: the sector is GOV, not the former leader's ELI. A surname that is
also an English word is the person before such a noun even after an article: "The Bush
administration" had been read as the Egyptian town of Bush."""
from __future__ import annotations

import pytest

from coded_events import sectored


@pytest.mark.parametrize("lang, text", [
    ("en", "The Bush administration criticised Iran."),
    ("en", "The Obama administration criticised Iran."),
    ("de", "Die Bush-Regierung kritisierte den Iran."),
    ("de", "Die Regierung Obama kritisierte den Iran."),
])
def test_a_government_named_after_its_leader(lang, text):
    assert sectored(text, lang) == [("USA/GOV", "111", "IRN/GOV")]


def test_the_former_leader_himself_stays_elite():
    assert sectored("Obama criticised Iran.", "en") == [("USA/ELI", "111", "IRN/GOV")]
