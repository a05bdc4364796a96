"""Requests and refusals in negotiations, German and English (sentences written for these tests,
branch art44d: Brexit and the Mediterranean migration rows).

- A negation right after a preposition or a predicative "als" and before an adjective denies the
  adjective, not the verb (``chronist.lang.de.clauses._predicative_negation``): "Barnier
  kritisierte die britischen Vorschläge als nicht umsetzbar" is criticism done (was negated), as
  "wies die Forderung als nicht hinnehmbar zurück" is a rejection done; "kritisierte die
  Vorschläge nicht" stays negated.
- New frames (frames-art44d.yaml of both languages): "beantragte bei der EU einen Aufschub" (020),
  "tat die Forderung Londons als unrealistisch ab" (12, claims dismissed stay denials), "pushed
  back against British demands" (12, only demands, calls, proposals, pressure), "applied to the EU
  for an extension" (020), "placed the interior minister under investigation" (09), "ruled out
  further concessions to London" (124), "suchte bei der EU Garantien" (10, as "sought guarantees
  from", whose nouns now take concessions too: "sought concessions from Brussels").
- Words of scorn (frames-light.yaml, lexicon evaluative_adjectives): a stance called cynical,
  remarks called unhelpful, proposals called unworkable are criticised ("France called Italy's
  stance cynical" FRA 111 ITA; German "zynisch", "undurchführbar").
- Concessions refused to someone refuse to yield to them (124), in both languages: "Juncker lehnte
  weitere Zugeständnisse an London ab", "The EU rejected any concessions to Britain".
- German "nachkommen" takes no accusative: a request the parser reads as its object is the one
  complied with ("Spanien kam Italiens Bitte nach" ESP 083 ITA, was no target).
- German "handelt verantwortungslos", "verhält sich zynisch" in what a speaker says is his criticism
  of the one who acts (111, frames-art44d.yaml), as "sei verantwortungslos" is: "„Die italienische
  Regierung handelt verantwortungslos“, sagte Sánchez" ESP 111 ITA; with no speaker no event.
- Disappointment voiced over a party's act is disapproval (110): "The EU voiced disappointment
  over the British vote", "Die EU äußerte Enttäuschung über das britische Votum" IGO:EU 110 GBR.
- German: the aus-phrase after the pressure or demand one resists, defies or yields to names
  whose it is, as under "beugen" (frames): "Ungarn widersetzte sich dem Druck aus Brüssel" HUN 12
  IGO:EU, "trotzte dem Druck aus Brüssel" 128, "gab dem Druck aus Brüssel nach" 080 (no target
  before).
- German: a verb of demanding or warning after a quotation that closes before it (the pack's
  trailing_speech_verbs) reports the quotation, as it does a subjunctive clause
  (``clauses._trailing_saying``): "„Italien muss die Häfen öffnen“, forderte Macron" FRA 10 ITA
  (was FRA 10 with no target); the obligation in the quotation names whom the demand is made of.
"""

from __future__ import annotations

import pytest

from tests.coded_events import coded


@pytest.mark.parametrize("text, expected", [
    ("Barnier kritisierte die britischen Vorschläge als nicht umsetzbar.", ("IGO:EU", "111", "GBR", "asserted")),
    ("Dublin wies die Forderung Londons als nicht hinnehmbar zurück.", ("IRL", "12", "GBR", "asserted")),
])
def test_negated_predicative_adjective_leaves_the_act_done(text, expected):
    assert coded(text, "de") == [expected]


def test_negated_verb_stays_negated():
    assert [m for *_, m in coded("Barnier kritisierte die britischen Vorschläge nicht.", "de")] == ["negated"]


