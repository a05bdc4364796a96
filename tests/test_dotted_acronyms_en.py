"""An acronym written with a full stop after each letter (the New York Times' house style:
"F.B.I.", "C.I.A.", "N.A.T.O.") is the actor of the acronym without them."""
from __future__ import annotations

import pytest

from tests.coded_events import events


@pytest.mark.parametrize("text, expected", [
    ("The F.B.I. arrested two Russian agents in New York.", ("USA", "COERCE", "RUS")),
    ("The C.I.A. accused Iran of plotting attacks on shipping.", ("USA", "ACCUSE", "IRN")),
    ("N.A.T.O. warned Russia against a new offensive.", ("IGO:NATO", "THREATEN", "RUS")),
], ids=["FBI", "CIA", "NATO"])
def test_dotted_acronym_is_the_actor(text, expected):
    assert expected in events(text, "en")


def test_dotted_initials_of_no_actor_name_none():
    # initials of a person the dictionary does not know stay no actor
    assert events("J.R. Smith criticised the referee after the game.", "en") == []
