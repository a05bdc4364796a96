"""An order in the polite form addressed to someone named before it and a comma in quoted speech
("„Herr Präsident Putin, beenden Sie diesen Krieg“, sagte ...") is the speaker's demand on them, as
in English (tests/test_addressed_orders_en.py); the "Sie" that stands for them is no one else.
Sentences written for these tests; the orders coded nothing (or another act) before."""
from __future__ import annotations

import pytest

from tests.coded_events import coded


@pytest.mark.parametrize("text, expected", [
    ("„Herr Präsident Putin, beenden Sie diesen Krieg“, sagte der ukrainische Präsident.",
     [("UKR", "10", "RUS", "asserted")]),
    ("„Präsident Maduro, lassen Sie die politischen Gefangenen frei“, sagte der kolumbianische Außenminister.",
     [("COL", "10", "VEN", "asserted")]),
    ("„Herr Netanjahu, beenden Sie die Blockade des Gazastreifens“, sagte der jordanische König.",
     [("JOR", "10", "ISR", "asserted")]),
], ids=["putin", "maduro", "netanjahu"])
def test_an_order_to_the_one_addressed_is_a_demand(text, expected):
    assert coded(text, "de") == expected


def test_a_question_to_the_one_addressed_is_no_demand():
    assert coded("„Herr Ministerpräsident Orbán, haben Sie das gewusst?“, fragte der EU-Abgeordnete.", "de") == []
