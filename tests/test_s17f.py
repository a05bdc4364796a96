"""Crime and diplomatic news, branch s17f (sentences written for these tests).

- English arrests "made" by the police, with the noun of the act as the object of the light verb
  (frames-s17f.yaml): those arrested are the people the noun stands for, of the country of the
  police (``Coder._detainees``), as for a passive arrest: "Detectives in Bristol have made two
  arrests" GBR 173 GBR (was no event). Arrests "made" with no one named who made them are a
  passive arrest ("Two arrests have been made"). (German "Festnahmen vornehmen" with no "gegen"
  or "bei" was left: its frame is also the one of searches and raids, which stand for no persons.)
- Gratitude or thanks expressed or conveyed to someone is praise (051), as "thanked" is: English
  "express" (frames-02-05.yaml) and "convey" (frames-s17f.yaml) with "gratitude", "thanks",
  "appreciation"; German "ausdrücken" (frames-s17f.yaml) and "bekunden" (frames-light.yaml) with
  "Dankbarkeit" or "Dank", "aussprechen" with "Dankbarkeit" (frames.yaml; "Dank aussprechen" was
  known): "The Kenyan president expressed his gratitude to Japan" KEN 051 JPN (was no event);
  "Irland bekundete Kanada seinen Dank" IRL 051 CAN (was no event).
- Arrests counted with no one named (a number before the noun, ``Coder._counted_act``) stand for
  those arrested, private persons of the country the sentence or article places them in, as a
  passive arrest's: "Drei Festnahmen nach Überfall auf Juwelier in Bristol" GBR 173 GBR, "There
  have been two arrests so far" GBR 173 GBR (was no event). Not when the arrests are what
  another act is about ("condemned the three arrests").
"""

from __future__ import annotations

import pytest

from tests.coded_events import sectored, triples as _events


@pytest.mark.parametrize("text, lang", [
    ("BRISTOL, England — Detectives in Bristol have made two arrests after a shop was robbed.", "en"),
    ("BRISTOL, England — Officers made an arrest early on Saturday morning.", "en"),
    ("BRISTOL, England — Two arrests have been made after a fight outside a nightclub.", "en"),
])
def test_arrests_made(text, lang):
    assert ("GBR", "173", "GBR") in _events(text, lang)


@pytest.mark.parametrize("text, lang", [
    ("BRISTOL, England — Police in Bristol have made two arrests after a shop was robbed.", "en"),
])
def test_arrests_made_sectors(text, lang):
    assert ("GBR/COP", "173", "GBR/CVL") in sectored(text, lang)


@pytest.mark.parametrize("text, lang, expected", [
    # whom "of" names stays the one arrested
    ("Egyptian police made the arrest of a Dutch journalist in Cairo.", "en", ("EGY", "173", "NLD")),
])
def test_arrest_of_someone_named(text, lang, expected):
    assert expected in _events(text, lang)


@pytest.mark.parametrize("text, lang", [
    # no arrest: other things made
    ("BRISTOL, England — Police made an appeal for witnesses after the robbery.", "en"),
    ("BRISTOL, England — Officers made their way to the scene within minutes.", "en"),
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


@pytest.mark.parametrize("text, lang", [
    ("BRISTOL, England — Three arrests followed the robbery of a jeweller on Friday.", "en"),
    ("BRISTOL, England — There have been two arrests so far, detectives said.", "en"),
    ("Drei Festnahmen nach Überfall auf Juwelier in Bristol", "de"),
    ("Bristol – Nach dem Überfall auf den Juwelier gab es bislang zwei Festnahmen.", "de"),
])
def test_counted_arrests(text, lang):
    assert ("GBR", "173", "GBR") in _events(text, lang)


@pytest.mark.parametrize("text, lang", [
    # arrests not counted, or counted as what another act is about, are none of their own
    ("Britain condemned the three arrests in Tehran.", "en"),
    ("Großbritannien verurteilte die drei Festnahmen in Teheran.", "de"),
])
def test_counted_arrests_about_another_act(text, lang):
    assert not any(c == "173" for _, c, _ in _events(text, lang))
