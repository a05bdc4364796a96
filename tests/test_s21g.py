"""Wrong events of the twenty-first session, branch s21g (sentences written for these tests).

- An attack noun of a named official's or politician's own ("his attacks") under a verb of
  insisting or speech (the packs' ``insisting_verbs``: "doubled down on", "repeated",
  "apologised for"; "nachlegen", "wiederholen") is one of words, criticism (111), as
  ``_verbal_attack`` reads politicians attacking politicians (``Coder._insisted_attack``):
  "Erdogan doubled down on his attacks on the Netherlands" TUR 111 NLD (was 190). A state's
  attacks stay force: "Russia doubled down on its attacks on Ukraine", "Russia stepped up its
  attacks on Ukraine" (190).
- A private person expelled (a businessman, a tourist, a scholar) is deported (174), as
  migrants and foreign nationals are (frames-probe.yaml); diplomats stay 166: "Canada expelled
  a Chinese businessman" CAN 174 CHN (was 166). (German "ausweisen" already codes 174 for
  anyone but diplomats and bodies.)
- A warning against travel (the packs' ``travel_nouns`` in a phrase of the warning's preposition)
  is travel advice to one's own people, no threat (``Coder._travel_advice``): "The German
  government warned its citizens against travel to Venezuela", "Das Außenministerium warnte
  amerikanische Bürger vor Reisen nach Venezuela" (were DEU 13 DEU, USA 13 USA); a warning against an attack stays 13.
- People of no country named whom a state's government says another state's forces harmed are
  that government's people, not the attacker's (``_speakers_state``, after ``_struck``): "Iraq
  said Turkish troops had killed four villagers" TUR 18 IRQ (was TUR 18 TUR).
"""

from __future__ import annotations

import pytest

from tests.coded_events import triples as _events


@pytest.mark.parametrize("text, lang, expected", [
    ("Erdogan doubled down on his attacks on the Netherlands.", "en", ("TUR", "111", "NLD")),
    ("Emmanuel Macron repeated his attacks on Hungary.", "en", ("FRA", "111", "HUN")),
    ("Matteo Salvini reiterated his attacks on France.", "en", ("ITA", "111", "FRA")),
    ("Erdogan legte mit seinen Angriffen auf die Niederlande nach.", "de", ("TUR", "111", "NLD")),
    ("Emmanuel Macron wiederholte seine Angriffe auf Ungarn.", "de", ("FRA", "111", "HUN")),
])
def test_politicians_own_attacks_insisted_on_are_words(text, lang, expected):
    events = _events(text, lang)
    assert expected in events
    assert (expected[0], "190", expected[2]) not in events


@pytest.mark.parametrize("text, lang, expected", [
    ("Russia doubled down on its attacks on Ukraine.", "en", ("RUS", "190", "UKR")),
    ("Russia stepped up its attacks on Ukraine.", "en", ("RUS", "190", "UKR")),
    ("Russland legte mit seinen Angriffen auf die Ukraine nach.", "de", ("RUS", "190", "UKR")),
])
def test_states_attacks_insisted_on_stay_force(text, lang, expected):
    assert expected in _events(text, lang)


@pytest.mark.parametrize("text, lang, expected", [
    ("Canada expelled a Chinese businessman.", "en", ("CAN", "174", "CHN")),
    ("Malaysia expelled two North Korean tourists.", "en", ("MYS", "174", "PRK")),
    ("Turkey expelled an American scholar last week.", "en", ("TUR", "174", "USA")),
    ("Kanada wies einen chinesischen Geschäftsmann aus.", "de", ("CAN", "174", "CHN")),
])
def test_private_person_expelled_is_deported(text, lang, expected):
    events = _events(text, lang)
    assert expected in events
    assert (expected[0], "166", expected[2]) not in events


@pytest.mark.parametrize("text, lang, expected", [
    ("Canada expelled the Chinese ambassador.", "en", ("CAN", "166", "CHN")),
    ("Kanada wies den chinesischen Botschafter aus.", "de", ("CAN", "166", "CHN")),
])
def test_diplomat_expelled_stays_166(text, lang, expected):
    assert expected in _events(text, lang)


@pytest.mark.parametrize("text, lang", [
    ("The German government warned its citizens against travel to Venezuela.", "en"),
    ("Canberra warned Australian tourists against trips to North Korea.", "en"),
    ("Das Außenministerium warnte amerikanische Bürger vor Reisen nach Venezuela.", "de"),
    ("Canberra warnte australische Touristen vor Reisen nach Nordkorea.", "de"),
])
def test_travel_advice_is_no_threat(text, lang):
    assert not [e for e in _events(text, lang) if e[1].startswith("13")]


@pytest.mark.parametrize("text, lang, expected", [
    ("Iran warned Israel against an attack on Syria.", "en", ("IRN", "13", "ISR")),
    ("Der Iran warnte Israel vor einem Angriff auf Syrien.", "de", ("IRN", "13", "ISR")),
])
def test_warning_against_an_act_stays_a_threat(text, lang, expected):
    assert expected in _events(text, lang)


@pytest.mark.parametrize("text, lang, expected", [
    ("Lebanon said Israeli soldiers had shot two farmers.", "en", ("ISR", "LBN")),
    ("Iraq said Turkish troops had killed four villagers.", "en", ("TUR", "IRQ")),
    ("Der Irak erklärte, türkische Soldaten hätten vier Dorfbewohner getötet.", "de", ("TUR", "IRQ")),
    ("Der Libanon teilte mit, israelische Soldaten hätten zwei Bauern erschossen.", "de", ("ISR", "LBN")),
])
def test_victims_told_by_a_state_are_its_people(text, lang, expected):
    events = _events(text, lang)
    assert any(s == expected[0] and t == expected[1] for s, _, t in events)
    assert not any(s == expected[0] and t == expected[0] for s, _, t in events)
