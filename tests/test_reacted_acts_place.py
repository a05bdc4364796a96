"""An attack noun in the subject of a verb of reaction keeps no target from the place where the
reaction was: "Die Offensive der Türkei rief in Paris scharfe Kritik hervor" is French criticism,
not a Turkish attack on France."""
from __future__ import annotations

import pytest

from coded_events import coded


@pytest.mark.parametrize("text,lang", [
    ("Die Offensive der Türkei rief in Madrid scharfe Kritik hervor.", "de"),
    ("Turkey's offensive drew sharp criticism in Madrid.", "en"),
])
def test_no_attack_on_the_place_of_the_reaction(text, lang):
    assert not [e for e in coded(text, lang) if e[1].startswith("19") and e[2] == "ESP"]


def test_the_reaction_stays():
    assert ("ESP", "111", "TUR") in [e[:3] for e in coded("Die Offensive der Türkei rief in Madrid scharfe Kritik hervor.", "de")]
