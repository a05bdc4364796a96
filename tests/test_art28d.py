"""War, ceasefires and peace processes as whole wire reports tell them (sentences written for
these tests, branch art28d).

- A promise or an offer of no kind named takes the kind of what it offers: to mediate (039), to
  release prisoners (0353), to de-escalate (0356): CAMEO's "express intent to ..." codes, by the
  most specific key of the act's code; with no content clause, the kind of the event noun it is
  made on ("einigten sich auf eine Waffenruhe": 0356), not of one told as a fact around it
  ("nach Gesprächen"). (A threat stays 13 whatever it threatens, as the gold files have it.)
- English parser repairs: "offered to host talks between ...", a noun tag on a verb after "to"
  with an object, so the hosting is coded (an offer to mediate, 039); "The Saudi-led coalition
  bombed Sanaa", a verb with an object read as a participle of the subject noun.
- The victims of a participle or a verb joined to an attack with the same subject ("shelled
  Kherson, killing four civilians", "beschossen Charkiw und töteten vier Zivilisten") are of
  the attacked state, not of the attacker's.
- Talks suspended, halted, frozen, paused, pulled out of or withdrawn from are broken off (164),
  as "zog sich aus den Gesprächen zurück"; the partner named in the talks noun is the target,
  also when its country comes from the article ("with the government").
- Hosting talks between two sides ("richtete Friedensgespräche zwischen ... aus") is mediation.
- Troops, soldiers, fighters struck are attacked (190), by a state named bare too.
- Troops withdrawn from a town (0874) leave the town's state, not their own.
- A ceasefire broken or violated with no one named ("Russland brach die Waffenruhe") is still a
  violation (196), as English "violated the ceasefire" (128) is.
- Towns of these wars that the city list misses in one language (Masar-i-Scharif, Tais,
  Stepanakert, Schuscha, Dschabalia, Sirte) are places of their state; "Rebels shelled Sirte": a
  proper noun after a verb with no object, which the English parser took for an adverb, is its object.
- "the coalition", "the alliance" refer back to the coalition named shortly before by a longer
  phrase ("the Saudi-led coalition"), as "the group" refers to an organisation.
"""
from __future__ import annotations

import pytest

from tests.coded_events import coded, events


@pytest.mark.parametrize("sentence, lang, expected", [
    ("Turkey offered to mediate between Russia and Ukraine.", "en", ("TUR", "039", "RUS+UKR", "intent")),
    ("Die Türkei bot an, zwischen Russland und der Ukraine zu vermitteln.", "de", ("TUR", "039", "RUS+UKR", "intent")),
    ("Saudi Arabia said it would release 100 Houthi detainees as a goodwill gesture.", "en",
     ("SAU", "0353", "YEM", "intent")),
    ("Turkey offered to host talks between Russia and Ukraine.", "en", ("TUR", "039", "RUS+UKR", "intent")),
])
def test_offer_takes_the_kind_of_what_it_offers(sentence, lang, expected):
    assert expected in coded(sentence, lang)


@pytest.mark.parametrize("sentence, lang", [
    ("Russian forces shelled the southern city of Kherson overnight, killing four civilians and wounding 12.", "en"),
    ("Russian forces shelled Kherson and killed four civilians.", "en"),
    ("Russische Truppen beschossen Charkiw und töteten vier Zivilisten.", "de"),
])
def test_victims_of_an_attack_told_before_are_the_attacked_states(sentence, lang):
    found = events(sentence, lang)
    assert ("RUS", "ASSAULT", "UKR") in found and ("RUS", "ASSAULT", "RUS") not in found


@pytest.mark.parametrize("sentence, lang, expected", [
    ("The Houthis pulled out of talks with the United States.", "en", ("YEM", "164", "USA")),
    ("Houthi rebels pulled out of talks with the government.", "en", ("YEM", "164", "YEM")),
    ("The army suspended peace talks with the rebels.", "en", ("UNK", "164", "UNK")),
    ("Die Huthi-Rebellen zogen sich aus den Gesprächen mit der Regierung zurück.", "de", ("YEM", "164", "YEM")),
])
def test_talks_left_are_broken_off(sentence, lang, expected):
    found = [e[:3] for e in coded(sentence, lang)]
    assert expected in found and not any(e[1] in ("040", "0874") for e in found)


