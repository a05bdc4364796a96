"""A state that strikes a town attacks the people there, as its forces do ("Russia struck
Kharkiv"), and a German object that names a part of a town before a "von"-phrase is aimed at
that town ("griff den Hafen von Hodeida an"). Sentences written for these tests."""
import pytest

from tests.coded_events import coded


@pytest.mark.parametrize("text,expected", [
    ("Russia struck Kharkiv overnight.", ("RUS", "19", "UKR")),
    ("Israel struck Hodeidah on Tuesday.", ("ISR", "19", "YEM")),
], ids=["kharkiv", "hodeidah"])
def test_state_strikes_town(text, expected):
    assert expected in [e[:3] for e in coded(text, "en")]


@pytest.mark.parametrize("text", [
    "Britain struck a balance between trade and security.",
    "The United States struck a blow to Iran's economy.",
    "The government struck a chord with voters.",
], ids=["balance", "blow", "chord"])
def test_state_strikes_no_place(text):
    assert coded(text, "en") == []


@pytest.mark.parametrize("text,expected", [
    ("Israel griff den Hafen von Hodeida an.", ("ISR", "190", "YEM")),
    ("Russland griff den Flughafen von Charkiw an.", ("RUS", "190", "UKR")),
], ids=["hafen", "flughafen"])
def test_part_of_town_with_von(text, expected):
    assert expected in [e[:3] for e in coded(text, "de")]


@pytest.mark.parametrize("text,expected", [
    ("Israeli jets struck Hodeidah.", ("ISR", "195", "YEM")),
    ("Russian missiles struck Kyiv.", ("RUS", "195", "UKR")),
], ids=["jets", "missiles"])
def test_weapon_named_before_doer(text, expected):
    # a weapon as the subject names the kind of attack before the state's bare attack does
    assert expected in [e[:3] for e in coded(text, "en")]
