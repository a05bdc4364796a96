"""Known open items of European domestic and EU politics, round art42 (sentences written for these
tests, branch art42c).

- A party's reaction to an agreement it made itself is aimed at the other parties of that
  agreement (``Coder._partners``, in ``Coder._act_antecedent``): "The European Union and Britain
  agreed on a new deal. The European Union welcomed the agreement" is IGO:EU 051 GBR (was no
  event: the agreement's doers were the source's own side), "Die Ukraine und Russland einigten
  sich auf einen Gefangenenaustausch. Kiew begrüßte die Vereinbarung" UKR 051 RUS. An agreement
  only pledged is no deal yet, and a third party's reaction stays aimed at all its parties.
- Violence referred back to ("condemned the violence", "verurteilte die Gewalt") names only an
  act of violence of the last sentences (145, 175, 18, 19, 20; pack words ``violence_anaphors``,
  moved out of ``act_anaphors``), no arrest or sanction: "Belgium detained the Catalan leader
  Carles Puigdemont. Spain condemned the violence in Barcelona" is no longer ESP 111 BEL, nor
  "Russia imposed sanctions on Georgia. The European Union condemned the violence" IGO:EU 111
  RUS; "Georgian police fired tear gas at protesters ... The European Union condemned the
  violence" stays IGO:EU 111 GEO.
- Frames (frames-art42c.yaml of both packs, with tests/frame_sentences/*-art42c.txt): an
  extension or delay granted is a concession (08: "The EU granted Britain an extension", "Die EU
  gewährte Großbritannien einen Aufschub"), talks refused are talks rejected (125: "refused talks
  with Kosovo", "verweigerte Gespräche mit dem Kosovo"), a coalition ended is relations reduced
  (16: "ended the coalition with the Freedom Party"), talks vetoed or prevented, or their opening,
  are talks rejected (125: "France vetoed the opening of accession talks with North Macedonia",
  "Frankreich verhinderte den Beginn von Beitrittsverhandlungen mit Albanien", which was 046),
  warnings or a ruling ignored defy them (128: "ignored warnings from Brussels" was no event,
  "ignorierte Warnungen aus Brüssel" now names Brussels by its "aus" phrase), German "rechnete mit
  X ab" criticises X (111), as English "lashed out at X" does; a university, a foundation or an
  organisation driven out by a state is expelled (166: "vertrieb die Zentraleuropäische
  Universität aus Budapest" was 190, an attack), as English "expelled the university" is.
"""

from __future__ import annotations

import pytest

from tests.coded_events import triples as _events



@pytest.mark.parametrize("text, lang, expected", [
    ("The European Union and Britain agreed on a new deal. The European Union welcomed the agreement.",
     "en", ("IGO:EU", "051", "GBR")),
    ("Russia and Turkey signed a deal on Idlib. Moscow praised the agreement.", "en", ("RUS", "051", "TUR")),
    ("The United States signed a deal with the Taliban. Washington welcomed the deal.", "en", ("USA", "051", "AFG")),
    ("Die Ukraine und Russland einigten sich auf einen Gefangenenaustausch. Kiew begrüßte die Vereinbarung.",
     "de", ("UKR", "051", "RUS")),
    ("Die EU und Großbritannien einigten sich auf ein Abkommen. Die Europäische Union begrüßte die Einigung.",
     "de", ("IGO:EU", "051", "GBR")),
])
def test_reaction_to_own_agreement_is_aimed_at_the_partners(text, lang, expected):
    assert _events(text, lang)[-1] == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("Israel and the United Arab Emirates agreed to normalise ties. Iran condemned the agreement.",
     "en", ("IRN", "111", "ISR+ARE")),
])
def test_third_partys_reaction_to_an_agreement_is_aimed_at_all_its_parties(text, lang, expected):
    assert _events(text, lang)[-1] == expected


@pytest.mark.parametrize("text, lang", [
    ("The United States pledged to sign a deal with the Taliban. Washington welcomed the deal.", "en"),
])
def test_reaction_to_own_pledge_is_no_event(text, lang):
    assert [e for e in _events(text, lang) if e[1] == "051"] == []


@pytest.mark.parametrize("text, lang, expected", [
    ("The European Union granted Britain a further extension.", "en", ("IGO:EU", "08", "GBR")),
    ("Die Europäische Union gewährte Großbritannien einen weiteren Aufschub.", "de", ("IGO:EU", "08", "GBR")),
    ("The Serbian government refused talks with Kosovo.", "en", ("SRB", "125", "XKX")),
    ("Die Regierung Serbiens verweigerte Gespräche mit dem Kosovo.", "de", ("SRB", "125", "XKX")),
    ("Austria's People's Party ended the coalition with the Freedom Party.", "en", ("AUT", "16", "AUT")),
    ("Hungary vetoed the start of accession negotiations with Ukraine.", "en", ("HUN", "125", "UKR")),
    ("Frankreich verhinderte die Aufnahme von Verhandlungen mit Albanien.", "de", ("FRA", "125", "ALB")),
    ("Poland's ruling party ignored warnings from Brussels.", "en", ("POL", "128", "IGO:EU")),
    ("Die polnische Regierungspartei ignorierte Warnungen aus Brüssel.", "de", ("POL", "128", "IGO:EU")),
    ("Ministerpräsident Giuseppe Conte rechnete im Senat mit Innenminister Matteo Salvini ab.", "de",
     ("ITA", "111", "ITA")),
    ("Die Regierung Orbán vertrieb die Zentraleuropäische Universität aus Budapest.", "de", ("HUN", "166", "HUN")),
])
def test_frames_of_european_politics(text, lang, expected):
    assert _events(text, lang) == [expected]


@pytest.mark.parametrize("text, lang", [
    ("Belgium detained the Catalan leader Carles Puigdemont. Spain condemned the violence in Barcelona.", "en"),
    ("Russia imposed sanctions on Georgia. The European Union condemned the violence.", "en"),
    ("Belgien nahm den katalanischen Politiker Carles Puigdemont fest. Spanien verurteilte die Gewalt in Barcelona.",
     "de"),
    ("Russland verhängte Sanktionen gegen Georgien. Die EU verurteilte die Gewalt.", "de"),
])
def test_condemned_violence_is_no_arrest_or_sanction(text, lang):
    assert [e for e in _events(text, lang) if e[1] == "111"] == []


@pytest.mark.parametrize("text, lang", [
    ("Georgian police fired tear gas at protesters in Tbilisi. The European Union condemned the violence.", "en"),
    ("Die georgische Polizei setzte Tränengas gegen Demonstranten in Tiflis ein. Die EU verurteilte die Gewalt.", "de"),
])
def test_condemned_violence_is_aimed_at_its_doer(text, lang):
    assert _events(text, lang)[-1] == ("IGO:EU", "111", "GEO")
