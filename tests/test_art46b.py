"""Known open items in both languages, round art46b (Ethiopia and Mali 2020-21; sentences written
for these tests, branch art46b).

- English: an infinitive right after a noun of what is asked for or put forward (the lexicon's
  ``proposal_nouns``: demand, call, appeal, offer ...), the object of a verb, belongs to the noun
  (``repairs.infinitives_read_as_verb_complements``): the parser hung it on the verb as its open
  complement or an adverbial clause, so that whoever defied, ignored or spurned the demand did what
  it asked ("Eritrea defied the US demand to withdraw its troops" was ERI 128 USA and ERI 0874, a
  withdrawal done). Now only the defiance is coded, as after "rejected the demand to withdraw".
- German: what a demand, an appeal or a call ignored asks for ("ignorierte die Forderung der USA,
  seine Truppen abzuziehen") is its content, no act done: the 128 frame of "ignorieren" with such
  an object takes the complement (frames-cameo.yaml), as the frames of demanding do.
- German "drängte X zu Gesprächen / zum Abzug / zur Freilassung / zum Rücktritt" asks for them
  (106, 1056, 1053, 1041, frames-art46b.yaml), as "forderte X zu Gesprächen auf" does; the generic
  frame (10) left the noun after "zu" to be coded as talks held ("Washington drängte Addis Abeba
  zu Gesprächen mit der TPLF" was USA 10 ETH and USA 040 ETH).
- English: what the object is called told before it ("Ethiopia rejected as unacceptable the US
  decision to cut aid", "dismissed as interference the UN's demand for access"): the parser made the
  object the noun of the "as" phrase, or the object of the noun it is called, and the verb had none
  (no event); ``repairs.objects_read_as_descriptions`` gives the verb its object back.
- A plan that draws a rejection or reaps refusal is rejected by whom it comes from (12):
  "The AU plan drew a swift rejection from Ethiopia" (frames-art46b.yaml), "Der Vorschlag der USA
  erntete Ablehnung in Addis Abeba" (../de/frames-art46b.yaml).
- German "Ablehnung von Verhandlungen mit X" is a refusal to negotiate (125) aimed at X, and the
  talks are not held ("Äthiopien bekräftigte seine Ablehnung von Verhandlungen mit Ägypten" was
  ETH 046 EGY); "zog gegenüber Mali die Daumenschrauben an" is aimed at Mali (10, frames-light.yaml).
- What one is invited to do is not done: the invitation frames (040, invite / einladen) take the
  complement, whose content is absorbed ("Ethiopia invited Egypt and Sudan to resume talks" was
  also EGY+SDN 046 EGY+SDN, talks resumed).
- German "bezeichnete Assad als Diktator" calls him one (111): a word of office of no known state in a
  phrase is no body that names a place or a party (``frames._bodies``), so the object condition
  reads it, as it reads "als Terroristen".
- German "verweigerte die Zusammenarbeit mit der UNO" refuses cooperation (120) aimed at the UN
  (frames-probe.yaml), as "refused to cooperate with the UN" does.
- A proposal met with refusal or criticism in the passive is the object (meet 12/111 take it:
  "The US proposal was met with a flat refusal from Ethiopia", ETH 12 USA, was no event); German
  "wurde in Addis Abeba mit Ablehnung aufgenommen" (aufnehmen 12/111, frames-art46b.yaml).
"""

from __future__ import annotations

import pytest

from tests.coded_events import triples as _events



@pytest.mark.parametrize("text, expected", [
    ("Eritrea defied the US demand to withdraw its troops.", [("ERI", "128", "USA")]),
    ("Eritrea snubbed the American demand to withdraw its soldiers.", [("ERI", "12", "USA")]),
    ("Mali ignored the French call to expel the Russian mercenaries.", [("MLI", "128", "FRA")]),
    ("Ethiopia spurned a UN appeal to release the detained journalists.", [("ETH", "12", "IGO:UN")]),
])
def test_infinitive_after_a_demand_noun_is_the_nouns(text, expected):
    assert _events(text, "en") == expected


@pytest.mark.parametrize("text, expected", [
    ("Washington urged Addis Ababa to release the journalists.", ("USA", "02", "ETH")),
    ("Egypt turned down an Ethiopian offer to resume talks.", ("EGY", "12", "ETH")),
])
def test_kept_infinitives_of_the_one_asked(text, expected):
    assert expected in _events(text, "en")


