"""German refusals of arms to a state: "verweigern" with weapons or their delivery as its object
(1222, as "ablehnen" already: "Die Schweiz verweigerte die Weitergabe von Munition an die
Ukraine"), and "eine Absage erteilen" with the state the refused act was for in an "an" phrase
("Deutschland erteilte der Lieferung von Kampfjets an die Ukraine eine Absage"). Before, both
coded nothing."""
from __future__ import annotations

import pytest

from coded_events import coded


@pytest.mark.parametrize("text, expected", [
    ("Die Schweiz verweigerte die Weitergabe von Munition an die Ukraine.", ("CHE", "1222", "UKR")),
    ("Deutschland erteilte der Lieferung von Kampfjets an die Ukraine eine Absage.", ("DEU", "122", "UKR")),
])
def test_arms_refused(text, expected):
    assert [e[:3] for e in coded(text, "de")] == [expected]
