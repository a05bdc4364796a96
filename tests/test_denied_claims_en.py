"""A denial of a criticism or an accusation is a statement, but the accusation it denies was made:
by whom its phrase of origin names, against the one who denies it (sentences written for these
tests; the first four coded nothing before)."""
from __future__ import annotations

import pytest

from tests.coded_events import events


@pytest.mark.parametrize("text, expected", [
    ("The Hungarian government rejected accusations from the European Commission that it had broken EU law.",
     ("IGO:EU", "ACCUSE", "HUN")),
    ("The Saudi government dismissed criticism from Human Rights Watch over the executions.",
     ("NGO:HRW", "ACCUSE", "SAU")),
    ("The Turkish president denied allegations from the Greek government that Turkish jets had violated its airspace.",
     ("GRC", "ACCUSE", "TUR")),
    ("The Chinese foreign ministry rejected criticism from the United States over Hong Kong.",
     ("USA", "ACCUSE", "CHN")),
], ids=["accusations-from", "criticism-from-ngo", "allegations-from", "criticism-from-state"])
def test_the_denied_accusation_was_made(text, expected):
    assert events(text, "en") == [expected]


@pytest.mark.parametrize("text", [
    "The Kremlin denied the allegations.",
    "The Kremlin denied allegations that Russian troops had attacked the town.",
    "Venezuela rejected the report from Colombia.",
], ids=["no-maker", "what-is-alleged-is-no-act", "a-report-is-no-accusation"])
def test_a_denial_with_no_accuser_named_stays_no_event(text):
    assert events(text, "en") == []
