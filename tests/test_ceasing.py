"""A verb that ends an act ("stopped", "ended", "hörte auf", "stellte ... ein") makes its object
noun or its -ing / zu-infinitive complement an act no longer done: a cooperation that ends is its
reduction (CAMEO 16), an act of force that ends is no act of force."""
from __future__ import annotations

import pytest

from tests.coded_events import coded


@pytest.mark.parametrize("text, lang, expected", [
    ("The United States stopped supplying weapons to Ukraine.", "en", ("USA", "1622", "UKR")),
    ("The government of Paraguay decided to stop recognizing Taiwan.", "en", ("PRY", "161", "TWN")),
    ("Britain ceased cooperating with the Russian police.", "en", ("GBR", "16", "RUS")),
    ("Japan ended its cooperation with South Korea.", "en", ("JPN", "16", "KOR")),
    ("Canada halted its military cooperation with Saudi Arabia.", "en", ("CAN", "16", "SAU")),
    ("Egypt stopped mediating between Israel and Hamas.", "en", ("EGY", "165", "ISR+PSE")),
    ("Trump cut off assistance to Honduras.", "en", ("USA", "162", "HND")),
    ("Norway stopped its financial support for the Palestinian Authority.", "en", ("NOR", "16", "PSE")),
    ("Die USA hörten auf, Waffen an die Ukraine zu liefern.", "de", ("USA", "1622", "UKR")),
    ("Deutschland beendete seine Militärhilfe für Saudi-Arabien.", "de", ("DEU", "1622", "SAU")),
    ("Kanada beendete die militärische Unterstützung für Saudi-Arabien.", "de", ("CAN", "16", "SAU")),
    ("Die USA setzten die Wirtschaftshilfe für Honduras aus.", "de", ("USA", "1621", "HND")),
], ids=["stopped-supplying", "stop-recognizing", "ceased-cooperating", "ended-cooperation",
        "halted-cooperation", "stopped-mediating", "cut-off-assistance", "stopped-support",
        "hörte-auf-zu-liefern", "beendete-Militärhilfe", "beendete-Unterstützung", "setzte-Wirtschaftshilfe-aus"])
def test_an_ended_cooperation_is_its_reduction(text: str, lang: str, expected: tuple[str, str, str]) -> None:
    assert [e[:3] for e in coded(text, lang) if e[3] == "asserted"] == [expected]


@pytest.mark.parametrize("text, lang", [
    ("Turkey stopped attacking Kurdish positions in Syria.", "en"),
    ("The rebels ceased shelling the capital of Yemen.", "en"),
    ("Die Türkei hörte auf, kurdische Stellungen in Syrien anzugreifen.", "de"),
    ("Die Rebellen stellten den Beschuss der jemenitischen Hauptstadt ein.", "de"),
])
def test_an_ended_attack_is_no_attack(text: str, lang: str) -> None:
    assert not [e for e in coded(text, lang) if e[3] == "asserted" and e[1].startswith(("18", "19", "20"))]


@pytest.mark.parametrize("text, lang, expected", [
    ("The United States did not stop supplying weapons to Ukraine.", "en", ("USA", "072", "UKR")),
    ("Die USA hörten nicht auf, Waffen an die Ukraine zu liefern.", "de", ("USA", "072", "UKR")),
], ids=["did-not-stop", "hörten-nicht-auf"])
def test_an_act_not_stopped_goes_on(text: str, lang: str, expected: tuple[str, str, str]) -> None:
    assert [e[:3] for e in coded(text, lang) if e[3] == "asserted"] == [expected]
