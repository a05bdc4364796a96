"""An event noun in the phrase of what a verb of striving strives for ("macht sich für das
Abkommen mit dem Iran stark", "wirbt für einen Boykott", "kämpft für die Freilassung") is the aim,
not an act done, as the dass-clause of such a verb is (lexicon striving_verbs, striving_prepositions).
"Sich stark machen" is one such verb, with its clause too. Events in other phrases of the clause stay."""
from __future__ import annotations

import pytest

from tests.coded_events import coded


@pytest.mark.parametrize("text", [
    "Merkel hat sich für das Abkommen mit dem Iran stark gemacht.",
    "Oettinger hatte sich immer wieder für eine Einigung mit Russland starkgemacht.",
    "Die SPD macht sich für Gespräche mit der Türkei stark.",
    "Die Opposition wirbt für einen Boykott israelischer Waren.",
    "Die Regierung macht sich dafür stark, dass die EU Sanktionen gegen Russland verhängt.",
], ids=["stark-gemacht-Abkommen", "starkgemacht-Einigung", "macht-stark-Gespraeche", "wirbt-Boykott",
        "macht-dafuer-stark-dass"])
def test_what_is_striven_for_is_no_act(text: str) -> None:
    assert coded(text, "de") == []


@pytest.mark.parametrize("text, expected", [
    ("Frankreich setzte sich bei dem Treffen mit Putin für eine Waffenruhe ein.", ("FRA", "040", "RUS", "asserted")),
    ("Nach dem Treffen mit Putin setzte sich Macron für eine Waffenruhe ein.", ("FRA", "040", "RUS", "asserted")),
    ("Die Türkei verurteilte die USA für die Unterstützung der Kurden.", ("TUR", "111", "USA", "asserted")),
], ids=["bei-dem-Treffen", "nach-dem-Treffen", "verurteilte-fuer"])
def test_events_outside_the_aim_stay(text: str, expected: tuple) -> None:
    assert expected in coded(text, "de")
