"""Sites that protesters, farmers and strikers block or occupy: the ways in to a site and ports
(English "block": "blocked access to the parliament"), motorways and ports occupied (English
"occupy", German "besetzen": "Bauern besetzten mehrere Autobahnen", which the general
"besetzen" frame had read as a military occupation, 192); and demands swept aside
("wischte die Forderungen ... beiseite", 12)."""
from __future__ import annotations

import pytest

from coded_events import coded


@pytest.mark.parametrize("lang, text, cameo", [
    ("en", "Students blocked access to the parliament in Belgrade.", "144"),
    ("en", "Striking dockers blocked the port of Piraeus.", "144"),
    ("en", "Angry farmers occupied several motorways around Madrid.", "141"),
    ("de", "Wütende Bauern besetzten in Madrid mehrere Autobahnen.", "144"),
])
def test_protest_at_a_site(lang, text, cameo):
    assert [e[1] for e in coded(text, lang)] == [cameo]


def test_demands_swept_aside_are_rejected():
    assert [e[:3] for e in coded("Warschau wischte die Forderungen der EU-Kommission beiseite.", "de")] \
        == [("POL", "12", "IGO:EU")]