@pytest.mark.parametrize("text, lang, expected", [
    ("Großbritannien beantragte bei der EU einen weiteren Aufschub.", "de", ("GBR", "020", "IGO:EU")),
    ("Die britische Regierung tat Tusks Warnung als Panikmache ab.", "de", ("GBR", "12", "IGO:EU")),
    ("Barnier pushed back against British demands for a time limit.", "en", ("IGO:EU", "12", "GBR")),
    ("Britain applied to the EU for a further extension.", "en", ("GBR", "020", "IGO:EU")),
    ("Italian prosecutors placed the interior minister under investigation for kidnapping.", "en", ("ITA", "09", "ITA")),
    # words of scorn
    ("France called Italy's stance cynical.", "en", ("FRA", "111", "ITA")),
    ("Downing Street called the remarks by Donald Tusk unhelpful.", "en", ("GBR", "111", "IGO:EU")),
    ("The Irish government called the British proposals unworkable.", "en", ("IRL", "111", "GBR")),
    ("Macron bezeichnete die Haltung Italiens als zynisch.", "de", ("FRA", "111", "ITA")),
    ("Dublin nannte die britischen Vorschläge undurchführbar.", "de", ("IRL", "111", "GBR")),
    # concessions refused, requests met
    ("Juncker lehnte weitere Zugeständnisse an London ab.", "de", ("IGO:EU", "124", "GBR")),
    ("The EU rejected any concessions to Britain.", "en", ("IGO:EU", "124", "GBR")),
    ("The European Commission ruled out any further concessions to Britain.", "en", ("IGO:EU", "124", "GBR")),
    ("Spanien kam Italiens Bitte nach.", "de", ("ESP", "083", "ITA")),
    ("Großbritannien suchte bei der EU Garantien zum Backstop.", "de", ("GBR", "10", "IGO:EU")),
    ("Theresa May sought concessions from Brussels.", "en", ("GBR", "10", "IGO:EU")),
    # disappointment
    ("The EU voiced disappointment over the British vote.", "en", ("IGO:EU", "110", "GBR")),
    ("Die EU äußerte Enttäuschung über das britische Votum.", "de", ("IGO:EU", "110", "GBR")),
    # pressure from someone resisted, defied, yielded to
    ("Ungarn widersetzte sich dem Druck aus Brüssel.", "de", ("HUN", "12", "IGO:EU")),
    ("Orbán kündigte an, sich dem Druck aus Brüssel zu widersetzen.", "de", ("HUN", "12", "IGO:EU")),
    ("Ungarn trotzte dem Druck aus Brüssel.", "de", ("HUN", "128", "IGO:EU")),
    ("Ungarn gab dem Druck aus Brüssel nach.", "de", ("HUN", "080", "IGO:EU")),
    # acting irresponsibly, as a speaker says
    ("„Die italienische Regierung handelt verantwortungslos“, sagte Sánchez.", "de", ("ESP", "111", "ITA")),
    ("Sánchez sagte, die italienische Regierung handle verantwortungslos.", "de", ("ESP", "111", "ITA")),
    # a quotation reported by a verb of demanding after it
    ("„Italien muss die Häfen öffnen“, forderte Macron.", "de", ("FRA", "10", "ITA")),
    ('"London muss jetzt liefern", verlangte Barnier.', "de", ("IGO:EU", "10", "GBR")),
])
def test_requests_refusals_and_criticism(text, lang, expected):
    assert [e[:3] for e in coded(text, lang)] == [expected]


@pytest.mark.parametrize("text, lang", [
    ("Der Flüchtling beantragte Asyl in Deutschland.", "de"),
    ("Die Regierung tat die Vorwürfe der Opposition als haltlos ab.", "de"),
    ("China pushed back on US claims about Huawei.", "en"),
    ("The rules apply to Britain.", "en"),
    ("The government put the plan under scrutiny.", "en"),
    ("Der Trainer äußerte Enttäuschung über das Ergebnis.", "de"),
    ("Die Regierung handelt verantwortungslos.", "de"),
    ("„Wir handeln verantwortungsvoll“, sagte Salvini.", "de"),
])
def test_no_request_or_refusal(text, lang):
    assert coded(text, lang) == []

