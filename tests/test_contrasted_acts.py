"""Another party's act set beside the main clause by "while", "whereas" (German "während",
"wohingegen") is an act of its own: the main act's appeal is not aimed at that party, nor is its
criticism aimed at the main clause's subject (sentences written for these tests)."""
import pytest

from tests.coded_events import coded

SIDE_BY_SIDE = [
    ("Britain urged restraint, while Russia condemned the killing.", "en", "GBR", "RUS"),
    ("Britain and France called on all sides to show restraint, whereas Russia condemned the attack.", "en", "GBR", "RUS"),
    ("While Russia condemned the killing, Britain urged restraint.", "en", "GBR", "RUS"),
    ("Großbritannien forderte Zurückhaltung, während Russland den Angriff scharf kritisierte.", "de", "GBR", "RUS"),
    ("Während Russland die Tötung verurteilte, forderte Großbritannien Zurückhaltung.", "de", "GBR", "RUS"),
]


@pytest.mark.parametrize("text,lang,first,second", SIDE_BY_SIDE,
                         ids=["while", "whereas", "while-first", "waehrend", "waehrend-first"])
def test_side_by_side_acts_do_not_aim_at_each_other(text, lang, first, second):
    events = coded(text, lang)
    assert not any(e[0] == first and e[2] == second for e in events), events
    assert not any(e[0] == second and e[2] == first for e in events), events


def test_the_act_beside_keeps_its_own_target():
    events = coded("A U.S. drone strike killed an Iranian general. Britain urged restraint, while Russia "
                   "condemned the killing.", "en")
    assert ("RUS", "111", "USA") in [e[:3] for e in events]


def test_an_act_beside_with_its_own_target():
    events = coded("Britain called on all sides to show restraint, while Russia criticised Iran.", "en")
    assert [e[:3] for e in events if e[0] == "RUS"] == [("RUS", "111", "IRN")]
    assert not any(e[2] == "RUS" for e in events)


def test_a_circumstance_still_names_whom_an_act_meets():
    """Without a comma, "as" and "while" tell the circumstance: the agreement is made with Moon's side."""
    assert ("IRN", "03", "KOR") in [e[:3] for e in coded("Iran agreed to close the site as Moon visited Pyongyang.", "en")]
