"""A body named by its kind alone ("the government", "die Regierung"), whose country the article
gives only after the coder has read the sentence, answers a request made of a government of a
state: rejecting "the demand" rejects the one who made it (``_unnamed_of_sector``). Before, the
rejection found no request, as its source had no country yet to compare. Sentences written for
these tests."""
from __future__ import annotations

import pytest

from tests.coded_events import events


@pytest.mark.parametrize("text, lang, expected", [
    ("The pro-Kurdish HDP demanded an independent inquiry into the bombing. The government rejected the demand.",
     "en", ("TUR", "REJECT", "TUR")),
    ("Die prokurdische HDP forderte von der Regierung eine Untersuchung des Anschlags. "
     "Die Regierung lehnte die Forderung ab.", "de", ("TUR", "REJECT", "TUR")),
    ("Hungary's opposition demanded new elections. The government rejected the demand.",
     "en", ("HUN", "REJECT", "HUN")),
], ids=["government-rejected-the-demand", "Regierung-lehnte-ab", "opposition"])
def test_an_unnamed_government_answers_the_request_made_of_a_government(text, lang, expected):
    assert expected in events(text, lang)


def test_no_request_made_of_a_government_no_target():
    assert ("TUR", "REJECT", "TUR") not in events(
        "The HDP demanded an inquiry from the journalists' union. The government rejected the demand.", "en")
