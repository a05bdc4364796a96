"""The Qatar blockade of 2017 and the Khashoggi killing of 2018 (sentences written for these tests,
branch art44b).

- A state's name between the commas of a list is the list's next item, not a description of the
  state before it (``Annotator._without_apposition_owner``): "Saudi-Arabien, die Vereinigten
  Arabischen Emirate, Bahrain und Ägypten brachen die Beziehungen zu Katar ab" is SAU+ARE+BHR+EGY
  161 QAT (the tagger reads the name as common nouns, and ARE was taken for what Saudi Arabia is);
  "China, der wichtigste Verbündete Nordkoreas, ..." stays China's alone.
- English "the four states" is as many states named last, as "the four countries" (``words.yaml``
  countries_nouns): "The four states accused Doha of supporting terrorism" after the four cut ties.
- Demands or an explanation called unreasonable, unrealistic, insufficient or unbelievable are
  criticised (111, the scorn classes of frames-light.yaml and the English lexicon's
  evaluative_adjectives, one list): "Qatar called the Saudi demands unreasonable", "The Saudi
  explanation is insufficient, Maas said", "Berlin nannte die saudische Erklärung unzureichend".
- English "no" said to something is an object of "say", where the parser hangs it as an
  interjection on the verb or on the preposition after it (lexicon.yaml answer_words, read in
  ``clauses.py``): "Qatar said no to the demands of Saudi Arabia" is QAT 12 SAU by the say frame of
  frames-art44b.yaml, as German "sagte Nein zu"; "Ankara said no" after the EU's call answers it
  (TUR 12 EU); "said no decision had been made" stays no event.
- German demands complied with that the parser reads as the object of "nachkommen" (frames.yaml):
  "Katar kam den Forderungen Saudi-Arabiens nach" QAT 083 SAU, and not complied with QAT 12 SAU;
  criticism or rejection met in a capital's in-phrase (frames-corpus.yaml): "Die Forderungen
  Saudi-Arabiens stießen in Doha auf Ablehnung" QAT 12 SAU, as English "met with rejection in
  Doha" (frames-art44b.yaml), not criticism met in a country, which may be anyone's; a request ignored (frames-cameo.yaml): "Riad ignorierte die Bitte
  der Türkei" SAU 128 TUR.
- Frames (frames-art44b.yaml): pushed back against, shrugged off, shot down or nixed demands or
  proposals (12; aircraft shot down stay 190), demands presented or handed to someone (10), a call for someone's
  extradition (1013), German "sagte Nein zu" and "schlug in den Wind" (12), an extradition to a
  state ruled out (1213).
"""

from __future__ import annotations

import pytest

from tests.coded_events import triples as _events



@pytest.mark.parametrize("text, lang, expected", [
    ("Saudi-Arabien, die Vereinigten Arabischen Emirate, Bahrain und Ägypten brachen die Beziehungen zu Katar ab.",
     "de", [("SAU+ARE+BHR+EGY", "161", "QAT")]),
    ("Ägypten, die Emirate, Bahrain und Jordanien kritisierten Katar.",
     "de", [("EGY+ARE+BHR+JOR", "111", "QAT")]),
])
def test_state_between_commas_is_a_list_item(text, lang, expected):
    assert _events(text, lang) == expected


def test_description_between_commas_stays_a_description():
    assert _events("China, der wichtigste Verbündete Nordkoreas, kritisierte die USA.", "de") == [("CHN", "111", "USA")]


def test_the_four_states_are_the_four_named_last():
    text = ("Saudi Arabia, the UAE, Bahrain and Egypt cut ties with Qatar. "
            "The four states accused Doha of supporting terrorism.")
    assert [e for e in _events(text, "en") if e[1] == "112"] == [("SAU+ARE+BHR+EGY", "112", "QAT")]


