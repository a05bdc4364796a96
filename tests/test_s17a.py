"""Silver-driven batch s17a (NTREX whole articles, English first; sentences written for these tests).

- Members of parliaments are titles before a name the dictionaries do not know, as "minister" or
  "senator" are (``Words.name_titles``, agents LEG): "Irish MP Sean Dolan ... He ..." means the
  Irish legislator (was no actor for "he"); "backbencher", "MSP", "MEP", German "Hinterbänkler".
- A party or body named before such a title is the person's, not his name
  (``ActorAnnotator._stranger``): "Tory MP Tom Reed ... He also condemned ..." is GBR/LEG (was no
  actor for "he", the phrase being taken for the party itself).
- "Mrs May", "Ms May": the British prime minister of 2016-19 in English, where "May" alone stays the
  month (leaders.yaml).
- A pronoun that says a quotation is not a person the quotation names (``_spoken_spans``):
  '"We met President Macron," he said' after the Irish minister is IRL 040 FRA (was FRA 040 FRA);
  German „Wir haben Präsident Macron getroffen“, sagte er likewise.
- German "sie" of a singular verb in the speech of a group it is not is the woman named before, as
  outside speech (``Mentions.resolve``): "Diplomaten sagten, sie werde bald Kiew besuchen" after the
  Polish foreign minister Anna Kowalska is POL 042 UKR (was no event; English "she" was coded); and
  an infinitive that shares such a pronoun as its subject means her too (``shared``): "..., dass sie
  versuchen werde, ein Abkommen mit der Ukraine auszuhandeln" POL 036 UKR.
- English: a bare verb opening the quotation that "told" reports is an order to the one told
  (``_Builder``, ``_opens_quote``), as with the quotation after "told X:": '"Free the journalists,"
  the Irish minister told Iran' IRL 10 IRN (was no event); '"Withdraw your troops," the Irish
  minister told the Russian president' IRL 10 RUS (was IRL 0874, the minister withdrawing).
- A demand laid on a body or office named by its noun alone ("the government", "the prime
  minister", "die Regierung") gives it the country the speaker or the article gives it, as a verb's
  target gets (``Coder._deontic``, ``OBLIGED_BODY_SECTORS``): "The Spanish opposition leader said
  the government must call early elections" ESP 10 ESP (was no event, the government of no
  country); not the things a passive obligation is about ("es sollten in Litauen Kampfpanzer
  stationiert werden" stays a deployment).
- English "want X to do": a wish laid on another is a demand, as "told X to" (lexicon
  ``directive_verbs``; the complement is no conjecture then): "Ireland wants the United States to lift
  its tariffs" IRL 10 USA (was no event); not where the wish is denied ("does not want Russia to
  withdraw": no event, no withdrawal).
- A speaker "I" inside a quotation is resolved after the one who says the quotation
  (``ActorAnnotator._first_person`` in the order of speakers): '"I told Putin that Russia must
  withdraw," he said' after the Irish minister is IRL 10 RUS (was no event, "I" resolved first, when
  "he" was no one yet).
- English: a sentence of a quotation that runs on, whose only speech verb has "I" or "we" for its
  subject ("I said, ...", "I told reporters, ..."), is still said by the quotation's speaker
  (lexicon ``quoting_pronouns``, ``speech.carry_quotes``): '"Of course," said the Irish minister. "I
  told reporters, I have talked to President Macron."' IRL 040 FRA (was no event).
"""

from __future__ import annotations

import pytest

from tests.coded_events import sectored
from tests.coded_events import triples as _events


@pytest.mark.parametrize("text, lang, expected", [
    ("Irish MP Sean Dolan criticised the British government on Monday. He also condemned France.", "en",
     ("IRL", "111", "FRA")),
    ("Australian backbencher Tom Reed criticised China in a speech. He later condemned Russia.", "en",
     ("AUS", "111", "RUS")),
    ("Der irische Hinterbänkler Sean Dolan kritisierte am Montag Großbritannien. Er verurteilte auch "
     "Frankreich.", "de", ("IRL", "111", "FRA")),
])
def test_member_of_parliament_named_by_title_is_who_he_means(text, lang, expected):
    assert expected in _events(text, lang)


@pytest.mark.parametrize("text, expected", [
    ("Tory MP Tom Reed criticised France on Monday. He also condemned Germany.", ("GBR/LEG", "111", "DEU/GOV")),
    ("Labour Party MP Jane Hollis attacked the Irish government. She also condemned Spain.",
     ("GBR/LEG", "111", "ESP/GOV")),
])
def test_party_before_a_title_is_the_persons(text, expected):
    assert expected in sectored(text, "en")


def test_mrs_may_is_the_prime_minister_may_alone_the_month():
    assert ("GBR", "040", "IRL") in _events("Mrs May met the Irish prime minister in Dublin.", "en")
    assert ("GBR", "111", "FRA") in _events("Ms May criticised France in a speech on Tuesday.", "en")
    assert not any(s == "GBR" for s, _, _ in _events("In May, the Irish prime minister criticised France.", "en"))


