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
    # what they are asked to do is to come forward with what they know (pack words tip_acts)
    ("Police urged people in the area who saw or heard anything to come forward.", "en"),
    ("Police in Leeds have urged residents to contact them with any information.", "en"),
    ("Die Polizei fordert die Anwohner auf, sich zu melden, falls sie etwas gesehen oder gehört haben.", "de"),
    ("Die Polizei in Bremen bat die Anwohner, sich bei den Ermittlern zu melden.", "de"),
    ("Die Münchner Polizei rief die Bevölkerung auf, verdächtige Beobachtungen zu melden.", "de"),
], ids=["appealed-for-witnesses", "appealed-for-anyone", "appealed-to-anyone", "bittet-um-Hinweise", "bat-Zeugen",
        "urged-people-to-come-forward", "urged-residents-to-contact", "fordert-Anwohner-auf-sich-zu-melden",
        "bat-Anwohner-sich-zu-melden", "Beobachtungen-zu-melden"])
def test_an_appeal_to_witnesses_is_no_event(text: str, lang: str) -> None:
    assert [e for e in events(text, lang) if e[1] == "REQUEST"] == []


@pytest.mark.parametrize("text, lang, expected", [
    ("Syria is appealing for help to rebuild the country.", "en", ("SYR", "REQUEST", "")),
    ("The president of France appealed to Russia to release the sailors.", "en", ("FRA", "REQUEST", "RUS")),
    ("Syrien bittet um Hilfe beim Wiederaufbau.", "de", ("SYR", "REQUEST", "")),
    ("The French president urged Iran to contact the nuclear inspectors.", "en", ("FRA", "REQUEST", "IRN")),
    ("Merkel forderte Russland auf, alle Truppenbewegungen zu melden.", "de", ("DEU", "REQUEST", "RUS")),
], ids=["appealing-for-help", "appealed-to-Russia", "bittet-um-Hilfe", "urged-Iran-to-contact", "forderte-Russland-auf-zu-melden"])
def test_an_appeal_for_aid_or_to_a_state_stays(text: str, lang: str, expected: tuple[str, str, str]) -> None:
    assert expected in events(text, lang)
