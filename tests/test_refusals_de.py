"""German refusals of arms to a state: "verweigern" with weapons or their delivery as its object
(1222, as "ablehnen" already: "Die Schweiz verweigerte die Weitergabe von Munition an die
Ukraine"), and "eine Absage erteilen" with the state the refused act was for in an "an" phrase
("Deutschland erteilte der Lieferung von Kampfjets an die Ukraine eine Absage"). Before, both
coded nothing. A vote against a text whose compound names a body is aimed at it, and an
extradition requested from a state ("aus Russland") is requested of it."""
from __future__ import annotations

import pytest

from coded_events import coded


@pytest.mark.parametrize("text, expected", [
    ("Die Schweiz verweigerte die Weitergabe von Munition an die Ukraine.", ("CHE", "1222", "UKR")),
    ("Deutschland erteilte der Lieferung von Kampfjets an die Ukraine eine Absage.", ("DEU", "122", "UKR")),
])
def test_arms_refused(text, expected):
    assert [e[:3] for e in coded(text, "de")] == [expected]


@pytest.mark.parametrize("text, expected", [
    ("Russland stimmte gegen die UN-Resolution.", [("RUS", "12", "IGO:UN")]),
    ("Russland stimmte gegen die Syrien-Resolution.", []),
    ("Die Abgeordneten stimmten gegen den Vertrag von Lissabon.", []),
])
def test_a_vote_against_a_text_its_compound_names_the_author_of(text, expected):
    """A vote against a text whose compound names an international body ("UN-Resolution") is aimed
    at that body, as English "voted against the UN resolution" is; not a state so named, which is
    as often what the text is about ("Syrien-Resolution"), nor a place a text is named after in a
    phrase of its own."""
    assert [e[:3] for e in coded(text, "de")] == expected


def test_an_extradition_requested_from_a_state():
    """The state a suspect is to be extradited from ("aus Russland") is whom the request is
    made of, as with "bei" and "von"."""
    assert [e[:3] for e in coded("Großbritannien beantragte die Auslieferung des Verdächtigen aus Russland.", "de")] \
        == [("GBR", "0213", "RUS")]
