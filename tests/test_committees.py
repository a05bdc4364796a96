"""Committees of a parliament and their chairs are legislators (LEG), as lawmakers are
(agents.yaml; sentences written for these tests)."""
from __future__ import annotations

import pytest

from tests.coded_events import events


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "WASHINGTON (Reuters) - House Speaker Nancy Pelosi met with committee chairs on Wednesday.", ("USA", "CONSULT", "USA")),
    ("en", "LONDON (Reuters) - A parliamentary committee accused the government of misleading parliament.", ("GBR", "ACCUSE", "GBR")),
    ("de", "Wien – Der Untersuchungsausschuss warf dem Innenministerium vor, Akten zurückgehalten zu haben.",
     ("AUT", "ACCUSE", "AUT")),
])
def test_committees_are_legislators(lang, text, expected):
    assert expected in events(text, lang)
