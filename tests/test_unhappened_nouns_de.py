"""An event noun that its clause says did not happen is negated: the subject of a negated verb
of occurring ("Ein Treffen ... fand nicht statt"), its noun in the verb's phrase ("Es kam nicht
zu Gesprächen"), or what a verb of calling off names ("Das Treffen wurde abgesagt"); the same
clauses without negation tell the event (sentences written for these tests)."""
from __future__ import annotations

import pytest

from tests.coded_events import coded


@pytest.mark.parametrize("text, expected", [
    ("Es kam nicht zu Gesprächen zwischen Serbien und dem Kosovo.", ("SRB+XKX", "040", "SRB+XKX", "negated")),
    ("Zu einem Treffen zwischen Erdoğan und Assad kam es seither nicht mehr.", ("TUR+SYR", "040", "TUR+SYR", "negated")),
    ("Ein Treffen zwischen Modi und Sharif fand nicht statt.", ("IND+PAK", "040", "IND+PAK", "negated")),
    ("Das Treffen zwischen Modi und Sharif wurde abgesagt.", ("IND+PAK", "040", "IND+PAK", "negated")),
], ids=["kam-nicht-zu", "kam-es-nicht-mehr", "fand-nicht-statt", "abgesagt"])
def test_an_event_that_did_not_happen_is_negated(text, expected):
    assert expected in coded(text, "de")


@pytest.mark.parametrize("text, expected", [
    ("Es kam zu Gesprächen zwischen Serbien und dem Kosovo.", ("SRB+XKX", "040", "SRB+XKX", "asserted")),
    ("Ein Treffen zwischen Modi und Sharif fand in Neu-Delhi statt.", ("IND+PAK", "040", "IND+PAK", "asserted")),
], ids=["kam-zu", "fand-statt"])
def test_an_event_that_happened_stays_asserted(text, expected):
    assert expected in coded(text, "de")
