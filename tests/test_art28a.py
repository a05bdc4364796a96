"""Diplomatic relations and recognition as wire reports tell them (sentences written for these
tests, branch art28a).

- Ties resumed are ties restored (054); ties suspended are cut for a time (161, as frozen).
- An embassy reopened is diplomatic presence restored (054, CAMEO REOPEN EMBASSY), not an eased
  restriction (a border reopened still is, 081); an embassy evacuated or cleared is a cut (161).
- An ambassador sent or returned to a country is diplomatic cooperation (050, CAMEO SEND
  AMBASSADOR); an envoy sent on a mission stays a visit (042).
- An envoy summoned is summoned to hear a complaint (114), in English as in German
  ("einbestellt"); the German passive takes the summoning state from the place it is summoned to
  ("wurde ins Auswärtige Amt einbestellt"). Other summonses stay 111.
- Trust in a leader or a state said is support (051: "trusted", "had confidence in", "vertraue");
  trust lost is disapproval (110: "lost confidence in", "das Vertrauen verloren"). The English
  front-end lifts "in" from a noun of trust to the verb (lexicon trust_preps, trust_nouns).
- Recognition switched to a state ("wechselten ihre Anerkennung zu Peking") is recognition (054),
  and from a state it cuts ties with that one (161; frame field also/also_target); "seine
  Anerkennung Taiwans" recognises Taiwan, not its possessor.
- A "Generalkonsulat" or "Honorarkonsulat" is a consulate for the frames that name one.
- Ties cut that name no one ("recalled its ambassador for consultations", "rief seinen Botschafter
  zu Konsultationen zurück") are cut with the doer of the latest hostile act done to the one who cut
  them, else with the state another party just cut its ties with; with no such act told, no event.
- "declared three Russian diplomats persona non grata": the English front-end mends the parse
  that took "persona" for a verb (lexicon predicative_phrases), so the diplomats are expelled.
- What a state warns another against is no act of the warner ("Die EU warnte Russland vor einem
  Angriff auf die Ukraine", "Die USA warnten China vor Strafmaßnahmen gegen Litauen"), as English
  "warn against": the German lexicon counts "warnen" among the verbs of what may happen.
- "Putin wird Xi im Kreml empfangen" is the future of receiving, not a passive: a participle after
  "werden" that has the form of its infinitive, with a subject and an object beside it and no
  agent phrase, is the infinitive (German front-end, Clauses._future_infinitive).
- A visit or a trip announced ("Macron announced a state visit to China") is a meeting intended
  (036), as German "kündigte einen Staatsbesuch an", not a visit made.
- An act of force told before a warning or threat aimed at another party than the one it hit
  ("After the attack on Kyiv, the EU warned Russia", "Nach dem Angriff auf Kiew drohte die EU
  Russland mit Sanktionen") is not the warner's: the warning answers it, as a sanction does
  (Coder._warned_elsewhere); a threat to those hit may be the attacker's own.
- The phrases of an event noun in the verb's phrase of what came before or around the act are
  not lifted to the verb (lexicon aside_preps): "After the attack on Kyiv, the EU imposed sanctions
  against Russia" sanctions Russia, not Ukraine.
- An adverbial clause beside an agreement is no act agreed ("agreed to restore diplomatic relations,
  years after Riyadh severed ties with Tehran" stays an agreement, not a hostile act announced).
- Iran's foreign minister is also spelled "Amirabdollahian"; Sergei Nechayev (Netschajew) is
  Russia's ambassador in Berlin.
- A government of unknown country that acts on another party takes, where the article's home is
  that party's, the country the article was filed in ("Berlin – Die Bundesregierung hat vier
  russische Diplomaten ausgewiesen" in a report that names Russia most).
"""
from __future__ import annotations

import pytest

from tests.coded_events import coded, events


