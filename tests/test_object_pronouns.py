"""An object pronoun is not the subject of its own clause ("Trump recognised him": not Trump, the
man named before); and German "erklärte sich zum Präsidenten" declares its subject something and
reports no words, so the clause beside it is the narrator's. Sentences written for these tests;
each coded otherwise on 40797d0. A state an offer is made to is its target also where the parse
read it as the accusative ("bot Russland an, Gespräche zu führen")."""
from __future__ import annotations

import pytest

from tests.coded_events import coded


@pytest.mark.parametrize("text, lang, expected", [
    ("Juan Guaido declared himself interim president. Trump recognised him within minutes.", "en",
     ("USA", "054", "VEN", "asserted")),
    ("Juan Guaidó erklärte sich zum Übergangspräsidenten. US-Präsident Donald Trump erkannte ihn an.", "de",
     ("USA", "054", "VEN", "asserted")),
    ("Der Oppositionsführer Juan Guaidó erklärte sich zum Übergangspräsidenten, US-Präsident Donald Trump "
     "erkannte ihn binnen Minuten an.", "de", ("USA", "054", "VEN", "asserted")),
])
def test_object_pronoun_is_someone_else(text: str, lang: str, expected: tuple) -> None:
    assert expected in coded(text, lang)


@pytest.mark.parametrize("text, expected", [
    # the recipient of an offer the parse read as the accusative ("Russland" has no case of its own)
    ("Die Türkei bot Russland an, Gespräche zu führen.", ("TUR", "036", "RUS", "intent")),
    ("Deutschland bot Polen Hilfe an.", ("DEU", "033", "POL", "intent")),
])
def test_offer_made_to_a_state(text: str, expected: tuple) -> None:
    assert expected in coded(text, "de")
