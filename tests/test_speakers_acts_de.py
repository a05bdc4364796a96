"""German: an indicative verb joined by ", und" after a reported clause in the subjunctive is
the speech verb's second act ("Peking erklärte, die Schiffe seien eingedrungen, und forderte
Manila auf"), not the reported clause's (de/clauses.py _link); sentences written here."""
from __future__ import annotations

import pytest

from tests.coded_events import coded, events


@pytest.mark.parametrize("sentence, expected", [
    ("Peking erklärte, die philippinischen Schiffe seien illegal in chinesische Gewässer eingedrungen, "
     "und forderte Manila auf, die Provokationen einzustellen.", ("CHN", "REQUEST", "PHL")),
    ("Der russische Außenminister sagte, die Armee sei bereit, und kritisierte die Ukraine scharf.",
     ("RUS", "ACCUSE", "UKR")),
])
def test_the_speakers_second_act(sentence, expected):
    assert expected in events(sentence, "de")


def test_a_second_subjunctive_stays_reported():
    # the rebels' act, told by the government: reported, not the government's own criticism
    got = coded("Die syrische Regierung sagte, die Rebellen hätten das Dorf angegriffen und hätten dann "
                "die Ukraine kritisiert.", "de")
    criticism = [e for e in got if e[1].startswith("11")]
    assert criticism and all(e[3] == "reported" for e in criticism)
