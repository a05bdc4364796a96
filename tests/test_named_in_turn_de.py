"""German sentences written for these tests where a body and a person, or two persons, stand
side by side after the verb (the subject, then the object: "Gestern nahm die Polizei Nawalny
fest"), and an article whose only state is that of a blogger the dictionary knows."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.coded_events import PIPELINE, events
from chronist.model import Article


@pytest.mark.parametrize("text, expected", [
    ("Gestern nahm die Polizei Nawalny fest.", ("RUS", "COERCE", "RUS")),
    ("Danach kritisierte die Opposition Orbán scharf.", ("HUN", "ACCUSE", "HUN")),
    ("Am Montag empfing Erdogan Putin in Ankara.", ("TUR", "CONSULT", "RUS")),
    ("Gestern verurteilte der Sicherheitsrat Nordkorea.", ("IGO:UN", "ACCUSE", "PRK")),
], ids=["body-person", "opposition-person", "person-person", "organisation-state"])
def test_subject_and_object_side_by_side_are_two_actors(text, expected):
    assert expected in events(text, "de", dt.date(2019, 6, 1))


@pytest.mark.parametrize("text, expected", [
    ("Die Regierung Merkel beschloss neue Sanktionen gegen Russland.", ("DEU", "SANCTION", "RUS")),
    ("Außenminister Lawrow traf Pompeo in Sotschi.", ("RUS", "CONSULT", "USA")),
], ids=["government-named-after-its-leader", "title-and-name"])
def test_a_body_named_after_its_leader_and_a_titled_person_stay_one_phrase(text, expected):
    assert expected in events(text, "de", dt.date(2019, 6, 1))


def test_a_journalist_of_the_dictionary_tells_the_articles_country():
    """A blogger or journalist the dictionary knows is of his state, though the states of media
    do not count towards an article's country: the unnamed police of the article are Saudi."""
    lines = ["Der Blogger Raif Badawi hat erneut Kritik an der Religionspolizei geübt.",
             "Badawi veröffentlichte einen neuen Eintrag.",
             "Die Polizei nahm am Sonntag zwei Unterstützer des Bloggers fest."]
    doc = PIPELINE.process(Article(text=" ".join(lines), sentences=lines, id="t", date=dt.date(2015, 6, 7)), lang="de")
    assert [(e.sentence_index, e.source[0].code, e.cameo) for e in doc.events if e.cameo == "173"] == [(2, "SAU", "173")]