@pytest.mark.parametrize("text, expected", [
    ("Eritrea ignorierte die Forderung der USA, seine Truppen abzuziehen.", [("ERI", "128", "USA")]),
    ("Mali ignorierte den Appell Frankreichs, die Söldner auszuweisen.", [("MLI", "128", "FRA")]),
])
def test_what_an_ignored_demand_asks_is_not_done(text, expected):
    assert _events(text, "de") == expected


@pytest.mark.parametrize("text, expected", [
    ("Washington drängte Addis Abeba zu Gesprächen mit der TPLF.", [("USA", "106", "ETH")]),
    ("Die USA drängten Äthiopien zu Verhandlungen mit den Rebellen.", [("USA", "106", "ETH")]),
    ("Deutschland drängte Russland zum Abzug seiner Truppen.", [("DEU", "1056", "RUS")]),
])
def test_pressed_to_talks_is_asked_for_them(text, expected):
    assert _events(text, "de") == expected


@pytest.mark.parametrize("text, expected", [
    ("Ethiopia rejected as unacceptable the US decision to cut aid.", [("ETH", "12", "USA")]),
    ('Egypt rejected as "irresponsible" Ethiopia\'s decision to fill the dam.', [("EGY", "12", "ETH")]),
    ("Ethiopia dismissed as interference the UN's demand for access.", [("ETH", "12", "IGO:UN")]),
    ("Mali criticised as hasty France's withdrawal.", [("MLI", "111", "FRA")]),
])
def test_object_after_what_it_is_called(text, expected):
    assert _events(text, "en") == expected


@pytest.mark.parametrize("text", [
    "Germany acted as a mediator in the dispute.",
    "Abiy served as prime minister the whole year.",
])
def test_no_object_made_of_a_role(text):
    assert _events(text, "en") == []


@pytest.mark.parametrize("text, lang, expected", [
    ("The AU plan drew a swift rejection from Ethiopia.", "en", [("ETH", "12", "IGO:AU")]),
    ("Der Vorschlag der USA erntete Ablehnung in Addis Abeba.", "de", [("ETH", "12", "USA")]),
    ("Äthiopien bekräftigte seine Ablehnung von Verhandlungen mit Ägypten.", "de", [("ETH", "125", "EGY")]),
    ("Äthiopien hielt an seiner Ablehnung von Verhandlungen mit Ägypten fest.", "de", [("ETH", "125", "EGY")]),
    ("Die EU zog gegenüber Mali die Daumenschrauben an.", "de", [("IGO:EU", "10", "MLI")]),
])
def test_refusals_drawn_and_refusals_of_talks(text, lang, expected):
    assert _events(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("Ethiopia invited Egypt and Sudan to resume talks.", "en", [("ETH", "040", "EGY+SDN")]),
    ("Äthiopien lud Ägypten und den Sudan ein, die Gespräche wieder aufzunehmen.", "de",
     [("ETH", "040", "EGY+SDN")]),
])
def test_what_one_is_invited_to_do_is_not_done(text, lang, expected):
    assert _events(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("Erdogan bezeichnete Assad als Diktator.", "de", [("TUR", "111", "SYR")]),
    ("Eritrea verweigerte die Zusammenarbeit mit der UNO.", "de", [("ERI", "120", "IGO:UN")]),
    ("Eritrea verweigerte jede Zusammenarbeit mit den UN-Ermittlern.", "de", [("ERI", "120", "IGO:UN")]),
])
def test_called_a_dictator_and_cooperation_refused(text, lang, expected):
    assert _events(text, lang) == expected


def test_a_body_of_a_known_state_still_names_a_place():
    assert _events("Putin traf Xi im Weißen Haus.", "de") == [("RUS", "040", "CHN")]


@pytest.mark.parametrize("text, lang, expected", [
    ("The US proposal was met with a flat refusal from Ethiopia.", "en", [("ETH", "12", "USA")]),
    ("The US proposal was met with criticism from Ethiopia.", "en", [("ETH", "111", "USA")]),
    ("Der Vorschlag der USA wurde in Addis Abeba mit Ablehnung aufgenommen.", "de", [("ETH", "12", "USA")]),
    ("Äthiopien nahm den Vorschlag der USA mit Ablehnung auf.", "de", [("ETH", "12", "USA")]),
])
def test_proposals_received_with_refusal(text, lang, expected):
    assert _events(text, lang) == expected