@pytest.mark.parametrize("sentence, lang, expected", [
    ("Iran and Saudi Arabia resumed diplomatic ties after a seven-year rift.", "en", ("IRN+SAU", "054", "IRN+SAU")),
    ("Algeria suspended diplomatic relations with Morocco.", "en", ("DZA", "161", "MAR")),
    ("The United States reopened its embassy in Kyiv.", "en", ("USA", "054", "UKR")),
    ("Britain evacuated its embassy in Khartoum.", "en", ("GBR", "161", "SDN")),
    ("Deutschland evakuierte seine Botschaft in Kabul.", "de", ("DEU", "161", "AFG")),
    ("Russland schloss das Generalkonsulat in Bonn.", "de", ("RUS", "161", "DEU")),
])
def test_ties_and_missions(sentence, lang, expected):
    assert expected in [e[:3] for e in coded(sentence, lang)]


def test_border_reopened_stays_an_eased_restriction():
    assert ("TUR", "081", "ARM") in [e[:3] for e in coded("Turkey reopened its border with Armenia.", "en")]


@pytest.mark.parametrize("sentence, lang, expected", [
    ("Saudi Arabia sent an ambassador to Tehran for the first time since 2016.", "en", ("SAU", "050", "IRN")),
    ("Turkey returned its ambassador to Israel after a four-year break.", "en", ("TUR", "050", "ISR")),
    ("Saudi-Arabien entsandte nach sieben Jahren wieder einen Botschafter nach Teheran.", "de", ("SAU", "050", "IRN")),
    ("China sent a special envoy to Kyiv.", "en", ("CHN", "042", "UKR")),
])
def test_ambassadors_sent(sentence, lang, expected):
    assert expected in [e[:3] for e in coded(sentence, lang)]


@pytest.mark.parametrize("sentence, lang, expected", [
    ("Britain summoned Iran's ambassador over the detention of a British national.", "en", ("GBR", "114", "IRN")),
    ("Iran's envoy was summoned to the Foreign Office.", "en", ("GBR", "114", "IRN")),
    ("Der iranische Botschafter wurde ins Auswärtige Amt einbestellt.", "de", ("DEU", "114", "IRN")),
    ("Der russische Botschafter wurde in Berlin einbestellt.", "de", ("DEU", "114", "RUS")),
])
def test_envoys_summoned_hear_a_complaint(sentence, lang, expected):
    assert expected in [e[:3] for e in coded(sentence, lang)]


@pytest.mark.parametrize("sentence, lang, expected", [
    ("Macron said he trusted Zelensky.", "en", ("FRA", "051", "UKR")),
    ("Biden said he had full confidence in Netanyahu.", "en", ("USA", "051", "ISR")),
    ("Merkel expressed full trust in the Greek government.", "en", ("DEU", "051", "GRC")),
    ("Macron said he had lost confidence in Netanyahu.", "en", ("FRA", "110", "ISR")),
    ("Macron sagte, er vertraue Selenskyj.", "de", ("FRA", "051", "UKR")),
    ("Macron hat das Vertrauen in Netanjahu verloren.", "de", ("FRA", "110", "ISR")),
])
def test_trust_said_and_lost(sentence, lang, expected):
    assert expected in [e[:3] for e in coded(sentence, lang)]


@pytest.mark.parametrize("sentence, lang, expected", [
    ("Die Salomonen wechselten ihre diplomatische Anerkennung von Taipeh zu Peking.", "de", ("SLB", "054", "CHN")),
    ("Paraguay bekräftigte seine Anerkennung Taiwans.", "de", ("PRY", "054", "TWN")),
])
def test_recognition(sentence, lang, expected):
    assert expected in [e[:3] for e in coded(sentence, lang)]


@pytest.mark.parametrize("text, lang, expected", [
    ("Saudi Arabia and Iran agreed on Friday to restore diplomatic relations. Saudi Arabia will send "
     "an ambassador to Tehran. Israel's prime minister Benjamin Netanyahu said he had lost confidence "
     "in the Gulf states.", "en", [("SAU", "032", "IRN"), ("SAU+IRN", "032", "SAU+IRN")]),
    ("Berlin – Die Bundesregierung hat vier russische Diplomaten ausgewiesen. Der russische Botschafter "
     "wurde ins Auswärtige Amt einbestellt. Moskau drohte, das Generalkonsulat in Bonn zu schließen.", "de",
     [("DEU", "166", "RUS"), ("DEU", "114", "RUS")]),
])
def test_whole_reports(text, lang, expected):
    found = [e[:3] for e in coded(text, lang)]
    assert all(e in found for e in expected)


