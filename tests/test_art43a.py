"""Accusations between great powers 2018-2020 in both languages (sentences written for these tests, branch art43a).

- Responsibility in someone's words for the ruin of a treaty, a crisis, a war or a pandemic is
  blame (112), as for an attack (frames-vocab5.yaml, both languages): "Pompeo said Russia was
  solely responsible for the treaty's demise" USA 112 RUS; "Washington sagte, Moskau sei für die
  Krise verantwortlich"; "Russland trage die alleinige Verantwortung für das Scheitern des Vertrags".
- An act called biased, destructive, counterproductive or a manipulation is criticised (the scorn
  words of frames-light.yaml, both languages): "Lavrov called the American decision destructive"
  RUS 111 USA; "bezeichnete die amerikanische Entscheidung als destruktiv".
- Blame shifted onto someone, responsibility borne in someone's words and a cover-up in someone's
  words (frames-art43a.yaml, both languages): "The Kremlin shifted the blame to Washington" RUS
  112 USA; "Pompeo said China had covered up the outbreak" USA 112 CHN; "Pompeo sagte, China habe
  den Ausbruch vertuscht". A cover-up said by no one is no event.
- German dissatisfaction voiced with someone is disapproval (110, frames-vocab3.yaml), as English
  "voiced dissatisfaction with": "China äußerte große Unzufriedenheit mit Australien" CHN 110 AUS.
- An act of yielding (a withdrawal) that a verb calls a mistake or a betrayal is criticised, not
  told (``Coder._yielded``): the verb's condition met by a word outside the yielding noun's phrase
  is its own act. "Moscow called the US withdrawal a mistake" was no event, now RUS 111 USA, as
  German "nannte den Abzug der USA einen Fehler" is; "announced the lifting of sanctions" stays no
  imposition of sanctions.
- An attack told with an adverb of words (pack ``verbal_adverbs``: sharply, verbally, publicly;
  scharf, verbal, öffentlich) is criticism, not force (``Coder._attack_in_words``): "China sharply
  attacked Australia" was CHN 190 AUS, now CHN 111 AUS; "China griff Australien scharf an" too.
  An attack with no such adverb stays 190 ("Russian troops attacked Kharkiv").
- A video call or conference held with someone is a meeting (040; English hold in frames.yaml,
  German abhalten): "Pompeo held a video call with Lavrov" USA 040 RUS (was no event),
  "Chinesische und australische Beamte hielten eine Videokonferenz ab" CHN+AUS 040 each other.
- An explanation, answers or an apology expected from someone is a demand of them (10,
  frames-art43a.yaml, both languages): "Berlin expects an explanation from Moscow" DEU 10 RUS,
  "Berlin erwartet von Moskau eine Erklärung"; with no one it is expected from, no event. German
  "sich stören an" is disapproval (110) of the act's doer: "Canberra störte sich an den Zöllen
  Pekings" AUS 110 CHN.
- Answers, clarity or an explanation wanted from someone is a demand (10; English want in
  frames-06-12.yaml, German wollen in frames-counterparts-2.yaml): "Berlin wants answers from
  Moscow" DEU 10 RUS, "Berlin will Antworten von Moskau" (both were no event).
- Accusations faced from someone are theirs (112, frames-art43a.yaml), as criticism faced is:
  "Russia faces accusations from Germany over the poisoning" DEU 112 RUS (was no event); faced
  from no one named, no event.
- German "zog X vor Gericht" takes the one taken to court as the object too (115,
  frames-light.yaml), as "zog gegen X vor Gericht": "Russland zog Deutschland vor Gericht" RUS 115
  DEU (was no event); a case taken to court names no one.
- German "nahm X in die Verantwortung" is a demand of X (10, frames-light.yaml), as "nahm X in die
  Pflicht": "Maas nahm Russland in die Verantwortung" DEU 10 RUS (was no event); "nahm die
  Verantwortung auf sich" names no one.
"""

