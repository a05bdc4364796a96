"""Measures eased that the sentence aims at no one ("Trump then suspended the tariffs", "setzte die
Zölle aus") are eased for whom they were aimed at: the target of the latest sanction, or threat of
one, by the same side earlier in the article (Coder._eased_measure; sentences written for these
tests)."""
from __future__ import annotations

import pytest

from tests.coded_events import coded


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "The United States imposed tariffs on Mexican steel in March. In June, Washington lifted the tariffs.",
     ("USA", "08", "MEX")),
    ("en", "Trump threatened to impose tariffs on Mexico. A week later he suspended the tariffs.",
     ("USA", "08", "MEX")),
    ("de", "Die EU verhängte im Mai Sanktionen gegen Belarus. Im Oktober hob Brüssel die Sanktionen wieder auf.",
     ("IGO:EU", "08", "BLR")),
])
def test_eased_measures_go_to_whom_they_were_aimed_at(lang, text, expected):
    source, code, target = expected
    assert [e for e in coded(text, lang) if e[0] == source and e[1].startswith(code) and e[2] == target]


def test_measures_of_another_side_are_not_taken():
    # Canada's tariffs are not Mexico's to ease for anyone
    events = coded("Canada imposed tariffs on Chinese steel. Mexico lifted the tariffs.", "en")
    assert not [e for e in events if e[0] == "MEX" and e[2] == "CHN"]
