"""Known open items in both languages, round 4 (sentences written for these tests, branch art44c).

- A clause demanded with the base form of its verb after a verb of demanding and "that"
  (``repairs.subjunctives_read_as_nouns``, the lexicon's ``mandative_verbs``): the tagger took
  "extradite" or "release" for an adjective or a noun, so "Erdogan demanded that Washington
  extradite Gulen" had no addressee (TUR 10 with no target); now TUR 10 USA, as "demanded that
  Washington should extradite Gulen" was; with no object the verb ends the clause ("demanded
  that the Netherlands apologise" TUR 10 NLD). A finite verb or "should" keeps its parse.
- "said no to" (the parser's interjection "no" is the verb's object, the lexicon's
  ``answer_words``, on the verb or on the preposition after it): "The Netherlands said no to Turkey's
  demand for an apology" is NLD 12 TUR (frames-art44b.yaml), as German "erteilte ... eine Absage" is.
- "refused" takes whom a permission or visas are refused for ("prep:for", frames.yaml): "The US
  refused visas for Iranian diplomats" USA 12 IRN (was no target).
- Ethnic cleansing and apartheid are scorn (frames-light.yaml of both packs): "The UN called
  Myanmar's military campaign ethnic cleansing" IGO:UN 111 MMR, "bezeichnete den Militäreinsatz
  Myanmars als Paradebeispiel für ethnische Säuberung".
- German refusals in idiom (frames-art44c.yaml): a demand "abgetan" ("Ankara tat die Forderung
  Berlins als Einmischung ab" TUR 12 DEU; criticism abgetan is the criticism, as with
  "zurückgewiesen"), "von sich gewiesen", "vom Tisch gewischt", and "verwahrte sich gegen die
  Einmischung der Vereinten Nationen" (against accusations or criticism a denial, no event).
- A demand that falls on deaf ears with someone (in a place) is rejected by him (frames-art44c.yaml
  of both packs): "Die Forderung der Bundesregierung nach Yücels Freilassung stieß in Ankara auf
  taube Ohren", "The German government's call for Yucel's release fell on deaf ears in Ankara" TUR
  12 DEU; with no one named, no event.
- A court's preliminary examination opened ("examination", en frames.yaml; "Vorermittlungen",
  "Vorprüfung", de frames.yaml) is an investigation (09): "The ICC opened a preliminary examination
  against Myanmar" IGO:ICC 09 MMR; what it looks into is no act of the court ("... into the
  deportation of the Rohingya" was IGO:ICC 174, a deportation by the court).
- German "denkt nicht daran, ... zu" refuses its zu-infinitive (de lexicon negated_refusal_verbs,
  as "weigerte sich, ... zu"): "Die USA denken nicht daran, Gülen an die Türkei auszuliefern" USA
  121 TUR (was USA 063 TUR, the extradition told as done); "dachte daran, ... zu" stays as it was.
- A demand, a call or a bid "shot down" is rejected (12), not a plane downed (190): "Ankara shot
  down Berlin's demand for Yucel's release" (frames-light.yaml); "shot down a Turkish drone" stays 190.
- Terrorists or coup plotters harboured (German "beherbergen", frames-sanc24.yaml), said by
  someone, are his accusation, as "said Germany was harbouring terrorists" is: "Erdogan sagte,
  Deutschland beherberge Terroristen" TUR 112 DEU.
"""

from __future__ import annotations

import pytest

from tests.coded_events import triples as _events



@pytest.mark.parametrize("text, expected", [
    ("Erdogan demanded that Washington extradite Gulen to Turkey.", ("TUR", "10", "USA")),
    ("Erdogan demanded that the United States extradite Gulen.", ("TUR", "10", "USA")),
    ("Erdogan demanded that Washington release Brunson.", ("TUR", "10", "USA")),
    ("The EU urged that Turkey release the detained journalists.", ("IGO:EU", "02", "TUR")),
    ("Turkey demanded that the US government hand over Gulen.", ("TUR", "10", "USA")),
    ("Erdogan demanded that the Netherlands apologise.", ("TUR", "10", "NLD")),
])
def test_subjunctive_after_demand_names_the_addressee(text, expected):
    assert _events(text, "en") == [expected]


def test_finite_verb_after_demand_keeps_its_parse():
    assert _events("Erdogan demanded that Washington extradites Gulen.", "en") == [("TUR", "10", "USA")]
    assert _events("Merkel said that the report was false.", "en") == []


