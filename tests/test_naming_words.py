"""Calling or branding someone a thing of scorn, as the small English parser splits the words:
- "called the US claims absurd": the parser tags the noun as a verb and the adjective as an
  adverb ("claims/VBZ absurd/RB"); the words said of the object are still read (they were
  dropped, and "called" was read as a telephone call, 041);
- the one branded or called a dictatorship in the parser's dative ("branded the Cuban
  government a dictatorship": "government" is the dative, "dictatorship" the object);
- dictatorship and tyranny are words of scorn in both languages ("bezeichnete die Regierung als
  Diktatur", "nannte die Herrschaft eine Tyrannei")."""
from __future__ import annotations

import pytest

from coded_events import coded


@pytest.mark.parametrize("lang, text, event", [
    ("en", "Moscow called the US claims absurd.", ("RUS", "111", "USA")),
    ("en", "The White House branded the Venezuelan government a dictatorship.", ("USA", "111", "VEN")),
    ("en", "Ottawa called the Nicaraguan government a tyranny.", ("CAN", "111", "NIC")),
    ("de", "Das Außenministerium in Washington bezeichnete die kubanische Regierung als Diktatur.", ("USA", "111", "CUB")),
    ("de", "Die Opposition in Minsk nannte die Herrschaft Lukaschenkos eine Tyrannei.", ("BLR", "111", "BLR")),
])
def test_scorn_said_of_someone(lang, text, event):
    assert [e[:3] for e in coded(text, lang)] == [event]


def test_calling_claims_absurd_is_no_telephone_call():
    assert all(e[1] != "041" for e in coded("Moscow called the US claims absurd.", "en"))
