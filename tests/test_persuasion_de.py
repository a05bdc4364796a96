"""German verbs of persuading: their zu-infinitive is what the one persuaded is to do, not an act
the sentence reports, and not the persuader's (lexicon persuading_verbs; the persuading is an
appeal, frames-parallel.yaml); an infinitive after an
infinitive of a verb that takes one is that verb's complement ("versuchte, ... aufzufordern, ...
zu beenden")."""
from __future__ import annotations

import pytest

from tests.coded_events import coded as coded_in


def coded(text: str) -> list[tuple[str, str, str, str]]:
    return coded_in(text, "de")


@pytest.mark.parametrize("text", [
    # each coded the persuaded act as the persuader's, asserted, before
    "Merkel versuchte, Erdogan davon zu überzeugen, die Flüchtlinge aufzunehmen.",
    "Der frühere Präsident griff zum Telefon, um Senatoren davon zu überzeugen, den Richter Kavanaugh zu unterstützen.",
    "Obama konnte den Kongress nicht überreden, die Sanktionen gegen Kuba aufzuheben.",
    "Die Regierung überzeugte die Rebellen, die Waffen niederzulegen.",
], ids=["versuchte-davon-zu-überzeugen", "um-zu-überzeugen", "nicht-überreden", "überzeugte"])
def test_what_someone_is_persuaded_to_do_is_no_act(text: str) -> None:
    # the persuading itself may be coded, as an appeal (überzeugen, überreden: 02)
    assert all(e[1].startswith("02") for e in coded(text)), coded(text)


def test_an_infinitive_after_an_infinitive_is_its_complement() -> None:
    # "die Proteste zu beenden" is what the opposition is asked to do, not the president's act
    # (coded UNK 082 asserted before)
    assert [e[1] for e in coded("Der Präsident versuchte, die Opposition aufzufordern, die Proteste zu beenden.")] == ["10"]


@pytest.mark.parametrize("text, event", [
    ("Merkel versuchte, mit Putin zu verhandeln.", ("DEU", "046", "RUS", "asserted")),
    ("Merkel versuchte, Erdogan zu überzeugen, und traf ihn in Ankara.", ("DEU", "040", "TUR", "asserted")),
    ("Die Opposition forderte die Regierung Maduros auf, mit den Rebellen zu verhandeln.", ("VEN", "10", "VEN", "asserted")),
], ids=["versuchte-zu", "coordinated-act", "auffordern"])
def test_acts_beside_persuasion_stay(text: str, event: tuple[str, str, str, str]) -> None:
    assert event in coded(text)