@pytest.mark.parametrize("text, lang, expected", [
    ("Qatar called the Saudi demands unreasonable.", "en", ("QAT", "111", "SAU")),
    ("Berlin called the Saudi explanation insufficient.", "en", ("DEU", "111", "SAU")),
    ("The Saudi explanation is insufficient, Maas said.", "en", ("DEU", "111", "SAU")),
    ("Katar nannte die saudischen Forderungen unrealistisch.", "de", ("QAT", "111", "SAU")),
    ("Berlin bezeichnete die saudische Erklärung als unglaubwürdig.", "de", ("DEU", "111", "SAU")),
])
def test_demands_or_explanations_scorned(text, lang, expected):
    assert _events(text, lang) == [expected]


@pytest.mark.parametrize("text, lang, expected", [
    ("Saudi Arabia presented Qatar with a list of 13 demands.", "en", ("SAU", "10", "QAT")),
    ("Riyadh handed Qatar a list of demands.", "en", ("SAU", "10", "QAT")),
    ("Saudi Arabia ruled out the extradition of the suspects to Turkey.", "en", ("SAU", "1213", "TUR")),
    ("Saudi-Arabien übergab Katar eine Liste mit 13 Forderungen.", "de", ("SAU", "10", "QAT")),
    ("Katar sagte Nein zu den Forderungen Saudi-Arabiens.", "de", ("QAT", "12", "SAU")),
    ("Doha schlug die saudischen Forderungen in den Wind.", "de", ("QAT", "12", "SAU")),
    ("Saudi-Arabien schloss eine Auslieferung der Verdächtigen an die Türkei aus.", "de", ("SAU", "1213", "TUR")),
])
def test_demands_presented_and_refusals(text, lang, expected):
    assert _events(text, lang) == [expected]


@pytest.mark.parametrize("text, expected", [
    ("Qatar said no to the demands of Saudi Arabia.", [("QAT", "12", "SAU")]),
    ("Ankara said no to the demands of the EU.", [("TUR", "12", "IGO:EU")]),
    ("The EU called on Turkey to halt the offensive. Ankara said no.",
     [("IGO:EU", "02", "TUR"), ("TUR", "12", "IGO:EU")]),
])
def test_no_said_to_something_refuses_it(text, expected):
    assert _events(text, "en") == expected


@pytest.mark.parametrize("text", [
    "Trump said no decision had been made on Iran.",
    "Erdogan said no country could force Turkey to close the base.",
])
def test_no_as_a_determiner_is_no_answer(text):
    assert _events(text, "en") == []


def test_call_for_extradition():
    assert _events("Ankara called for the extradition of 18 Saudi nationals.", "en") == [("TUR", "1013", "SAU")]


@pytest.mark.parametrize("text, lang, expected", [
    ("Katar kam den Forderungen Saudi-Arabiens nach.", "de", [("QAT", "083", "SAU")]),
    ("Katar kam den Forderungen Saudi-Arabiens nicht nach.", "de", [("QAT", "12", "SAU")]),
    ("Die Forderungen Saudi-Arabiens stießen in Doha auf Ablehnung.", "de", [("QAT", "12", "SAU")]),
    ("Der Vorschlag Frankreichs stieß in Berlin auf Kritik.", "de", []),
    ("Riad ignorierte die Bitte der Türkei um Zugang zum Konsulat.", "de", [("SAU", "128", "TUR")]),
    ("The Saudi demands met with rejection in Doha.", "en", [("QAT", "12", "SAU")]),
    ("Qatar pushed back against the Saudi demands.", "en", [("QAT", "12", "SAU")]),
    ("Doha shrugged off the Saudi ultimatum.", "en", [("QAT", "12", "SAU")]),
    ("Russia shot down the proposal of the United States.", "en", [("RUS", "12", "USA")]),
    ("Iran shot down a US drone.", "en", [("IRN", "190", "USA")]),
    ("Trump shot down calls from Congress to halt arms sales.", "en", [("USA", "12", "USA")]),
    ("Putin met with Erdogan in Sochi.", "en", [("RUS", "040", "TUR")]),
])
def test_compliance_rejection_met_and_refusals(text, lang, expected):
    assert _events(text, lang) == expected
