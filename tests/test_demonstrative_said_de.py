"""Before a verb of saying (or "deutlich machen", "klarmachen"), a lone "das" or "dies" in the first place is what was said and the
phrase after the verb is its subject ("Das sagte Merkel bei einem Treffen mit Macron"), so an
event noun of the clause has that speaker as its source; before other verbs "das" stays the
subject (sentences written for these tests)."""
from __future__ import annotations

import pytest

from tests.coded_events import events


@pytest.mark.parametrize("text, expected", [
    ("Das sagte Scholz am Montag bei einem Treffen mit Macron in Paris.", ("DEU", "CONSULT", "FRA")),
    ("Dies teilte das Außenministerium in Moskau nach einem Treffen mit dem iranischen Botschafter mit.",
     ("RUS", "CONSULT", "IRN")),
    ("Das erklärte Erdoğan bei einem Besuch in Aserbaidschan.", ("TUR", "CONSULT", "AZE")),
    ("Dies habe Blinken bei einem Gespräch mit dem jordanischen König deutlich gemacht, sagte ein Sprecher.",
     ("USA", "CONSULT", "JOR")),
    ("Das machte Scholz bei einem Treffen mit Macron klar.", ("DEU", "CONSULT", "FRA")),
], ids=["das-sagte", "dies-teilte-mit", "das-erklaerte-besuch", "deutlich-gemacht", "machte-klar"])
def test_das_before_a_verb_of_saying_is_its_object(text, expected):
    assert expected in events(text, "de")


def test_das_before_another_verb_stays_the_subject():
    assert not any(src == "POL" for src, _, _ in events("Das betrifft die Regierung Polens.", "de"))
