"""Two parties named together as the subject of a verb of talking ("sprechen", "reden") about
something talked with each other (040), as with "mit"; one party talking about something
consults no one (sentences written for these tests)."""
from __future__ import annotations

import pytest

from tests.coded_events import events


@pytest.mark.parametrize("text, expected", [
    ("Erdoğan und Putin sprachen am Telefon über die Lage in Idlib.", ("TUR+RUS", "CONSULT", "TUR+RUS")),
    ("Vertreter Chinas und der USA redeten zwei Tage lang über Zölle.", ("CHN+USA", "CONSULT", "CHN+USA")),
    ("Macron empfing Trudeau im Élysée-Palast. Die beiden Politiker sprachen vor allem über den Handel.",
     ("FRA+CAN", "CONSULT", "FRA+CAN")),
], ids=["sprachen-ueber", "redeten-ueber", "die-beiden-sprachen-ueber"])
def test_a_pair_that_talks_about_something_consults(text, expected):
    assert expected in events(text, "de")


@pytest.mark.parametrize("text", [
    "Putin sprach vor der Duma über die Beziehungen zu den USA.",
    "Die Minister der Regierung Polens sprachen über den Haushalt.",
], ids=["one-speaker", "one-party"])
def test_one_party_talking_about_something_consults_no_one(text):
    assert not any(kind == "CONSULT" for _, kind, _ in events(text, "de"))
