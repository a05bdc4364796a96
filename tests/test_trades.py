"""People named by their trade or walk of life (taxi drivers, pensioners, miners, dock workers)
are civilians of the country they act in: their strikes and marches are protests
(chronist/actors/data/agents-trades.yaml). Sentences written for these tests."""
from __future__ import annotations

import pytest

from tests.coded_events import events


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "ATHENS (Reuters) - Thousands of pensioners marched through Athens against pension cuts on Tuesday.",
     ("GRC", "PROTEST", "GRC")),
    ("en", "LIMA (Reuters) - Striking miners blocked a highway in southern Peru on Friday.", ("PER", "PROTEST", "PER")),
    ("en", "NAIROBI (Reuters) - Taxi drivers protested against the new tax in Nairobi on Monday.",
     ("KEN", "PROTEST", "KEN")),
    ("en", "BOGOTA (Reuters) - Hundreds of retirees rallied outside the finance ministry on Thursday.",
     ("COL", "PROTEST", "COL")),
    ("de", "Rom – Tausende Rentner haben am Samstag in Rom gegen die Rentenreform der Regierung demonstriert.",
     ("ITA", "PROTEST", "ITA")),
    ("de", "Madrid – Taxifahrer protestierten am Mittwoch gegen die Regierung.", ("ESP", "PROTEST", "ESP")),
    ("de", "Wien – Hunderte Pensionisten demonstrierten am Freitag vor dem Parlament.", ("AUT", "PROTEST", "AUT")),
])
def test_people_named_by_their_trade_are_civilians_who_act(lang, text, expected):
    assert expected in events(text, lang)
