"""Crime news in both languages, branch s17f (sentences written for these tests).

- Arrests "made" by the police, with the noun of the act as the object of a light verb: English
  "make an arrest" (frames-s17f.yaml), German "Festnahmen vornehmen" / "durchführen" with no
  "gegen" or "bei" (frames-light.yaml): those arrested are the people the noun stands for, of the
  country of the police (``Coder._detainees``), as for a passive arrest. "Detectives in Bristol
  have made two arrests" GBR 173 GBR (was no event); "Die Polizei in Bristol hat zwei
  Festnahmen vorgenommen" GBR 173 GBR (was no event). Arrests "made" with no one named who
  made them are a passive arrest ("Two arrests have been made", "Arrest made after ...").
"""

from __future__ import annotations

import pytest

from tests.coded_events import sectored, triples as _events


@pytest.mark.parametrize("text, lang", [
    ("BRISTOL, England — Detectives in Bristol have made two arrests after a shop was robbed.", "en"),
    ("BRISTOL, England — Officers made an arrest early on Saturday morning.", "en"),
    ("BRISTOL, England — Two arrests have been made after a fight outside a nightclub.", "en"),
    ("Bristol – Die Polizei in Bristol hat nach dem Überfall zwei Festnahmen vorgenommen.", "de"),
    ("Bristol – Beamte nahmen am frühen Samstagmorgen eine Festnahme vor.", "de"),
    ("Bristol – Die Polizei führte nach dem Überfall mehrere Festnahmen durch.", "de"),
])
def test_arrests_made(text, lang):
    assert ("GBR", "173", "GBR") in _events(text, lang)


@pytest.mark.parametrize("text, lang", [
    ("BRISTOL, England — Police in Bristol have made two arrests after a shop was robbed.", "en"),
    ("Bristol – Die Polizei in Bristol hat nach dem Überfall zwei Festnahmen vorgenommen.", "de"),
])
def test_arrests_made_sectors(text, lang):
    assert ("GBR/COP", "173", "GBR/CVL") in sectored(text, lang)


@pytest.mark.parametrize("text, lang, expected", [
    # whom "of", "gegen" or "bei" names stays the one arrested
    ("Egyptian police made the arrest of a Dutch journalist in Cairo.", "en", ("EGY", "173", "NLD")),
    ("Die ägyptische Polizei nahm eine Festnahme bei der Opposition vor.", "de", ("EGY", "173", "EGY")),
])
def test_arrest_of_someone_named(text, lang, expected):
    assert expected in _events(text, lang)


@pytest.mark.parametrize("text, lang", [
    # no arrest: other things made, and raids with no one named
    ("BRISTOL, England — Police made an appeal for witnesses after the robbery.", "en"),
    ("BRISTOL, England — Officers made their way to the scene within minutes.", "en"),
    ("Bristol – Die Polizei nahm am Samstag eine Hausdurchsuchung vor.", "de"),
])
def test_no_arrest(text, lang):
    assert not any(c == "173" for _, c, _ in _events(text, lang))


@pytest.mark.parametrize("text, lang, expected", [
    ("The Kenyan president expressed his gratitude to Japan for the new hospital.", "en", ("KEN", "051", "JPN")),
    ("The Chilean foreign minister expressed his thanks to Argentina.", "en", ("CHL", "051", "ARG")),
    ("Ireland conveyed its thanks to Canada after the rescue.", "en", ("IRL", "051", "CAN")),
    ("Der kenianische Präsident drückte Japan seine Dankbarkeit für das neue Krankenhaus aus.", "de", ("KEN", "051", "JPN")),
    ("Irland bekundete Kanada nach der Rettung seinen Dank.", "de", ("IRL", "051", "CAN")),
    ("Die chilenische Regierung drückte gegenüber Argentinien ihre Dankbarkeit aus.", "de", ("CHL", "051", "ARG")),
])
def test_gratitude_expressed(text, lang, expected):
    assert expected in _events(text, lang)


@pytest.mark.parametrize("text, lang", [
    # gratitude to no one named is no praise
    ("The Kenyan president expressed his gratitude for the new hospital.", "en"),
    ("Der kenianische Präsident drückte seine Dankbarkeit für das neue Krankenhaus aus.", "de"),
])
def test_gratitude_to_no_one(text, lang):
    assert not any(c == "051" for _, c, _ in _events(text, lang))
