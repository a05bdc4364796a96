"""Those killed "in the operation" or "bei dem Einsatz" were killed by whoever carried it out, not
by a thing or an incident (pack.Words.operation_nouns): with no one named, the other side of the
article's war, as for those killed in clashes. Sentences written for these tests."""
from __future__ import annotations

import pytest

from tests.coded_events import events


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "ABUJA (Reuters) - The Nigerian army said 20 militants were killed in the operation.",
     ("NGA", "ASSAULT", "NGA")),
    ("en", "MOGADISHU (Reuters) - Somali troops said eight al Shabaab fighters were killed in the raid.",
     ("SOM", "ASSAULT", "SOM")),
    ("de", "Abuja – Die nigerianische Armee teilte mit, bei dem Einsatz seien 20 Extremisten getötet worden.",
     ("NGA", "ASSAULT", "NGA")),
    ("de", "Bamako – Bei der Operation seien 15 Dschihadisten getötet worden, sagte ein Sprecher der malischen Armee.",
     ("MLI", "ASSAULT", "MLI")),
])
def test_those_killed_in_an_operation_were_killed_by_its_side(lang, text, expected):
    assert expected in events(text, lang)


def test_a_blast_is_still_a_thing():
    assert events("KABUL (Reuters) - Five people were killed in an explosion at a market on Monday.", "en") == []
