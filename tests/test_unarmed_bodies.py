"""International bodies and NGOs that bear no arms attack with words: "The EU attacked Poland
over ..." and "the army came under fire from the UN" are criticism (111), not force; military
alliances and the UN's own troops still attack by force."""
from __future__ import annotations

import pytest

from coded_events import coded

WORDS = [
    ("The European Union attacked the Hungarian government over its media law.", "en", ("IGO:EU", "111", "HUN")),
    ("Human Rights Watch attacked the Saudi government over the executions.", "en", ("NGO:HRW", "111", "SAU")),
    ("The Nigerian army came under fire from the United Nations for the killings.", "en", ("IGO:UN", "111", "NGA")),
    ("Amnesty International griff in Genf die saudische Regierung an.", "de", ("NGO:AI", "111", "SAU")),
]


@pytest.mark.parametrize("text,lang,expected", WORDS)
def test_words_of_unarmed_bodies(text, lang, expected):
    assert expected in [event[:3] for event in coded(text, lang)]


FORCE = [
    ("NATO attacked Libyan government positions near Sirte.", "en", ("IGO:NATO", "190", "LBY")),
    ("UN troops attacked rebel positions in northern Mali.", "en", ("IGO:UN", "190", "MLI")),
]


@pytest.mark.parametrize("text,lang,expected", FORCE)
def test_force_of_armed_bodies(text, lang, expected):
    assert expected in [event[:3] for event in coded(text, lang)]
