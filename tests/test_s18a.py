"""Branch s18a: violence against persons and violations of law as news tell them, found by
annotating unseen German news articles (sentences written for these tests).

- German "schlagen" with a person for its object is beating them (182), as English "beat":
  "Ein kenianischer Polizist hat die Studentin mit einem Stock geschlagen" KEN 182 KEN (was no
  event); the frame wants people of a sector (civilians, police, soldiers, students ...) as the
  object's head, so idioms ("das Kreuz schlagen", "Alarm schlagen", also where the sentence names
  a place a fight would fall back to) and a rival or an army beaten (defeated) stay no event.
- German "treffen" in the passive by a bullet, a shot or splinters, or "am Kopf / am Arm ...",
  is a hit, not a meeting (180): "Ein ukrainischer Soldat wurde von einer russischen Kugel
  getroffen" RUS 180 UKR (was RUS 040 UKR).
- German "gegen das Völkerrecht / die Verfassung / ein Abkommen verstoßen" is a violation (128),
  as "verletzen" and "brechen": told by another party it is that party's accusation
  (Coder._told_violation): "Saudi-Arabien verstoße mit der Blockade gegen das Völkerrecht, sagte
  der iranische Außenminister" IRN 112 SAU (was no event). English "violate" takes a
  constitution, a convention and neutrality too ("... violated the constitution, the Colombian
  president said" COL 112 VEN).
- German "Reise" and "Trip" take the country "in" which one travels, as "reisen" does: "Die
  Reise des französischen Präsidenten in die USA" FRA 042 USA (was no event).
"""

from __future__ import annotations

import pytest

from tests.coded_events import triples as _events


@pytest.mark.parametrize("text, expected", [
    ("Ein kenianischer Polizist hat die Studentin mit einem Stock geschlagen.", ("KEN", "182", "KEN")),
    ("Die Studentin wurde von kenianischen Polizisten geschlagen.", ("KEN", "182", "KEN")),
    ("Die ägyptische Polizei schlug die Demonstranten vor dem Parlament.", ("EGY", "182", "EGY")),
])
def test_person_beaten(text, expected):
    assert expected in _events(text, "de")


@pytest.mark.parametrize("text", [
    "Der französische Bürgermeister schlug Alarm wegen der Hitze.",
    "Über das Projekt hatte der französische Bürgermeister längst das Kreuz geschlagen.",
    "Der französische Bürgermeister schlug wegen der Hitze in Südfrankreich Alarm.",
    "Der französische Präsident schlug seinen Herausforderer in der Stichwahl.",
    "Die ukrainische Armee schlug die russischen Truppen bei Charkiw.",
])
def test_idioms_of_schlagen_are_no_beating(text):
    assert not [e for e in _events(text, "de") if e[1] == "182"]


@pytest.mark.parametrize("text, expected", [
    ("Ein ukrainischer Soldat wurde von einer russischen Kugel getroffen.", ("RUS", "180", "UKR")),
    ("Der ukrainische Soldat wurde von russischen Scharfschützen am Kopf getroffen.", ("RUS", "180", "UKR")),
])
def test_hit_by_a_bullet_is_no_meeting(text, expected):
    events = _events(text, "de")
    assert expected in events and not [e for e in events if e[1] == "040"]


def test_meeting_stays_a_meeting():
    assert ("FRA", "040", "DEU") in _events(
        "Der französische Präsident traf den deutschen Kanzler am Rande des Gipfels.", "de")


@pytest.mark.parametrize("text, lang, expected", [
    ("Saudi-Arabien verstoße mit der Blockade gegen das Völkerrecht, sagte der iranische Außenminister.", "de",
     ("IRN", "112", "SAU")),
    ("Die türkische Polizei habe gegen die Verfassung verstoßen, sagte der Vorsitzende der kurdischen Partei HDP.", "de",
     ("TUR", "112", "TUR")),
    ("Venezuela's army violated the constitution, the Colombian president said.", "en", ("COL", "112", "VEN")),
    ("Russia has violated the Geneva Conventions, the Ukrainian foreign minister said.", "en", ("UKR", "112", "RUS")),
])
def test_told_violation_of_law_accuses(text, lang, expected):
    assert expected in _events(text, lang)


def test_violated_sovereignty_stays_violation():
    assert ("RUS", "128", "UKR") in _events("Russland verstößt gegen die Souveränität der Ukraine.", "de")


@pytest.mark.parametrize("text, expected", [
    ("Die Reise des französischen Präsidenten in die USA dauerte drei Tage.", ("FRA", "042", "USA")),
    ("Der japanische Premier brach zu einem Trip in die Türkei auf.", ("JPN", "042", "TUR")),
    ("Der Trip des indischen Außenministers nach Kanada wurde kurzfristig angekündigt.", ("IND", "042", "CAN")),
])
def test_journey_into_a_country(text, expected):
    assert expected in _events(text, "de")
