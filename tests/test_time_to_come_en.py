"""A verb in the present tense after "until", "before" or "once" names a time to come, not an
act done: "the sanctions stay until Russia withdraws its troops" reports no withdrawal. A
headline tells past acts in the present and keeps them; past tenses keep them too (sentences
written for these tests)."""
from __future__ import annotations

import pytest

from tests.coded_events import coded, events


@pytest.mark.parametrize("text, absent", [
    ("The sanctions remain in place until Russia withdraws its troops from Crimea.", "RETREAT"),
    ("The border stays closed until Turkey withdraws its troops and ends its offensive.", "RETREAT"),
    ("Beijing wants a deal before the United States imposes new tariffs on Chinese goods.", "SANCTION"),
    ("The talks must end before the United States imposes new tariffs on Chinese goods.", "SANCTION"),
    ("Aid will flow again once the rebels release the hostages.", "RETREAT"),
], ids=["until-withdraws", "until-conjoined", "before-imposes", "before-under-must", "once-release"])
def test_an_act_in_the_present_after_until_before_once_is_no_act_done(text, absent):
    found = events(text, "en")
    assert not any(e[1] == absent for e in found), found


@pytest.mark.parametrize("text, expected", [
    ("France condemned the attack before Germany imposed sanctions on Iran.", ("DEU", "SANCTION", "IRN")),
    ("Talks collapse before Russia expels British diplomats", ("RUS", "SANCTION", "GBR")),
    ("Markets fall before China imposes tariffs on US goods", ("CHN", "SANCTION", "USA")),
], ids=["past-tense", "headline-expels", "headline-tariffs"])
def test_past_acts_and_headlines_keep_their_events(text, expected):
    found = events(text, "en")
    assert expected in found, found


def test_an_act_a_planned_fight_goes_on_until_stays_planned():
    found = coded("The Malian army said it would continue fighting until it drives the rebels out of Gao.", "en")
    assert found and all(e[3] == "intent" for e in found), found
