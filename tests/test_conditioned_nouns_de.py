"""An event noun in the object of a verb that makes it depend on a condition ("knüpft weitere
Finanzhilfen an Reformen", "macht Kredite von Reformen abhängig", "koppelt die Aufhebung der
Sanktionen an den Abzug") is a condition set, not an act done (lexicon conditioning_verbs with
their conditioning_prepositions). The same noun given, and the verbs without a condition, stay."""
from __future__ import annotations

import pytest

from tests.coded_events import coded


@pytest.mark.parametrize("text", [
    "Die EU knüpft weitere Finanzhilfen für Griechenland an Reformen.",
    "Der IWF macht weitere Kredite für die Ukraine von Reformen abhängig.",
    "Die USA koppeln die Aufhebung der Sanktionen gegen Russland an den Abzug der Truppen.",
    "Wir koppeln die Annäherung an die EU an die notwendigen Reformen, sagte der Außenminister.",
], ids=["knuepft-Finanzhilfen", "macht-abhaengig", "koppeln-Aufhebung", "koppeln-Annaeherung"])
def test_what_is_made_to_depend_on_a_condition_is_no_act(text: str) -> None:
    assert coded(text, "de") == []


@pytest.mark.parametrize("text, expected", [
    ("Die EU hat Griechenland weitere Finanzhilfen gewährt.", ("IGO:EU", "071", "GRC", "asserted")),
    ("Die EU knüpft die Hilfe an Bedingungen, sagte Juncker nach dem Treffen mit Tsipras.",
     ("IGO:EU", "040", "GRC", "asserted")),
], ids=["gewaehrt", "Treffen-daneben"])
def test_acts_done_stay(text: str, expected: tuple) -> None:
    assert expected in coded(text, "de")
