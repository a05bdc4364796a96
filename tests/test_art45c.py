"""Known open items in both languages, round art45c (sentences written for these tests: the rows
of Turkey with Germany and the Netherlands in 2017, the rule-of-law dispute of the EU with Poland
and Hungary 2017-2020).

- Sigmar Gabriel, German foreign minister 2017-18, is "Gabriel" alone while in office
  (``short_needs_role``, chronist/actors/data/leaders.yaml; a first name too: Gabriel Attal):
  "Gabriel sagte, die Türkei müsse Steudtner sofort freilassen" is DEU 10 TUR in July 2017 (was
  nothing, the speaker unknown); in 2024 "Gabriel" alone is no one.
- Peter Steudtner, a German human rights trainer held in Turkey in 2017, is a German civilian
  (leaders.yaml): "Prosecutors in Istanbul charged Steudtner with aiding a terrorist organisation"
  is TUR 112 DEU (was nothing).
- "ECJ" and "CJEU" name the Court of Justice of the European Union (organisations-igo.yaml), as
  "EuGH" does: "The ECJ fined Poland one million euros a day" is IGO:EU 172 POL (was nothing).
- Voting for proceedings or an investigation against someone opens them (frames-art45c.yaml in
  both packs): "Das Europäische Parlament hat für ein Verfahren nach Artikel 7 gegen Ungarn
  gestimmt" is IGO:EU 09 HUN (was 12, the vote taken as one against Hungary), "The European
  Parliament voted for Article 7 proceedings against Hungary" IGO:EU 115 HUN (was nothing); a vote
  against someone stays 12.
- An obligation a passive verb of commanding lays on its subject is its agent's demand
  (``Coder._deontic``: the sayer of an infinitive under a passive verb is the verb's agent, not
  its subject): "Warsaw was ordered by the ECJ to suspend the chamber" is IGO:EU 10 POL, as "The
  ECJ ordered Warsaw to ..." is (was nothing); with no agent ("Poland was ordered to pay
  compensation") no one demands; forces ordered by their own leader still act ("US forces were
  ordered by Trump to strike Iranian targets": the strike, no demand).
- A policy, quota, law, reform or plan fought is rejected (12), not a threat of force or a battle:
  "Hungary will fight the EU's migrant quotas" (en/frames-vocab8.yaml, the frame of fighting a
  ruling extended), "Ungarn kündigte an, die Flüchtlingsquoten der EU zu bekämpfen"
  (de/frames-art45c.yaml) are HUN 12 IGO:EU (were 138); fighting troops or rebels stays 190.
- A state's criticism or protest of a hostile act done to its own people (a noun of coercion or
  violence heading the object or target phrase, the people after it) is not aimed at them
  (``Coder._own_victims``): "Germany condemned the arrest of Yucel" was DEU 111 DEU; it is aimed
  at who the last sentences say did the act (``Coder._victims_doer``: "Turkish police detained
  Yucel. Germany condemned the arrest of Yucel" DEU 111 TUR), else at no one. A doer named ("by
  Turkish police") stays the target; criticism of one's own people themselves ("criticised German
  companies") stays.
- Calling it unacceptable (or any word of scorn) that someone did something criticises the doer the
  dass- or that-clause names as its subject (the frames of "nennen", "bezeichnen" in
  de/frames-light.yaml and of "call" in en/frames-light.yaml take the complement after the object):
  "Merkel nannte es inakzeptabel, dass Ankara Yücel festhält", "Merkel called it unacceptable
  that Turkey was holding Yucel" are DEU 111 TUR (were only the detention, TUR 173 DEU).
- A court's order or decision, a reminder or a call ignored defies whoever made it (the German frame
  of "ignorieren", de/frames-cameo.yaml, extended): "Polen ignorierte die Anordnung des EuGH" and
  "Warschau ignorierte die Mahnungen aus Brüssel" are POL 128 IGO:EU (were nothing), as English
  "ignored the order of the ECJ" was 12 already.
- Of two phrases of a target preposition the parse gave the verb, one that a noun of the clause
  holds too is that noun's, not the verb's (``Coder._verbs_own_phrase``): "Die Türkei forderte von
  Deutschland die Auslieferung von Gülen-Anhängern" is TUR 1013 DEU (was DEU+TUR, the followers
  taken as asked too).
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.coded_events import triples as _events

MID_2017 = dt.date(2017, 7, 20)
AUTUMN_2018 = dt.date(2018, 9, 12)



@pytest.mark.parametrize("text, lang, expected", [
    ("Gabriel sagte, die Türkei müsse Steudtner sofort freilassen.", "de", ("DEU", "10", "TUR")),
    ("Gabriel bestellte den türkischen Botschafter ein.", "de", ("DEU", "114", "TUR")),
    ("Gabriel summoned the Turkish ambassador over the arrest.", "en", ("DEU", "114", "TUR")),
    ("Prosecutors in Istanbul charged Steudtner with aiding a terrorist organisation.", "en",
     ("TUR", "112", "DEU")),
])
def test_gabriel_and_steudtner_in_2017(text, lang, expected):
    assert _events(text, lang, MID_2017) == [expected]


def test_gabriel_alone_is_no_one_out_of_office():
    assert _events("Gabriel summoned the Turkish ambassador.", "en", dt.date(2024, 3, 1)) == []


@pytest.mark.parametrize("text, lang, expected", [
    ("The ECJ fined Poland one million euros a day.", "en", ("IGO:EU", "172", "POL")),
    ("The CJEU ordered Poland to suspend the disciplinary chamber.", "en", ("IGO:EU", "10", "POL")),
])
def test_ecj_is_the_eu_court(text, lang, expected):
    assert _events(text, lang, AUTUMN_2018) == [expected]


@pytest.mark.parametrize("text, lang, expected", [
    ("Das Europäische Parlament hat für ein Verfahren nach Artikel 7 gegen Ungarn gestimmt.", "de",
     ("IGO:EU", "09", "HUN")),
    ("Das Europäische Parlament stimmte für ein Rechtsstaatsverfahren gegen Polen.", "de",
     ("IGO:EU", "115", "POL")),
    ("The European Parliament voted for Article 7 proceedings against Hungary.", "en",
     ("IGO:EU", "115", "HUN")),
])
def test_vote_for_proceedings_against(text, lang, expected):
    assert _events(text, lang, AUTUMN_2018) == [expected]


@pytest.mark.parametrize("text, lang", [
    ("Das Europäische Parlament stimmte gegen den Antrag Ungarns.", "de"),
    ("The European Parliament voted against Hungary's motion.", "en"),
])
def test_vote_against_stays_a_rejection(text, lang):
    assert [c for _, c, _ in _events(text, lang, AUTUMN_2018)] == ["12"]


@pytest.mark.parametrize("text, expected", [
    ("Warsaw was ordered by the ECJ to suspend the disciplinary chamber.", [("IGO:EU", "10", "POL")]),
    ("Poland was ordered by Germany to pay compensation.", [("DEU", "10", "POL")]),
    ("Poland was ordered to pay compensation.", []),
])
def test_passive_order_is_its_agents_demand(text, expected):
    assert _events(text, "en", AUTUMN_2018) == expected


def test_forces_ordered_by_their_leader_still_act():
    assert [c for _, c, _ in _events("US forces were ordered by Trump to strike Iranian targets.", "en",
                                      AUTUMN_2018)] == ["190"]


@pytest.mark.parametrize("text, lang", [
    ("Hungary will fight the EU's migrant quotas.", "en"),
    ("Ungarn kündigte an, die Flüchtlingsquoten der EU zu bekämpfen.", "de"),
    ("Polen bekämpfte die Reform der EU vor Gericht.", "de"),
])
def test_a_policy_fought_is_rejected(text, lang):
    assert [c for _, c, t in _events(text, lang, AUTUMN_2018) if t == "IGO:EU"] == ["12"]


@pytest.mark.parametrize("text, lang", [
    ("Hungarian troops fought Serbian forces.", "en"),
    ("Ungarische Truppen bekämpften serbische Einheiten.", "de"),
])
def test_fighting_forces_stays_a_battle(text, lang):
    assert [c for _, c, _ in _events(text, lang, AUTUMN_2018)] == ["190"]


@pytest.mark.parametrize("text, lang, expected", [
    ("Germany condemned the arrest of Yucel.", "en", []),
    ("Berlin verurteilte die Festnahme Yücels scharf.", "de", []),
    ("Turkish police detained Yucel. Germany condemned the arrest of Yucel.", "en",
     [("TUR", "173", "DEU"), ("DEU", "111", "TUR")]),
    ("Die Türkei nahm Steudtner fest. Berlin verurteilte die Festnahme Steudtners scharf.", "de",
     [("TUR", "173", "DEU"), ("DEU", "111", "TUR")]),
])
def test_criticism_of_an_act_against_ones_own_people(text, lang, expected):
    assert _events(text, lang, MID_2017) == expected


@pytest.mark.parametrize("text, expected", [
    ("Germany condemned the arrest of Yucel by Turkish police.", [("DEU", "111", "TUR")]),
    ("Germany criticised German companies.", [("DEU", "111", "DEU")]),
])
def test_a_named_doer_or_ones_own_people_criticised_stay(text, expected):
    assert _events(text, "en", MID_2017) == expected


@pytest.mark.parametrize("text, lang", [
    ("Merkel nannte es inakzeptabel, dass Ankara Yücel festhält.", "de"),
    ("Merkel bezeichnete es als inakzeptabel, dass die Türkei Yücel festhält.", "de"),
    ("Merkel called it unacceptable that Turkey was holding Yucel.", "en"),
])
def test_calling_it_unacceptable_that_someone_acts(text, lang):
    assert _events(text, lang, MID_2017) == [("DEU", "111", "TUR")]


@pytest.mark.parametrize("text, lang", [
    ("Merkel nannte die Inhaftierung inakzeptabel.", "de"),
    ("Merkel called the detention unacceptable.", "en"),
])
def test_an_act_called_unacceptable_names_no_doer(text, lang):
    assert _events(text, lang, MID_2017) == []


@pytest.mark.parametrize("text", [
    "Polen ignorierte die Anordnung des EuGH.",
    "Warschau ignorierte die Mahnungen aus Brüssel.",
])
def test_a_courts_order_or_a_reminder_ignored(text):
    assert _events(text, "de", AUTUMN_2018) == [("POL", "128", "IGO:EU")]


@pytest.mark.parametrize("text, expected", [
    ("Die Türkei forderte von Deutschland die Auslieferung von Gülen-Anhängern.", ("TUR", "1013", "DEU")),
    ("Die Türkei verlangte von den Niederlanden die Auslieferung von Gülen-Anhängern.", ("TUR", "1013", "NLD")),
])
def test_a_phrase_of_the_object_noun_is_not_the_verbs(text, expected):
    assert _events(text, "de", MID_2017) == [expected]
