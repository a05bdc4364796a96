"""An inquiry's call for help ("police appealed for witnesses", "bittet um Hinweise") is no
demand of one actor on another; an appeal to a state or for aid stays one (sentences written
for these tests)."""
from __future__ import annotations

import pytest

from tests.coded_events import events


@pytest.mark.parametrize("text, lang", [
    ("The man's injuries are not life-threatening and police in Leeds have appealed for witnesses.", "en"),
    ("Officers in Ohio have appealed for anyone with mobile phone footage to come forward.", "en"),
    ("The Italian police appealed to anyone who was near the station in Milan to contact them.", "en"),
    ("Die Polizei in Graz bittet um Hinweise aus der Bevölkerung.", "de"),
    ("Die Wiener Polizei bat Zeugen, sich zu melden.", "de"),
], ids=["appealed-for-witnesses", "appealed-for-anyone", "appealed-to-anyone", "bittet-um-Hinweise", "bat-Zeugen"])
def test_an_appeal_to_witnesses_is_no_event(text: str, lang: str) -> None:
    assert [e for e in events(text, lang) if e[1] == "REQUEST"] == []


@pytest.mark.parametrize("text, lang, expected", [
    ("Syria is appealing for help to rebuild the country.", "en", ("SYR", "REQUEST", "")),
    ("The president of France appealed to Russia to release the sailors.", "en", ("FRA", "REQUEST", "RUS")),
    ("Syrien bittet um Hilfe beim Wiederaufbau.", "de", ("SYR", "REQUEST", "")),
], ids=["appealing-for-help", "appealed-to-Russia", "bittet-um-Hilfe"])
def test_an_appeal_for_aid_or_to_a_state_stays(text: str, lang: str, expected: tuple[str, str, str]) -> None:
    assert expected in events(text, lang)
