"""Actors across sentences in German and English news: counterparts, neighbours, hosts and the
bodies named by their form (sentences written for these tests, branch art33d).

- A possessive before a noun of the one who faces the possessor for another state ("his
  counterpart", "seinen Amtskollegen", "his host", "seinen Gastgeber", "his guest", "seinem Gast";
  words ``peer_nouns``) means the person of the dictionary of another state than the possessor's
  that the nearest sentence naming one names, or no one where none was: "Lawrow traf seinen
  Amtskollegen in Berlin" was RUS 040 RUS (the possessor himself), now no event; "Merkel met Macron
  on Monday. Merkel praised her counterpart" coded no praise, now DEU 051 FRA; "Lavrov met Wang Yi
  in Moscow. Lavrov thanked his guest" RUS 051 CHN (was nothing). An origin phrase right after the
  noun says whose it is ("his counterpart from India": India, was the possessor's China). "its
  neighbour", "seinen Nachbarn" (words ``neighbour_nouns``) are read as "the neighbouring country":
  "South Korea condemned its neighbour" after North Korea's launch coded nothing, now KOR 111 PRK.
- "the bloc", "der Staatenbund", "the alliance", "das Bündnis" (words ``body_form_nouns``) mean
  the international body of that form named last (countries.yaml ``state_forms``: bloc, alliance):
  "The EU imposed new sanctions on Russia. The bloc also condemned Moscow" coded no condemnation,
  now IGO:EU 111 RUS; "NATO ... The alliance warned Russia" IGO:NATO 13 RUS. An alliance of no
  such body stays the coalition named by that noun ("the Saudi-led alliance ... the alliance").
- "the latter", "Letzterer", "the former", "Ersterer" (words ``latter_words``, ``former_words``)
  mean the second and the first of the two actors the nearest sentence before names: "Pompeo met
  Lavrov in Sochi. The latter rejected US demands" coded no rejection, now RUS 12 USA; of one or
  three actors, no one.
- "the Jewish state", "der jüdische Staat" name Israel's government (countries.yaml): "Damascus
  accused the Jewish state of aggression" was SYR 1123 UNK.
- "the two leaders" count the person a pronoun of a sentence before meant as named there
  ("Zelensky visited Warsaw. He thanked Poland. ... Duda pledged more tanks. The two leaders signed
  a defence agreement": the pronoun's sentence had no person of its own, and the pair was lost).
- "the two sides" is the two sides, not the phrase of "the leaders of both sides" with no actor of
  its own: "Blinken met Qin Gang in Beijing. The two sides agreed to resume military talks" coded
  nothing, now CHN+USA 036 CHN+USA (as "Both sides agreed" did).
- "beide Seiten", "both sides" appealed to after a sentence in which one side only answers ("Die
  Regierung in Stockholm wies die Vorwürfe zurück") are the two of the sentence before, when that
  side is one of them: "Erdogan hat Schweden erneut kritisiert. ... Die Nato forderte beide Seiten
  auf, den Streit beizulegen" coded no demand, now IGO:NATO 10 TUR+SWE.
- "the Gulf state", "der Golfstaat", "the Baltic state", "dem baltischen Staat", "the former Soviet
  republic", "the Islamic Republic", "the communist state", "den kommunistischen Staat", "the
  reclusive state" (words ``region_form_nouns``; countries.yaml ``state_forms`` gulf, baltic,
  soviet, islamic, communist, hermit) mean the state of that group named last, else no one:
  "Lithuania expelled two Russian diplomats. Moscow accused the Baltic state of provocation" was
  RUS 1123 UNK, "Russia criticised the former Soviet republic" nothing, "North Korea fired a
  ballistic missile. Seoul urged the reclusive state to return to talks" KOR 02 KOR.
"""
from __future__ import annotations

import datetime as dt

import pytest

from tests.coded_events import coded


def _triples(text: str, lang: str) -> list[tuple[str, str, str]]:
    return [e[:3] for e in coded(text, lang)]


