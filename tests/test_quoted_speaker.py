"""Inside reported speech the first person is the speaker's side: a first-person possessive
("our", "my", "unser", "mein") makes an actor of no known country after it the speaker's state's
("\"Our army will attack Israel,\" Iran's defence minister said": Iran's army), and a country noun
after it the speaker's state ("my country", "unser Land"). Outside speech, or with no one speaker's state, nothing (sentences written for these
tests)."""
from __future__ import annotations

import pytest

from tests.coded_events import coded


@pytest.mark.parametrize("text, lang, expected", [
    ('"My government will impose sanctions on Russia," British Prime Minister Boris Johnson said.', "en",
     ("GBR", "1312", "RUS")),
    ('"My country rejects the demands of the United States," Venezuelan President Nicolas Maduro said.', "en",
     ("VEN", "12", "USA")),
    ('"Our government will send weapons to Kyiv," Polish Prime Minister Mateusz Morawiecki said.', "en",
     ("POL", "0332", "UKR")),
    ('The Turkish foreign minister said: "Our troops will not withdraw from Syria."', "en",
     ("TUR", "12", "SYR")),
    ('"Our army will attack Israel if it strikes again," Iran\'s defence minister said.', "en",
     ("IRN", "138", "ISR")),
    ("Der türkische Außenminister sagte: „Unsere Truppen werden sich nicht aus Syrien zurückziehen.“", "de",
     ("TUR", "12", "SYR")),
    ("„Meine Regierung wird Waffen an die Ukraine liefern“, sagte der polnische Regierungschef.", "de",
     ("POL", "0332", "UKR")),
    ("„Unsere Regierung verurteilt die Angriffe Russlands“, sagte der ukrainische Präsident.", "de",
     ("UKR", "111", "RUS")),
], ids=["my-government", "my-country", "our-government", "our-troops-after", "our-army",
        "unsere-truppen-nach", "meine-regierung",
        "unsere-regierung"])
def test_first_person_in_speech_is_the_speakers_side(text, lang, expected):
    assert expected in [e[:3] for e in coded(text, lang)]


@pytest.mark.parametrize("text, lang", [
    ('"Our army will attack Syria," Russia and China said.', "en"),
    ("„Unsere Armee wird Syrien angreifen“, sagten Russland und China.", "de"),
    ('"We will negotiate with Iran," our correspondent reported.', "en"),
], ids=["two-speakers-en", "two-speakers-de", "correspondent"])
def test_no_one_speakers_state_no_side(text, lang):
    assert not any(e[0] in ("RUS", "CHN", "RUS+CHN") or e[2] == "IRN" for e in coded(text, lang))


@pytest.mark.parametrize("text, expected", [
    ("„Wir werfen Russland Kriegsverbrechen vor“, sagte Selenskyj.", ("UKR", "1124", "RUS")),
    ("„Wir lehnen die Sanktionen der EU ab“, sagte der russische Außenminister.", ("RUS", "12", "IGO:EU")),
    ("„Mein Land lehnt die Forderungen der USA ab“, sagte der venezolanische Präsident Nicolás Maduro.",
     ("VEN", "12", "USA")),
    ("„Der Iran greift Israel an“, sagte der Sprecher.", ("IRN", "190", "ISR")),
], ids=["werfen-vor", "lehnen-ab", "mein-land-lehnt-ab", "greift-an"])
def test_particle_before_a_closing_quotation_mark_is_the_verbs(text, expected):
    """HanTa took the particle before the closing mark for a preposition: no verb "vorwerfen"."""
    assert expected in [e[:3] for e in coded(text, "de")]
