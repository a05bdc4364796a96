"""Hostile acts not ruled out are threats (twenty-second session, round 2, s22f).

A hostile act one does not rule out ("did not rule out", "refused to rule out", "would not rule
out", "has not ruled out", German "schloss ... nicht aus", "wollte ... nicht ausschließen") is
threatened, with the code "threaten"/"drohen mit" has for that act (frames-s22f.yaml in both packs,
with the frame field ``when_negated``); so is one kept or left "on the table". Ruled out, a
hostile act is no event (not a rejection of one's own forces), and a cooperative act not ruled
out is an option left open, no event (no longer a negated rejection). This supersedes the
"nicht-ausschließen" case of test_unseen_precision_de (a military strike not ruled out was no event).
"""

from __future__ import annotations

import pytest

from tests.coded_events import coded


@pytest.mark.parametrize("text, lang, expected", [
    ("Moscow did not rule out military action against Ukraine.", "en", ("RUS", "138", "UKR", "asserted")),
    ("The Kremlin refused to rule out military action against Georgia.", "en", ("RUS", "138", "GEO", "asserted")),
    ("Beijing would not rule out the use of force against Taiwan.", "en", ("CHN", "1384", "TWN", "asserted")),
    ("The European Union has not ruled out sanctions on Belarus.", "en", ("IGO:EU", "1312", "BLR", "asserted")),
    ("Washington kept military options against Tehran on the table.", "en", ("USA", "138", "IRN", "asserted")),
    ("Der Kreml schloss ein militärisches Vorgehen gegen Georgien nicht aus.", "de", ("RUS", "138", "GEO", "asserted")),
    ("Die Regierung in Ankara wollte eine Militäroffensive gegen Syrien nicht ausschließen.", "de",
     ("TUR", "138", "SYR", "asserted")),
    ("Die Europäische Union schließt neue Sanktionen gegen Belarus nicht aus.", "de", ("IGO:EU", "1312", "BLR", "asserted")),
    ("Die EU schloss Strafzölle auf amerikanische Motorräder nicht aus.", "de", ("IGO:EU", "1312", "USA", "asserted")),
])
def test_hostile_act_not_ruled_out_is_a_threat(text, lang, expected):
    assert expected in coded(text, lang)


@pytest.mark.parametrize("text, lang", [
    ("Moscow ruled out military action against Ukraine.", "en"),
    ("The European Union ruled out sanctions on Belarus.", "en"),
    ("Der Kreml schloss ein militärisches Vorgehen gegen Georgien aus.", "de"),
    ("Die Europäische Union schloss neue Sanktionen gegen Belarus aus.", "de"),
])
def test_hostile_act_ruled_out_is_no_event(text, lang):
    assert coded(text, lang) == []


@pytest.mark.parametrize("text, lang", [
    ("Moscow did not rule out talks with Kyiv.", "en"),
    ("France has not ruled out a ceasefire with the rebels in Mali.", "en"),
    ("Der Kreml schloss Gespräche mit der Ukraine nicht aus.", "de"),
])
def test_cooperative_act_not_ruled_out_is_no_threat_and_no_rejection(text, lang):
    assert not [e for e in coded(text, lang) if e[1].startswith(("12", "13"))]


@pytest.mark.parametrize("text, lang, expected", [
    ("Moscow ruled out talks with Kyiv.", "en", ("RUS", "125", "UKR", "asserted")),
    ("Der Kreml schloss Gespräche mit der Ukraine aus.", "de", ("RUS", "125", "UKR", "asserted")),
])
def test_cooperative_act_ruled_out_stays_refused(text, lang, expected):
    assert expected in coded(text, lang)
