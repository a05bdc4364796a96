"""What a clause says that its governing clause calls unclear, unlikely or only possible ("Es ist
unklar, ob ...", "it is unlikely that ...") is no act reported; what it calls clear is
(sentences written for these tests)."""
from __future__ import annotations

import pytest

from coded_events import events


@pytest.mark.parametrize("text, lang", [
    ("Es ist unklar, ob Russland die Ukraine angegriffen hat.", "de"),
    ("Es ist unwahrscheinlich, dass die Türkei Sanktionen gegen Russland verhängt.", "de"),
    ("Die Regierung hält es für fraglich, dass Serbien die Gespräche mit dem Kosovo abbricht.", "de"),
    ("Es sei durchaus möglich, dass Rebellen die Armee Malis angegriffen haben.", "de"),
    ("It is unlikely that Turkey will impose sanctions on Russia.", "en"),
    ("It remains unclear whether Russia attacked Ukraine.", "en"),
])
def test_a_doubted_clause_is_no_act(text: str, lang: str) -> None:
    assert events(text, lang) == []


@pytest.mark.parametrize("text, lang, expected", [
    ("Es ist klar, dass Russland die Ukraine angegriffen hat.", "de", ("RUS", "ASSAULT", "UKR")),
    # an attributive adjective calls a thing unclear, not the clause
    ("Der unklare Status führte dazu, dass Serbien die Gespräche mit dem Kosovo abbrach.", "de",
     ("SRB", "SANCTION", "XKX")),
    ("It is clear that Turkey imposed sanctions on Russia.", "en", ("TUR", "SANCTION", "RUS")),
])
def test_a_clause_not_doubted_is_coded(text: str, lang: str, expected: tuple[str, str, str]) -> None:
    assert expected in events(text, lang), events(text, lang)
