"""English headlines in title case whose subject is a plural and whose verb is bare ("Rebels
Attack Army Base in Mali", "Israeli Jets Hit Hamas Targets in Gaza"): read in lower case the
parser may still take the verb for a noun, and the name finder may run the plural and the verb
into a person's name; the verb is read as a past form (headlines.py). A person's name stays a
name. Headlines written for these tests."""
from __future__ import annotations

import pytest

from tests.coded_events import events


@pytest.mark.parametrize("text, expected", [
    ("Rebels Attack Army Base in Mali", ("MLI", "ASSAULT", "MLI")),
    ("Israeli Jets Hit Hamas Targets in Gaza", ("ISR", "ASSAULT", "PSE")),
    ("Insurgents Attack Police Station in Niger", ("NER", "ASSAULT", "NER")),
    ("Turkish Jets Bomb Kurdish Positions in Iraq", ("TUR", "ASSAULT", "IRQ")),
])
def test_a_plural_subjects_bare_verb_is_the_verb(text, expected):
    assert expected in events(text, "en")


def test_a_persons_name_in_a_title_case_headline_stays_a_name():
    assert ("GBR", "CONSULT", "IRN") in events("Jeremy Hunt Meets Iranian Foreign Minister in London", "en")
