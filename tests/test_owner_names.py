"""A person named as the owner of what a phrase names ("Imran Khan's government", "Imran Khans
Regierung") is named for a later mention of his last name alone ("met Khan"), as one named
by the phrase's last words is (annotate._owner_name; sentences written for these tests)."""
from __future__ import annotations

import pytest

from tests.coded_events import events


@pytest.mark.parametrize("lang, text", [
    ("en", "Imran Khan's government agreed to raise taxes. China's ambassador met Khan on Tuesday."),
    ("en", "Prime Minister Imran Khan's cabinet approved the budget. China's ambassador met Khan on Tuesday."),
    ("de", "Imran Khans Regierung stimmte Steuererhöhungen zu. Chinas Botschafter traf Khan am Dienstag."),
])
def test_an_owner_named_before_is_the_later_last_name(lang, text):
    assert ("CHN", "CONSULT", "PAK") in events(text, lang)
