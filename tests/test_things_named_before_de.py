"""A German object pronoun that stands for a thing its sentence named before by a noun of its
gender is that thing, no person named before: its author where the clause that named it
presents it, else no one (Annotator._thing_before with the pack's thing_pronouns and
presenting_verbs; sentences written for these tests)."""
from __future__ import annotations

import pytest

from tests.coded_events import coded


@pytest.mark.parametrize("text, wrong", [
    ("Der Bürgermeister von London warf Trump Ignoranz vor. Die Regierung in Jakarta kritisierte den Vorschlag, "
     "die Arabische Liga verurteilte ihn als rassistisch.", "GBR"),
    ("Merkel legte einen Plan vor. Orbán kritisierte den Vorschlag, Polen lehnte ihn ab.", "HUN"),
    ("Macron traf Scholz in Paris. Italien kritisierte das Abkommen, Spanien begrüßte es.", "FRA"),
])
def test_a_thing_named_before_is_no_person(text, wrong):
    assert not [e for e in coded(text, "de") if wrong in e[2]]


@pytest.mark.parametrize("text, expected", [
    ("Putin machte einen Vorschlag, die Ukraine lehnte ihn ab.", ("UKR", "12", "RUS")),
    ("Die EU legte eine Resolution vor, Russland lehnte sie ab.", ("RUS", "12", "IGO:EU")),
    ("Frankreich brachte einen Entwurf ein, China kritisierte ihn scharf.", ("CHN", "111", "FRA")),
])
def test_a_thing_presented_before_is_its_author_s(text, expected):
    assert expected in [e[:3] for e in coded(text, "de")]
