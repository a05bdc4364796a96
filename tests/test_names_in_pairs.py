"""Names a conjunction joins each take their own actor: a last name that the dictionaries do not
know is the person named before in full with it, as a bare last name alone is ("Maduro and Ali
met" after "Guyana's President Irfaan Ali"; Annotator._coordinated_names and _named_before;
sentences written for these tests)."""
from __future__ import annotations

import pytest

from tests.coded_events import coded


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "Guyana's President Irfaan Ali spoke to reporters in Georgetown. Maduro and Ali met in Kingstown on "
           "Thursday.", ("VEN+GUY", "040", "VEN+GUY")),
    ("en", "Kenya's Foreign Minister Alfred Mutua arrived in Addis Ababa. Mutua and Abiy held talks on the "
           "dam.", ("KEN+ETH", "040", "KEN+ETH")),
    ("de", "Guyanas Präsident Irfaan Ali sprach in Georgetown vor Journalisten. Maduro und Ali trafen sich am "
           "Donnerstag in Kingstown.", ("VEN+GUY", "040", "VEN+GUY")),
])
def test_a_last_name_in_a_pair_is_the_person_named_before(lang, text, expected):
    assert expected in [e[:3] for e in coded(text, lang)]


def test_a_last_name_no_one_had_before_stays_no_one():
    # "Ali" was never named in full: no Guyanese actor for him
    events = coded("Maduro and Ali met in Kingstown on Thursday.", "en")
    assert not [e for e in events if "GUY" in e[0] or "GUY" in e[2]]