def test_verb_with_object_read_as_participle():
    assert ("SAU", "195", "YEM") in [e[:3] for e in coded("The Saudi-led coalition bombed Sanaa.", "en")]


def test_host_of_talks_between_mediates():
    assert ("RUS", "045", "ARM+AZE") in [e[:3] for e in coded(
        "Russland richtete Friedensgespräche zwischen Armenien und Aserbaidschan aus.", "de")]


def test_troops_struck_are_attacked():
    assert ("RUS", "190", "UKR") in [e[:3] for e in coded("Russia struck Ukrainian troops near Bakhmut.", "en")]


@pytest.mark.parametrize("sentence, lang, expected", [
    ("Russian troops withdrew from the city of Kherson.", "en", ("RUS", "0874", "UKR")),
    ("Israeli troops withdrew from Khan Younis.", "en", ("ISR", "0874", "PSE")),
    ("Russland zog seine Truppen aus Cherson ab.", "de", ("RUS", "0874", "UKR")),
    ("Ukrainian troops withdrew from Avdiivka.", "en", ("UKR", "0874", "")),
])
def test_withdrawal_from_a_town_leaves_its_state(sentence, lang, expected):
    assert expected in [e[:3] for e in coded(sentence, lang)]


@pytest.mark.parametrize("sentence", [
    "Russland brach die Waffenruhe.",
    "Die Waffenruhe wurde von Russland verletzt.",
    "Baku – Armenische Truppen haben nach Angaben aus Baku die Feuerpause in der Nacht erneut gebrochen.",
])
def test_ceasefire_broken_with_no_one_named(sentence):
    found = [e[:2] for e in coded(sentence, "de")]
    assert ("RUS", "196") in found or ("ARM", "196") in found


@pytest.mark.parametrize("text, expected", [
    ("The Saudi-led coalition bombed Sanaa. Iran condemned the coalition.", ("IRN", "ACCUSE", "SAU")),
    ("The US-led coalition carried out air strikes on Raqqa. Syria condemned the coalition.", ("SYR", "ACCUSE", "USA")),
])
def test_coalition_refers_back(text, expected):
    assert expected in events(text, "en")


@pytest.mark.parametrize("sentence, expected", [
    ("Damaskus – Russland und die Türkei haben sich auf eine Waffenruhe in der syrischen Provinz Idlib geeinigt.",
     ("RUS+TUR", "0356", "RUS+TUR")),
    ("Israel stimmte einer viertägigen Feuerpause im Gazastreifen zu.", ("ISR", "0356", "")),
    ("Nach Gesprächen in Genf einigten sich die USA und Russland.", ("USA+RUS", "03", "USA+RUS")),
])
def test_agreement_on_an_event_noun_takes_its_kind(sentence, expected):
    assert expected in [e[:3] for e in coded(sentence, "de")]


@pytest.mark.parametrize("sentence, lang, expected", [
    ("Die Bundeswehr hat ihre letzten Soldaten aus Masar-i-Scharif abgezogen.", "de", ("DEU", "0874", "AFG")),
    ("Rebellen beschossen Stepanakert.", "de", ("AZE", "194", "AZE")),
    ("Die Huthis beschossen die Stadt Tais.", "de", ("YEM", "194", "YEM")),
    ("Rebels shelled Sirte.", "en", ("LBY", "194", "LBY")),
])
def test_war_towns_are_places_of_their_state(sentence, lang, expected):
    assert expected in [e[:3] for e in coded(sentence, lang)]


def test_whole_report():
    text = ("Kherson – Russian forces shelled the southern city of Kherson overnight, killing four civilians, "
            "the regional governor said on Monday. Turkey offered to mediate between Russia and Ukraine. "
            "The Kremlin threatened to strike Ukrainian troops that stayed in the region.")
    found = [e[:3] for e in coded(text, "en")]
    assert ("RUS", "18", "UKR") in found and ("TUR", "039", "RUS+UKR") in found and ("RUS", "13", "UKR") in found