@pytest.mark.parametrize("text, lang, expected", [
    ("Russia expelled two Polish diplomats. Poland recalled its ambassador for consultations.", "en",
     ("POL", "161", "RUS")),
    ("Bolivia severed ties with Israel, while Chile and Colombia recalled their ambassadors for consultations.",
     "en", ("CHL+COL", "161", "ISR")),
    ("Russland wies zwei deutsche Diplomaten aus. Deutschland rief daraufhin seinen Botschafter zu Konsultationen "
     "zurück.", "de", ("DEU", "161", "RUS")),
    ("Bolivien brach die Beziehungen zu Israel ab. Chile und Kolumbien riefen ihre Botschafter zu Konsultationen "
     "zurück.", "de", ("CHL+COL", "161", "ISR")),
])
def test_ties_cut_with_whom_the_article_tells(text, lang, expected):
    assert expected in [e[:3] for e in coded(text, lang)]


@pytest.mark.parametrize("text, lang", [
    ("Chile recalled its ambassador for consultations.", "en"),
    ("Israel bombed targets in Gaza. Chile recalled its ambassador for consultations.", "en"),
])
def test_ties_cut_with_no_one_told(text, lang):
    assert not [e for e in coded(text, lang) if e[0] == "CHL"]


@pytest.mark.parametrize("sentence, lang, expected", [
    ("Honduras switched diplomatic recognition from Taiwan to China.", "en",
     [("HND", "054", "CHN", "asserted"), ("HND", "161", "TWN", "asserted")]),
    ("The Solomon Islands switched its diplomatic allegiance from Taipei to Beijing.", "en",
     [("SLB", "054", "CHN", "asserted"), ("SLB", "161", "TWN", "asserted")]),
    ("Honduras will switch recognition from Taiwan to China.", "en",
     [("HND", "032", "CHN", "intent"), ("HND", "1313", "TWN", "intent")]),
    ("Die Salomonen wechselten ihre diplomatische Anerkennung von Taipeh zu Peking.", "de",
     [("SLB", "054", "CHN", "asserted"), ("SLB", "161", "TWN", "asserted")]),
])
def test_recognition_switched_cuts_ties_with_the_one_left(sentence, lang, expected):
    found = coded(sentence, lang)
    assert all(e in found for e in expected)


def test_recognition_not_switched_cuts_nothing():
    assert not [e for e in coded("Honduras did not switch recognition from Taiwan to China.", "en") if e[1] == "161"]


@pytest.mark.parametrize("entry", [
    '{lemma: switch, when_object: [recognition], cameo: "054", target: [prep:to], also: "161"}',
    '{lemma: switch, when_object: [recognition], cameo: "054", target: [prep:to], also: "01", also_target: [prep:from]}',
    '{lemma: switch, when_object: [recognition], cameo: "054", target: [prep:to], also: "161", also_target: [from]}',
])
def test_second_act_of_a_frame_is_checked(entry):
    from chronist.coding.frames import parse_frames
    from chronist.errors import ConfigError
    with pytest.raises(ConfigError):
        parse_frames(f"verbs:\n  - {entry}\n", where="test")


@pytest.mark.parametrize("sentence, expected", [
    ("Poland declared three Russian diplomats persona non grata.", ("POL", "166", "RUS")),
    ("Moldova declared a Russian diplomat persona non grata.", ("MDA", "166", "RUS")),
    ("Russia declared the Polish consul persona non grata.", ("RUS", "166", "POL")),
])
def test_declared_persona_non_grata(sentence, expected):
    assert expected in [e[:3] for e in coded(sentence, "en")]


