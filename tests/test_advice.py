"""An obligation that an investor, a firm or a scholar says someone "should" or "must" meet is
advice, no demand: the adviser has no stake in the act. An official's or a state's obligation laid
on another stays a demand, and so do a firm's explicit demands (sentences written for these tests)."""
from __future__ import annotations

import pytest

from tests.coded_events import events


@pytest.mark.parametrize("text, lang", [
    ("The United States should cut its interest rates, said the British investor Jim Rogers.", "en"),
    ("China should open its markets, an American business leader said.", "en"),
    ("Japan must spend more on research, a German professor told the conference in Tokyo.", "en"),
    ("Die USA sollten die Zinsen senken, sagte der britische Investor Jim Rogers.", "de"),
    ("Frankreich müsse mehr in die Forschung investieren, sagte ein deutscher Wissenschaftler.", "de"),
], ids=["investor-should", "business-leader-should", "professor-must", "Investor-sollten", "Wissenschaftler-müsse"])
def test_advice_is_no_demand(text: str, lang: str) -> None:
    assert events(text, lang) == []


@pytest.mark.parametrize("text, lang, expected", [
    ("Poland should apologise for the remarks, the Russian ambassador said.", "en", ("RUS", "REQUEST", "POL")),
    ("Russia said that Sudan must return the helicopter.", "en", ("RUS", "REQUEST", "SDN")),
    ("Polen müsse sich für die Äußerungen entschuldigen, sagte der russische Botschafter.", "de", ("RUS", "REQUEST", "POL")),
    ("German carmakers demanded that the United States lift the tariffs.", "en", ("DEU", "REQUEST", "USA")),
], ids=["ambassador-should", "state-must", "Botschafter-müsse", "firms-demanded"])
def test_a_demand_stays(text: str, lang: str, expected: tuple[str, str, str]) -> None:
    assert expected in events(text, lang)
