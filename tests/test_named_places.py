"""A person's name that names a place or an institution ("das Abdullah-Zentrum", "die Villa
Kerry") is no actor: neither the part of a hyphenated noun before a noun of
places and institutions (the pack's ``named_place_nouns``) nor a name right after such a noun.
The person's own acts, compounds of persons ("Putin-Kritiker") and of governments stay, and so do
the nouns of what a person owns or runs ("die Clinton-Stiftung", "das Trump-Hotel")."""
from __future__ import annotations

import pytest

from tests.coded_events import coded


@pytest.mark.parametrize("text, absent", [
    ("Saudi-Arabien finanziert das Abdullah-Zentrum in Wien seit 2012.", "JOR"),
    ("Ägypten ließ das Mandela-Zentrum in Kairo durchsuchen.", "ZAF"),
    ("Die Polizei nahm in der Villa Kerry zwei Männer fest.", "USA"),
    ("Demonstranten versammelten sich am Samstag vor der Villa Putin und protestierten gegen den Krieg.", "RUS"),
    # in the genitive too, where the noun carries an ending ("des ...-Zentrums")
    ("Katar finanziert den Betrieb des Abdullah-Zentrums in Wien.", "JOR"),
    ("Kenia finanzierte die Renovierung des Obama-Krankenhauses in Nairobi.", "USA"),
], ids=["Abdullah-Zentrum", "Mandela-Zentrum", "Villa-Kerry", "Villa-Putin", "genitive-Zentrums",
        "genitive-Krankenhauses"])
def test_a_name_of_a_place_is_no_actor(text: str, absent: str) -> None:
    found = coded(text, "de")
    assert not [e for e in found if absent in e[0].split("+") + e[2].split("+")], found


@pytest.mark.parametrize("text, expected", [
    ("Kerry traf am Sonntag Abbas in Amman.", ("USA", "040", "PSE", "asserted")),
    ("Trumps Besuch in Paris wurde abgesagt.", ("USA", "042", "FRA", "negated")),
    ("Der Putin-Kritiker Nawalny wurde am Montag in Moskau festgenommen.", ("RUS", "173", "RUS", "asserted")),
    ("Die Trump-Regierung verhängte neue Sanktionen gegen den Iran.", ("USA", "163", "IRN", "asserted")),
    ("Die Polizei durchsuchte die Räume der Clinton-Stiftung in New York.", ("USA", "17", "USA", "asserted")),
    ("Am Obama-Platz in Berlin demonstrierten Hunderte Menschen gegen die Regierung.", ("DEU", "141", "DEU", "asserted")),
], ids=["Kerry-traf", "Trumps-Besuch", "Putin-Kritiker", "Trump-Regierung", "Clinton-Stiftung", "Obama-Platz"])
def test_names_of_persons_and_governments_stay_actors(text: str, expected: tuple) -> None:
    assert expected in coded(text, "de")
