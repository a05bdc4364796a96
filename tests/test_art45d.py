"""Known open items in refusals, from own articles on Israel and the Palestinians 2018-2021 and
Afghanistan 2020-2021 (sentences written for these tests, branch art45d).

- English: an act ruled out with a gerund is refused, as with "refused to" (``refusal_verbs``
  now hold "rule out"; the act was an option only, ``possibility_verbs``): "The EU ruled out
  recognising the Taliban government" is IGO:EU 120 AFG, "ruled out negotiating with Hamas"
  ISR 125 PSE (a cooperative act refused, coder.REFUSALS); "did not rule out attacking Iran", and
  an act of no cooperation ("ruled out sending troops"), stay no act.
- German: a zu-infinitive under "ausschließen" not negated is refused (``affirmed_refusal_verbs``):
  "Die EU schloss aus, die Taliban-Regierung anzuerkennen" is IGO:EU 120 AFG; "schloss nicht aus,
  ... anzugreifen" stays only possible.
- Frames: a recognition ruled out ("schloss eine Anerkennung der Taliban-Regierung aus", 12), arms
  deliveries ruled out ("schloss Waffenlieferungen an die Ukraine aus", 1222), an invitation to talks
  with someone turned down ("turned down an invitation to talks with Netanyahu", "schlug eine
  Einladung zu Gesprächen mit Netanjahu aus"), a power-sharing with someone refused ("erteilten
  einer Machtteilung mit Kabul eine Absage"), a clash threatened with someone ("threatened a
  massive clash with Israel", 138).
- English "request" and "ask" with a that-clause ask whom it names as the one to act:
  "The Palestinians requested that the ICC open an investigation" is PSE 020 IGO:ICC (frames.yaml).
- The clause that tells who said an act ("lehnte den Vorschlag ab, sagte ein Sprecher") is no
  content of the act (``Coder._complement``): its spokesman, a government of no country, was taken
  for the source's own government ("Die Hamas lehnte den Vorschlag ab, sagte ein Sprecher" coded
  PSE 12 PSE); the zu-infinitive of the act still names its target.
- English "called X a <kind> <noun>": the word before the noun that says its kind is read by the
  frames of calling (``pred.objects``): "Erdogan called Israel a terrorist state" is TUR 111 ISR;
  "called France a reliable partner" stays nothing. A plan called a conspiracy, a ruling called
  antisemitism are scorn (class scorn of frames-light.yaml, both languages: "Verschwörung",
  "Antisemitismus", and German compounds of a state or regime of terror: "nannte Israel einen
  Terrorstaat").
"""

from __future__ import annotations

import pytest

from tests.coded_events import coded, triples as _events



@pytest.mark.parametrize("text, lang, expected", [
    ("The EU ruled out recognising the Taliban government.", "en", ("IGO:EU", "120", "AFG")),
    ("Netanyahu ruled out negotiating with Hamas.", "en", ("ISR", "125", "PSE")),
    ("Die EU schloss aus, die Taliban-Regierung anzuerkennen.", "de", ("IGO:EU", "120", "AFG")),
    ("Frankreich schloss aus, mit der Hamas zu verhandeln.", "de", ("FRA", "125", "PSE")),
])
def test_act_ruled_out_is_refused(text, lang, expected):
    assert expected in _events(text, lang)


@pytest.mark.parametrize("text, lang", [
    ("Israel did not rule out attacking Iranian nuclear sites.", "en"),
    ("Israel schloss nicht aus, den Iran anzugreifen.", "de"),
])
def test_act_not_ruled_out_stays_an_option(text, lang):
    assert not any(c.startswith(("12", "19")) and m == "asserted" for _, c, _, m in coded(text, lang))


@pytest.mark.parametrize("text, lang, expected", [
    ("Die Europäische Union schloss eine Anerkennung der Taliban-Regierung aus.", "de", ("IGO:EU", "12", "AFG")),
    ("Deutschland schloss Waffenlieferungen an die Ukraine aus.", "de", ("DEU", "1222", "UKR")),
    ("Abbas turned down an invitation to talks with Netanyahu.", "en", ("PSE", "12", "ISR")),
    ("Abbas schlug eine Einladung zu Gesprächen mit Netanjahu aus.", "de", ("PSE", "12", "ISR")),
    ("Die Taliban erteilten einer Machtteilung mit Kabul eine Absage.", "de", ("AFG", "12", "AFG")),
    ("Jordan threatened a massive clash with Israel.", "en", ("JOR", "138", "ISR")),
])
def test_refusals_and_threats_told_through_a_noun(text, lang, expected):
    assert expected in _events(text, lang)


@pytest.mark.parametrize("text, expected", [
    ("The Palestinians requested that the ICC open an investigation.", ("PSE", "020", "IGO:ICC")),
    ("The EU asked that Israel release the prisoners.", ("IGO:EU", "020", "ISR")),
])
def test_request_that_asks_whom_the_clause_names(text, expected):
    assert expected in _events(text, "en")


@pytest.mark.parametrize("text, lang", [
    ("Die Hamas lehnte den Vorschlag ab, sagte ein Sprecher.", "de"),
    ("Die Taliban wiesen das Angebot zurück, sagte ein Sprecher.", "de"),
])
def test_who_tells_of_a_refusal_is_not_refused(text, lang):
    assert not any(s == t for s, _, t in _events(text, lang))


def test_refusal_told_by_a_spokesman_keeps_its_target():
    assert ("PSE", "12", "ISR") in _events("Die Hamas lehnte es ab, mit Israel zu verhandeln, sagte ein Sprecher.", "de")


@pytest.mark.parametrize("text, expected", [
    ("Erdogan called Israel a terrorist state.", ("TUR", "111", "ISR")),
    ("Iran called the Taliban government an illegitimate regime.", ("IRN", "111", "AFG")),
    ("Abbas called the US plan a conspiracy.", ("PSE", "111", "USA")),
    ("Netanyahu called the ICC ruling antisemitism.", ("ISR", "111", "IGO:ICC")),
])
def test_called_a_word_of_scorn_with_its_kind(text, expected):
    assert expected in _events(text, "en")


def test_called_a_partner_of_a_good_kind_is_no_criticism():
    assert _events("Merkel called France a reliable partner.", "en") == []


@pytest.mark.parametrize("text, expected", [
    ("Erdogan nannte Israel einen Terrorstaat.", ("TUR", "111", "ISR")),
    ("Abbas bezeichnete den Plan der USA als Verschwörung.", ("PSE", "111", "USA")),
])
def test_german_words_of_scorn_for_a_state_or_a_plan(text, expected):
    assert expected in _events(text, "de")


def test_demand_noun_on_no_clause_does_not_crash() -> None:
    """A fuzzed line whose demand noun hangs on no clause (found by tests/test_hostile.py): the
    spokesman check of ``Coder._complement`` looked up the speaker of a clause index None."""
    assert coded("\"Macron demand\n\ntomorrow 'to\n\nthe ", "en") == []
