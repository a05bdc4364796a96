"""A text one answers with does what its clause says, as a text one issues does ("China responded
with a statement condemning the United States", "reagierte mit einer Erklärung, die die USA
verurteilt": Coder._document_author with the pack's answering_verbs and answering_prepositions;
sentences written for these tests)."""
from __future__ import annotations

import pytest

from tests.coded_events import coded


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "China responded with a statement condemning the United States.", ("CHN", "111", "USA")),
    ("en", "Mexico's president replied with a letter urging Trump to reconsider.", ("MEX", "02", "USA")),
    ("de", "China reagierte mit einer Erklärung, die die USA scharf verurteilt.", ("CHN", "111", "USA")),
])
def test_a_text_answered_with_is_the_answerer_s(lang, text, expected):
    assert [e[:3] for e in coded(text, lang)] == [expected]


def test_a_text_answered_to_is_not():
    # the resolution Iran answers is not Iran's
    assert not [e for e in coded("Iran responded to a resolution condemning Israel.", "en") if e[0] == "IRN"]
