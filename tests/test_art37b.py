"""US politics and US trade policy (sentences written for these tests, branch art37b).

- Senators and members of Congress named by a US party's adjective ("Republican senators", "GOP
  lawmakers", "republikanische Senatoren") are the US legislature (USA LEG), so what they warn or
  criticise is the president of their own state, not of a state the sentence merely mentions
  ("against a withdrawal from Syria"); the committees of the House and the Senate by their names
  are too, and German "Supreme Court" is a court (its country from the sentence or article).
- Parser repair: the verb of an infinitive between "to" and a name that the tagger took for a
  proper noun ("voted to impeach Trump") heads an infinitive clause with the name as its object.
- Tariffs or sanctions paused, delayed or postponed (English) or verschoben, vertagt (German) are
  eased (085), not imposed; a parliament voting for sanctions against a state sanctions it (163),
  no "stimmen gegen"; a court that strikes down, halts or overturns tariffs rejects the
  government's act (12), as it does a decree.
- German predicative adjectives of blame ("verantwortlich", "haftbar") that HanTa read as a separable
  particle after a word it does not know ("für den Shutdown verantwortlich machen") are adjectives.
- An inquiry or investigation launched or opened "against" someone aims at them.
- "The House" is a legislature of the state the article is about, as "the Senate"; a state that
  responds or reacts with tariffs, sanctions or countermeasures (English), "reagiert mit
  Gegenmaßnahmen" (German) imposes them (163; announced, 1312).
- A parliament's standing committees by their subject ("Justizausschuss", "Geheimdienstausschuss",
  "the judiciary committee") are the legislature; a veto "überstimmt" is rejected (12); counter-tariffs
  raised ("erhöhte seine Gegenzölle") are imposed (163).
- A court's rejection (a 12 frame with its object nouns: "blocked the travel ban", "hat das Dekret
  gestoppt") that names no one whose act it rejects is aimed at its own state's government.
- Parser repair: a noun root with a subject before it and an object after it is a verb ("The US cut
  funding to UNRWA"); a summit pulled out of is called off (164).
- Envoys, ambassadors and officials of US foreign and border policy of 2017-2020 and 2025 (Grenell,
  Sondland, Biegun, Homan, ...) with the dates of their offices.
"""
from __future__ import annotations

import datetime as dt

import pytest

from tests.coded_events import coded, sectored


def _has(events, source: str, cameo: str, target: str) -> bool:
    return any(e[0] == source and e[1] == cameo and e[2] == target for e in events)


@pytest.mark.parametrize("text,lang,source,cameo,target", [
    ("Republican senators warned the president against a withdrawal from Syria.", "en", "USA/LEG", "13", "USA/GOV"),
    ("Democratic senators criticised the president over the withdrawal from Syria.", "en", "USA/LEG", "111", "USA/GOV"),
    ("GOP lawmakers criticised China.", "en", "USA/LEG", "111", "CHN/GOV"),
    ("The House Intelligence Committee subpoenaed the White House.", "en", "USA/LEG", "173", "USA/GOV"),
    ("Republikanische Senatoren warnten den Präsidenten vor einem Abzug aus Syrien.", "de", "USA/LEG", "13", "USA/GOV"),
    ("Demokratische Senatoren kritisierten Saudi-Arabien wegen des Mordes an Khashoggi.", "de", "USA/LEG", "111", "SAU/GOV"),
    ("Der Geheimdienstausschuss des Repräsentantenhauses kritisierte China.", "de", "USA/LEG", "111", "CHN/GOV"),
    # a parliament's standing committees by their subject are the legislature
    ("Der Justizausschuss lud Justizminister William Barr vor.", "de", "USA/LEG", "09", "USA/GOV"),
    ("The judiciary committee subpoenaed Attorney General William Barr.", "en", "USA/LEG", "173", "USA/GOV"),
    # a veto overridden is rejected; counter-tariffs raised are imposed
    ("Der Kongress überstimmte Trumps Veto.", "de", "USA/LEG", "12", "USA/GOV"),
    ("China erhöhte seine Gegenzölle auf US-Waren auf 125 Prozent.", "de", "CHN/GOV", "163", "USA/GOV"),
])
def test_us_politics_sectored(text, lang, source, cameo, target):
    assert _has(sectored(text, lang), source, cameo, target)


@pytest.mark.parametrize("text", [
    "The House of Representatives voted to impeach Trump.",
    "Lawmakers in Washington moved to impeach Trump.",
    # (the parse has the infinitive clause, the tag a name) and "the House" is a chamber, as "the Senate"
    "The House voted to impeach Trump.",
])
def test_infinitive_read_as_name(text):
    assert _has(coded(text, "en"), "USA", "112", "USA")


