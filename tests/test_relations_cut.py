"""Relations cut or talks kept from going on, in sentences written for these tests: a state
withdrawing its recognition of another (reduced relations, not a retreat and not support) and
a state blocking accession talks with another (a rejection aimed at the other state)."""
from __future__ import annotations

import pytest

from tests.coded_events import events


@pytest.mark.parametrize("text, lang, event", [
    ("Kiribati withdrew its recognition of Taiwan.", "en", ("KIR", "SANCTION", "TWN")),
    ("Nicaragua revoked its recognition of Kosovo last year.", "en", ("NIC", "SANCTION", "XKX")),
    ("Kiribati zog die Anerkennung Taiwans zurück.", "de", ("KIR", "SANCTION", "TWN")),
    ("Die Salomonen entzogen Taiwan die Anerkennung.", "de", ("SLB", "SANCTION", "TWN")),
    ("Austria blocked accession talks with Turkey.", "en", ("AUT", "REJECT", "TUR")),
    ("Österreich blockierte die Beitrittsgespräche mit der Türkei.", "de", ("AUT", "REJECT", "TUR")),
    ("Zypern blockierte die Beitrittsverhandlungen mit der Türkei.", "de", ("CYP", "REJECT", "TUR")),
], ids=["withdrew-recognition", "revoked-recognition", "zog-zurück", "entzogen", "blocked-talks",
        "blockierte-gespräche", "blockierte-verhandlungen"])
def test_relations_cut(text, lang, event):
    assert event in set(events(text, lang))


@pytest.mark.parametrize("text, lang", [
    ("Nicaragua revoked its recognition of Kosovo last year.", "en"),
    ("Die Salomonen haben ihre Anerkennung des Kosovo widerrufen.", "de"),
], ids=["revoked", "widerrufen"])
def test_recognition_revoked_is_no_support(text, lang):
    assert not [e for e in set(events(text, lang)) if e[1] == "SUPPORT"]
