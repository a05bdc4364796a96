"""Known open items in both languages, round art48a (Serbia and Kosovo 2021-23, Georgia 2023-24;
sentences written for these tests, branch art48a).

- Aid, assistance or help paused is aid halted (162, en frames-art48a.yaml), as frozen, suspended
  or cut aid is: "Washington paused assistance to the Georgian government" is USA 162 GEO (was 07,
  aid given); paused talks stay 164.
- German battalions, brigades and regiments sent or moved are forces deployed (154, the
  entsenden/verlegen frames of de frames.yaml), as troops and units are: "Großbritannien hat ein
  Bataillon in die Region entsandt" GBR 154 (was no event), as English "deployed a battalion" is.
- A cooperative act (03-06) named in a prepositional phrase of a refusal verb matched by its
  object (``_refused_in_phrase``: a withheld signature or consent) is what was refused, no act:
  "Vucic verweigerte die Unterschrift unter das Abkommen mit dem Kosovo" is SRB 120 XKX alone
  (before, an agreement signed, SRB 057 XKX, was coded as well); a signature given stays 057.
"""

from __future__ import annotations

import pytest

from tests.coded_events import triples as _events



@pytest.mark.parametrize("text, lang, expected", [
    ("Washington also paused assistance to the Georgian government.", "en", [("USA", "162", "GEO")]),
    ("The United States paused military aid to Georgia.", "en", [("USA", "162", "GEO")]),
    ("Vucic verweigerte die Unterschrift unter das Abkommen mit dem Kosovo.", "de", [("SRB", "120", "XKX")]),
    ("Kurti verweigerte seine Unterschrift unter die Vereinbarung mit Serbien.", "de", [("XKX", "120", "SRB")]),
    ("Vucic setzte seine Unterschrift unter das Abkommen mit dem Kosovo.", "de", [("SRB", "057", "XKX")]),
])
def test_aid_paused_and_signature_withheld(text, lang, expected):
    assert _events(text, lang) == expected


def test_talks_paused_stay_talks_halted():
    assert [c for _, c, _ in _events("Washington paused talks with Tbilisi.", "en")] == ["164"]


@pytest.mark.parametrize("text", [
    "Großbritannien hat ein Bataillon in die Region entsandt.",
    "Serbien verlegte eine Brigade an die Grenze zum Kosovo.",
    "Frankreich entsandte ein Regiment in das Land.",
])
def test_battalion_sent_is_forces_deployed(text):
    assert [c for _, c, _ in _events(text, "de")] == ["154"]
