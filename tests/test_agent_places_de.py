"""German compounds that name an agent's post, vehicle, patrol or building are that agent as a
target ("eine Polizeiwache", "ein Armeefahrzeug", "das Regierungsgebäude"), as its camps and
convoys were: the attacked side is the police, the army, the government of the article's country.
A "Ministerposten" is an office, not an actor. Sentences written for these tests."""
from __future__ import annotations

import pytest

from chronist.actors.matcher import ActorMatcher
from tests.actor_tokens import toks
from tests.coded_events import events

MATCHER = ActorMatcher()


@pytest.mark.parametrize("sentence, expected", [
    ("Die Taliban griffen in der Nacht eine Polizeiwache an.", ("AFG", "ASSAULT", "AFG")),
    ("Kämpfer von Boko Haram überfielen am Sonntag einen Armeeposten im Nordosten Nigerias.",
     ("NGA", "ASSAULT", "NGA")),
    ("Die Al-Shabaab-Miliz griff eine Militärpatrouille in Somalia an.", ("SOM", "ASSAULT", "SOM")),
    ("Die Taliban beschossen ein Regierungsgebäude.", ("AFG", "ASSAULT", "AFG")),
    ("Die PKK griff ein Polizeifahrzeug im Südosten der Türkei an.", ("TUR", "ASSAULT", "TUR")),
])
def test_an_agents_post_vehicle_or_building_is_the_agent(sentence, expected):
    assert expected in events(sentence, "de")


@pytest.mark.parametrize("phrase, sector", [
    ("die Polizeiwache", "COP"), ("ein Armeefahrzeug", "MIL"), ("das Regierungsgebäude", "GOV"),
    ("einen Militärflughafen", "MIL"),
])
def test_the_compound_takes_the_agents_sector(phrase, sector):
    assert [a.sector for a in MATCHER.match(toks(phrase), lang="de", date=None)] == [sector]


@pytest.mark.parametrize("phrase", ["den Ministerposten", "der Kanzlerposten", "eine Raumstation"])
def test_an_office_or_a_station_of_no_agent_is_no_actor(phrase):
    assert MATCHER.match(toks(phrase), lang="de", date=None) == []
