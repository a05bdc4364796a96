"""Companies that a state's rivals sanction or blacklist as that state's are business actors of
that state (actors/data/organisations-state.yaml), and no unnamed body of that state sanctions
them (Coder._localise_apart); sentences written here."""
from __future__ import annotations

import pytest

from tests.coded_events import events


@pytest.mark.parametrize("lang, sentence, expected", [
    ("en", "The U.S. Commerce Department put Huawei on a trade blacklist.", ("USA", "SANCTION", "CHN")),
    ("en", "The European Union imposed sanctions on Belavia.", ("IGO:EU", "SANCTION", "BLR")),
    ("de", "Washington verhängte Sanktionen gegen den Ölkonzern PDVSA.", ("USA", "SANCTION", "VEN")),
    ("de", "Die EU setzte Aeroflot auf ihre Sanktionsliste.", ("IGO:EU", "SANCTION", "RUS")),
])
def test_a_states_company_is_sanctioned_as_that_state(lang, sentence, expected):
    assert expected in events(sentence, lang)


def test_no_unnamed_body_sanctions_a_company_of_its_own_state():
    # a measure taken abroad (CAMEO 16, 174): the unnamed ministry does not take the firm's country
    assert ("CHN", "SANCTION", "CHN") not in events("The ministry imposed sanctions on Huawei.", "en")
