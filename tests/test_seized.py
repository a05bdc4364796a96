"""A passive act of confiscating, banning or arresting whose object names no actor ("Die
Ausgabe wurde beschlagnahmt", "Der Verdächtige wurde festgenommen") is the unnamed
authorities' act on the people of the dateline's country; with no dateline, no one's."""
from __future__ import annotations

import datetime as dt

import pytest

from chronist.model import Article
from chronist.pipeline import Pipeline

PIPELINE = Pipeline.default()


def events(text: str, lang: str = "de") -> list[tuple]:
    doc = PIPELINE.process(Article(text=text, id="t", date=dt.date(2016, 3, 1), lang=lang), lang=lang)
    return [("+".join(a.code for a in e.source), e.plover, "+".join(a.code for a in e.target))
            for e in doc.events]


@pytest.mark.parametrize("text, lang, expected", [
    ("Minsk – Tausende Flugblätter wurden am Montag beschlagnahmt.", "de", ("BLR", "COERCE", "BLR")),
    ("Lagos – Der Verdächtige wurde am Freitag festgenommen.", "de", ("NGA", "COERCE", "NGA")),
    ("Kairo – Ein Blog wurde am Montag verboten.", "de", ("EGY", "COERCE", "EGY")),
    ("MINSK (Reuters) - Thousands of leaflets were confiscated on Monday.", "en", ("BLR", "COERCE", "BLR")),
], ids=["de-thing", "de-person-noun", "de-ban", "en-thing"])
def test_an_unnamed_seizure_of_no_actor_is_the_countrys(text, lang, expected):
    assert expected in events(text, lang)


def test_the_dateline_not_the_state_named_most_places_the_authorities():
    text = ("Chicago – Ein Anhänger der Terrormiliz IS hat einen Polizisten verletzt. Der IS kämpft in "
            "Syrien und im Irak. Der Syrien-Kämpfer wollte nach Syrien zurückkehren. Der Mann wurde festgenommen.")
    found = events(text)
    assert ("USA", "COERCE", "USA") in found and not any(e[1] == "COERCE" and "SYR" in e for e in found), found


@pytest.mark.parametrize("text", [
    "Zwei Schmuggler wurden in Nigeria festgenommen.",           # no dateline: whose authorities?
    "Kiew – Zwei Museen wurden geplündert.",                     # looting is no authority's act
    "Kiew – Ein Haus wurde bei dem Sturm zerstört.",             # nor is destroying
    "Kiew – Der Verdächtige soll festgenommen werden.",          # announced, not done
], ids=["no-dateline", "looted", "destroyed", "announced"])
def test_no_authority_act(text):
    assert not any(e[1] == "COERCE" for e in events(text)), events(text)
