"""An acronym written with a full stop after each letter (the New York Times' house style:
"F.B.I.", "C.I.A.", "N.A.T.O.") is the actor of the acronym without them."""
import datetime as dt

import pytest

from chronist.model import Article
from chronist.pipeline import Pipeline

PIPELINE = Pipeline.default()


def events(text: str) -> list[tuple]:
    doc = PIPELINE.process(Article(text=text, id="t", date=dt.date(2019, 6, 1)), lang="en")
    return [("+".join(a.code for a in e.source), e.plover, "+".join(a.code for a in e.target)) for e in doc.events]


@pytest.mark.parametrize("text, expected", [
    ("The F.B.I. arrested two Russian agents in New York.", ("USA", "COERCE", "RUS")),
    ("The C.I.A. accused Iran of plotting attacks on shipping.", ("USA", "ACCUSE", "IRN")),
    ("N.A.T.O. warned Russia against a new offensive.", ("IGO:NATO", "THREATEN", "RUS")),
], ids=["FBI", "CIA", "NATO"])
def test_dotted_acronym_is_the_actor(text, expected):
    assert expected in events(text)


def test_dotted_initials_of_no_actor_name_none():
    # initials of a person the dictionary does not know stay no actor
    assert events("J.R. Smith criticised the referee after the game.") == []
