"""An inquiry a body decides on is its own ("Der Menschenrechtsrat beschloss eine Untersuchung"),
and calling a decision politically motivated criticises whoever made it (sentences written for
these tests)."""
from __future__ import annotations

import pytest

from tests.coded_events import events


@pytest.mark.parametrize("lang, text, expected", [
    ("de", "Genf – Der UN-Menschenrechtsrat hat eine Untersuchung der Gewalt gegen Demonstranten im Iran beschlossen.",
     ("IGO:UN", "ACCUSE", "IRN")),
    ("de", "Das Europaparlament beschloss eine Untersuchung gegen die ungarische Regierung.", ("IGO:EU", "ACCUSE", "HUN")),
])
def test_an_inquiry_decided_is_the_deciders(lang, text, expected):
    assert expected in events(text, lang)


def test_a_decision_called_politically_motivated_is_criticised():
    text = ("GENEVA (Reuters) - The U.N. Human Rights Council voted to launch an investigation into Iran's crackdown "
            "on protesters. Iran's ambassador called the decision politically motivated and said Iran would not "
            "cooperate with the investigators.")
    assert ("IRN", "ACCUSE", "IGO:UN") in events(text, "en")
