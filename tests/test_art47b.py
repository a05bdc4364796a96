"""China and its neighbours 2020-2023 in both languages (sentences written for these tests,
branch art47b).

- A visit referred back to ("the visit", "den Besuch"; ``visit_anaphors`` in both words.yaml,
  ``VISIT_ACT_CODES`` in ``coder._act_antecedent``) is the act of whoever visited in the last
  sentences: "Nancy Pelosi visited Taiwan on Tuesday. China condemned the visit as a
  provocation" is CHN 111 USA (was no event), as "condemned Pelosi's visit" was; so is a meeting
  on the visit (040): "Pelosi met Tsai Ing-wen in Taipei on Wednesday. China condemned the
  visit"; not the host's (043).
- Water cannon, tear gas or a laser the parser hangs "at" on (en lexicon.yaml ``aimed_nouns``) is
  shot at what the phrase names, as a missile is: "A Chinese coast guard ship fired a water cannon
  at Philippine supply boats" is CHN 175 PHL (was no event; en frames-art47b.yaml codes water
  cannon and gas fired at someone 175, as German "mit einem Wasserwerfer beschossen").
- An envoy recalled or withdrawn in the passive with no agent is recalled by his own state, the
  one the phrase headed by one of ``accredited_nouns`` names (``Coder._recaller``, ``RECALL_CODES``):
  "Lithuania's ambassador was recalled from Beijing" is LTU 161 CHN, "Der litauische Botschafter
  wurde aus Peking abberufen" too (were no event).
- A participle of a feeling (en lexicon.yaml ``feeling_participles``: concerned, worried, alarmed,
  disturbed, dismayed) after "be" is an adjective also with a "by" phrase, which names
  what the feeling is about, no doer (``clauses._Builder``): "The G7 was deeply concerned by
  China's actions" is IGO:G7 110 CHN (was no event; "concerned", "troubled", "disturbed" and
  "dismayed" in en frames-art47b.yaml, as "worried" and "alarmed" in frames-feelings.yaml).
- Frames extended: an envoy summoned in the passive with no agent is summoned by the state of the
  capital he serves in ("China's ambassador in Berlin was summoned to the foreign ministry" DEU
  114 CHN, was no event); "schlug Pekings Bitte aus" is a refusal (12); a collision, a clash or
  tensions someone is said to be responsible for are blamed on him ("Beijing is responsible for
  the collision near the shoal, Manila said" PHL 112 CHN); support promised "to" a state is for
  it ("promised support to the Philippines" USA 032 PHL, was aimed at no one); forces deployed around or near a state show force to
  it ("China deployed warships around Taiwan" CHN 15 TWN, "entsandte Kriegsschiffe rund um
  Taiwan" CHN 154 TWN, were aimed at no one); freight, trade, imports or exports cut off are an
  embargo ("China cut off rail freight to Lithuania", "stoppte den Güterverkehr nach Litauen":
  CHN 163 LTU, were no event); a government's protest with no one named protests to the party
  the clause of its occasion names ("Japan protested after five Chinese missiles landed in its
  exclusive economic zone" JPN 114 CHN, "Japan protestierte, nachdem ..." too; the protest frames
  take the complement, as other reactions do).
"""

from __future__ import annotations

import pytest

from tests.coded_events import triples as _events



@pytest.mark.parametrize("text, lang, expected", [
    ("Nancy Pelosi visited Taiwan on Tuesday. China condemned the visit as a provocation.", "en",
     ("CHN", "111", "USA")),
    ("The Japanese foreign minister visited Taiwan on Friday. Beijing protested the visit.", "en",
     ("CHN", "114", "JPN")),
    ("Der iranische Präsident reiste am Montag nach Damaskus. Israel verurteilte die Reise.", "de",
     ("ISR", "111", "IRN")),
    ("Pelosi met Tsai Ing-wen in Taipei on Wednesday. China condemned the visit.", "en",
     ("CHN", "111", "USA")),
    ("Nancy Pelosi besuchte am Dienstag Taiwan. China verurteilte den Besuch als Provokation.", "de",
     ("CHN", "111", "USA")),
])
def test_visit_referred_back_to_is_the_visitors(text, lang, expected):
    assert _events(text, lang)[-1] == expected


