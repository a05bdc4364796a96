"""Arms control, weapons programmes, arms deliveries and deployments as wire reports tell them
(sentences written for these tests, branch art33c).

- A criticism of a launch, a test or drills named by a definite noun ("Japan condemned the launch",
  "verurteilte den Raketentest", "protestierte gegen das Manöver") is aimed at who made the show
  of force (CAMEO 15) the article told before, as one of "the attack" is aimed at the attacker;
  no one when no such act was told.
- The delivery of weapons to a state ("die Lieferung von Kampfpanzern an die Ukraine") is
  military aid (072) as a "Waffenlieferung" is; announced, an intent to give it (0332).
- Joint drills announced are military cooperation intended (0312), staged ones are military
  cooperation (062); one state alone shows force (150).
- Inspectors barred are international involvement refused (1245), no travel ban; arms exports
  refused to a state are military aid refused (1222); an arms-control treaty or a nuclear deal
  "gekündigt" is a treaty left (160) also with no partner named; weapon systems by name (Patriot,
  HIMARS; Langstreckenraketen, Flugabwehrpanzer) are weapons sent.
- The Bundessicherheitsrat and the Bundesverteidigungsministerium are Germany's government.
"""
from __future__ import annotations

import datetime as dt

import pytest

from chronist.model import Article
from chronist.pipeline import Pipeline

PIPELINE = Pipeline.default()
PUBLISHED = dt.date(2024, 3, 4)


def _events(sentences: list[str], lang: str):
    doc = PIPELINE.process(Article(text=" ".join(sentences), sentences=sentences, id="t", date=PUBLISHED,
                                   lang=lang), lang=lang)
    return [(e.sentence_index, "+".join(a.code for a in e.source), e.cameo, "+".join(a.code for a in e.target),
             e.modality) for e in doc.events]


@pytest.mark.parametrize("sentences, lang, expected", [
    (["North Korea fired a ballistic missile into the sea off its east coast on Sunday, the South Korean military said.",
      "Japan strongly condemned the launch."], "en", (1, "JPN", "111", "PRK")),
    (["North Korea test-fired a ballistic missile on Sunday.",
      "South Korea's National Security Council called the test a grave provocation."], "en", (1, "KOR", "111", "PRK")),
    (["Nordkorea hat erneut eine ballistische Rakete getestet.",
      "Japan verurteilte den Raketentest scharf."], "de", (1, "JPN", "111", "PRK")),
    (["Nordkorea hat am Morgen zwei Raketen abgefeuert.",
      "Die japanische Regierung verurteilte den Test."], "de", (1, "JPN", "111", "PRK")),
    (["China staged military drills off the coast of Taiwan.", "Taipei condemned the drills."], "en",
     (1, "TWN", "111", "CHN")),
    (["Russland hielt eine Militärübung in der Ostsee ab.", "Polen kritisierte die Übung."], "de", (1, "POL", "111", "RUS")),
    (["Die türkische Marine hielt ein Manöver im östlichen Mittelmeer ab.", "Athen protestierte gegen das Manöver."], "de",
     (1, "GRC", "114", "TUR")),
], ids=["launch-en", "test-en", "raketentest-de", "test-de", "drills-en", "uebung-de", "manoever-de"])
def test_criticism_of_a_launch_is_aimed_at_who_fired(sentences, lang, expected):
    assert expected in [e[:4] for e in _events(sentences, lang)]


@pytest.mark.parametrize("sentences, lang", [
    (["France condemned the launch."], "en"),
    (["Nordkorea hat am Morgen zwei Raketen abgefeuert.", "Die Regierung verurteilte den Protest."], "de"),
], ids=["no-earlier-launch-en", "protest-no-test-de"])
def test_criticism_with_no_show_of_force_told_has_no_launcher(sentences, lang):
    last = len(sentences) - 1
    assert not [e for e in _events(sentences, lang) if e[0] == last and e[3] == "PRK"]


@pytest.mark.parametrize("text, lang, expected", [
    ("Deutschland genehmigte die Lieferung von Kampfpanzern an die Ukraine.", "de", ("DEU", "072", "UKR", "asserted")),
    ("Frankreich kündigte die Lieferung von Kampfjets an die Ukraine an.", "de", ("FRA", "0332", "UKR", "intent")),
    ("Südkorea und die USA kündigten gemeinsame Manöver an.", "de", ("KOR+USA", "0312", "KOR+USA", "intent")),
    ("Russland kündigte ein Großmanöver an.", "de", ("RUS", "150", "", "intent")),
    ("Japan and the Philippines announced joint naval drills.", "en", ("JPN+PHL", "0312", "JPN+PHL", "intent")),
    ("The United States and South Korea staged joint military exercises.", "en", ("USA+KOR", "062", "USA+KOR", "asserted")),
    ("Tehran has barred several IAEA inspectors from its nuclear sites.", "en", ("IRN", "1245", "IGO:IAEA", "asserted")),
    ("Deutschland lehnte Waffenexporte nach Saudi-Arabien ab.", "de", ("DEU", "1222", "SAU", "asserted")),
    ("Nordkorea kündigte den Atomwaffensperrvertrag.", "de", ("PRK", "160", "", "asserted")),
    ("Die USA kündigten das Atomabkommen.", "de", ("USA", "160", "", "asserted")),
    ("The Pentagon said it would send additional Patriot air defence systems to Ukraine.", "en",
     ("USA", "0332", "UKR", "intent")),
    ("Washington will send HIMARS to Kyiv.", "en", ("USA", "0332", "UKR", "intent")),
    ("Deutschland liefert Langstreckenraketen an die Ukraine.", "de", ("DEU", "072", "UKR", "asserted")),
    ("Deutschland wird der Ukraine weitere Flugabwehrpanzer liefern.", "de", ("DEU", "0332", "UKR", "intent")),
    ("Der Bundessicherheitsrat genehmigte Rüstungsexporte nach Israel.", "de", ("DEU", "062", "ISR", "asserted")),
    ("Das Bundesverteidigungsministerium kündigte die Lieferung von Haubitzen an die Ukraine an.", "de",
     ("DEU", "0332", "UKR", "intent")),
], ids=["lieferung-genehmigt", "lieferung-angekuendigt", "manoever-angekuendigt", "grossmanoever-allein",
        "announced-drills", "staged-exercises",
        "barred-inspectors", "waffenexporte-abgelehnt", "atomwaffensperrvertrag-gekuendigt",
        "atomabkommen-gekuendigt", "patriot-sent", "himars-sent",
        "langstreckenraketen", "flugabwehrpanzer", "bundessicherheitsrat", "bundesverteidigungsministerium"])
def test_arms_and_troops(text, lang, expected):
    assert expected in [e[1:] for e in _events([text], lang)]


def test_a_gas_delivery_is_no_military_aid():
    assert not [e for e in _events(["Russland kündigte die Lieferung von Gas an Ungarn an."], "de")
                if e[2].startswith(("072", "0332"))]
