"""A companion of the subject ("gemeinsam mit Litauen", "together with Lithuania") acts with it:
it joins the source and is not the target (sentences written for these tests)."""
from __future__ import annotations

import datetime as dt

import pytest

from coded_events import events



@pytest.mark.parametrize("text, lang", [
    ("Warschau – Polen hat gemeinsam mit Litauen die russische Regierung scharf kritisiert.", "de"),
    ("Warschau – Die polnische Regierung hat zusammen mit Litauen den Botschafter Russlands einbestellt.", "de"),
    ("Poland, together with Lithuania, sharply criticised the Russian government.", "en"),
    ("Poland, along with Lithuania, summoned the Russian ambassador.", "en"),
    ("Poland criticised the Russian government jointly with Lithuania.", "en"),
])
def test_a_companion_joins_the_source(text: str, lang: str) -> None:
    found = events(text, lang)
    assert found and all(sorted(source.split("+")) == ["LTU", "POL"] and target == "RUS" for source, _, target in found), found


@pytest.mark.parametrize("text, lang", [
    ("Warschau – Polen sprach sich gemeinsam mit Litauen gegen die Pläne Russlands aus.", "de"),
    ("Poland spoke out together with Lithuania against the plans of Russia.", "en"),
])
def test_a_companion_is_not_the_target(text: str, lang: str) -> None:
    assert all("LTU" not in target for _, _, target in events(text, lang)), events(text, lang)


@pytest.mark.parametrize("text, lang", [
    ("Warschau – Polen verhandelte mit Litauen über neue Zölle.", "de"),
    ("Poland negotiated with Lithuania over new tariffs.", "en"),
])
def test_a_partner_without_companion_adverb_stays_the_target(text: str, lang: str) -> None:
    assert ("POL", "CONSULT", "LTU") in events(text, lang)
