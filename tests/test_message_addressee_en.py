"""English counterpart of tests/test_message_addressee_de.py: a demand, criticism, rejection or
protest made in a letter or a note to someone is aimed at the addressee when the verb names no one
else, also where the parser hangs the addressee's "to" on the verb ("criticised the tariffs in a
letter to Trump"); sentences written for these tests."""
from __future__ import annotations

import pytest

from tests.coded_events import events


@pytest.mark.parametrize("text, expected", [
    ("In a letter to Obama, Putin demanded an end to sanctions.", ("RUS", "REQUEST", "USA")),
    ("The Turkish government demanded the prosecution of the satirist in a note to the German "
     "foreign ministry.", ("TUR", "REQUEST", "DEU")),
    ("Merkel criticised the tariffs in a letter to Trump.", ("DEU", "ACCUSE", "USA")),
    ("Iran protested in a note to the German Foreign Ministry against the arrest of its diplomat.",
     ("IRN", "ACCUSE", "DEU")),
], ids=["letter-demand", "note-demand", "letter-criticise", "note-protest"])
def test_the_addressee_of_the_message_is_the_target(text, expected):
    assert expected in events(text, "en")


@pytest.mark.parametrize("text, wrong", [
    ("The Polish government defended its position in a letter to Brussels.", ("POL", "SUPPORT", "IGO:EU")),
    ("The French president criticised Russia's policy in a letter to Merkel.", ("FRA", "ACCUSE", "DEU")),
    ("In a message to the nation, Putin criticised the sanctions.", ("RUS", "ACCUSE", "RUS")),
], ids=["defence-of-a-stand", "named-target-first", "own-nation"])
def test_no_addressee_where_the_act_is_aimed_elsewhere(text, wrong):
    assert wrong not in events(text, "en")


def test_a_named_target_stays():
    assert ("FRA", "ACCUSE", "RUS") in events(
        "The French president criticised Russia's policy in a letter to Merkel.", "en")
