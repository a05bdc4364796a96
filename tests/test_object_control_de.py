"""German verbs whose object does what their zu-infinitive says (lexicon object_control_verbs;
sentences written for these tests): "Russland zwang die Ukraine, die Gespräche mit der EU
abzubrechen" made Russia the one who broke off the talks (RUS 164 IGO:EU); it is Ukraine. An order
given ("wies die Regierung an, ... freizulassen") is not yet done (lexicon persuading_verbs: the
infinitive is possible, no act), and a reflexive object is the subject itself ("verpflichtete
sich, ... abzuziehen" stays the subject's intent)."""
from __future__ import annotations

import pytest

from tests.coded_events import coded


@pytest.mark.parametrize("text, expected", [
    ("Russland zwang die Ukraine, die Gespräche mit der EU abzubrechen.", ("UKR", "164", "IGO:EU")),
    ("Die USA zwangen Mexiko, Zölle auf chinesischen Stahl zu erheben.", ("MEX", "163", "CHN")),
])
def test_the_object_does_the_infinitive(text: str, expected: tuple[str, str, str]) -> None:
    events = [e[:3] for e in coded(text, "de")]
    assert expected in events
    assert not any(source == events[0][0] and cameo == expected[1] for source, cameo, _ in events)


def test_an_order_given_is_not_yet_done() -> None:
    events = coded("Das Gericht wies die Regierung an, den Journalisten freizulassen.", "de")
    assert not any(cameo == "0841" and modality == "asserted" for _, cameo, _, modality in events)


def test_a_reflexive_object_is_the_subject() -> None:
    assert ("RUS", "0356", "GEO", "intent") in coded("Russland verpflichtete sich, seine Truppen aus Georgien abzuziehen.", "de")
