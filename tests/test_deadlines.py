"""A time given to do something is an ultimatum (139: "gave Hungary two months to change the
law"); a time given to leave the country is an expulsion, as an order to leave it is
(``Coder._content_kind`` with ``_departure``): "gave the Spanish ambassador 72 hours to leave the
country" is 166 (was 139). (A German "gab ... Zeit" frame was tried and dropped: it coded an idea
of giving time as an ultimatum given on the real corpus.)"""
from __future__ import annotations

import pytest

from coded_events import coded


@pytest.mark.parametrize("lang, text, event", [
    ("en", "Bolivia gave the Spanish ambassador 72 hours to leave the country.", ("BOL", "166", "ESP")),
    ("en", "The European Commission gave Hungary two months to change the law.", ("IGO:EU", "139", "HUN")),
])
def test_deadlines(lang, text, event):
    assert [e[:3] for e in coded(text, lang)] == [event]
