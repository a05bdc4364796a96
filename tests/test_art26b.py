"""The Middle East and Asia as whole wire reports tell it (sentences written for these tests,
branch art26b).

- "X said the decision was a mistake and urged Y to ...": the parser joins the speaker's second
  act to the copula of the reported clause; when that clause's subject is an act or event noun,
  the act is the speaker's (repairs.speakers_acts_read_as_reported). Not when the joined verb has
  an auxiliary of its own or the reported clause's subject is a person.
- Missiles a state fires, launches or tests with no one aimed at are a show of force (15);
  missiles fired at someone are an attack. German "feuerte Raketen ab" alike.
- "the use of chemical weapons by the Syrian government": the "by" phrase names the maker of the use.
- Soldiers, marines or the coast guard who board a ship seize it (17), passengers do not.
- Rice, wheat, grain or flour a state sends to another is aid.
- Those who lead or call a protest ("protest organisers", "die Protestbewegung") are civilians,
  as the protesters.
"""
from __future__ import annotations

import pytest

from tests.coded_events import events


@pytest.mark.parametrize("sentence, expected", [
    ("China's foreign minister said the decision was a mistake and urged Washington to reconsider.",
     ("CHN", "REQUEST", "USA")),
    ("India's prime minister said the attack was cowardly and called on Pakistan to act against militants.",
     ("IND", "REQUEST", "PAK")),
    ("Britain's foreign secretary said the seizure was illegal and warned Tehran of serious consequences.",
     ("GBR", "THREATEN", "IRN")),
    ("The German chancellor said the move was unacceptable and demanded that Russia withdraw its troops.",
     ("DEU", "REQUEST", "RUS")),
    ("Turkish officials said the sanctions were unjust and accused Washington of bullying.",
     ("TUR", "ACCUSE", "USA")),
])
def test_speakers_second_act_after_a_reported_copula(sentence, expected):
    assert expected in events(sentence, "en")


@pytest.mark.parametrize("sentence, unexpected", [
    # the joined verb has its own auxiliary: the reported clause's verb, no act of the speaker
    ("Iran's defence minister said the drill was a success and would be repeated against Israel.", "ISR"),
])
def test_reported_clauses_own_verb_stays_reported(sentence, unexpected):
    assert not any(e[0] == "IRN" and e[2] == unexpected and e[1] != "MOBILIZE" for e in events(sentence, "en"))


@pytest.mark.parametrize("sentence, lang, expected", [
    ("North Korea fired two short-range missiles on Thursday.", "en", ("PRK", "MOBILIZE", "")),
    ("Pakistan test-fired a nuclear-capable missile on Saturday.", "en", ("PAK", "MOBILIZE", "")),
    ("The Indian army launched a new cruise missile on Friday.", "en", ("IND", "MOBILIZE", "")),
    ("The Israeli army fired missiles at Hamas positions in Gaza.", "en", ("ISR", "ASSAULT", "PSE")),
    ("Nordkorea hat am Donnerstag zwei Kurzstreckenraketen abgefeuert.", "de", ("PRK", "MOBILIZE", "")),
    # the sea a missile falls into is no country attacked
    ("Nordkorea feuerte eine ballistische Rakete ins Japanische Meer ab.", "de", ("PRK", "MOBILIZE", "")),
    ("Die iranische Armee feuerte Raketen auf US-Stützpunkte im Irak ab.", "de", ("IRN", "ASSAULT", "USA")),
])
def test_missiles_shown_or_aimed(sentence, lang, expected):
    assert expected in events(sentence, lang)


def test_militants_rockets_without_a_target_stay_uncoded():
    assert events("Militants fired rockets on Sunday.", "en") == []
    assert not any(e[1] == "ASSAULT" and e[2] == "JPN"
                   for e in events("Nordkorea feuerte eine ballistische Rakete ins Japanische Meer ab.", "de"))


@pytest.mark.parametrize("sentence, lang, expected", [
    ("The protest movement in Algeria rejected the army's plan for elections.", "en", ("DZA", "REJECT", "DZA")),
    ("Die Protestbewegung im Sudan warf dem Militär vor, Demonstranten getötet zu haben.", "de",
     ("SDN", "ACCUSE", "SDN")),
    ("Die Protestführer in Algerien lehnten den Wahlplan der Armee ab.", "de", ("DZA", "REJECT", "DZA")),
])
def test_protest_leaders_are_actors(sentence, lang, expected):
    assert expected in events(sentence, lang)


@pytest.mark.parametrize("sentence, lang, expected", [
    # a person the dictionary knows as a state's, named after an office of an international body
    ("UN-Sondergesandter Staffan de Mistura traf den syrischen Außenminister.", "de", ("IGO:UN", "CONSULT", "SYR")),
    ("Die UN-Gesandte Jeanine Hennis-Plasschaert traf den irakischen Präsidenten in Bagdad.", "de",
     ("IGO:UN", "CONSULT", "IRQ")),
    ("UN special envoy Staffan de Mistura met the Syrian foreign minister.", "en", ("IGO:UN", "CONSULT", "SYR")),
    # an ambassador to the body is his state's
    ("UN-Botschafterin Nikki Haley kritisierte Russland.", "de", ("USA", "ACCUSE", "RUS")),
    ("The US envoy to the UN, Nikki Haley, criticised Russia.", "en", ("USA", "ACCUSE", "RUS")),
])
def test_offices_of_an_international_body(sentence, lang, expected):
    assert expected in events(sentence, lang)


@pytest.mark.parametrize("sentence, expected", [
    # the maker of a use a "by" phrase names, as German "den Einsatz von Chemiewaffen durch"
    ("France condemned the use of chemical weapons by the Syrian government.", ("FRA", "ACCUSE", "SYR")),
    ("Amnesty International criticised the use of force by Iraqi security forces against protesters.",
     ("NGO:AI", "ACCUSE", "IRQ")),
])
def test_use_by_names_its_maker(sentence, expected):
    assert expected in events(sentence, "en")


@pytest.mark.parametrize("sentence, expected", [
    ("British Royal Marines boarded an Iranian tanker off Gibraltar on July 4.", [("GBR", "COERCE", "IRN")]),
    ("The Israeli navy boarded a Turkish ship bound for Gaza.", [("ISR", "COERCE", "TUR")]),
    # passengers board
    ("The Iranian foreign minister boarded a plane to Beijing.", []),
    ("Hundreds of migrants boarded a boat in Libya.", []),
])
def test_forces_who_board_a_ship_seize_it(sentence, expected):
    assert events(sentence, "en") == expected


@pytest.mark.parametrize("sentence, lang, expected", [
    # warships sent or sailed through a strait: a show of force
    ("Die USA schickten zwei Kriegsschiffe durch die Taiwanstraße.", "de", ("USA", "MOBILIZE", "")),
    ("The US Navy sailed a destroyer near Chinese-held islands in the South China Sea.", "en", ("USA", "MOBILIZE", "")),
])
def test_warships_through_a_strait(sentence, lang, expected):
    assert expected in events(sentence, lang)


@pytest.mark.parametrize("sentence, expected", [
    ("Seoul sent 50,000 tonnes of rice to North Korea.", [("KOR", "AID", "PRK")]),
    ("Russia shipped wheat to Egypt.", []),          # may be trade
])
def test_staple_food_sent_is_aid(sentence, expected):
    assert events(sentence, "en") == expected
