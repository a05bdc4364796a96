"""Known open items in both languages, round 3 (sentences written for these tests, branch art40a).

- A town a source threatens to attack stands for its state, as it does when the attack is done
  (``Coder._threatened_towns``): "Russia threatened to attack Kharkiv" is RUS 13 UKR, as "... to
  attack Ukraine" is; "Die Türkei drohte, Kobane zu bombardieren" TUR 13 SYR. A threat of someone
  else's attack, or a threatened act of no violence ("threatened to visit Kharkiv"), takes no town.
- Aid halted in the passive with no agent is halted by its giver, whom the subject names before
  its noun or as its possessor: "U.S. military aid to Ukraine was halted" is USA 162 UKR (was 07,
  aid given), "Die Militärhilfe der USA für die Ukraine wurde gestoppt" USA 1622 UKR.
- Aid, assistance or help frozen is aid halted (162, frames-art40a.yaml), as suspended or cut aid:
  "Washington froze military assistance to Egypt" (was 16); assets and funding frozen stay 16.
- German "lehnte eine Beteiligung an X ab" (a part-in-an-act noun with an indefinite article under a
  verb of refusing, ``Words.part_refusing_verbs``/``part_nouns``) refuses to take part, aimed at
  whom X names (DEU 12 USA for "an der US-geführten Mission"), as English "refused to take part in
  the US-led mission" does; "wies jede Beteiligung zurück", "lehnte jede Beteiligung an dem
  Anschlag ab" stay denials (no event).
- Kept: a condemned act's doers are its target ("Iran condemned the strikes" after US and British
  jets struck Yemen: IRN 111 USA+GBR), and a protest or visit called off in the passive is no act.
"""

from __future__ import annotations

import pytest

from tests.coded_events import triples as _events



@pytest.mark.parametrize("text, lang, expected", [
    ("Russia threatened to attack Kharkiv.", "en", ("RUS", "13", "UKR")),
    ("Moscow threatened to strike Odesa.", "en", ("RUS", "13", "UKR")),
    ("Israel threatened to bomb the city of Rafah.", "en", ("ISR", "13", "PSE")),
    ("Russland drohte, Charkiw anzugreifen.", "de", ("RUS", "13", "UKR")),
    ("Die Türkei drohte, Kobane zu bombardieren.", "de", ("TUR", "13", "SYR")),
])
def test_threatened_town_stands_for_its_state(text, lang, expected):
    assert _events(text, lang) == [expected]


@pytest.mark.parametrize("text, lang", [
    ("Russia threatened to visit Kharkiv.", "en"),
    ("Ukraine threatened to attack Kharkiv.", "en"),
])
def test_no_threat_to_a_town_of_ones_own_or_without_violence(text, lang):
    assert _events(text, lang) == []


@pytest.mark.parametrize("text, lang, expected", [
    ("U.S. military aid to Ukraine was halted.", "en", ("USA", "162", "UKR")),
    ("British development aid to Rwanda was cut.", "en", ("GBR", "162", "RWA")),
    ("Washington's aid to Kyiv was suspended.", "en", ("USA", "162", "UKR")),
    ("U.S. aid to Egypt was frozen last week.", "en", ("USA", "162", "EGY")),
    ("Die US-Militärhilfe für die Ukraine wurde ausgesetzt.", "de", ("USA", "162", "UKR")),
    ("Die Militärhilfe der USA für die Ukraine wurde gestoppt.", "de", ("USA", "1622", "UKR")),
])
def test_passive_halt_of_aid_is_the_givers(text, lang, expected):
    assert _events(text, lang) == [expected]


@pytest.mark.parametrize("text, expected", [
    ("Deutschland lehnte eine Beteiligung an der US-geführten Mission ab.", ("DEU", "12", "USA")),
    ("Polen lehnt eine Beteiligung an der von den USA geführten Koalition ab.", ("POL", "12", "USA")),
    ("Österreich lehnte eine Beteiligung an der Mission der EU im Roten Meer ab.", ("AUT", "12", "IGO:EU")),
    ("Die Schweiz lehnte eine Mitwirkung an der Initiative Frankreichs ab.", ("CHE", "12", "FRA")),
])
def test_refused_part_is_a_refusal(text, expected):
    assert _events(text, "de") == [expected]


@pytest.mark.parametrize("text", [
    "Die Regierung wies jede Beteiligung zurück.",
    "Der Iran lehnte jede Beteiligung an dem Anschlag ab.",
])
def test_denied_part_is_no_event(text):
    assert _events(text, "de") == []


def test_condemned_strikes_target_their_doers():
    text = "US and British jets struck Houthi targets in Yemen on Friday. Iran condemned the strikes."
    assert ("IRN", "111", "USA+GBR") in _events(text, "en")
    text = "Israelische Kampfjets bombardierten Ziele in Syrien. Die Türkei verurteilte die Luftangriffe."
    assert ("TUR", "111", "ISR") in _events(text, "de")


@pytest.mark.parametrize("text, lang", [
    ("The protest planned for Friday was called off.", "en"),
    ("A strike by Greek dockworkers was called off.", "en"),
    ("Die für Freitag geplante Kundgebung wurde abgesagt.", "de"),
    ("Die Demonstration gegen die Regierung wurde verschoben.", "de"),
])
def test_act_called_off_in_the_passive_is_none(text, lang):
    assert _events(text, lang) == []


def test_report_of_threats_and_refusals():
    text = ("Berlin – Die Bundesregierung lehnte am Montag eine Beteiligung an der US-geführten Mission "
            "im Roten Meer ab. Auch Spanien lehnte eine Beteiligung an dem Einsatz der USA ab. "
            "Die Huthi-Miliz drohte, Eilat erneut anzugreifen. Der Iran wies jede Beteiligung an den "
            "Angriffen zurück.")
    assert _events(text, "de") == [("DEU", "12", "USA"), ("ESP", "12", "USA"), ("YEM", "13", "ISR")]


@pytest.mark.parametrize("text, expected", [
    ("Washington froze military assistance to Egypt.", ("USA", "162", "EGY")),
    ("The EU froze the assets of Russian oligarchs.", ("IGO:EU", "16", "RUS")),
    ("The World Bank froze funding for Uganda.", ("IGO:WB", "16", "UGA")),
])
def test_frozen_aid_is_halted_aid(text, expected):
    assert _events(text, "en") == [expected]
