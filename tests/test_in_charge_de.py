"""German counterpart of the English 'in charge of' mention (tests/test_mentions.py): the office
of one 'zuständig für' talks names a role, not talks held; the adjective follows the phrase it
governs (frames.yaml mentions 'zuständig für', coder._mention_after). One in charge who meets
someone still meets."""
from __future__ import annotations

import pytest

from tests.coded_events import coded


@pytest.mark.parametrize("text", [
    "Der für die Verhandlungen mit der EU zuständige Minister trat zurück.",
    "Der britische Minister, der für die Verhandlungen mit der EU zuständig war, trat am Montag zurück.",
    "Die italienische Staatssekretärin, die für die Gespräche mit Libyen zuständig ist, wurde entlassen.",
], ids=["attributive", "relative", "dismissed"])
def test_an_office_holds_no_talks(text: str) -> None:
    found = coded(text, "de")
    assert not [e for e in found if e[1].startswith("04")], found


@pytest.mark.parametrize("text, event", [
    ("Der für die Verhandlungen mit der EU zuständige britische Minister traf Barnier in Brüssel.", ("GBR", "040", "IGO:EU")),
    ("Großbritannien führte Verhandlungen mit der EU.", ("GBR", "046", "IGO:EU")),
], ids=["meets", "negotiates"])
def test_talks_held_stay(text: str, event: tuple[str, str, str]) -> None:
    assert event in [e[:3] for e in coded(text, "de")]