@pytest.mark.parametrize("text, lang, expected", [
    ("German Chancellor Angela Merkel met French President Emmanuel Macron in Berlin on Tuesday. "
     "Merkel praised her counterpart for his reform agenda.", "en", ("DEU", "051", "FRA")),
    ("Turkish President Recep Tayyip Erdogan met Vladimir Putin in Sochi on Monday. "
     "The Turkish leader urged his host to rein in Damascus.", "en", ("TUR", "02", "RUS")),
    ("Chinese Foreign Minister Wang Yi held talks with his Pakistani counterpart in Islamabad. "
     "He also met his counterpart from India.", "en", ("CHN", "040", "IND")),
    ("Der russische Außenminister Sergej Lawrow traf seinen Amtskollegen aus Deutschland.", "de",
     ("RUS", "040", "DEU")),
    ("Der türkische Präsident Erdogan traf Putin in Sotschi. Er forderte seinen Gastgeber auf, "
     "Damaskus zu zügeln.", "de", ("TUR", "10", "RUS")),
])
def test_a_counterpart_is_the_other_states(text, lang, expected):
    assert expected in _triples(text, lang)


@pytest.mark.parametrize("text, lang", [
    ("Der russische Außenminister Sergej Lawrow traf am Montag seinen Amtskollegen in Berlin.", "de"),
    ("Russian Foreign Minister Sergei Lavrov met his counterpart in Berlin on Monday.", "en"),
])
def test_a_counterpart_of_no_state_named_is_no_one(text, lang):
    assert not [e for e in _triples(text, lang) if e[0] == e[2]]


def test_the_counterpart_from_a_state_is_not_the_possessors():
    events = _triples("Chinese Foreign Minister Wang Yi held talks with his Pakistani counterpart in "
                      "Islamabad. He also met his counterpart from India.", "en")
    assert ("CHN", "040", "CHN") not in events


@pytest.mark.parametrize("text, lang, expected", [
    ("North Korea fired two ballistic missiles into the sea on Thursday. South Korea condemned its "
     "neighbour.", "en", ("KOR", "111", "PRK")),
    ("Nordkorea feuerte am Donnerstag zwei Raketen ab. Südkorea verurteilte seinen Nachbarn scharf.", "de",
     ("KOR", "111", "PRK")),
])
def test_its_neighbour_is_the_other_state(text, lang, expected):
    assert expected in _triples(text, lang)


@pytest.mark.parametrize("text, lang, expected", [
    ("The EU imposed new sanctions on Russia on Monday. The bloc also condemned Moscow.", "en",
     ("IGO:EU", "111", "RUS")),
    ("NATO deployed more troops to Estonia. The alliance warned Russia against any aggression.", "en",
     ("IGO:NATO", "13", "RUS")),
    ("Die EU verhängte am Montag neue Sanktionen gegen Russland. Der Staatenbund verurteilte Moskau.", "de",
     ("IGO:EU", "111", "RUS")),
    ("Die Nato verlegte weitere Truppen nach Estland. Das Bündnis warnte Russland vor Aggression.", "de",
     ("IGO:NATO", "13", "RUS")),
])
def test_the_bloc_is_the_body_of_that_form(text, lang, expected):
    assert expected in _triples(text, lang)


def test_an_alliance_of_no_such_body_is_the_coalition_named():
    events = _triples("The Saudi-led alliance bombed Sanaa. The Houthis accused the alliance of killing "
                      "civilians.", "en")
    assert ("YEM", "112", "SAU") in events


@pytest.mark.parametrize("text, lang, expected", [
    ("US Secretary of State Mike Pompeo met Sergei Lavrov in Sochi. The latter rejected US demands to "
     "withdraw from Venezuela.", "en", ("RUS", "12", "USA")),
    ("Pompeo met Lavrov in Sochi on Tuesday. The former urged Moscow to withdraw from Venezuela.", "en",
     ("USA", "02", "RUS")),
    ("US-Außenminister Mike Pompeo traf Sergej Lawrow in Sotschi. Letzterer kritisierte die USA scharf.", "de",
     ("RUS", "111", "USA")),
])
def test_the_latter_is_the_second_of_two(text, lang, expected):
    assert expected in _triples(text, lang)


def test_the_latter_of_three_is_no_one():
    events = _triples("Pompeo met Lavrov in Sochi on Tuesday with Erdogan. The latter criticised Washington.", "en")
    assert not [e for e in events if e[1] == "111"]


@pytest.mark.parametrize("text, lang", [
    ("Israel struck targets in Syria overnight. Damascus accused the Jewish state of aggression.", "en"),
    ("Israel griff in der Nacht Ziele in Syrien an. Damaskus warf dem jüdischen Staat Aggression vor.", "de"),
])
def test_the_jewish_state_is_israel(text, lang):
    assert ("SYR", "1123", "ISR") in _triples(text, lang)


