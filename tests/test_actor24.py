"""Actor phrases of conflict news that named the wrong country (sentences written for these tests).

- A surname that is also a common noun is the noun after an article, also with adjectives between
  them: "das südkoreanische Schiff" is a ship, not the US congressman Adam Schiff.
- A base is its army's: "US-Stützpunkte im Irak" are the United States', not Iraq's; an armed
  group's base, soldiers and drones are the group's ("Taliban-Stützpunkt"), no state army's.
- Protesters who storm a foreign embassy storm that state's mission, not the host country.
- A phrase a participle of leading describes is of the leader named as its agent: "die von
  Saudi-Arabien angeführte Koalition", "the coalition led by Saudi Arabia" are Saudi, as "die
  US-geführte Koalition" is American; a ship is of the state whose flag it flies ("a
  British-flagged tanker").
- A state's allies, partners and neighbours are other states: "Ukraine's allies", "die
  Verbündeten der Ukraine" are not Ukraine; a person's allies are of his country.
- "The West" is a bloc of states, no state: when it is accused or warned, no state named
  elsewhere in the clause ("in Ukraine") is the target instead.
"""
from __future__ import annotations

import datetime as dt

import pytest

from chronist.model import Article
from chronist.pipeline import Pipeline

PIPELINE = Pipeline.default()
PUBLISHED = dt.date(2019, 6, 1)


def coded(text: str, lang: str) -> set[tuple[str, str, str]]:
    doc = PIPELINE.process(Article(text=text, id="t", date=PUBLISHED, lang=lang), lang=lang)
    return {("+".join(a.code for a in e.source), e.cameo[:2], "+".join(a.code for a in e.target))
            for e in doc.events}


@pytest.mark.parametrize("text, lang, event", [
    # a common noun after an article and adjectives, no person's name
    ("Nordkorea beschlagnahmte das südkoreanische Schiff.", "de", ("PRK", "17", "KOR")),
    ("Ein russischer Tanker rammte ein ukrainisches Schiff.", "de", ("RUS", "18", "UKR")),
    ("Ein chinesisches Schiff der Küstenwache rammte ein philippinisches Boot.", "de", ("CHN", "18", "PHL")),
    # a base is its army's
    ("Der Iran feuerte Raketen auf US-Stützpunkte im Irak.", "de", ("IRN", "19", "USA")),
    ("Proiranische Milizen feuerten Raketen auf einen US-Stützpunkt in Bagdad.", "de", ("IRQ", "19", "USA")),
    ("Eine Rakete traf einen US-Stützpunkt im Irak.", "de", ("UNK", "19", "USA")),
    # a foreign embassy stormed
    ("Protesters stormed the US embassy in Baghdad.", "en", ("IRQ", "14", "USA")),
    ("Demonstrators stormed the Swedish embassy in Baghdad on Thursday.", "en", ("IRQ", "14", "SWE")),
    # led by
    ("Die von Saudi-Arabien angeführte Koalition griff die Huthis an.", "de", ("SAU", "19", "YEM")),
    ("Die von den USA geführte Koalition griff den IS an.", "de", ("USA", "19", "SYR")),
    ("Die von Saudi-Arabien geführte Militärkoalition bombardierte den Flughafen in Sanaa.", "de",
     ("SAU", "19", "YEM")),
    ("The coalition led by Saudi Arabia bombed Houthi positions.", "en", ("SAU", "19", "YEM")),
    # a ship is of the state whose flag it flies
    ("Iran seized a British-flagged tanker.", "en", ("IRN", "17", "GBR")),
    ("Houthi rebels attacked a Greek-flagged ship in the Red Sea.", "en", ("YEM", "19", "GRC")),
])
def test_actor_phrase_names_the_right_country(text, lang, event):
    assert event in coded(text, lang)


@pytest.mark.parametrize("text, lang", [
    # the old sides stay as they were: a person after a noun, the place where no one else is named
    ("Adam Schiff kritisierte Trump.", "de"),
    ("Protesters stormed the parliament in Baghdad.", "en"),
    ("Die Armee griff einen Taliban-Stützpunkt an.", "de"),
    ("Die Armee griff einen Stützpunkt der Taliban an.", "de"),
])
def test_unchanged_sides(text, lang):
    assert coded(text, lang)


def test_group_base_is_the_groups():
    doc = PIPELINE.process(Article(text="Die Armee griff einen Taliban-Stützpunkt an.", id="t",
                                   date=PUBLISHED, lang="de"), lang="de")
    assert any(a.sector == "REB" for e in doc.events for a in e.target)


@pytest.mark.parametrize("text, lang, wrong", [
    # the allies of a state are other states: no event of that state
    ("Ukraine's allies pledged more military aid to Kyiv.", "en", "UKR"),
    ("The allies of Ukraine promised to send tanks.", "en", "UKR"),
    ("Iran's allies in Iraq attacked US troops.", "en", "IRN"),
    ("US allies criticised Israel.", "en", "USA"),
])
def test_a_states_allies_are_not_the_state(text, lang, wrong):
    assert not any(src == wrong for src, _, _ in coded(text, lang))


@pytest.mark.parametrize("text, lang, event", [
    # a person's allies are of his country; a state named beside its allies is itself
    ("Trump's allies attacked the judge.", "en", ("USA", "19", "USA")),
    ("The United States and its allies imposed new sanctions on Iran.", "en", ("USA", "16", "IRN")),
    ("Die USA und ihre Verbündeten verhängten neue Sanktionen gegen den Iran.", "de", ("USA", "16", "IRN")),
    ("NATO allies pledged more aid to Ukraine.", "en", ("IGO:NATO", "03", "UKR")),
])
def test_allies_beside_their_leader_keep_it(text, lang, event):
    assert event in coded(text, lang)


@pytest.mark.parametrize("text, lang", [
    # a bloc of states is no state: the act is not done to a state another phrase names
    ("Russia accused the West of waging a proxy war in Ukraine.", "en"),
    ("Putin warned the West against supplying weapons to Kyiv.", "en"),
    ("Russland warf dem Westen vor, einen Stellvertreterkrieg in der Ukraine zu führen.", "de"),
])
def test_the_west_is_no_other_state(text, lang):
    assert not any(tgt == "UKR" for _, _, tgt in coded(text, lang))


def test_a_state_accused_beside_a_place_stays_the_target():
    assert ("RUS", "11", "USA") in coded("Russia accused the United States of waging a proxy war in Ukraine.", "en")