@pytest.mark.parametrize("text, expected", [
    ("A Chinese coast guard ship fired a water cannon at Philippine supply boats near the shoal.",
     ("CHN", "175", "PHL")),
    ("Chinese ships fired a water cannon at Philippine boats.", ("CHN", "175", "PHL")),
])
def test_water_cannon_fired_at_someone(text, expected):
    assert _events(text, "en") == [expected]



# Frames extended (both packs): an envoy summoned in the passive with no agent, by the state of
# the capital he serves in (en frames-art28a.yaml, as German einbestellen); a request or a demand
# turned down with "ausschlagen" (de frames.yaml); a collision, a clash or tensions someone is
# said to be responsible for (frames-vocab5.yaml of both packs); support promised "to" a state
# (en frames.yaml).
@pytest.mark.parametrize("text, lang, expected", [
    ("China's ambassador in Berlin was summoned to the foreign ministry.", "en", ("DEU", "114", "CHN")),
    ("Litauen schlug Pekings Bitte aus, das Büro herabzustufen.", "de", ("LTU", "12", "CHN")),
    ("Beijing is responsible for the collision near the shoal, Manila said.", "en", ("PHL", "112", "CHN")),
    ("Peking trage die Schuld an den Spannungen, sagte der litauische Außenminister.", "de", ("LTU", "112", "CHN")),
    ("The United States promised support to the Philippines.", "en", ("USA", "032", "PHL")),
    ("Japan protested after five Chinese missiles landed in its exclusive economic zone.", "en",
     ("JPN", "114", "CHN")),
    ("Japan protestierte, nachdem fünf chinesische Raketen in seiner Wirtschaftszone gelandet waren.", "de",
     ("JPN", "114", "CHN")),
    ("China deployed warships around Taiwan.", "en", ("CHN", "15", "TWN")),
    ("Russia deployed troops near Ukraine's border.", "en", ("RUS", "15", "UKR")),
    ("China entsandte Kriegsschiffe rund um Taiwan.", "de", ("CHN", "154", "TWN")),
    ("China cut off rail freight to Lithuania.", "en", ("CHN", "163", "LTU")),
    ("China stoppte den Güterverkehr nach Litauen.", "de", ("CHN", "163", "LTU")),
])
def test_frames_extended(text, lang, expected):
    assert expected in _events(text, lang)


@pytest.mark.parametrize("text, lang, expected", [
    ("Lithuania's ambassador was recalled from Beijing.", "en", [("LTU", "161", "CHN")]),
    ("The Chinese ambassador was recalled from Vilnius on Tuesday.", "en", [("CHN", "161", "LTU")]),
    ("Der litauische Botschafter wurde aus Peking abberufen.", "de", [("LTU", "161", "CHN")]),
    ("Litauens Botschafter wurde aus Peking zurückgerufen.", "de", [("LTU", "161", "CHN")]),
])
def test_envoy_recalled_in_the_passive_by_his_own_state(text, lang, expected):
    assert _events(text, lang) == expected


@pytest.mark.parametrize("text, expected", [
    ("The G7 was deeply concerned by China's actions.", ("IGO:G7", "110", "CHN")),
    ("The G7 said it was concerned by China's threatening actions.", ("IGO:G7", "110", "CHN")),
    ("The EU was worried by China's actions.", ("IGO:EU", "110", "CHN")),
    ("Tokyo was dismayed by Beijing's decision.", ("JPN", "110", "CHN")),
])
def test_feeling_with_a_by_phrase(text, expected):
    assert _events(text, "en") == [expected]
