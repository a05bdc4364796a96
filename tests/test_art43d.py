"""Known open items in both languages, round 4: accusations in varied wordings (sentences
written for these tests, branch art43d).

- German "vorhalten" takes the accused also as the accusative object, which the parser makes of
  a state's bare name: "Moskau hielt Ankara vor, Terroristen zu unterstützen" is RUS 112 TUR
  (frames-cameo.yaml; was no event).
- Who is brought before a court is sued: "Die Palästinenser zogen Israel vor den Internationalen
  Strafgerichtshof" is PSE 115 ISR (frames-light.yaml, the object as a target of "vor Gericht
  ziehen"; was no event).
- "nahm X ins Visier" said of a politician or a state criticises X (111, frames-light.yaml); of
  armed forces it stays fire (19), of courts and police an investigation (09).
- Blame seen or sought with someone (frames-art43d.yaml): "Moskau sah die Verantwortung bei
  Ankara" RUS 112 TUR; a politician who "schießt gegen" someone criticises him ("Davutoglu schoss
  gegen Moskau" TUR 111 RUS), police or soldiers who shoot do not.
- English "bear responsibility for" an attack, in someone's words, is the speaker's blame
  (frames-art43d.yaml): "Washington said Moscow bore responsibility for the attack" USA 112 RUS.
- A response called excessive or disproportionate is criticised (lexicon evaluative_adjectives,
  the scorn classes of both frames-light.yaml): "Paris said Israel's response was excessive" FRA
  111 ISR, "nannte die Reaktion Israels unverhältnismäßig".
"""

from __future__ import annotations

import pytest

from tests.coded_events import coded


def _events(text: str, lang: str) -> list[tuple[str, str, str]]:
    return [(s, c, t) for s, c, t, _ in coded(text, lang)]


@pytest.mark.parametrize("text, lang, expected", [
    ("Moskau hielt Ankara vor, Terroristen zu unterstützen.", "de", ("RUS", "112", "TUR")),
    ("Die Palästinenser zogen Israel vor den Internationalen Strafgerichtshof.", "de", ("PSE", "115", "ISR")),
    ("Der Kreml nahm Erdogan ins Visier.", "de", ("RUS", "111", "TUR")),
    ("Moskau sah die Verantwortung bei Ankara.", "de", ("RUS", "112", "TUR")),
    ("Der Kreml suchte die Schuld bei der Türkei.", "de", ("RUS", "112", "TUR")),
    ("Davutoglu schoss gegen Moskau.", "de", ("TUR", "111", "RUS")),
    ("Washington said Moscow bore responsibility for the attack on the convoy.", "en", ("USA", "112", "RUS")),
    ("Moscow bears responsibility for the bombing, Le Drian said.", "en", ("FRA", "112", "RUS")),
    ("Paris said Israel's response was excessive.", "en", ("FRA", "111", "ISR")),
    ("Frankreich nannte die Reaktion Israels unverhältnismäßig.", "de", ("FRA", "111", "ISR")),
])
def test_accusation_in_varied_wordings(text, lang, expected):
    assert _events(text, lang) == [expected]


@pytest.mark.parametrize("text, lang, expected", [
    ("Die Armee nahm die Stellungen der Rebellen ins Visier.", "de", "19"),
    ("Die Staatsanwaltschaft nahm den Parteichef ins Visier.", "de", "09"),
])
def test_taking_aim_stays_fire_or_investigation_for_forces_and_courts(text, lang, expected):
    assert [c for _, c, _ in _events(text, lang)] == [expected]


@pytest.mark.parametrize("text, lang", [
    ("Die Polizei schoss gegen die Demonstranten.", "de"),
    ("Russia bore the brunt of the attack.", "en"),
])
def test_no_accusation(text, lang):
    assert not [e for e in _events(text, lang) if e[1].startswith("11")]
