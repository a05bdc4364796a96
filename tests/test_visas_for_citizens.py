"""Visas suspended for a state's citizens aim at that state, also where the visas are a service
("suspended visa services for Canadian citizens": the parser hangs "for" on "services", lifted
to the verb by the lexicon's beneficiary_nouns) or their issue to whom ("setzte die Vergabe von
Visa an kanadische Staatsbürger aus": frames-art34b.yaml); sentences written for these tests."""
from __future__ import annotations

import pytest

from tests.coded_events import coded


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "India suspended visa services for Canadian citizens.", ("IND", "172", "CAN")),
    ("en", "Russia suspended visa services for Estonian citizens on Monday.", ("RUS", "172", "EST")),
    ("de", "Indien setzte die Vergabe von Visa an kanadische Staatsbürger aus.", ("IND", "172", "CAN")),
    ("de", "Russland setzte die Visavergabe an Bürger Estlands aus.", ("RUS", "172", "EST")),
])
def test_visas_suspended_aim_at_the_citizens_state(lang, text, expected):
    assert [e[:3] for e in coded(text, lang)] == [expected]