@pytest.mark.parametrize("text,lang,source,cameo,target", [
    ("Trump paused the tariffs on Mexico for 30 days.", "en", "USA", "085", "MEX"),
    ("The White House delayed tariffs on Canada by a month.", "en", "USA", "085", "CAN"),
    ("Trump verschob die Strafzölle gegen Mexiko um einen Monat.", "de", "USA", "085", "MEX"),
    ("Der US-Senat stimmte für neue Sanktionen gegen Russland.", "de", "USA", "163", "RUS"),
    ("The Supreme Court struck down Trump's tariffs.", "en", "USA", "12", "USA"),
    ("Der Supreme Court kippte Trumps Zölle.", "de", "USA", "12", "USA"),
    ("Ein Bundesgericht stoppte Trumps Strafzölle.", "de", "USA", "12", "USA"),
])
def test_tariffs(text, lang, source, cameo, target):
    assert _has(coded(text, lang), source, cameo, target)


@pytest.mark.parametrize("text,lang,wrong", [
    # postponed tariffs are not imposed; a vote for sanctions against a state is no vote against it
    ("Trump verschob die Strafzölle gegen Mexiko um einen Monat.", "de", "163"),
    ("Der US-Senat stimmte für neue Sanktionen gegen Russland.", "de", "12"),
])
def test_not_coded_as(text, lang, wrong):
    assert not any(e[1] == wrong for e in coded(text, lang))


@pytest.mark.parametrize("text,lang,source,cameo,target", [
    # a predicative adjective of blame after a word the tagger does not know stays an adjective
    ("Trump machte die Demokraten für den Shutdown verantwortlich.", "de", "USA", "112", "USA"),
    # an inquiry launched or opened against a person or a body aims at them
    ("House Democrats launched an impeachment inquiry against the president.", "en", "USA", "09", "USA"),
])
def test_blame_inquiry(text, lang, source, cameo, target):
    assert _has(coded(text, lang), source, cameo, target)


@pytest.mark.parametrize("text,year,source,cameo,target", [
    # envoys and officials of US foreign and border policy, with the dates of their offices
    ("Grenell criticised the German government.", 2019, "USA/GOV", "111", "DEU/GOV"),
    ("Sondland met Zelensky in Kyiv.", 2019, "USA/GOV", "040", "UKR/GOV"),
    ("Tom Homan warned Mexico.", 2025, "USA/GOV", "13", "MEX/GOV"),
    ("Stephen Biegun met North Korean officials in Pyongyang.", 2019, "USA/GOV", "040", "PRK/GOV"),
])
def test_us_envoys(text, year, source, cameo, target):
    assert _has(sectored(text, "en", date=dt.date(year, 6, 1)), source, cameo, target)


@pytest.mark.parametrize("text,source,cameo,target", [
    # a state that responds or reacts with tariffs or countermeasures imposes them
    ("China responded with retaliatory tariffs on US goods.", "CHN", "163", "USA"),
    ("The EU responded to the US tariffs with countermeasures.", "IGO:EU", "163", "USA"),
])
def test_responded_with_tariffs(text, source, cameo, target):
    assert _has(coded(text, "en"), source, cameo, target)


def test_countermeasures_announced_de():
    events = coded("Die EU kündigte an, auf neue US-Zölle mit Gegenmaßnahmen zu reagieren.", "de")
    assert ("IGO:EU", "1312", "USA", "intent") in events



@pytest.mark.parametrize("text,lang", [
    # a court that blocks or stops a decree, a ban or a law of no one named rejects its own
    # state's government's act
    ("A federal judge in Seattle blocked the executive order.", "en"),
    ("Washington – Trump unterzeichnete ein Dekret über ein Einreiseverbot. Ein Bundesgericht hat das Dekret "
     "vorläufig gestoppt.", "de"),
    ("Washington – Trump hatte das Einreiseverbot verhängt. Ein Bundesrichter in Hawaii blockierte das "
     "Einreiseverbot.", "de"),
])
def test_court_rejects_own_government(text, lang):
    assert _has(sectored(text, lang), "USA/JUD", "12", "USA/GOV")


@pytest.mark.parametrize("text,source,cameo,target", [
    # a past tense spelt like a noun that the parse makes a noun root with a subject and an object
    ("The US cut funding to UNRWA.", "USA", "162", "IGO:UNRWA"),
    # a summit pulled out of is called off, no troops withdrawn and no meeting held
    ("Trump pulled out of the summit with Kim.", "USA", "164", "PRK"),
])
def test_cut_and_pulled_out(text, source, cameo, target):
    events = coded(text, "en")
    assert _has(events, source, cameo, target)
    assert not any(e[1] in ("0874", "040") for e in events)
