"""The target of a verb whose object or prepositional phrase names an act is the act's doer where
a preposition that names only the doer ("durch") gives him, not whom the genitive names: "verurteilte
die Festnahme eines französischen Journalisten durch die iranischen Behörden" is aimed at Iran, not
at the journalist (sentences written for these tests)."""
from __future__ import annotations

import pytest

from tests.coded_events import events


@pytest.mark.parametrize("text, expected, wrong", [
    ("Frankreich verurteilte die Festnahme des Journalisten durch die iranischen Behörden.",
     ("FRA", "ACCUSE", "IRN"), ("FRA", "ACCUSE", "FRA")),
    ("Frankreich verurteilte die Festnahme eines französischen Journalisten durch die iranischen Behörden.",
     ("FRA", "ACCUSE", "IRN"), ("FRA", "ACCUSE", "FRA")),
    ("Die Bundesregierung in Berlin kritisierte die Verhaftung mehrerer Oppositioneller durch die türkische Polizei.",
     ("DEU", "ACCUSE", "TUR"), ("DEU", "ACCUSE", "DEU")),
    ("Schweden protestierte gegen die Ausweisung seiner Diplomaten durch Russland.",
     ("SWE", "ACCUSE", "RUS"), ("SWE", "ACCUSE", "SWE")),
], ids=["definite", "own-citizen", "plural", "prep-gegen"])
def test_the_doer_is_the_target(text, expected, wrong):
    found = events(text, "de")
    assert expected in found and wrong not in found


@pytest.mark.parametrize("text, expected", [
    ("Der deutsche Außenminister lehnte den Vorschlag des ungarischen Ministerpräsidenten ab.",
     ("DEU", "REJECT", "HUN")),
    ("Italien kritisierte die Schließung der Grenze durch Österreich.", ("ITA", "ACCUSE", "AUT")),
    ("Die EU begrüßte die Freilassung der Aktivisten durch die russischen Behörden.",
     ("IGO:EU", "SUPPORT", "RUS")),
], ids=["genitive-doer", "thing-genitive", "praise"])
def test_other_objects_keep_their_target(text, expected):
    assert expected in events(text, "de")
