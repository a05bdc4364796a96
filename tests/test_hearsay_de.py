"""German adverbs and attributes of hearsay ("angeblich", "mutmaßlich") make what they qualify
reported, as "soll ... angegriffen haben" does (lexicon hearsay_adverbs); so does "wonach" what it
opens (report_openers)."""
from __future__ import annotations

import pytest

from tests.coded_events import coded


@pytest.mark.parametrize("text, event", [
    # each was asserted before
    ("Russland hat angeblich die Ukraine angegriffen.", ("RUS", "190", "UKR", "reported")),
    ("Die Rebellen haben mutmaßlich Giftgas gegen die syrische Armee eingesetzt.", ("SYR", "2041", "SYR", "reported")),
    ("Die Opposition kritisierte angebliche Geheimverhandlungen zwischen Serbien und dem Kosovo.",
     ("SRB+XKX", "046", "SRB+XKX", "reported")),
], ids=["angeblich-verb", "mutmaßlich-verb", "angeblich-noun"])
def test_hearsay_is_reported(text: str, event: tuple[str, str, str, str]) -> None:
    assert event in coded(text, "de")


@pytest.mark.parametrize("text, event", [
    ("Malische Soldaten haben mutmaßliche Kämpfer festgenommen.", ("MLI", "173", "MLI", "asserted")),
    ("Russland hat die Ukraine angegriffen.", ("RUS", "190", "UKR", "asserted")),
], ids=["mutmaßlich-target", "plain"])
def test_an_act_on_alleged_people_stays_asserted(text: str, event: tuple[str, str, str, str]) -> None:
    assert event in coded(text, "de")


def test_what_a_report_says_is_reported() -> None:
    # asserted before
    assert coded("Berichte, wonach Russland die Ukraine angegriffen habe, wies Moskau zurück.", "de") \
        == [("RUS", "190", "UKR", "reported")]
