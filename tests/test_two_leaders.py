""""Both leaders", "die beiden Politiker" are the last two persons named, also when each was
named in a sentence of their own (actors.coref._two_persons; sentences written here)."""
from __future__ import annotations

import pytest

from tests.coded_events import events


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "Serbian President Aleksandar Vucic put the army on high alert. Kosovo's prime minister Albin Kurti "
           "accused Belgrade of sending paramilitaries. The European Union's foreign policy chief called on both "
           "leaders to de-escalate.", ("IGO:EU", "REQUEST", "SRB+XKX")),
    ("de", "Der serbische Präsident Aleksandar Vucic versetzte die Armee in Alarmbereitschaft. Der kosovarische "
           "Regierungschef Albin Kurti warf Belgrad vor, Paramilitärs zu schicken. Die EU rief die beiden Politiker "
           "zur Deeskalation auf.", ("IGO:EU", "REQUEST", "SRB+XKX")),
])
def test_both_leaders_named_in_two_sentences(lang, text, expected):
    got = [(s, t, "+".join(sorted(g.split("+")))) for s, t, g in events(text, lang)]
    assert expected in got
