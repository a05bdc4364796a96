"""Iran 2020-2023 in both languages (sentences written for these tests, branch art47a).

- A crackdown, repression, arrests or executions referred back to ("condemned the crackdown", "verurteilte
  das harte Vorgehen"; the pack's ``domestic_acts``) name the latest act of coercion or violence
  (``DOMESTIC_ACT_CODES`` in ``Coder._act_antecedent``), no longer any latest act of another
  party: "Iran hanged a protester. Britain sanctioned the morality police. Germany condemned the
  crackdown" is DEU 111 IRN (was DEU 111 GBR, the British sanction); so "condemned the arrests",
  "verurteilte die Festnahmen" (was any act of the last sentences too).
- English: the passive subject of a to-infinitive after "for" is the appeal's "for" phrase, as an
  active one is (``en/clauses.py``, the mark's subject): "The European Parliament called for the
  Revolutionary Guards to be listed as a terrorist organisation" is EU 02 IRN (was no appeal, and
  IRN 112 IRN from the listing read as done with no one doing it).
- Peacekeepers, inspectors and aid workers expelled in a passive with no agent are expelled by the
  state they leave, as diplomats are (source ``prep:from``/``prep:aus`` of expel:1661/1662 in
  en/frames-cameo.yaml and ausweisen:1661/1662/1663 in de/frames.yaml): "Two IAEA inspectors were
  expelled from Iran" is IRN 1662 IAEA (was no event).
- Ties cut, broken off or severed with no partner named are cut with each other (``reciprocal`` on
  cut/break off/sever:161 in en/frames.yaml and abbrechen:161 in de/frames.yaml, as restore:054
  and kappen:161 are): "Saudi Arabia and Iran severed diplomatic ties in 2016" is SAU+IRN 161
  SAU+IRN (was no event).
- German: the Kurdish regional government written as a description, "die kurdische
  Regionalregierung" (organisations.yaml), is Iraq's, as "Kurdische Regionalregierung" is: "Die
  kurdische Regionalregierung verurteilte den Angriff" after Iranian missiles on Erbil is IRQ 111
  IRN (was no actor).
- Paint, eggs or firecrackers thrown or hurled at a target by protesters, as stones are (throw,
  hurl:145 in en/frames-13-20.yaml; German "mit Farbe beworfen", bewerfen:145): "Protesters threw
  paint at the Iranian embassy in Berlin" is 145 at Iran (was no event).
- German: compensation demanded is asked of whom it is demanded from (verlangen:1031,
  frames-art47a.yaml), not a call for the sanctions it is demanded for: "Der Iran
  verlangte von den USA eine Entschädigung für die Sanktionen" is IRN 1031 USA (was IRN 113 at
  whoever sanctioned last).
- New frames (frames-art47a.yaml in both packs): airspace shut to a state's planes (163), diplomats
  kicked out (166), a lifting of sanctions ruled out (German ausschließen:124).
"""

from __future__ import annotations

import pytest

from tests.coded_events import triples as _events



@pytest.mark.parametrize("text, lang, expected", [
    ("Iran hanged a young protester in Mashhad. Britain sanctioned the morality police. "
     "Germany condemned the crackdown on women.", "en", ("DEU", "111", "IRN")),
    ("Police in Tehran arrested hundreds of students. Canada imposed sanctions on two Iranian "
     "officials. The Dutch government criticised the repression.", "en", ("NLD", "111", "IRN")),
    ("Der Iran richtete in Maschhad einen jungen Demonstranten hin. Großbritannien verhängte Sanktionen "
     "gegen die Sittenpolizei. Deutschland verurteilte das harte Vorgehen gegen Frauen.", "de",
     ("DEU", "111", "IRN")),
    ("Police in Tehran arrested dozens of students. Britain sanctioned two Iranian judges. "
     "Germany condemned the arrests.", "en", ("DEU", "111", "IRN")),
    ("Die Polizei in Teheran nahm Dutzende Studenten fest. Großbritannien verhängte Sanktionen gegen "
     "zwei iranische Richter. Deutschland verurteilte die Festnahmen.", "de", ("DEU", "111", "IRN")),
])
def test_crackdown_refers_to_coercion(text, lang, expected):
    assert _events(text, lang)[-1] == expected


@pytest.mark.parametrize("text, expected", [
    ("The European Parliament called for the Revolutionary Guards to be listed as a terrorist organisation.",
     [("IGO:EU", "02", "IRN")]),
    ("Kyiv called for Iran to be punished for the drone deliveries.", [("UKR", "02", "IRN")]),
])
def test_appeal_for_a_passive(text, expected):
    assert _events(text, "en") == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("Two IAEA inspectors were expelled from Iran last week.", "en", [("IRN", "1662", "IGO:IAEA")]),
    ("Die Inspektoren der IAEA wurden aus dem Iran ausgewiesen.", "de", [("IRN", "1662", "IGO:IAEA")]),
])
def test_inspectors_expelled_by_the_state_left(text, lang, expected):
    assert _events(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("Saudi Arabia and Iran severed diplomatic ties in 2016.", "en", [("SAU+IRN", "161", "SAU+IRN")]),
    ("Riyadh and Tehran agreed to restore relations. The two countries had cut ties in 2016.", "en",
     [("SAU+IRN", "032", "SAU+IRN"), ("SAU+IRN", "161", "SAU+IRN")]),
    ("Saudi-Arabien und der Iran brachen 2016 ihre Beziehungen ab.", "de", [("SAU+IRN", "161", "SAU+IRN")]),
])
def test_ties_cut_with_each_other(text, lang, expected):
    assert _events(text, lang) == expected


def test_kurdish_regional_government_de():
    text = ("Die Revolutionsgarden feuerten Raketen auf Erbil ab. "
            "Die kurdische Regionalregierung verurteilte den Angriff scharf.")
    assert _events(text, "de")[-1] == ("IRQ", "111", "IRN")


@pytest.mark.parametrize("text, lang", [
    ("Protesters threw paint at the Iranian embassy in Berlin.", "en"),
    ("Die iranische Botschaft in Berlin wurde von Demonstranten mit Farbe beworfen.", "de"),
])
def test_paint_thrown_at_an_embassy(text, lang):
    assert [(c, t) for _, c, t in _events(text, lang)] == [("145", "IRN")]


def test_compensation_demanded_de():
    text = "Der Iran verlangte von den USA eine Entschädigung für die Sanktionen."
    assert _events(text, "de") == [("IRN", "1031", "USA")]
