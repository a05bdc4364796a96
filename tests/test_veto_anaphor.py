"""Criticism of "the veto" / "das Veto" just reported is aimed at the state that cast it (packs'
act_anaphors; coding.coder.Coder._act_antecedent; sentences written here)."""
from __future__ import annotations

import pytest

from tests.coded_events import coded


@pytest.mark.parametrize("lang, text", [
    ("en", "Russia vetoed a Security Council resolution on Sudan. Britain's ambassador called the veto a disgrace."),
    ("de", "Russland legte gegen die Resolution ein Veto ein. Die britische Botschafterin nannte das Veto eine Schande."),
])
def test_criticism_of_the_veto(lang, text):
    assert ("GBR", "111", "RUS") in [event[:3] for event in coded(text, lang)]
