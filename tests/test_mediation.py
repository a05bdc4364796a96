"""Mediation in someone's talks is mediation between its parties: the country of the talks named
in the in-phrase is the target when no between-phrase names the sides (sentences written for
these tests)."""
from __future__ import annotations

import pytest

from tests.coded_events import events


@pytest.mark.parametrize("text, lang, expected", [
    ("Die USA haben versucht, in den kolumbianischen Friedensverhandlungen zu vermitteln.", "de", ("USA", "CONSULT", "COL")),
    ("Norwegen vermittelt in den Friedensgesprächen Kolumbiens.", "de", ("NOR", "CONSULT", "COL")),
    ("The United States tried to mediate in Colombia's peace talks.", "en", ("USA", "CONSULT", "COL")),
    ("Norway is mediating in the Colombian peace negotiations.", "en", ("NOR", "CONSULT", "COL")),
    ("Katar vermittelte in Doha zwischen Israel und der Hamas.", "de", ("QAT", "CONSULT", "ISR+PSE")),
], ids=["de-versucht", "de-genitive", "en-possessive", "en-adjective", "de-between-first"])
def test_mediation_in_talks_targets_their_country(text, lang, expected):
    assert expected in events(text, lang)


def test_conveying_knowledge_is_no_mediation():
    assert events("Der Lehrer vermittelte in der Schule Wissen.", "de") == []
