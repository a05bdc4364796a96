"""German parity on translated news, branch s17g (sentences written for these tests).

- Confessions in the nominal style: an act of violence an event noun names as what a verb of
  confessing confesses (the packs' ``confession_verbs``: gestehen, eingestehen, zugeben,
  einräumen; admit, confess) is the act of that verb's subject, or of the private person it names
  by a name no dictionary knows or by a pronoun of one (``Coder._confessor``): "Markus Feldmann hat
  den Mord an einer Rentnerin gestanden" DEU 1823 DEU (was no event: "Mord" takes no doer from
  the verb above it, since "Die Polizei ermittelt im Mord an ..." is no murder of the police's);
  "Die Polizei teilte mit, dass Markus Feldmann die Schüsse auf einen Polizisten gestanden habe"
  is Feldmann's shooting (was the police's: the nearest named subject above the noun). The German
  participle "gestanden", which the tagger may give the lemma "stehen", counts with an object.
  A noun that names its own doer keeps it ("räumte den Angriff der Rebellen ein").
- German: the heads of embassies called back. An object headed by a noun of the head of a body
  (frames.yaml ``leaders``: Leiter, Leiterin, Chef, Chefin; ``FrameBook.leaders``) meets an object
  condition also by the body its attribute names, and embassies and missions abroad (Botschaft,
  Auslandsvertretung, Botschaftsleiter) are what "abziehen", "zurückrufen", "zurückbeordern" and
  "zurückberufen" reduce relations by (161), as ambassadors are: "beschloss, die Leiter ihrer
  Auslandsvertretungen aus Mali und Niger abzuziehen" FRA 161 MLI+NER (was a retreat, 0874).
  English likewise (leaders: head, chief; embassy, embassies for recall, call back, withdraw, pull
  out): "Canada recalled the head of its embassy in Venezuela" CAN 161 VEN (was no event).
"""

from __future__ import annotations

import pytest

from tests.coded_events import sectored, triples as _events

_HAMBURG = "Hamburg – Die Hamburger Polizei sucht nach einem Überfall auf eine Tankstelle nach Zeugen. "
_LEEDS = "British police arrested Tom Miller in Leeds on Friday. "


@pytest.mark.parametrize("text, lang, expected", [
    (_HAMBURG + "Markus Feldmann hat den Mord an einer Rentnerin gestanden.", "de", ("DEU/CVL", "1823", "DEU/CVL")),
    ("Ein Brite räumte den Mord an einer Rentnerin ein.", "de", ("GBR/CVL", "1823", "GBR/CVL")),
    ("Ein Brite gab die Tötung eines Polizisten zu.", "de", ("GBR/CVL", "18", "GBR/COP")),
    (_HAMBURG + "Markus Feldmann wurde festgenommen. Die Polizei teilte mit, er habe die Schüsse auf "
     "einen Polizisten gestanden.", "de", ("DEU/CVL", "193", "DEU/COP")),
    (_HAMBURG + "Die Polizei teilte mit, dass Markus Feldmann die tödlichen Schüsse auf einen Polizisten "
     "gestanden habe.", "de", ("DEU/CVL", "193", "DEU/COP")),
    (_LEEDS + "Police said he confessed to the murder of a pensioner.", "en", ("GBR/CVL", "18", "GBR/CVL")),
])
def test_confessed_violence_is_the_confessors(text, lang, expected):
    assert expected in sectored(text, lang)


def test_confessed_shooting_is_not_the_police_s():
    text = _HAMBURG + "Die Polizei teilte mit, dass Markus Feldmann die Schüsse auf einen Polizisten gestanden habe."
    assert not any(s == "DEU/COP" for s, c, _ in sectored(text, "de") if c.startswith("19"))


@pytest.mark.parametrize("text", [
    # denied, investigated or condemned: no act of the verb's subject
    _HAMBURG + "Markus Feldmann bestreitet den Mord an einer Rentnerin.",
    "Die britische Polizei untersucht den Mord an einer Rentnerin.",
    "Der britische Premier verurteilte den Mord an einem Polizisten.",
])
def test_no_confession(text):
    assert not any(c.startswith("18") for _, c, _ in _events(text, "de"))


def test_noun_with_its_own_doer_keeps_it():
    events = _events("Russland räumte den Angriff der Rebellen auf Kiew ein.", "de")
    assert events and not any(s == "RUS" for s, _, _ in events)


@pytest.mark.parametrize("text, expected", [
    ("Die französische Regierung beschloss, die Leiter ihrer Auslandsvertretungen aus Mali und Niger abzuziehen.",
     ("FRA", "161", "MLI+NER")),
    ("Das Außenministerium in Paris rief die Leiterin der französischen Botschaft in Bamako zurück.", ("FRA", "161", "MLI")),
    ("Die kanadische Regierung zieht ihre Botschaft aus Venezuela ab.", ("CAN", "161", "VEN")),
    ("Ottawa beorderte die Chefin seiner Botschaft aus Caracas zurück.", ("CAN", "161", "VEN")),
])
def test_heads_of_embassies_called_back(text, expected):
    assert expected in _events(text, "de")


@pytest.mark.parametrize("text, cameo", [
    # the head of troops withdrawn is a withdrawal, as the troops are
    ("Die kanadische Regierung zog den Chef ihrer Truppen aus Lettland ab.", "0874"),
    ("Die kanadische Regierung zieht ihre Soldaten aus Lettland ab.", "0874"),
])
def test_heads_of_other_bodies_keep_their_frame(text, cameo):
    assert [c for _, c, _ in _events(text, "de")] == [cameo]


@pytest.mark.parametrize("text, expected", [
    ("Canada recalled the head of its embassy in Venezuela.", ("CAN", "161", "VEN")),
    ("Canada withdrew the chief of its embassy from Venezuela.", ("CAN", "161", "VEN")),
    ("Canada pulled out its embassy from Venezuela.", ("CAN", "161", "VEN")),
])
def test_heads_of_embassies_called_back_en(text, expected):
    assert expected in _events(text, "en")


def test_head_of_an_army_withdrawn_en():
    assert [c for _, c, _ in _events("Canada withdrew the chief of its army from Latvia.", "en")] == ["0874"]
