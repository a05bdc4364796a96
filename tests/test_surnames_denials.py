"""A last name alone after the person was named in full is that person, also where the tagger took
the name for a plural noun ("Evo Morales ... Morales accused Chile"). And what a verb of denying
has for its object, an act of violence ("leugnet den Völkermord", "denied the attack"), is no act of
the one who denies it, nor a refusal; nor is a promise of nothing political not made ("versprach
keine Wunder"). Sentences written for these tests; each coded otherwise on
40797d0."""
from __future__ import annotations

import pytest

from tests.coded_events import coded


@pytest.mark.parametrize("text, lang, expected", [
    ("Evo Morales met Chile's foreign minister on Sunday. Morales accused Chile of a plot.", "en",
     ("BOL", "112", "CHL", "asserted")),
    ("Guatemala's president Jimmy Morales spoke in Washington. Later, Morales praised Mexico.", "en",
     ("GTM", "051", "MEX", "asserted")),
])
def test_last_name_after_full_name(text: str, lang: str, expected: tuple) -> None:
    assert expected in coded(text, lang)


@pytest.mark.parametrize("text, lang", [
    ("Den Völkermord an den Armeniern leugnet die türkische Regierung.", "de"),
    ("Die Regierung in Ankara leugnet die Massaker an den Armeniern.", "de"),
    ("The Turkish government denies the genocide of the Armenians.", "en"),
])
def test_denied_violence_is_no_act(text: str, lang: str) -> None:
    assert coded(text, lang) == []


@pytest.mark.parametrize("text, lang", [
    ("Der Präsident verspricht keine Wunder.", "de"),
    ("The president promised no miracles.", "en"),
])
def test_promise_of_nothing_political_refuses_no_one(text: str, lang: str) -> None:
    # (a promise not made of anything a frame names, aimed at no one, is no rejection)
    assert coded(text, lang) == []
