"""Branch s18h: why events are lost although a frame fits (``chronist eval --explain``: "a frame
fits, but no event was coded from the clause"), found by stepping through the coder's checks on
the misses of unseen English articles (sentences written for these tests).

- An event noun that heads the subject of an active verb with a modal of possibility ("could",
  "might"; "können") is no longer told as only possible when an article of a definite description
  or an owner determines it (Coder._told_cause): "Russia's attack on Ukraine could change the
  balance of power" RUS 190 UKR (was no event): what might follow is possible, the attack is known.
  An indefinite noun ("An attack on Taiwan could trigger a war"), the subject of a passive ("the
  agreement could be signed") and a noun the verb only says happens, begins or comes ("The summit
  could take place", "the attack could come within days": ``Words.onset_verbs``) stay possible, no
  event.
"""

from __future__ import annotations

import pytest

from tests.coded_events import triples as _events


@pytest.mark.parametrize("text, lang, expected", [
    ("Russia's attack on Ukraine could change the balance of power in Europe.", "en", ("RUS", "190", "UKR")),
    ("The sanctions of the EU against Iran might hurt European exporters.", "en", ("IGO:EU", "163", "IRN")),
    ("Der Angriff Russlands auf die Ukraine könnte das Kräfteverhältnis in Europa verändern.", "de", ("RUS", "190", "UKR")),
])
def test_known_act_subject_of_possible_verb(text, lang, expected):
    assert expected in _events(text, lang)


@pytest.mark.parametrize("text, lang", [
    ("An attack on Taiwan could trigger a war in Asia.", "en"),
    ("New sanctions on Iran could hurt European exporters.", "en"),
    ("The summit with Japan could take place in May.", "en"),
    ("The agreement with Japan could be signed in May.", "en"),
    ("Ein Angriff auf Taiwan könnte einen Krieg in Asien auslösen.", "de"),
    # a verb of an event's start or coming (``Words.onset_verbs``, ``coming_verbs``)
    ("The Russian attack on Kyiv could come within days.", "en"),
    ("China's invasion of Taiwan could start next year.", "en"),
    ("Der Angriff Russlands auf Kiew könnte in wenigen Tagen beginnen.", "de"),
])
def test_possible_act_stays_possible(text, lang):
    assert _events(text, lang) == []
