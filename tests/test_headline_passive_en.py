"""A headline's participle with no auxiliary and no object is a passive ("Journalist killed in
Mexico", "Two Palestinians shot dead by Israeli troops"): its subject is what was done to. A
sentence with final punctuation keeps its active past ("Hungary abided by the decision.")."""
from __future__ import annotations

import pytest

from tests.coded_events import events


@pytest.mark.parametrize("text, expected", [
    ("Journalist killed in Mexico", ("UNK", "ASSAULT", "MEX")),
    ("Two Palestinians shot dead by Israeli troops in West Bank", ("ISR", "ASSAULT", "PSE")),
    ("Protesters arrested in Moscow after anti-Kremlin rally", ("RUS", "COERCE", "RUS")),
    ("Opposition leader detained in Minsk", ("BLR", "COERCE", "BLR")),
    ("Journalist stabbed several times in Mexico City", ("UNK", "ASSAULT", "MEX")),
], ids=["killed", "shot-by", "arrested", "detained", "times"])
def test_headline_participle_is_passive(text, expected):
    assert expected in events(text, "en")


@pytest.mark.parametrize("text, expected", [
    ("Merkel visited Paris", ("DEU", "CONSULT", "FRA")),
    ("Russia withdrew from Syria in 2019.", ("RUS", "RETREAT", "SYR")),      # a treaty left: 160, tests/test_senses.py
    ("Hungary abided by the decision of the European Union.", ("HUN", "CONCEDE", "IGO:EU")),
    ("Protesters marched in Berlin", ("DEU", "PROTEST", "DEU")),
], ids=["object", "final-stop", "by-phrase", "intransitive"])
def test_active_past_stays_active(text, expected):
    assert expected in events(text, "en")


def test_injured_player_in_a_headline_is_no_attack():
    # a verb of harm that accidents do as often as attackers, with no one named who did it,
    # names no victim by a name the dictionary does not know
    text = ("Real Madrid: Courtois injured\nMadrid (dpa) - The Belgian goalkeeper of Real Madrid hurt his "
            "knee in training on Monday and will miss the match against Valencia.")
    assert not [e for e in events(text, "en") if e[1] == "ASSAULT"]
