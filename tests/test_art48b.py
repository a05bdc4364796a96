"""Latin America 2021-2023 (sentences written for these tests, branch art48b).

- A person titled with a state office below the government (a court, prosecutor, lawmaker,
  officer: sectors JUD, LEG, MIL, COP) but of no named state is found again by his last name
  (``Mentions.by_surname``), and the coder gives him the article's state as it gave the full
  mention: "Attorney General Consuelo Porras ... The United States barred Porras from entering the
  country" is USA 172 GTM (the target was the United States itself), "The European Union imposed
  sanctions on Porras" IGO:EU 163 GTM (was no event). A minister of no named state is not
  (measured: one wrong event more on the German news file).
- A demand that its target leave the demanders' own state, named as a place, expels the target
  (166), as a demand to leave "the country" does (``Coder._departure``): "Lima ordered the Mexican
  ambassador to leave Peru" PER 166 MEX, "Der Kreml forderte zehn polnische Diplomaten auf,
  Russland zu verlassen" RUS 166 POL (were 10). Forces told to leave stay a demand ("Ukraine
  demanded that Russian troops leave Ukraine" UKR 10 RUS).
- English: a "by" phrase right after an active verb's object noun, which the parser hangs on the
  verb, names the noun's doer (en ``clauses.py``): "The OAS criticised the raids by Guatemalan
  prosecutors" IGO:OAS 111 GTM (was no event); "cut the aid by half" takes no doer.
- Frames: asylum seekers or dissidents handed over are extradited (063, frames-probe.yaml): "Turkey
  handed over two dissidents to Uzbekistan" TUR 063 UZB; German frames-art48b.yaml: a diplomat's
  "Ausreise" demanded, ordered or commanded is his expulsion (166), citizenship or accreditation
  "aberkannt" withdrawn (172); feminine scorn nouns ("als Verbrecherin bezeichnet", 111); a share
  of the blame given ("gab Bolivien eine Mitschuld an den Unruhen", 112) as the blame is.
"""

from __future__ import annotations

import pytest

from tests.coded_events import triples as _events



_MET = "Guatemalan President Alejandro Giammattei met Attorney General Consuelo Porras on Monday. "

# (text, lang, the last event coded): a titled official found again, a diplomat told to leave,
# forces told to leave, an act's doer in a 'by' phrase after the verb's object
_CASES = [
    (_MET + "The European Union imposed sanctions on Porras.", "en", ("IGO:EU", "163", "GTM")),
    (_MET + "The United States barred Porras from entering the country.", "en", ("USA", "172", "GTM")),
    ("Lima ordered the Mexican ambassador to leave Peru within 72 hours.", "en", ("PER", "166", "MEX")),
    ("Managua told the EU ambassador to leave Nicaragua.", "en", ("NIC", "166", "IGO:EU")),
    ("Der Kreml forderte zehn polnische Diplomaten auf, Russland zu verlassen.", "de", ("RUS", "166", "POL")),
    ("Lima forderte den mexikanischen Botschafter auf, Peru binnen 72 Stunden zu verlassen.", "de",
     ("PER", "166", "MEX")),
    ("Ukraine demanded that Russian troops leave Ukraine.", "en", ("UKR", "10", "RUS")),
    ("The OAS criticised the raids by Guatemalan prosecutors.", "en", ("IGO:OAS", "111", "GTM")),
    ("The OAS criticised the arrests by Guatemalan police.", "en", ("IGO:OAS", "111", "GTM")),
    ("Turkey handed over two dissidents to Uzbekistan.", "en", ("TUR", "063", "UZB")),
    ("Ortega bezeichnete die US-Botschafterin als Verbrecherin.", "de", ("NIC", "111", "USA")),
    ("Die peruanische Präsidentin gab Bolivien eine Mitschuld an den Unruhen.", "de", ("PER", "112", "BOL")),
]


@pytest.mark.parametrize("text, lang, expected", _CASES)
def test_latin_america_2021_23(text, lang, expected):
    assert _events(text, lang)[-1] == expected
