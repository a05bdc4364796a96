"""Actors named by pronoun or role in unseen news, branch s20f (sentences written for these tests).

- English: a person of the dictionaries is a woman or a man by the first name the dictionary spells
  (the English pack's ``feminine_first_names`` and ``masculine_first_names``, as the German pack's;
  ``Annotator._agreement`` narrows a man to "m" as a woman to "f"): "he" no longer means a woman
  named before ("Angela Merkel met Vladimir Putin in Sochi. He criticised Ukraine" RUS 111 UKR, was
  DEU 111 UKR; "Theresa May spoke in Leeds. He criticised Brussels" no event, was GBR 111 IGO:EU),
  nor "she" a man ("Donald Trump spoke in Ohio. She criticised China": no event, was USA 111 CHN).
"""

from __future__ import annotations

import pytest

from tests.coded_events import triples as _events


@pytest.mark.parametrize("text, expected", [
    ("Angela Merkel met Vladimir Putin in Sochi on Friday. He criticised Ukraine.", ("RUS", "111", "UKR")),
    ("Jacinda Ardern met Scott Morrison in Sydney. He later accused China of spying.", ("AUS", "1125", "CHN")),
])
def test_he_is_not_a_woman_named_before(text, expected):
    found = _events(text, "en")
    assert expected in found
    assert not any(t == expected[2] and s != expected[0] for s, _, t in found)


@pytest.mark.parametrize("text", [
    "Theresa May spoke in Leeds on Monday. He criticised Brussels.",
    "Donald Trump spoke in Ohio on Saturday. She criticised China.",
])
def test_pronoun_of_the_other_gender_means_no_one(text):
    assert _events(text, "en") == []