@pytest.mark.parametrize("sentence, lang, expected", [
    ("Amirabdollahian met Saudi Foreign Minister Faisal bin Farhan in Beijing.", "en", ("IRN", "040", "SAU")),
    ("Netschajew kritisierte Deutschland scharf.", "de", ("RUS", "111", "DEU")),
])
def test_diplomats_named(sentence, lang, expected):
    import datetime as dt
    assert expected in [e[:3] for e in coded(sentence, lang, dt.date(2023, 4, 6))]


@pytest.mark.parametrize("sentence, expected, unexpected", [
    ("Die EU warnte Russland vor einem Angriff auf die Ukraine.", ("IGO:EU", "THREATEN", "RUS"), ("IGO:EU", "ASSAULT", "UKR")),
    ("Die USA warnten China vor Strafmaßnahmen gegen Litauen.", ("USA", "THREATEN", "CHN"), ("USA", "SANCTION", "LTU")),
    ("Die USA warnten Honduras davor, die Beziehungen zu Taiwan abzubrechen.", ("USA", "THREATEN", "HND"),
     ("HND", "SANCTION", "TWN")),
])
def test_what_is_warned_against_is_not_done(sentence, expected, unexpected):
    found = events(sentence, "de")
    assert expected in found and unexpected not in found


@pytest.mark.parametrize("sentence, expected", [
    ("Putin wird Xi im Kreml empfangen.", ("RUS", "043", "CHN", "intent")),
    ("Biden wird den indischen Premierminister im Juni zu einem Staatsbesuch empfangen.", ("USA", "043", "IND", "intent")),
    ("Xi wird von Putin im Kreml empfangen.", ("RUS", "043", "CHN", "asserted")),
])
def test_future_of_receiving_is_no_passive(sentence, expected):
    assert expected in coded(sentence, "de")


def test_passive_with_a_time_phrase_stays_passive():
    assert not [e for e in coded("Modi wird nächste Woche im Weißen Haus empfangen.", "de") if e[0] == "IND"]


@pytest.mark.parametrize("sentence, expected, unexpected", [
    ("Macron announced a state visit to China in April.", ("FRA", "036", "CHN", "intent"), ("FRA", "042", "CHN", "asserted")),
    ("Biden announced a trip to Israel.", ("USA", "036", "ISR", "intent"), ("USA", "042", "ISR", "asserted")),
])
def test_visit_announced_is_intended(sentence, expected, unexpected):
    found = coded(sentence, "en")
    assert expected in found and unexpected not in found


@pytest.mark.parametrize("sentence, lang, expected, unexpected", [
    ("After the attack on Kyiv, the EU warned Russia.", "en", ("IGO:EU", "THREATEN", "RUS"), ("IGO:EU", "ASSAULT", "UKR")),
    ("Nach dem Angriff auf Kiew warnte die EU Russland.", "de", ("IGO:EU", "THREATEN", "RUS"), ("IGO:EU", "ASSAULT", "UKR")),
    ("Nach dem Angriff auf Kiew drohte die EU Russland mit Sanktionen.", "de", ("IGO:EU", "THREATEN", "RUS"),
     ("IGO:EU", "ASSAULT", "UKR")),
])
def test_warning_after_an_attack_answers_it(sentence, lang, expected, unexpected):
    found = events(sentence, lang)
    assert expected in found and unexpected not in found


@pytest.mark.parametrize("sentence, expected, unexpected", [
    ("After the attack on Kyiv, the EU imposed sanctions against Russia.", ("IGO:EU", "163", "RUS"), ("IGO:EU", "163", "UKR")),
    ("After the attack on Kyiv, the EU imposed sanctions on Russia.", ("IGO:EU", "163", "RUS"), ("IGO:EU", "163", "UKR+RUS")),
])
def test_phrases_of_what_came_before_stay_there(sentence, expected, unexpected):
    found = [e[:3] for e in coded(sentence, "en")]
    assert expected in found and unexpected not in found


def test_an_adverbial_clause_is_no_act_agreed():
    found = [e[:3] for e in coded("Saudi Arabia and Iran agreed on Friday to restore diplomatic relations and reopen "
                                  "their embassies, seven years after Riyadh severed ties with Tehran.", "en")]
    assert ("SAU+IRN", "032", "SAU+IRN") in found
