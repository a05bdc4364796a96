"""Refugees and migrants (sentences written for these tests).

Taking in, accepting or admitting refugees and migrants gives them refuge (075), in English as in
German ("nahm Flüchtlinge auf"). Refugees and migrants named without a nationality come from
elsewhere: they take a country only from the place the sentence puts them in ("a refugee camp in
Syria"), never from the article's dateline or from the state that acts on them, so police using
tear gas on migrants at a border is no state acting on its own people (coder.UPROOTED_SECTORS)."""
from __future__ import annotations

import pytest

from tests.coded_events import events


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "Spain took in 60 migrants on Monday.", ("ESP", "AID", "UNK")),
    ("en", "Canada admitted 500 refugees from Syria last year.", ("CAN", "AID", "SYR")),
    ("en", "ATHENS (Reuters) - Greek police fired tear gas at hundreds of migrants at the border.", ("GRC", "ASSAULT", "UNK")),
    ("en", "BERLIN (Reuters) - Croatian police beat migrants at the border with Bosnia.", ("HRV", "ASSAULT", "UNK")),
    ("de", "Wien – Die griechische Polizei setzte an der Grenze Tränengas gegen hunderte Migranten ein.", ("GRC", "ASSAULT", "UNK")),
    ("de", "Madrid – Spanien hat die 60 Migranten des Rettungsschiffs aufgenommen.", ("ESP", "AID", "UNK")),
])
def test_refugees_without_a_nationality_take_no_country_from_the_article(lang, text, expected):
    assert expected in events(text, lang)


@pytest.mark.parametrize("lang, text, expected", [
    # ... but the place the sentence puts them in is theirs, as for any unnamed actor
    ("en", "Rockets hit a refugee camp in Syria on Monday.", ("UNK", "ASSAULT", "SYR")),
    ("de", "Raketen trafen ein Flüchtlingslager in Syrien.", ("UNK", "ASSAULT", "SYR")),
    # and one named with a nationality keeps it
    ("en", "Lebanon deported dozens of Syrian refugees.", ("LBN", "COERCE", "SYR")),
])
def test_refugees_placed_or_named_keep_their_country(lang, text, expected):
    assert expected in events(text, lang)


def test_a_camp_hit_by_unknown_attackers_is_the_articles():
    # no state acts on the camp: its refugees are of the country the article is about
    text = "DAMASCUS (Reuters) - Gunmen attacked a refugee camp on Monday."
    assert [t for _, kind, t in events(text, "en") if kind == "ASSAULT"] == ["SYR"]


@pytest.mark.parametrize("text", [
    "The opposition leader fled to Lithuania after the election.",
    "Opposition candidate Svetlana Tikhanovskaya, who fled to Lithuania, called on the authorities to stop the violence.",
    "Thousands of villagers fled to Uganda to escape the fighting.",
])
def test_fleeing_to_a_country_is_no_act_towards_it(text):
    # seeking refuge in a state is no retreat from it (frames.yaml flee: from only)
    assert not [e for e in events(text, "en") if e[1] == "RETREAT"]
