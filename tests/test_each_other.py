"""Several subjects that act on each other ("accused each other", "warfen sich gegenseitig vor")
are also the targets, as with a frame marked reciprocal; a demand that two others respect each
other stays a demand on them (sentences written for these tests)."""
from __future__ import annotations

import pytest

from tests.coded_events import events


@pytest.mark.parametrize("text, lang, expected", [
    ("Russia and Ukraine accused each other of shelling the nuclear plant.", "en", ("RUS+UKR", "ACCUSE", "RUS+UKR")),
    ("India and Pakistan blamed one another for the clashes.", "en", ("IND+PAK", "ACCUSE", "IND+PAK")),
    ("Armenien und Aserbaidschan beschuldigten sich gegenseitig, die Waffenruhe gebrochen zu haben.", "de",
     ("ARM+AZE", "ACCUSE", "ARM+AZE")),
    ("Russland und die Ukraine kritisierten sich gegenseitig.", "de", ("RUS+UKR", "ACCUSE", "RUS+UKR")),
], ids=["accused-each-other", "blamed-one-another", "beschuldigten-sich-gegenseitig", "kritisierten-sich-gegenseitig"])
def test_subjects_that_act_on_each_other_are_the_targets(text, lang, expected):
    assert events(text, lang) == [expected]


@pytest.mark.parametrize("text, lang", [
    ("The United States and Canada demanded that Israel and Hamas respect each other.", "en"),
    ("Die USA und Kanada forderten, dass sich Israel und die Hamas gegenseitig respektieren.", "de"),
], ids=["en", "de"])
def test_a_demand_that_others_respect_each_other_is_on_them(text, lang):
    assert ("USA+CAN", "REQUEST", "ISR+PSE") in events(text, lang)


def test_one_party_alone_has_no_other_to_act_on():
    assert events("Die Minister der Regierung Polens kritisierten sich gegenseitig.", "de") == []
