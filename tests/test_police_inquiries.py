"""The police's consultation of private persons (talking to residents, informing a victim's
family) is an inquiry's routine, no political event (coder CONSULT_CODES with a COP source and
private targets). Their meetings with parties and officials, and officials' meetings with
victims' families, stay."""
from __future__ import annotations

import pytest

from tests.coded_events import coded


@pytest.mark.parametrize("text, lang", [
    ("Die Polizei sprach am Montag mit den Anwohnern.", "de"),
    ("Die Polizei informierte die Familie des Opfers.", "de"),
    ("Die Ermittler informierten die Angehörigen der Opfer über den Stand der Ermittlungen.", "de"),
    ("Police informed the victim's family.", "en"),
    ("Officers spoke to residents on Monday.", "en"),
], ids=["Anwohner", "Familie", "Angehoerige", "family", "residents"])
def test_police_consulting_private_persons_is_no_event(text: str, lang: str) -> None:
    assert not [e for e in coded(text, lang) if e[1].startswith("04")]


@pytest.mark.parametrize("text, lang", [
    ("Die Polizei traf sich mit Vertretern der Opposition.", "de"),
    ("Der Präsident traf die Angehörigen der Opfer.", "de"),
    ("The police met with opposition leaders.", "en"),
], ids=["Polizei-Opposition", "Praesident-Angehoerige", "police-opposition"])
def test_other_meetings_stay(text: str, lang: str) -> None:
    assert [e for e in coded(text, lang) if e[1].startswith("04")]
