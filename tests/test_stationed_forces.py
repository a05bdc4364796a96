"""Forces stationed: German "stationieren" with troops or weapons is a deployment (154) as English
"station" is, in the active and in the passive; told in the state passive or the perfect with no
word of more it is where forces are, no move (pack words ``presence_verbs``); what "soll"
or "is to" be done in the passive is planned ("In Polen sollen 90 Kampfpanzer stationiert
werden", "Ninety tanks are to be stationed in Poland"); and "stationiert", "erobert" after a
main clause's first phrase with no auxiliary are its finite verb, not a participle."""
from __future__ import annotations

import pytest

from chronist.lang.de.tag import tokens
from coded_events import coded


@pytest.mark.parametrize("lang, text, expected", [
    ("de", "Die Nato stationiert 4000 Soldaten in Litauen.", [("IGO:NATO", "154", "", "asserted")]),
    ("de", "Russland stationierte Raketen an der Grenze zu Polen.", [("RUS", "154", "", "asserted")]),
    ("de", "Das Pentagon teilte mit, in Rumänien sollten 300 Soldaten stationiert werden.", [("USA", "154", "", "intent")]),
    ("de", "Großbritannien hat weitere Kampfjets in Estland stationiert.", [("GBR", "154", "", "asserted")]),
    ("en", "Ninety tanks are to be stationed in Poland, the Pentagon said.", [("USA", "154", "", "intent")]),
    ("en", "Russia has stationed more missiles in Kaliningrad.", [("RUS", "154", "", "asserted")]),
])
def test_forces_stationed_are_deployed(lang, text, expected):
    assert coded(text, lang) == expected


@pytest.mark.parametrize("lang, text", [
    ("de", "In Deutschland sind rund 35.000 US-Soldaten stationiert."),
    ("de", "Die USA haben rund 2000 Soldaten in Syrien stationiert."),
    ("de", "Das Bündnis, das Truppen im Land stationiert hat, wird nicht aufgelöst."),
    ("en", "Some 35,000 US soldiers are stationed in Germany."),
    ("en", "The United States has stationed about 2,000 troops in Syria."),
])
def test_forces_where_they_are_are_no_move(lang, text):
    assert coded(text, lang) == []


@pytest.mark.parametrize("text, modality", [
    ("Das Pentagon teilte mit, nach Rumänien sollten 300 Soldaten verlegt werden.", "intent"),
    ("Das Pentagon teilte mit, nach Rumänien seien 300 Soldaten verlegt worden.", "asserted"),
])
def test_passive_with_sollen_is_planned(text, modality):
    assert coded(text, "de") == [("USA", "154", "", modality)]


@pytest.mark.parametrize("text, verb", [
    ("Die Nato stationiert 4000 Soldaten in Litauen.", "stationiert"),
    ("Die Armee erobert die Stadt zurück.", "erobert"),
])
def test_participle_spelling_in_second_place_is_finite(text, verb):
    assert [t.pos for t in tokens(text, 0, len(text)) if t.text == verb] == ["VVFIN"]


@pytest.mark.parametrize("text", ["Die Stadt erobert, die Armee zieht ab.", "26 Menschen verletzt – 50 Festnahmen."])
def test_participle_ending_its_stretch_or_after_a_number_stays_a_participle(text):
    assert [t.pos for t in tokens(text, 0, len(text)) if t.text in ("erobert", "verletzt")] == ["VVPP"]
