"""A German sentence that opens with a subordinate clause the writer did not close with a comma
("Wie am Freitag bekannt wurde hat die Justiz ...", "Nachdem ... abgezogen war griffen ...")
is cut after the subordinate clause's auxiliary or modal where the main clause's finite verb
follows (``lang/de/fields._end_of_opening_subordinate``); before, the sentence was one piece
with two finite verbs, and nothing of it was coded."""
from __future__ import annotations

import pytest

from coded_events import coded


@pytest.mark.parametrize("text, event", [
    ("Wie am Freitag bekannt wurde hat die ägyptische Justiz auch den Blogger ins Visier genommen.", ("EGY", "09", "EGY")),
    ("Nachdem die Gespräche gescheitert waren verhängte die EU Sanktionen gegen Weißrussland.", ("IGO:EU", "163", "BLR")),
    ("Wie die Agentur meldete hat die belarussische Polizei zwei Journalisten festgenommen.", ("BLR", "173", "BLR")),
])
def test_an_opening_clause_without_its_comma(text, event):
    assert event in [e[:3] for e in coded(text, "de")]


def test_a_full_verb_before_its_modal_is_no_cut():
    # "abziehen" may be tagged finite; "muss" ends the clause, "drohte" opens the main one
    events = [e[:3] for e in coded("Weil Russland die Truppen abziehen muss drohte Kiew mit Sanktionen.", "de")]
    assert ("UKR", "1312", "RUS") in events
