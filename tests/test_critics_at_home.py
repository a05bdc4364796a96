"""Unnamed lawmakers, parties or the opposition whom someone drew criticism from, or came
under criticism from, are of that person's state, whatever the dateline; named or foreign
critics keep theirs. German "Kritik auf sich ziehen" is criticism aimed at the subject.
Sentences written for these tests."""
import pytest

from tests.coded_events import coded


@pytest.mark.parametrize("text,lang,expected", [
    ("ISTANBUL (Reuters) - Turkey demanded that Saudi Arabia hand over the suspects. U.S. President Donald "
     "Trump called the Saudi explanation credible, drawing criticism from lawmakers.", "en", ("USA", "111", "USA")),
    ("Istanbul – US-Präsident Donald Trump nannte die saudische Erklärung glaubwürdig und zog damit Kritik von "
     "Abgeordneten auf sich.", "de", ("USA", "111", "USA")),
    ("Trump zog mit seinen Äußerungen scharfe Kritik aus Peking auf sich.", "de", ("CHN", "111", "USA")),
], ids=["drawing-en", "auf-sich-ziehen-de", "aus-peking-de"])
def test_critics_drawn(text, lang, expected):
    events = [e[:3] for e in coded(text, lang)]
    assert expected in events
    assert not [e for e in events if e[1] == "111" and e[0] not in (expected[0],)]


def test_foreign_critics_stay_unknown():
    # (no event at all while "came under fire" of no armed subject was no criticism; now it is
    # criticism, and its critics must still not take Turkey's country)
    events = coded("ISTANBUL (Reuters) - Erdogan came under fire from European lawmakers.", "en")
    assert not [e for e in events if e[0] == "TUR"]
    assert [e[0] for e in events] in ([], ["UNK"])
