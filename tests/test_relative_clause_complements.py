"""Relative clauses and what hangs on them (sentences written here):
- the subject pronoun of a relative or adverbial clause is not the object of the clause above
  ("Blinken visited Beijing, where he warned ...": Blinken; actors.annotate._addressee);
- a German zu-infinitive right after a relative clause whose verb takes one is that clause's
  complement, not the main clause's ("Biden traf Scholz, der ihm anbot, der Ukraine Panzer zu
  liefern": Scholz's offer; lang.de.clauses._after_subordinate)."""
from __future__ import annotations

import pytest

from tests.coded_events import coded


@pytest.mark.parametrize("lang, text, expected, wrong", [
    ("en", "Antony Blinken visited Beijing, where he warned Chinese officials against helping Moscow.",
     ("USA", "13", "CHN"), ("CHN", "13", "RUS")),
    ("de", "Blinken besuchte Peking, wo er die chinesische Führung davor warnte, Moskau zu helfen.",
     ("USA", "13", "CHN"), ("USA", "07", "RUS")),
    ("de", "Biden traf Scholz, der ihm anbot, der Ukraine Panzer zu liefern.",
     ("DEU", "0332", "UKR"), ("USA", "072", "UKR")),
])
def test_relative_clause(lang, text, expected, wrong):
    got = [event[:3] for event in coded(text, lang)]
    assert expected in got and wrong not in got


def test_complement_pronoun_still_means_the_object():
    text = "Frankreich forderte den Iran auf, dass er mit den Inspekteuren zusammenarbeite."
    assert not any(target == "FRA" for _, _, target, _ in coded(text, "de"))
