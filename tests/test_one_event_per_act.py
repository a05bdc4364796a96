"""One event for each type, source, target and modality in a sentence (coder._distinct), and
the main verb after a relative clause set off by commas (repairs._verb_after_relative);
sentences written here."""
from __future__ import annotations

import pytest

from tests.coded_events import coded, events


def test_tear_gas_fired_to_disperse_is_one_act():
    got = coded("Thousands of health workers went on strike across Nigeria on Monday. "
                "Police fired tear gas to disperse the nurses.", "en")
    assert [e for e in got if e[1].startswith("17")] == [("NGA", "175", "NGA", "asserted")]


@pytest.mark.parametrize("sentence, expected", [
    ("Sudan, which hosted the talks, called on Egypt to refrain from unilateral steps.", ("SDN", "REQUEST", "EGY")),
    ("Qatar, which brokered the truce, urged Israel to stop the shelling.", ("QAT", "REQUEST", "ISR")),
])
def test_verb_after_a_relative_clause_is_the_main_verb(sentence, expected):
    assert expected in events(sentence, "en")
