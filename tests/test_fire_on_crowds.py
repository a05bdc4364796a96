"""Security forces that fire on protesters "in" a town fire on the protesters, not on the town: the
town is where, and the unnamed forces are its country's ("Security forces fired on protesters in
Caracas" had the capital for its target, and forces that fire on their own capital are no
Venezuelan ones). Sentences written for these tests; each coded otherwise on 40797d0."""
from __future__ import annotations

import pytest

from tests.coded_events import coded


@pytest.mark.parametrize("text, expected", [
    ("Security forces fired on protesters in Caracas.", ("VEN", "190", "VEN", "asserted")),
    ("CARACAS (Reuters) - Juan Guaido declared himself interim president on Wednesday. Security forces fired "
     "on anti-government protesters in Caracas.", ("VEN", "190", "VEN", "asserted")),
    ("Soldiers fired at demonstrators in Khartoum on Monday.", ("SDN", "190", "SDN", "asserted")),
])
def test_crowd_fired_on_in_a_town(text: str, expected: tuple) -> None:
    assert expected in coded(text, "en")