@pytest.mark.parametrize("text, lang, expected", [
    ('The Irish foreign minister spoke in Dublin on Monday. "We met President Macron last week," he said.', "en",
     ("IRL", "040", "FRA")),
    ("Der irische Außenminister sprach am Montag in Dublin. „Wir haben Präsident Macron in Paris getroffen“, "
     "sagte er.", "de", ("IRL", "040", "FRA")),
])
def test_speaker_pronoun_is_not_a_person_the_quote_names(text, lang, expected):
    events = _events(text, lang)
    assert expected in events
    assert not any(s == "FRA" for s, _, _ in events)


@pytest.mark.parametrize("text, expected", [
    ("Die polnische Außenministerin Anna Kowalska kritisierte am Montag Russland. Diplomaten sagten, sie werde "
     "bald Kiew besuchen.", ("POL", "042", "UKR")),
    ("Die polnische Außenministerin Anna Kowalska kritisierte am Montag Russland. Diplomaten sagten, dass sie "
     "versuchen werde, ein Abkommen mit der Ukraine auszuhandeln.", ("POL", "036", "UKR")),
    ("Angela Merkel kritisierte am Montag Russland. Berater erklärten, sie wolle bald China besuchen.",
     ("DEU", "042", "CHN")),
])
def test_woman_in_the_speech_of_a_group(text, expected):
    assert expected in _events(text, "de")


def test_sie_of_a_plural_verb_is_the_group_not_the_woman():
    assert ("POL", "042", "UKR") in _events("Die polnische Außenministerin Anna Kowalska traf am Montag Macron. "
                                            "Berater sagten, sie werde bald Kiew besuchen.", "de")
    events = _events("Frankreich und Spanien kritisierten Merkel. Berater sagten, dass sie versuchen würden, "
                     "einen Deal mit Russland auszuhandeln.", "de")
    assert not any(s == "DEU" for s, _, _ in events)


@pytest.mark.parametrize("text, expected", [
    ('"Free the journalists," the Irish minister told Iran on Monday.', ("IRL", "10", "IRN")),
    ('"Withdraw your troops," the Irish minister told the Russian president.', ("IRL", "10", "RUS")),
    ('"Stop the shelling of Kharkiv," the German chancellor told Putin.', ("DEU", "10", "RUS")),
])
def test_quoted_order_told_to_someone(text, expected):
    events = _events(text, "en")
    assert expected in events
    assert not any(s in ("IRL", "DEU") and c.startswith(("08", "19")) for s, c, _ in events)


@pytest.mark.parametrize("text, lang, expected", [
    ("The Spanish opposition leader said the government must call early elections.", "en", ("ESP", "10", "ESP")),
    ("Hungary's opposition parties said the prime minister should resign.", "en", ("HUN", "10", "HUN")),
    ("Die spanische Opposition erklärte, die Regierung müsse Neuwahlen ausrufen.", "de", ("ESP", "10", "ESP")),
    ("Ungarns Oppositionsparteien sagten, der Ministerpräsident solle zurücktreten.", "de", ("HUN", "10", "HUN")),
])
def test_demand_on_a_body_named_by_its_noun(text, lang, expected):
    assert expected in _events(text, lang)


def test_passive_obligation_is_no_demand_on_what_it_moves():
    events = _events("Die spanische Opposition erklärte, die Regierung müsse Neuwahlen ausrufen. Das polnische "
                     "Verteidigungsministerium teilte mit, es sollten in Litauen Kampfpanzer stationiert werden.", "de")
    assert ("ESP", "10", "ESP") in events
    assert not any(s == "POL" and c == "10" for s, c, _ in events)


@pytest.mark.parametrize("text, expected", [
    ("Ireland wants the United States to lift its tariffs on Irish butter.", ("IRL", "10", "USA")),
    ("The Chilean president wanted Bolivia to drop its claim to the coast.", ("CHL", "10", "BOL")),
])
def test_wish_laid_on_another_is_a_demand(text, expected):
    assert expected in _events(text, "en")


def test_denied_wish_is_no_demand_nor_the_act():
    assert _events("The Chilean president does not want Bolivia to withdraw its ambassador. "
                   "Chile wants Peru to release the fishermen.", "en") == [("CHL", "10", "PER")]


@pytest.mark.parametrize("text, expected", [
    ('The Irish foreign minister spoke in Dublin on Sunday. "I told Putin that Russia must withdraw," he said.',
     ("IRL", "10", "RUS")),
    ('The Irish foreign minister spoke in Dublin on Sunday. "I said that I had talked to President Macron," '
     'he said.', ("IRL", "040", "FRA")),
])
def test_speaker_i_inside_a_quotation_is_its_sayer(text, expected):
    assert expected in _events(text, "en")


@pytest.mark.parametrize("text, expected", [
    ('"Of course," said the Irish foreign minister. "I told reporters, I have talked to President Macron."',
     ("IRL", "040", "FRA")),
    ('"Not at all," said the Irish foreign minister. "We said, we will never recognise the annexation by Russia."',
     ("IRL", "120", "RUS")),
])
def test_quotation_running_on_with_i_said(text, expected):
    assert expected in _events(text, "en")
