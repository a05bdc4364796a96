"""Known open items in both languages (sentences written for these tests, branch art42a, Middle
East 2019-2020).

- German: a title noun, then the title of the name after it, is one phrase with the name
  (``chunks._continues_name``): "Der oberste Führer Ajatollah Ali Chamenei schwor den USA Rache" is
  IRN 138 USA (the second title had become a dative object and the USA the object, so no event).
- A ban extended is a sanction extended (English extend 163 takes ban, aimed at whom the ban is
  on or "to" whom it stops trade): "Germany extended its ban on arms sales to Saudi Arabia" DEU
  163 SAU (was none); German "verlängerte den Stopp für Rüstungsexporte nach Saudi-Arabien" DEU
  1622 SAU, as "stoppte die Rüstungsexporte" (frames-art42a.yaml; was 072, exports given).
- German bewerfen takes potatoes, tomatoes, shoes and paint bags, as stones and eggs (145), and
  military police is a police force moved (verlegen 153, class Polizeikräfte).
"""

from __future__ import annotations

import pytest

from tests.coded_events import coded


def _events(text: str, lang: str) -> list[tuple[str, str, str]]:
    return [(s, c, t) for s, c, t, _ in coded(text, lang)]


@pytest.mark.parametrize("text, expected", [
    ("Der oberste Führer Ajatollah Ali Chamenei schwor den USA Rache.", ("IRN", "138", "USA")),
    ("Der oberste Führer Ajatollah Ali Chamenei warf den USA Terrorismus vor.", ("IRN", "112", "USA")),
    ("Der Außenminister Scheich Abdullah bin Zayed kritisierte Katar.", ("ARE", "111", "QAT")),
])
def test_title_then_title_of_name_is_one_phrase(text, expected):
    assert _events(text, "de") == [expected]


@pytest.mark.parametrize("text, lang, expected", [
    ("Germany extended its ban on arms sales to Saudi Arabia.", "en", ("DEU", "163", "SAU")),
    ("Deutschland verlängerte seinen Stopp für Rüstungsexporte nach Saudi-Arabien.", "de", ("DEU", "1622", "SAU")),
    ("Frankreich verlängerte das Verbot von Waffenlieferungen an Ägypten.", "de", ("FRA", "1622", "EGY")),
])
def test_extended_arms_ban(text, lang, expected):
    assert _events(text, lang) == [expected]


def test_extended_stop_of_no_arms_is_no_sanction():
    # the deportations stay what they were (174); the stop of them is no arms halt
    codes = [c for _, c, _ in _events("Deutschland verlängerte den Stopp der Abschiebungen nach Afghanistan.", "de")]
    assert "1622" not in codes and "163" not in codes


@pytest.mark.parametrize("text, expected", [
    ("Iranische Studenten bewarfen die britische Botschaft mit Tomaten.", ("IRN", "145", "GBR")),
    ("Russland verlegte Militärpolizei nach Syrien.", ("RUS", "153", "")),
])
def test_german_protest_and_deployment_words(text, expected):
    assert _events(text, "de") == [expected]