@pytest.mark.parametrize("text, lang, expected", [
    ("Ukrainian President Volodymyr Zelensky visited Warsaw on Wednesday. He thanked Poland for its support. "
     "The president also urged the EU to impose new sanctions on Russia. Polish President Andrzej Duda "
     "pledged more tanks. The two leaders signed a defence agreement.", "en", ("POL+UKR", "057", "POL+UKR")),
])
def test_the_two_leaders_count_a_person_a_pronoun_meant(text, lang, expected):
    assert expected in [e[:3] for e in coded(text, lang, dt.date(2023, 5, 10))]


@pytest.mark.parametrize("text, lang, expected", [
    ("US Secretary of State Antony Blinken met Chinese Foreign Minister Qin Gang in Beijing. The two sides "
     "agreed to resume military talks.", "en", ("CHN+USA", "036", "CHN+USA")),
])
def test_the_two_sides_are_the_two_states_named(text, lang, expected):
    assert expected in [e[:3] for e in coded(text, lang, dt.date(2023, 5, 10))]


@pytest.mark.parametrize("text, lang, expected", [
    ("Erdogan hat Schweden erneut kritisiert. Die Regierung in Stockholm wies die Vorwürfe zurück. "
     "Die Nato forderte beide Seiten auf, den Streit beizulegen.", "de", ("IGO:NATO", "10", "TUR+SWE")),
    ("Erdogan again criticised Sweden. The government in Stockholm rejected the accusations. NATO urged "
     "both sides to settle the dispute.", "en", ("IGO:NATO", "02", "TUR+SWE")),
])
def test_both_sides_after_a_reply_are_the_dispute_before_it(text, lang, expected):
    assert expected in [e[:3] for e in coded(text, lang, dt.date(2023, 5, 10))]


@pytest.mark.parametrize("text, lang, expected", [
    ("Qatar hosted talks with the Taliban on Monday. Saudi Arabia criticised the Gulf state.", "en",
     ("SAU", "111", "QAT")),
    ("Lithuania expelled two Russian diplomats. Moscow accused the Baltic state of provocation.", "en",
     ("RUS", "1123", "LTU")),
    ("Georgia signed a trade deal with the EU. Russia criticised the former Soviet republic.", "en",
     ("RUS", "111", "GEO")),
    ("Iran seized a British tanker in the Gulf. Washington condemned the Islamic Republic.", "en",
     ("USA", "111", "IRN")),
    ("Litauen wies zwei russische Diplomaten aus. Moskau warf dem baltischen Staat eine Provokation vor.", "de",
     ("RUS", "1123", "LTU")),
    ("Katar vermittelte Gespräche mit den Taliban. Saudi-Arabien kritisierte den Golfstaat.", "de",
     ("SAU", "111", "QAT")),
    ("North Korea fired a ballistic missile on Monday. Japan condemned the communist state.", "en",
     ("JPN", "111", "PRK")),
    ("North Korea fired a ballistic missile on Monday. Seoul urged the reclusive state to return to talks.", "en",
     ("KOR", "02", "PRK")),
    ("Nordkorea feuerte am Montag eine ballistische Rakete ab. Japan verurteilte den kommunistischen Staat.", "de",
     ("JPN", "111", "PRK")),
])
def test_a_state_described_by_its_group_is_the_one_named_last(text, lang, expected):
    assert expected in _triples(text, lang)


def test_a_group_of_states_none_of_which_was_named_is_no_one():
    events = _triples("Germany signed a trade deal with France. Russia criticised the Baltic state.", "en")
    assert not [e for e in events if e[0] == "RUS" and e[2] in ("FRA", "DEU")]


@pytest.mark.parametrize("text, lang, expected", [
    ("Russian Foreign Minister Sergei Lavrov met Wang Yi in Moscow. Lavrov thanked his guest for China's "
     "position on Ukraine.", "en", ("RUS", "051", "CHN")),
    ("Der russische Außenminister Lawrow empfing Wang Yi in Moskau. Er dankte seinem Gast für Chinas "
     "Haltung zur Ukraine.", "de", ("RUS", "051", "CHN")),
])
def test_a_guest_is_the_other_states(text, lang, expected):
    assert expected in _triples(text, lang)
