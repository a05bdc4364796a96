"""What a German sentence says someone hopes for, expects, waits for or considers doing is no act
(lexicon possibility_verbs: hoffen, erwarten, warten, rechnen, erwägen ...), as what one fears is not."""
from __future__ import annotations

import pytest

from tests.coded_events import coded


@pytest.mark.parametrize("text", [
    # each was coded as an asserted act before
    "Merkel hofft, dass Putin die Sanktionen gegen Deutschland aufhebt.",
    "Die Opposition wartet darauf, dass die Regierung in Caracas die Gefangenen freilässt.",
    "Die Nato erwartet einen Angriff Russlands auf die Ukraine.",
    "Die Regierung in Kiew rechnet damit, dass Russland die Ukraine angreift.",
    # the frame sentence of noun:Präventivschlag:190 was this one, with ISR ASSAULT IRN; it is now
    # one where the strike was made
    "Ein Präventivschlag Israels gegen den Iran wird erwartet.",
    # an event noun in the phrase of what is hoped for or feared (lexicon possibility_verb_prepositions)
    "Die Regierung in Bogotá hofft auf Gespräche mit den Rebellen.",
    "Die Nato rechnet mit einem Angriff Russlands auf die Ukraine.",
    "Die Regierung in Kiew fürchtet sich vor einem Angriff Russlands.",
    # what one considers doing
    "Die EU erwägt, Sanktionen gegen Russland zu verhängen.",
    "Die USA erwägen Sanktionen gegen die Türkei.",
    "Die Bundesregierung denkt darüber nach, Truppen nach Mali zu schicken.",
], ids=["hoffen-dass", "warten-darauf-dass", "erwarten-object", "rechnen-damit-dass", "wird-erwartet",
        "hoffen-auf", "rechnen-mit", "fürchten-vor", "erwägen-zu", "erwägen-object", "nachdenken-zu"])
def test_what_is_hoped_for_or_expected_is_no_act(text: str) -> None:
    assert coded(text, "de") == []


@pytest.mark.parametrize("text", [
    "Nachdem Russland die Ukraine angegriffen hatte, hoffte Kiew auf Hilfe.",
    "Merkel hofft nach dem Angriff Russlands auf die Ukraine auf eine Lösung.",
], ids=["nachdem-clause", "nach-phrase"])
def test_an_act_beside_a_hope_stays(text: str) -> None:
    assert ("RUS", "190", "UKR", "asserted") in coded(text, "de")
