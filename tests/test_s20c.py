"""Branch s20c (issue 10 "real news"): vocabulary of political interaction the frames lacked
(chronist/lang/en/frames-s20c.yaml, chronist/lang/de/frames-s20c.yaml; one sentence per frame in
tests/frame_sentences/*-s20c.txt), and who spies when no one is named.

- Spying and hacking (176) told with no doer, in the passive or as a noun with no owner, name no
  doer: the unnamed authorities of a state (``coder._authority``) are not put behind them as they
  are behind an arrest or a ban, for a state's politicians and parliament are spied on by foreign
  services as often as by their own ("Die Telefone zweier Minister sollen abgehört worden sein" was
  DEU 176 DEU, "der Cyberangriff auf den Bundestag" DEU 176 DEU). A doer named still spies.
- An act told after the object of a verb of denying, as what the denied part was in, is no act of
  the one who denies it (``Coder._object_of_event_verb``), whether the parser hangs it on the verb
  or on the object, as a denied "involvement" or "responsibility" is none (the frames' claims):
  "Armenia denied any role in the attack on Azerbaijani soldiers" was ARM 190 AZE, "Armenien
  bestritt jede Rolle bei dem Angriff auf aserbaidschanische Soldaten" too. Rejecting another's
  role stays a rejection ("Azerbaijan rejected Russia's role in the talks" AZE 12 RUS, as before).
- Whose demands or criticism one gives in to or takes may stand in a "from" or "aus" phrase, as
  with "give in" and "ernten": "caved in to demands from the European Commission" (frames-vocab0.yaml),
  "musste Kritik aus Brüssel einstecken" (frames-counterparts-2.yaml) had no target or source.
- A reciprocal act told in the passive with no agent has the parties of its "between" phrase for
  its sides, each the source and target of the other, as a noun has them (``Coder._between``):
  "Diplomatic ties between Morocco and Israel were restored" MAR+ISR 054 MAR+ISR, "Zwischen
  Serbien und Kosovo wurde ein Abkommen unterzeichnet" SRB+XKX 057 SRB+XKX (were no event).
- German: "zu" before a word written with a capital inside the sentence that HanTa took for an
  infinitive is the preposition, and the word the noun (``tag._preposition_zu``): "Zwischen
  Israel und der Hamas kam es erneut zu Gefechten" ISR+PSE 190 (was no event: "to fight").
- German: a name no dictionary holds after a plural noun with an adjective that no preposition
  governs starts a phrase of its own (``chunks``), as a state's name does there: "Am Montag griffen
  russische Truppen Charkiw an" RUS 190 UKR (was no event: one subject "russische Truppen
  Charkiw"). A passive act sealing an event noun that names its sides itself stays the noun's
  ("Die Aufnahme diplomatischer Beziehungen zwischen Israel und Bahrain wurde besiegelt" 054).
"""

from __future__ import annotations

import pytest

from tests.coded_events import triples as _events


@pytest.mark.parametrize("text, lang", [
    ("Die Geheimdienste hörten viele Telefone ab. Auch der Vorsitzende der SPD und die frühere "
     "Justizministerin sollen abgehört worden sein.", "de"),
    ("Der Hackerangriff auf den österreichischen Nationalrat wurde im Sommer bekannt.", "de"),
])
def test_spying_with_no_doer_names_none(text, lang):
    assert not [e for e in _events(text, lang) if e[1] == "176"]


@pytest.mark.parametrize("text, lang, expected", [
    ("Der tschechische Geheimdienst belauschte den slowakischen Außenminister.", "de", ("CZE", "176", "SVK")),
    ("Hungarian agents listened in on Slovak diplomats.", "en", ("HUN", "176", "SVK")),
])
def test_spying_by_a_named_doer(text, lang, expected):
    assert expected in _events(text, lang)


@pytest.mark.parametrize("text, lang", [
    ("Armenia denied any role in the attack on Azerbaijani soldiers.", "en"),
    ("Armenien bestritt jede Rolle bei dem Angriff auf aserbaidschanische Soldaten.", "de"),
])
def test_part_denied_in_an_act_is_no_act_of_the_denier(text, lang):
    assert [e for e in _events(text, lang) if e[1].startswith("19")] == []



@pytest.mark.parametrize("text, lang, expected", [
    ("Hungary caved in to demands from the European Commission.", "en", ("HUN", "080", "IGO:EU")),
    ("Die polnische Regierung musste Kritik aus Brüssel einstecken.", "de", ("IGO:EU", "111", "POL")),
])
def test_demands_and_criticism_from_someone(text, lang, expected):
    assert expected in _events(text, lang)


@pytest.mark.parametrize("text, lang, expected", [
    ("Diplomatic ties between Morocco and Israel were restored in December.", "en",
     ("MAR+ISR", "054", "MAR+ISR")),
    ("A security pact was signed between Japan and the Philippines.", "en", ("JPN+PHL", "057", "JPN+PHL")),
    ("Zwischen Äthiopien und Eritrea wurde ein Friedensabkommen unterzeichnet.", "de", ("ETH+ERI", "057", "ETH+ERI")),
])
def test_passive_reciprocal_act_between_two_sides(text, lang, expected):
    assert expected in _events(text, lang)


@pytest.mark.parametrize("text, expected", [
    ("Zwischen Äthiopien und Eritrea kam es erneut zu Kämpfen.", ("ETH+ERI", "190", "ETH+ERI")),
])
def test_capitalised_word_after_zu_is_a_noun(text, expected):
    assert expected in _events(text, "de")



@pytest.mark.parametrize("text, expected", [
    ("In der Nacht griffen russische Drohnen Saporischschja an.", ("RUS", "190", "UKR")),
])
def test_town_after_plural_doers_is_a_phrase_of_its_own(text, expected):
    assert expected in _events(text, "de")
