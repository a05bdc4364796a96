"""A diplomat accredited to an organisation of states speaks for the state the phrase names
("Sudans UN-Botschafter", "Sudan's U.N. envoy"); with no state named he stays the
organisation's ("U.N. envoy Volker Perthes") (actors.annotate._accredited; sentences written here)."""
from __future__ import annotations

import pytest

from tests.coded_events import coded


@pytest.mark.parametrize("lang, text", [
    ("en", "Sudan's U.N. envoy thanked Russia for its position."),
    ("de", "Der sudanesische UN-Botschafter dankte Russland."),
    ("de", "Sudans UN-Botschafter dankte Russland."),
    ("de", "Der UN-Botschafter des Sudan dankte Russland."),
])
def test_the_states_diplomat(lang, text):
    assert [event[:3] for event in coded(text, lang)] == [("SDN", "051", "RUS")]


@pytest.mark.parametrize("lang, text, source", [
    ("en", "U.N. envoy Volker Perthes urged the army to stop fighting.", "IGO:UN"),
    ("en", "The EU's ambassador to China criticised Beijing.", "IGO:EU"),
])
def test_the_organisations_own_envoy(lang, text, source):
    assert source in [event[0] for event in coded(text, lang)]
