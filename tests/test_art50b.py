"""South Asia 2023-2024 (sentences written for these tests, branch art50b).

- A mediation accepted names its mediator inside the object too ("any mediation by the United
  States"): refused ("would not accept") it is a rejected mediation aimed at the mediator, IND 12
  USA (frames-cameo.yaml, accept 038 with the object among its targets); was no event, and
  "India accepted mediation by the United States" IND 038 USA (was USA 045 IND, mediation given).
- Rallies, marches and demonstrations blocked by a government, the police or an army are
  political freedoms restricted (1721), as blocked websites are (frames-conf24.yaml,
  frames-probe.yaml): "Bangladesh's interior ministry blocked opposition rallies in Dhaka" BGD
  1721 BGD (was no event); "Das Innenministerium ... blockierte Kundgebungen der Opposition"
  (was 191, a blockade).
- A person extradited with no state named to receive him goes to his own state: a refusal to
  extradite is aimed at it ("India will not extradite Hasina" IND 121 BGD, "Indien werde Hasina
  nicht ausliefern, sagte das Außenministerium" IND 121 BGD; were no event), and a done
  extradition too ("Italy extradited two Tunisian men" ITA 063 TUN); a state named still wins.
- English causatives (``causative_verbs`` in lexicon.yaml: have, get) with a past participle: the
  participle is passive, its subject whom the act was done to and the causative verb's subject
  the doer (``clauses.py``): "Russia had the Ukrainian sailors detained" RUS 173 UKR, "Canada had
  two Indian diplomats expelled" CAN 166 IND (were no event).
- An act ordered (``Words.command_verbs``) takes its order's modality (``Coder._modality``): an
  order not given or refused is an act not done, an order intended an act intended: "Hasina did
  not order troops to fire on Bangladeshi protesters" BGD 190 BGD negated (was asserted), "Hasina
  wanted to order troops to fire on ..." BGD 138 intent (was 190 asserted).
- A high commissioner (a Commonwealth state's ambassador) withdrawn is diplomatic relations
  reduced (161), as an ambassador withdrawn (frames-vocab3.yaml, de frames.yaml): "India pulled
  its high commissioner out of Ottawa", "Indien hat seinen Hochkommissar aus Ottawa abgezogen"
  IND 161 CAN (were 0874, troops withdrawn).
"""

from __future__ import annotations

import pytest

from tests.coded_events import coded, triples as _events



@pytest.mark.parametrize("text, lang, expected", [
    ("India said it would not accept any mediation by the United States.", "en", ("IND", "12", "USA")),
    ("Bangladesh said it would not accept any mediation by India.", "en", ("BGD", "12", "IND")),
    ("India accepted mediation by the United States.", "en", ("IND", "038", "USA")),
])
def test_mediator_inside_the_object(text, lang, expected):
    assert _events(text, lang) == [expected]


@pytest.mark.parametrize("text, lang, expected", [
    ("Bangladesh's interior ministry blocked opposition rallies in Dhaka.", "en", ("BGD", "1721", "BGD")),
    ("The Pakistani police blocked PTI marches in Lahore.", "en", ("PAK", "1721", "PAK")),
    ("Das Innenministerium von Bangladesch blockierte Kundgebungen der Opposition in Dhaka.", "de",
     ("BGD", "1721", "BGD")),
])
def test_blocked_rallies_restrict_freedoms(text, lang, expected):
    assert _events(text, lang) == [expected]


@pytest.mark.parametrize("text, lang, expected", [
    ("India will not extradite Hasina.", "en", [("IND", "121", "BGD")]),
    ("Italy extradited two Tunisian men.", "en", [("ITA", "063", "TUN")]),
    ("Britain extradited a Russian businessman to the United States.", "en", [("GBR", "063", "USA")]),
    ("Indien werde Hasina nicht ausliefern, sagte das Außenministerium.", "de", [("IND", "121", "BGD")]),
    ("Österreich hat einen Russen an die USA ausgeliefert.", "de", [("AUT", "063", "USA")]),
])
def test_extradited_person_names_the_receiving_state(text, lang, expected):
    assert _events(text, lang) == expected


@pytest.mark.parametrize("text, expected", [
    ("Russia had the Ukrainian sailors detained.", [("RUS", "173", "UKR")]),
    ("Canada had two Indian diplomats expelled.", [("CAN", "166", "IND")]),
    ("India got the Canadian diplomats expelled.", [("IND", "166", "CAN")]),
])
def test_causative_participle_is_the_subjects_act(text, expected):
    assert _events(text, "en") == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("Hasina did not order troops to fire on Bangladeshi protesters.", "en", [("BGD", "190", "BGD", "negated")]),
    ("Hasina wanted to order troops to fire on Bangladeshi protesters.", "en", [("BGD", "138", "BGD", "intent")]),
    ("Putin did not order the army to attack Kyiv.", "en", [("RUS", "190", "UKR", "negated")]),
])
def test_ordered_act_takes_its_orders_modality(text, lang, expected):
    assert coded(text, lang) == expected


def test_ordered_act_given_is_done():
    assert coded("Putin ordered the army to attack Kyiv.", "en") == [("RUS", "190", "UKR", "asserted")]


@pytest.mark.parametrize("text, lang", [
    ("India pulled its high commissioner out of Ottawa.", "en"),
    ("India withdrew its high commissioner from Canada.", "en"),
    ("Indien hat seinen Hochkommissar aus Ottawa abgezogen.", "de"),
])
def test_high_commissioner_withdrawn_reduces_relations(text, lang):
    assert _events(text, lang) == [("IND", "161", "CAN")]
