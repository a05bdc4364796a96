"""Groups no sector knows (cartels, gangs, smugglers) are no actors, and a nationality adjective
before one names where they are from, not the state (Words.stateless_group_nouns); sentences
written here."""
from __future__ import annotations

import pytest

from tests.coded_events import events


@pytest.mark.parametrize("lang, sentence", [
    ("en", "Mexican drug cartels attacked a police station on Monday."),
    ("en", "Colombian gangs killed twelve police officers."),
    ("de", "Mexikanische Drogenkartelle griffen am Montag eine Polizeistation an."),
    ("de", "Albanische Schlepperbanden brachten Hunderte Migranten nach Italien."),
])
def test_a_cartel_is_no_state(lang, sentence):
    assert not any(e[0] in {"MEX", "COL", "ALB"} for e in events(sentence, lang))


def test_the_state_of_other_nouns_stays():
    assert ("RUS", "ASSAULT", "UKR") in events("Russian forces attacked Kharkiv.", "en")
