"""Praise or criticism of "the arrest" / "die Festnahme" just reported is aimed at who made it
(the singular nouns join the packs' domestic_acts; coding.coder.Coder._act_antecedent;
sentences written here)."""
from __future__ import annotations

import pytest

from tests.coded_events import coded


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "Mexican soldiers arrested a senior leader of the Sinaloa cartel on Thursday. U.S. Attorney General "
           "Merrick Garland praised the arrest.", ("USA", "051", "MEX")),
    ("de", "Mexikanische Soldaten haben einen Anführer des Sinaloa-Kartells festgenommen. US-Justizminister "
           "Merrick Garland begrüßte die Festnahme.", ("USA", "051", "MEX")),
    ("de", "Die russische Polizei hat einen bekannten Oppositionellen verhaftet. Die Bundesregierung in Berlin verurteilte "
           "die Verhaftung scharf.", ("DEU", "111", "RUS")),
])
def test_reaction_to_the_arrest(lang, text, expected):
    assert expected in [event[:3] for event in coded(text, lang)]
