"""Powers from abroad and the West are no state named before (sentences written for these tests).

"foreign powers", "ausländische Mächte" are governments of unknown country that keep it
(agents-powers.yaml); "the West", "der Westen" name a bloc, the target itself: no rule puts the
doer of the sentence before in its place (Coder._bloc)."""
from __future__ import annotations

import pytest

from tests.coded_events import events


@pytest.mark.parametrize("lang, text", [
    ("en", "Putin met Lukashenko in Sochi. Lukashenko accused foreign powers of orchestrating the protests."),
    ("de", "Putin traf Lukaschenko in Sotschi. Lukaschenko warf ausländischen Mächten vor, die Proteste zu steuern."),
])
def test_foreign_powers_keep_an_unknown_country(lang, text):
    assert ("BLR", "ACCUSE", "UNK") in events(text, lang)


@pytest.mark.parametrize("lang, text", [
    ("en", "Putin congratulated Lukashenko on his re-election. Lukashenko accused the West of orchestrating the protests."),
    ("en", "Putin congratulated Lukashenko on his re-election. Lukashenko criticised the West."),
    ("de", "Putin gratulierte Lukaschenko zur Wiederwahl. Lukaschenko warf dem Westen vor, die Proteste zu steuern."),
])
def test_the_west_is_no_state_named_before(lang, text):
    assert not [e for e in events(text, lang) if e[0] == "BLR" and e[2] == "RUS"]


@pytest.mark.parametrize("lang, text", [
    ("en", "Lukashenko said he would hold on to power."),
    ("de", "Lukaschenko ist seit 1994 an der Macht."),
])
def test_power_held_is_no_actor(lang, text):
    assert not [e for e in events(text, lang) if e[2] == "UNK"]
