"""Branch s19c: German local and regional news translated into English (WMT) and international
news, annotated as silver (sentences written for these tests).

- The police catching people: English "picked up by police" and "caught" with an offender
  noun (thief, burglar, robber, culprit, perpetrator, attacker, offender, trafficker ...), as
  the German "fassen" already took Dieb, Einbrecher, Räuber; German "schnappen", "erwischen",
  "ertappen" with the police as doer (173). Without the police, or with no offender, no arrest:
  "The bus picked up the children", "Sie erwischte den letzten Zug".
"""

from __future__ import annotations

import pytest

from tests.coded_events import sectored, triples


@pytest.mark.parametrize("text, lang, expected", [
    ("Three Ugandan students were picked up by police in Kampala.", "en", ("UGA/COP", "173", "UGA/EDU")),
    ("Police in Lagos picked up two Nigerian activists on Monday.", "en", ("NGA/COP", "173", "NGA/CVL")),
    ("French police caught two burglars in Lyon.", "en", ("FRA/COP", "173", "FRA/CVL")),
    ("Spanish police caught a British thief in Malaga.", "en", ("ESP/COP", "173", "GBR/CVL")),
    ("Zwei Männer wurden in Wien von der Polizei geschnappt.", "de", ("AUT/COP", "173", "AUT/CVL")),
    ("Die spanische Polizei ertappte zwei marokkanische Diebe in Madrid.", "de", ("ESP/COP", "173", "MAR/CVL")),
    ("Polizisten erwischten in Graz einen 30-jährigen Einbrecher.", "de", ("AUT/COP", "173", "AUT/CVL")),
])
def test_police_catch_is_an_arrest(text, lang, expected):
    assert expected in sectored(text, lang)


@pytest.mark.parametrize("text, lang", [
    ("The bus picked up the children in Leeds.", "en"),
    ("Police picked up the pace of the investigation in Leeds.", "en"),
    ("The fire in Leeds caught the residents by surprise.", "en"),
    ("Der Hund schnappte in Wien nach dem Ball.", "de"),
    ("Sie erwischte den letzten Zug nach Berlin.", "de"),
])
def test_no_arrest_without_police_or_offender(text, lang):
    assert not [e for e in triples(text, lang) if e[1] == "173"]
