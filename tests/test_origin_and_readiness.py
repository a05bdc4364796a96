"""Where people come from and what talks are wanted (found by coding news written for the
purpose; sentences written for these tests):

- a people noun takes its country from the "aus"/"from" phrase right after it ("Flüchtlinge
  aus Syrien", "migrants from Afghanistan"), as it did from "in"; troops taken out of a country
  do not;
- talks one is "ready for" or "open to" are wanted, not held, also after "remain", "stay"
  ("remained open to talks with Beijing") and in German "zu Gesprächen bereit".
"""
from __future__ import annotations

import datetime as dt

import pytest

from chronist.model import Article
from coded_events import PIPELINE


def events(text: str, lang: str) -> list[tuple]:
    doc = PIPELINE.process(Article(text=text, id="t", date=dt.date(2026, 3, 1), lang=lang), lang=lang)
    return [(e.sentence_index, "+".join(a.code for a in e.source), e.plover, "+".join(a.code for a in e.target),
             e.modality) for e in doc.events]


def test_an_event_noun_takes_no_actor_from_an_earlier_sentence() -> None:
    text = ("Russian troops shelled Kharkiv on Monday. "
            "The European Union condemned a new law on foreign agents.")
    assert not [e for e in events(text, "en") if e[0] == 1 and "RUS" in e[3]]
    text = ("Russland hat am Montag Charkiw beschossen. Die EU verurteilte die Sanktionen.")
    assert not [e for e in events(text, "de") if e[0] == 1 and "RUS" in e[3]]
    # statements and accords: a treaty welcomed is not the praise told before it
    text = ("Der kanadische Premierminister gratulierte Indien zum Wahlsieg. "
            "Der japanische Außenminister begrüßte das Handelsabkommen.")
    assert not [e for e in events(text, "de") if e[0] == 1 and "CAN" in e[3]]


@pytest.mark.parametrize("lang, text, expected", [
    ("de", "Die griechischen Behörden haben 400 Flüchtlinge aus Syrien in die Türkei abgeschoben.",
     (0, "GRC", "COERCE", "SYR")),
    ("de", "Die Polizei in Wien nahm zwei Männer aus Tschetschenien fest.", (0, "AUT", "COERCE", "RUS")),
    ("en", "Hungary deported dozens of migrants from Afghanistan on Friday.", (0, "HUN", "COERCE", "AFG")),
], ids=["de-refugees-aus", "de-men-aus", "en-migrants-from"])
def test_people_take_the_country_they_come_from(lang: str, text: str, expected: tuple) -> None:
    assert expected in [e[:4] for e in events(text, lang)]


@pytest.mark.parametrize("lang, text, target", [
    ("de", "Russland zog am Montag Truppen aus Syrien ab.", "SYR"),
    ("en", "The United States withdrew troops from Afghanistan.", "AFG"),
], ids=["de", "en"])
def test_troops_withdrawn_from_a_country_are_not_its_own(lang: str, text: str, target: str) -> None:
    found = events(text, lang)
    assert found and all(target not in e[1] for e in found)


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "Trade Commissioner Maros Sefcovic said the European Union remained open to talks with Beijing.",
     ("IGO:EU", "AGREE", "CHN", "intent")),
    ("en", "Moscow says it remains ready for talks with Kyiv.", ("RUS", "AGREE", "UKR", "intent")),
    ("de", "Die Regierung in Teheran ist zu Verhandlungen mit den USA bereit.", ("IRN", "AGREE", "USA", "intent")),
    ("de", "Die Türkei sei zu einem Treffen mit Griechenland bereit, sagte der Außenminister.",
     ("TUR", "AGREE", "GRC", "intent")),
], ids=["en-remained-open", "en-remains-ready", "de-bereit", "de-bereit-reported"])
def test_talks_one_is_ready_for_are_wanted_not_held(lang: str, text: str, expected: tuple) -> None:
    found = [e[1:] for e in events(text, lang)]
    assert expected in found
    assert not [e for e in found if e[1] == "CONSULT"]


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "Chile recalled its ambassador from Caracas on Tuesday.", (0, "CHL", "SANCTION", "VEN")),
    ("de", "Polen rief seinen Botschafter aus Minsk zurück.", (0, "POL", "SANCTION", "BLR")),
], ids=["en", "de"])
def test_an_envoy_recalled_from_a_capital_is_not_of_that_country(lang: str, text: str, expected: tuple) -> None:
    assert expected in [e[:4] for e in events(text, lang)]
