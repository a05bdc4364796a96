"""A town or region that forces attack, named with no actor of its own ("Rebels shelled Homs",
"Russische Truppen beschossen Charkiw"), stands for the people who live there: the target is
civilians of its country, as the gold codes "Jericho" or "Cizre". Capitals keep their own
reading (the government), and a town named in an act that is no use of force is no target."""
from __future__ import annotations

import pytest

from tests.coded_events import PIPELINE, coded
from chronist.model import Article


def attacks(text: str, lang: str) -> list[tuple[str, str]]:
    return [(e[0], e[2]) for e in coded(text, lang) if e[1][:2] in ("18", "19", "20")]


@pytest.mark.parametrize("text, lang, expected", [
    ("Russian artillery units shelled Kharkiv and Sumy overnight.", "en", ("RUS", "UKR")),
    ("Syrian rebels shelled the city of Latakia on Tuesday.", "en", ("SYR", "SYR")),
    ("Israeli soldiers raided Nablus before dawn.", "en", ("ISR", "PSE")),
    ("Turkish troops attacked the town of Afrin.", "en", ("TUR", "SYR")),
    ("Russische Truppen beschossen Saporischschja und Cherson.", "de", ("RUS", "UKR")),
    ("Syrische Rebellen beschossen die Stadt Latakia.", "de", ("SYR", "SYR")),
    ("Israelische Soldaten stürmten Nablus am Morgen.", "de", ("ISR", "PSE")),
    # at the start of a sentence the tagger may read the name as a common noun
    ("Odesa was shelled by Russian forces on Tuesday.", "en", ("RUS", "UKR")),
    ("Homs came under attack from Syrian government forces.", "en", ("SYR", "SYR")),
], ids=["shelled-two-towns", "city-of", "raided", "town-of-abroad", "beschossen", "Stadt", "stürmten",
        "first-word", "first-word-under-attack"])
def test_an_attacked_town_stands_for_its_people(text: str, lang: str, expected: tuple[str, str]) -> None:
    assert attacks(text, lang) == [expected]


def test_the_attacked_town_is_civilians() -> None:
    doc = PIPELINE.process(Article(text="Russian artillery units shelled Kharkiv overnight.", id="t"), lang="en")
    [event] = doc.events
    assert [(a.code, a.sector) for a in event.target] == [("UKR", "CVL")]


@pytest.mark.parametrize("text, lang", [
    ("The Russian foreign minister visited Aleppo on Monday.", "en"),
    ("Der türkische Präsident besuchte Antalya.", "de"),
    ("Bread was stolen by the soldiers.", "en"),
], ids=["visited", "besuchte", "a-common-noun-first"])
def test_a_town_in_an_act_of_no_force_is_no_target(text: str, lang: str) -> None:
    assert not [e for e in coded(text, lang) if e[2]]
