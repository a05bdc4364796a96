"""Branch s19e: German catches up with English on the same news (NTREX whole articles and their
German translation; sentences written for these tests, each German one with its English
counterpart where the English side already coded it).

- A von/durch phrase inside a participle attribute ("Die von Russland angegriffene Ukraine bat
  um Hilfe") is the participle's agent, not a phrase of the clause's verb: it no longer gives
  that verb a target ("bat ... von Russland": UKR 023 RUS). The attribute's noun may be a name
  ("angegriffene Ukraine"), with the names after it ("inhaftierte Pastor Andrew Brunson"): the
  participle's own event is coded, as the English "Ukraine, attacked by Russia". The agent of
  an attribute of an event noun stays the verb's phrase, where its frames find the event's
  maker ("wies die von Venezuela erhobenen Vorwürfe zurück", "Die von Putin erhobene Forderung
  stieß bei der Nato auf Ablehnung").
- Condolences, sympathy and solidarity expressed ("sprach Japan sein Beileid aus", "drückte Chile
  sein Beileid aus") are praise (051), as the English "expressed its condolences to".
- An adjective of wish with its phrase ("an einem Treffen interessiert", "offen für
  Verhandlungen") makes the event noun intended (036), as "zu Gesprächen bereit" and the English
  "is interested in a meeting".
- A government answering another's measures, sanctions or tariffs ("werde auf die Zölle der USA
  reagieren", "sich gegen die Zölle der USA wehren") reduces relations (16; vowed, a threat), as
  "beantworten" and the English "respond to the US tariffs".
- A name's first word that the tagger reads as a verb is a name's at the start of a sentence
  too, before the rest of the name and an apposition ("Ri Yong Ho, der oberste Diplomat
  Nordkoreas, kritisierte die USA") or before the finite verb ("Ri Yong Ho kritisierte ..."),
  and after a finite verb ("sagte Ri Yong Ho"): German writes no verb with a capital there.
- Reports called "Fake News" or a "Falschmeldung" are scorned (111), as "als Lüge".
"""
from __future__ import annotations

import pytest

from tests.coded_events import events, triples


@pytest.mark.parametrize("text, expected", [
    ("Die von Russland angegriffene Ukraine bat um Hilfe.", ("RUS", "ASSAULT", "UKR")),
    ("Das von Aserbaidschan beschossene Armenien rief die Vereinten Nationen an.", ("AZE", "ASSAULT", "ARM")),
])
def test_participle_attribute_before_a_name(text, expected):
    assert expected in events(text, "de")


@pytest.mark.parametrize("text, unwanted", [
    ("Die von Russland angegriffene Ukraine bat um Hilfe.", "RUS"),
    ("Die von Marokko kritisierten Politiker Algeriens baten um Geduld.", "MAR"),
])
def test_participle_agent_is_no_phrase_of_the_verb(text, unwanted):
    assert not any(t == unwanted for s, p, t in events(text, "de") if p == "REQUEST")


def test_denied_accusation_of_a_participle_agent():
    assert ("VEN", "112", "COL") in triples("Kolumbien wies die von Venezuela erhobenen Vorwürfe zurück.", "de")


@pytest.mark.parametrize("de, en, expected", [
    ("Kanada sprach Japan sein Beileid aus.", "Canada expressed its condolences to Japan.", ("CAN", "SUPPORT", "JPN")),
    ("Portugal drückte Chile nach dem Erdbeben sein Beileid aus.",
     "Portugal expressed its condolences to Chile after the earthquake.", ("PRT", "SUPPORT", "CHL")),
    ("Estland sprach der Ukraine seine Solidarität aus.", "Estonia expressed its solidarity with Ukraine.",
     ("EST", "SUPPORT", "UKR")),
])
def test_condolences_expressed(de, en, expected):
    assert expected in events(de, "de")
    assert expected in events(en, "en")


@pytest.mark.parametrize("de, en, expected", [
    ("Der Iran ist an Gesprächen mit den USA interessiert.", "Iran is interested in talks with the US.",
     ("IRN", "036", "USA")),
    ("Kuba sei an einem Treffen mit Mexiko interessiert, sagte ein Sprecher.",
     "Cuba is interested in a meeting with Mexico, a spokesman said.", ("CUB", "036", "MEX")),
    ("Serbien sei offen für Verhandlungen mit dem Kosovo.", "Serbia is open to negotiations with Kosovo.",
     ("SRB", "036", "XKX")),
])
def test_wished_talks_are_intended(de, en, expected):
    assert expected in triples(de, "de")
    assert expected in triples(en, "en")


def test_open_to_visitors_is_no_event():
    assert events("Die Stadt ist offen für Besucher aus Polen.", "de") == []


@pytest.mark.parametrize("de, en, expected", [
    ("China werde auf die neuen Zölle der USA reagieren, sagte ein Sprecher.",
     "China will respond to the new US tariffs, a spokesman said.", ("CHN", "THREATEN", "USA")),
    ("Peking kündigte an, sich gegen die Zölle der USA zu wehren.",
     "Beijing announced it would fight back against the US tariffs.", ("CHN", "THREATEN", "USA")),
])
def test_answering_tariffs(de, en, expected):
    assert expected in events(de, "de")
    assert expected in events(en, "en")


@pytest.mark.parametrize("text", [
    "Die Märkte reagierten auf die Zölle.",
    "Der Konzern reagierte auf die Sanktionen der EU mit Entlassungen.",
])
def test_answering_tariffs_needs_a_government(text):
    assert events(text, "de") == []


@pytest.mark.parametrize("de, en, expected", [
    ("Ri Yong Ho, der oberste Diplomat Nordkoreas, kritisierte Japan.",
     "Ri Yong Ho, North Korea's top diplomat, criticised Japan.", ("PRK", "ACCUSE", "JPN")),
    ("Ri Yong Ho verurteilte die Manöver Südkoreas.", "Ri Yong Ho condemned South Korea's manoeuvres.",
     ("PRK", "ACCUSE", "KOR")),
    ("Am Montag kritisierte Ri Yong Ho die Manöver Japans.",
     "On Monday Ri Yong Ho criticised Japan's manoeuvres.", ("PRK", "ACCUSE", "JPN")),
])
def test_name_read_as_a_verb(de, en, expected):
    assert expected in events(de, "de")
    assert expected in events(en, "en")


def test_verb_first_conditional_keeps_its_verb():
    # a verb first with its subject and object after it stays a verb ("Greift Russland Polen an, ...")
    from chronist.lang.de.tag import tokens
    text = "Greift Russland Polen an, wird die Nato reagieren."
    assert tokens(text, 0, len(text))[0].pos.startswith("VV")


def test_participle_before_the_finite_verb_stays_a_verb():
    # "Ermittelt wurde ...": a participle first, the finite verb after it
    from chronist.lang.de.tag import tokens
    text = "Verhandelt wurde am Montag in Genf."
    assert tokens(text, 0, len(text))[0].pos.startswith("V")


@pytest.mark.parametrize("text, expected", [
    ("Trump bezeichnete die Berichte der New York Times als Fake News.", ("USA", "ACCUSE", "USA")),
    ("Der Präsident Venezuelas nannte den Bericht der kolumbianischen Regierung eine Falschmeldung.",
     ("VEN", "ACCUSE", "COL")),
])
def test_reports_called_false(text, expected):
    assert expected in events(text, "de")
