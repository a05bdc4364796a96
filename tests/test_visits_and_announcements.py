"""German visits told with "sich begeben" into a seat of power or to a person, as with "nach"
("Der britische Premier begab sich in den Kreml", "Macron begab sich zu Putin": 042), and a
meeting whose parties stand beside it that is announced ("gab ein Treffen zwischen Trump und
Putin bekannt"): planned, not held, as with "ankündigen" and English "announce"."""
from __future__ import annotations

import pytest

from coded_events import coded


@pytest.mark.parametrize("text, expected", [
    ("Der britische Premier begab sich am Montag in den Kreml.", [("GBR", "042", "RUS")]),
    ("Macron begab sich zu Putin.", [("FRA", "042", "RUS")]),
    ("Der Minister begab sich in Quarantäne.", []),
])
def test_visits_with_begeben(text, expected):
    assert [e[:3] for e in coded(text, "de")] == expected


@pytest.mark.parametrize("lang, text", [
    ("de", "Das Weiße Haus gab ein Treffen zwischen Trump und Putin bekannt."),
    ("en", "The White House announced a meeting between Trump and Putin."),
])
def test_an_announced_meeting_is_planned(lang, text):
    events = coded(text, lang)
    assert [e[1] for e in events] == ["040"]
    assert [e[3] for e in events] == ["intent"]
