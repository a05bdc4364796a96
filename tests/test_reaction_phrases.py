"""Where a reaction names the party it answers: a "from"/"aus" phrase hung on the verb of
defiance or refusal ("defied the warnings from Washington", "erteilte den Forderungen aus Brüssel
eine Absage"), anger shown in a reaction ("reagierte wütend auf"), and a failure someone
"ortet" in another's conduct, named as the failure's owner ("ortete ein Versagen der Regierung"),
and criticism an act "provoked" from someone ("provoked criticism from Madrid": Madrid's criticism)."""
from __future__ import annotations

import pytest

from coded_events import coded

CASES = [
    ("Maduro defied the warnings from Washington.", "en", ("VEN", "128", "USA")),
    ("Die Regierung in Warschau erteilte den Forderungen aus Brüssel eine Absage.", "de", ("POL", "12", "IGO:EU")),
    ("Peking reagierte wütend auf die Erklärung der japanischen Regierung.", "de", ("CHN", "11", "JPN")),
    ("Die Opposition in Budapest ortete ein Versagen der Regierung Serbiens.", "de", ("HUN", "111", "SRB")),
    ("Morocco's decision provoked criticism from Madrid.", "en", ("ESP", "11", "MAR")),
]


@pytest.mark.parametrize("text,lang,expected", CASES)
def test_reaction_phrases(text, lang, expected):
    assert expected in [event[:3] for event in coded(text, lang)]


@pytest.mark.parametrize("text", [
    "Die Grünen orten Handlungsbedarf bei der Regierung Serbiens.",
    "Die FPÖ ortete einen Skandal.",
])
def test_nothing_found(text):
    assert not coded(text, "de")
