"""English counterparts of the German verbs of fearing and waiting (possibility_verbs: "Die Nato will
den Abzug ... abwarten"), of striving ("hat sich für das Abkommen mit dem Iran stark gemacht") and of
referring ("erinnerte an den deutschen Überfall auf Polen"): an event noun that such a verb names as
its object or in its phrase is only feared, hoped for, awaited, striven for or referred to, no act the
text reports (sentences written for these tests)."""
from __future__ import annotations

import pytest

from tests.coded_events import coded


@pytest.mark.parametrize("text", [
    "Poland feared an attack on Ukraine.",
    "Germany hopes for talks with Iran.",
    "NATO will await the withdrawal of Russian troops from Syria.",
    "Berlin is waiting for the withdrawal of Russian troops from Syria.",
    "Germany lobbied for talks with Turkey.",
    "Britain argued for a ceasefire between Israel and Hamas.",
    "The Greens campaigned for sanctions against Russia.",
    "The Polish president recalled the German invasion of Poland.",
    "Zelensky compared the protests to Russia's attack on Ukraine.",
    "The minister referred to the US sanctions against Iran in his speech.",
], ids=["fear", "hope-for", "await", "wait-for", "lobby-for", "argue-for", "campaign-for-against", "recall", "compare-to", "refer-to"])
def test_the_noun_is_no_act_reported(text: str) -> None:
    assert coded(text, "en") == []


@pytest.mark.parametrize("text, expected", [
    ("Zelensky criticised Russia's attack on Ukraine.", ("RUS", "190", "UKR")),
    ("Britain recalled its ambassador from Moscow.", ("GBR", "161", "RUS")),
    ("Ukraine fought against the Russian invasion.", ("UKR", "190", "RUS")),
    ("Germany held talks with Turkey.", ("DEU", "040", "TUR")),
], ids=["criticised-attack", "recalled-ambassador", "fought-against", "held-talks"])
def test_other_verbs_keep_the_act(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in [e[:3] for e in coded(text, "en")]