from __future__ import annotations

import pytest

from tests.coded_events import triples as _events



@pytest.mark.parametrize("text, lang, expected", [
    ("Pompeo said Russia was solely responsible for the treaty's demise.", "en", ("USA", "112", "RUS")),
    ("Merkel said Russia was responsible for the crisis.", "en", ("DEU", "112", "RUS")),
    ("Beijing said Canberra was responsible for the deterioration of relations.", "en", ("CHN", "112", "AUS")),
    ("Trump said China was responsible for the pandemic.", "en", ("USA", "112", "CHN")),
    ("Washington sagte, Moskau sei für die Krise verantwortlich.", "de", ("USA", "112", "RUS")),
    ("Pompeo sagte, Russland trage die alleinige Verantwortung für das Scheitern des Vertrags.", "de",
     ("USA", "112", "RUS")),
    ("Trump sagte, China sei für die Pandemie verantwortlich.", "de", ("USA", "112", "CHN")),
])
def test_responsibility_for_a_ruin_is_blame(text, lang, expected):
    assert _events(text, lang) == [expected]


@pytest.mark.parametrize("text, lang, expected", [
    ("Lavrov called the American decision destructive.", "en", ("RUS", "111", "USA")),
    ("Beijing called Canberra's proposal a political manipulation.", "en", ("CHN", "111", "AUS")),
    ("Lawrow bezeichnete die amerikanische Entscheidung als destruktiv.", "de", ("RUS", "111", "USA")),
    ("Peking bezeichnete den Vorschlag Canberras als politische Manipulation.", "de", ("CHN", "111", "AUS")),
])
def test_act_called_destructive_is_criticised(text, lang, expected):
    assert _events(text, lang) == [expected]


@pytest.mark.parametrize("text, lang, expected", [
    ("The Kremlin shifted the blame to Washington.", "en", [("RUS", "112", "USA")]),
    ("Russia sought to shift blame onto the United States.", "en", [("RUS", "112", "USA")]),
    ("Pompeo said Russia bears responsibility for the collapse of the treaty.", "en", [("USA", "112", "RUS")]),
    ("Pompeo said China had covered up the outbreak.", "en", [("USA", "112", "CHN")]),
    ("Pompeo sagte, China habe den Ausbruch vertuscht.", "de", [("USA", "112", "CHN")]),
    ("China äußerte große Unzufriedenheit mit Australien.", "de", [("CHN", "110", "AUS")]),
])
def test_blame_shifted_borne_and_cover_up(text, lang, expected):
    assert _events(text, lang) == expected


@pytest.mark.parametrize("text, lang", [
    ("China covered up the outbreak.", "en"),
    ("China vertuschte den Ausbruch.", "de"),
    ("The company shifted production to Vietnam.", "en"),
])
def test_no_event(text, lang):
    assert _events(text, lang) == []


@pytest.mark.parametrize("text, expected", [
    ("Moscow called the US withdrawal a mistake.", ("RUS", "111", "USA")),
    ("Moscow called the US withdrawal from the treaty a grave mistake.", ("RUS", "111", "USA")),
])
def test_yielding_act_called_a_mistake_is_criticised(text, expected):
    assert _events(text, "en") == [expected]


def test_yielding_act_called_a_betrayal_keeps_the_act():
    assert set(_events("Turkey called the US withdrawal from Syria a betrayal.", "en")) == {
        ("TUR", "111", "USA"), ("USA", "0874", "SYR")}


def test_lifting_of_sanctions_announced_imposes_none():
    assert not any(c.startswith("16") for _, c, _ in _events("The EU announced the lifting of sanctions on Belarus.", "en"))


