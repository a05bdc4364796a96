"""A speaker's second act after a reported clause in another tense: "X said Y had done A and
accused Z": the bare past tense after "and" is the speech verb's tense, so the act is the
speaker's, not the reported clause subject's (repairs.speakers_acts_read_as_reported)."""
from __future__ import annotations

import pytest

from tests.coded_events import events


@pytest.mark.parametrize("sentence, expected", [
    ("Poland's interior minister said the smugglers had crossed the border at night and accused Belarus of organising the flights.",
     ("POL", "ACCUSE", "BLR")),
    ("Greece's prime minister said the boats had entered Greek waters and warned Turkey of a firm response.",
     ("GRC", "THREATEN", "TUR")),
    ("Kenya's foreign minister said the refugees would stay for now and urged Somalia to secure the border.",
     ("KEN", "REQUEST", "SOM")),
])
def test_speakers_second_act_after_a_perfect_or_modal(sentence, expected):
    assert expected in events(sentence, "en")


@pytest.mark.parametrize("sentence, speaker", [
    ("Poland's interior minister said the smugglers had crossed the border at night and accused Belarus of organising the flights.", "POL"),
    ("Greece's prime minister said the boats had entered Greek waters and warned Turkey of a firm response.", "GRC"),
])
def test_the_reported_subject_does_not_take_the_act(sentence, speaker):
    assert all(e[0] == speaker for e in events(sentence, "en") if e[1] in {"ACCUSE", "THREATEN"})

