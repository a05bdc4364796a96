"""Protests blamed on a state are said to be stirred up by it, not held by it: the blame is the
event, the protests are no act of the blamed (Coder._blamed); sentences written for these
tests."""
from __future__ import annotations

import pytest

from tests.coded_events import coded


@pytest.mark.parametrize("lang, text", [
    ("de", "Die Regierung in Teheran machte die USA und Israel für die Proteste verantwortlich."),
    ("de", "Der Kreml machte den Westen und die Ukraine für die Demonstrationen in Moskau verantwortlich."),
])
def test_the_blamed_hold_no_protest(lang, text):
    assert not [e for e in coded(text, lang) if e[1].startswith("14") or e[1] == "114"]
