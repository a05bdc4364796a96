"""Known open items in both languages, round art50 (sentences written for these tests, branch art50c).

- A person attacked on social media or in a video is criticised (11), as one attacked in a speech
  or a tweet is (frames-senses.yaml, extended): "Trump attacked Biden on social media" was 190, an
  armed attack; "Trump griff Biden in den sozialen Medien an" likewise.
- A constitutional council (France's "Conseil constitutionnel") is of the judiciary, as a
  constitutional court is (actors/data/agents-justice.yaml): "Der Verfassungsrat lehnte den Antrag
  der Sozialisten ab" now has a source.
- Demands, objections and offers waved aside, waved off or swatted away are rejected (12,
  frames-art50c.yaml; brushed aside and brushed off take objections, requests and pleas too).
- German "erhob gegenüber Israel den Vorwurf ..." accuses whom the "gegenüber" phrase names, as
  "erhob gegen Israel den Vorwurf" does (frames.yaml). (Criticism met "in Berlin" stays no one's,
  tests/test_art44b.py: tried, it added a wrong critic on the corpus.)
- German "die" with an attributive adjective in -en makes a phrase plural whatever its noun reads
  (``Words.plural_articles``/``plural_adjective_endings``, ``Annotator._plural``): "ihnen" after
  "die spanischen Richter" means the judges ("Er warf ihnen vor, ..." ESP 112 ESP, was no event);
  "die spanische Richterin" stays one.
"""

from __future__ import annotations

import pytest

from tests.coded_events import sectored, triples as _events



@pytest.mark.parametrize("text, lang, expected", [
    ("Donald Trump attacked Joe Biden on social media.", "en", ("USA", "11", "USA")),
    ("Netanyahu attacked Lapid in a video posted on Sunday.", "en", ("ISR", "11", "ISR")),
    ("Donald Trump griff Joe Biden in den sozialen Medien an.", "de", ("USA", "11", "USA")),
    ("Netanjahu griff Lapid in einer Videobotschaft an.", "de", ("ISR", "11", "ISR")),
])
def test_attacked_on_social_media_is_criticism(text, lang, expected):
    assert _events(text, lang) == [expected]


@pytest.mark.parametrize("text, lang", [
    ("Der Verfassungsrat in Paris lehnte den Antrag der Sozialisten ab.", "de"),
    ("The Constitutional Council in Paris rejected the request of the Socialists.", "en"),
])
def test_constitutional_council_is_judiciary(text, lang):
    assert [s for s, _, _ in sectored(text, lang)][:1] == ["FRA/JUD"]


@pytest.mark.parametrize("text, expected", [
    ("Germany brushed aside Israel's objections to the plan.", ("DEU", "12", "ISR")),
    ("Macron brushed off a request from Germany for talks.", ("FRA", "12", "DEU")),
    ("Netanyahu waved aside Washington's objections to the overhaul.", ("ISR", "12", "USA")),
    ("Sanchez swatted away the demands of the French government.", ("ESP", "12", "FRA")),
])
def test_objections_and_demands_waved_aside_are_rejected(text, expected):
    assert _events(text, "en") == [expected]


@pytest.mark.parametrize("text, expected", [
    ("Deutschland erhob gegenüber Israel den Vorwurf der Einflussnahme.", ("DEU", "112", "ISR")),
    ("Die Türkei erhob gegenüber Schweden schwere Anschuldigungen.", ("TUR", "112", "SWE")),
])
def test_accusations_toward_someone(text, expected):
    assert _events(text, "de") == [expected]


@pytest.mark.parametrize("text, expected", [
    ("Puigdemont kritisierte die spanischen Richter scharf. Er warf ihnen vor, das Gesetz zu missachten.",
     [("ESP", "111", "ESP"), ("ESP", "112", "ESP")]),
    ("Scholz empfing die französischen Minister in Berlin. Er warf ihnen vor, die Reform zu blockieren.",
     [("DEU", "043", "FRA"), ("DEU", "112", "FRA")]),
])
def test_plural_by_article_and_adjective(text, expected):
    assert _events(text, "de") == expected