@pytest.mark.parametrize("text, expected", [
    ("The Netherlands said no to Turkey's demand for an apology.", ("NLD", "12", "TUR")),
    ("Merkel said no to Erdogan.", ("DEU", "12", "TUR")),
])
def test_said_no_to_is_a_rejection(text, expected):
    assert _events(text, "en") == [expected]


def test_no_as_determiner_is_no_rejection():
    assert _events("Merkel said no talks were planned with Erdogan.", "en") == []


def test_refused_for_someone():
    assert _events("The US refused visas for Iranian diplomats.", "en") == [("USA", "12", "IRN")]


@pytest.mark.parametrize("text, lang, expected", [
    ("The UN called Myanmar's military campaign ethnic cleansing.", "en", ("IGO:UN", "111", "MMR")),
    ("Der UN-Menschenrechtskommissar bezeichnete den Militäreinsatz Myanmars als Paradebeispiel "
     "für ethnische Säuberung.", "de", ("IGO:UN", "111", "MMR")),
])
def test_ethnic_cleansing_is_scorn(text, lang, expected):
    assert _events(text, lang) == [expected]


@pytest.mark.parametrize("text, expected", [
    ("Ankara tat die Forderung Berlins als Einmischung ab.", [("TUR", "12", "DEU")]),
    ("Die Türkei tat die Kritik der EU als Einmischung ab.", [("IGO:EU", "111", "TUR")]),
    ("Erdogan wies die Vorwürfe der Niederlande von sich.", [("NLD", "112", "TUR")]),
    ("Die Türkei wischte die Forderungen der EU vom Tisch.", [("TUR", "12", "IGO:EU")]),
    ("Myanmar verwahrte sich gegen die Einmischung der Vereinten Nationen.", [("MMR", "12", "IGO:UN")]),
    ("Myanmar verwahrte sich gegen die Kritik der Vereinten Nationen.", []),
    ("Sie wischte den Staub vom Tisch.", []),
])
def test_german_refusals_in_idiom(text, expected):
    assert _events(text, "de") == expected


def test_demand_shot_down_is_rejected():
    assert _events("Ankara shot down Berlin's demand for Yucel's release.", "en") == [("TUR", "12", "DEU")]
    assert _events("Russia shot down a Turkish drone.", "en") == [("RUS", "190", "TUR")]


@pytest.mark.parametrize("text", [
    "Erdogan sagte, Deutschland beherberge Terroristen.",
    "Deutschland beherbergt Terroristen, sagte Erdogan.",
])
def test_terrorists_harboured_in_someones_words_is_his_accusation(text):
    assert _events(text, "de") == [("TUR", "112", "DEU")]


@pytest.mark.parametrize("text, lang, expected", [
    ("Die Forderung der Bundesregierung nach Yücels Freilassung stieß in Ankara auf taube Ohren.", "de",
     [("TUR", "12", "DEU")]),
    ("The German government's call for Yucel's release fell on deaf ears in Ankara.", "en", [("TUR", "12", "DEU")]),
    ("Der Vorschlag stieß auf taube Ohren.", "de", []),
    ("Oil prices fell in London.", "en", []),
])
def test_demand_on_deaf_ears_is_rejected(text, lang, expected):
    assert _events(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("The ICC opened a preliminary examination against Myanmar.", "en", [("IGO:ICC", "09", "MMR")]),
    ("The International Criminal Court opened a preliminary examination into the deportation of the Rohingya.",
     "en", [("IGO:ICC", "09", "UNK")]),
    ("Der Internationale Strafgerichtshof leitete Vorermittlungen zur Vertreibung der Rohingya ein.", "de",
     [("IGO:ICC", "09", "UNK")]),
])
def test_preliminary_examination_is_an_investigation(text, lang, expected):
    assert _events(text, lang) == expected


@pytest.mark.parametrize("text, expected", [
    ("Die USA denken nicht daran, Gülen an die Türkei auszuliefern.", [("USA", "121", "TUR")]),
    ("Erdogan denkt nicht daran, Yücel freizulassen.", [("TUR", "124", "DEU")]),
    ("Berlin denke nicht daran, die Auftritte zu verbieten, sagte ein Regierungssprecher.", []),
])
def test_not_thinking_of_doing_is_a_refusal(text, expected):
    assert _events(text, "de") == expected