@pytest.mark.parametrize("text, lang, expected", [
    ("China sharply attacked Australia.", "en", ("CHN", "111", "AUS")),
    ("Lavrov attacked Washington verbally.", "en", ("RUS", "111", "USA")),
    ("Erdogan publicly attacked Saudi Arabia.", "en", ("TUR", "111", "SAU")),
    ("China griff Australien scharf an.", "de", ("CHN", "111", "AUS")),
    ("China attackierte den australischen Premierminister scharf.", "de", ("CHN", "111", "AUS")),
    ("Lawrow griff Washington verbal an.", "de", ("RUS", "111", "USA")),
])
def test_attack_with_an_adverb_of_words_is_criticism(text, lang, expected):
    assert _events(text, lang) == [expected]


@pytest.mark.parametrize("text, lang, expected", [
    ("Russian troops attacked Kharkiv.", "en", ("RUS", "190", "UKR")),
    ("Russische Truppen griffen Charkiw an.", "de", ("RUS", "190", "UKR")),
])
def test_attack_without_such_an_adverb_stays_force(text, lang, expected):
    assert _events(text, lang) == [expected]


@pytest.mark.parametrize("text, lang, expected", [
    ("Pompeo held a video call with Lavrov.", "en", [("USA", "040", "RUS")]),
    ("Merkel held a video conference with Putin.", "en", [("DEU", "040", "RUS")]),
])
def test_video_call_held_is_a_meeting(text, lang, expected):
    assert _events(text, lang) == expected


def test_video_conference_held_by_two_is_their_meeting():
    events = _events("Chinesische und australische Beamte hielten eine Videokonferenz ab.", "de")
    assert [(set(s.split("+")), c, set(t.split("+"))) for s, c, t in events] == [({"CHN", "AUS"}, "040", {"CHN", "AUS"})]


@pytest.mark.parametrize("text, lang, expected", [
    ("Berlin expects an explanation from Moscow.", "en", [("DEU", "10", "RUS")]),
    ("Australia expects an apology from China.", "en", [("AUS", "10", "CHN")]),
    ("Berlin erwartet von Moskau eine Erklärung.", "de", [("DEU", "10", "RUS")]),
    ("Die Bundesregierung erwartet von Russland Aufklärung.", "de", [("DEU", "10", "RUS")]),
    ("Canberra störte sich an den Zöllen Pekings.", "de", [("AUS", "110", "CHN")]),
    ("Merkel expects an answer next week.", "en", []),
    ("Merkel erwartet eine Antwort in der nächsten Woche.", "de", []),
    ("Die Bürger störten sich an dem Lärm.", "de", []),
])
def test_expected_explanation_and_disturbed(text, lang, expected):
    assert _events(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("Berlin wants answers from Moscow.", "en", [("DEU", "10", "RUS")]),
    ("Germany wanted clarity from Russia about the poisoning.", "en", [("DEU", "10", "RUS")]),
    ("Berlin will Antworten von Moskau.", "de", [("DEU", "10", "RUS")]),
    ("Deutschland will von Russland eine Erklärung.", "de", [("DEU", "10", "RUS")]),
    ("The voters want answers.", "en", []),
])
def test_answers_wanted_from_someone_are_demanded(text, lang, expected):
    assert _events(text, lang) == expected


@pytest.mark.parametrize("text, expected", [
    ("Russia faces accusations from Germany over the poisoning.", [("DEU", "112", "RUS")]),
    ("The minister faces accusations of corruption.", []),
])
def test_accusations_faced_from_someone(text, expected):
    assert _events(text, "en") == expected


@pytest.mark.parametrize("text, expected", [
    ("Russland zog Deutschland vor Gericht.", [("RUS", "115", "DEU")]),
    ("Die Regierung zog den Fall vor das Verfassungsgericht.", []),
])
def test_taken_to_court_as_the_object(text, expected):
    assert _events(text, "de") == expected


@pytest.mark.parametrize("text, expected", [
    ("Maas nahm Russland in die Verantwortung.", [("DEU", "10", "RUS")]),
    ("Der Minister nahm die Verantwortung auf sich.", []),
])
def test_taken_into_responsibility_is_a_demand(text, expected):
    assert _events(text, "de") == expected
