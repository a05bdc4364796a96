"""After a possessive pronoun the genitive of an event noun is what the act is aimed at ("seine
Ablehnung der EU"): one's rejection of another is a stance (12), as "his opposition to the EU" is in
English (tests/test_stance_opposition_en.py). Sentences written for these tests; the first two
coded nothing before."""
from __future__ import annotations

import pytest

from tests.coded_events import events


@pytest.mark.parametrize("text, expected", [
    ("Der britische Premierminister bekräftigte seine Ablehnung der EU.", ("GBR", "REJECT", "IGO:EU")),
    ("Ungarn bekräftigte seine Ablehnung gegenüber der EU-Kommission.", ("HUN", "REJECT", "IGO:EU")),
], ids=["ablehnung-der", "ablehnung-gegenueber"])
def test_ones_rejection_of_another_is_a_stance(text, expected):
    assert events(text, "de") == [expected]


@pytest.mark.parametrize("text", [
    "Die Wähler halten die FPÖ für in der Lage, die Ablehnung gegenüber Asylwerbern in Österreich zu vertreten.",
    "Der Widerstand der Ukraine gegen Russland hält an.",
], ids=["ablehnung-spoken-of", "armed-resistance"])
def test_a_rejection_spoken_of_is_no_act(text):
    assert [e[1] for e in events(text, "de")] != ["REJECT"]
