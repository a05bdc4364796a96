"""English headlines read again where the parser reads them badly (chronist/lang/en/headlines.py):
a verb in -s read as the plural of a noun ("Pelosi slams Trump", "Macron criticises Trump"), a
headline in title case run into one name ("Trump Threatens Iran With Sanctions"), "X to V" read
as a noun with a relative clause ("Merkel to visit China"), a subject hung off its verb as a
modifier ("Turkey/compound shells Kurdish positions"); and "X to V" is what X is to do, not
an act done ("US to impose tariffs"). Noun-phrase headlines keep their reading."""
from __future__ import annotations

import pytest

from tests.coded_events import coded


@pytest.mark.parametrize("text, expected", [
    ("Pelosi slams Trump over border wall", ("USA", "111", "USA", "asserted")),
    ("Macron criticises Trump over climate deal", ("FRA", "111", "USA", "asserted")),
    ("Pakistan attacks Indian posts in Kashmir", ("PAK", "190", "IND", "asserted")),
    ("Trump Threatens Iran With Sanctions", ("USA", "13", "IRN", "asserted")),
    ("Turkey shells Kurdish positions in Syria", ("TUR", "194", "SYR", "asserted")),
    ("Russia Expels 23 British Diplomats", ("RUS", "166", "GBR", "asserted")),
    ("Turkey Detains Dozens of Soldiers After Coup Attempt", ("TUR", "173", "TUR", "asserted")),
], ids=["slams", "criticises", "country-as-adjective", "title-case", "subject-as-compound", "title-case-number",
        "title-case-of"])
def test_headline_verb_in_s_is_read_as_verb(text, expected):
    assert expected in coded(text, "en")


@pytest.mark.parametrize("text, expected", [
    ("Merkel to visit China next week", ("DEU", "042", "CHN", "intent")),
    ("US to impose tariffs on Chinese steel", ("USA", "1312", "CHN", "intent")),
    ("Russia to expel US diplomats", ("RUS", "136", "USA", "intent")),
], ids=["visit", "impose", "expel"])
def test_headline_infinitive_is_intent(text, expected):
    assert coded(text, "en") == [expected]


@pytest.mark.parametrize("text, expected", [
    ("Israeli air strikes in Gaza", [("ISR", "195", "PSE", "asserted")]),     # air strikes: aerial weapons (frames-me18.yaml)
    ("EU sanctions on Russia", [("IGO:EU", "163", "RUS", "asserted")]),
    ("US air strikes on positions in Syria", [("USA", "195", "SYR", "asserted")]),
    ("US sanctions on Iran explained", [("USA", "163", "IRN", "asserted")]),
    ("700 dead from monsoon rains in Southeast Asia", []),
    ("Berlin: demonstration against racism", []),
    ("Iran condemns US sanctions.", [("IRN", "111", "USA", "asserted")]),
], ids=["strikes-noun", "sanctions-noun-on", "strikes-noun-on", "sanctions-noun", "rains-after-preposition",
        "place-colon", "sentence"])
def test_noun_headlines_keep_their_reading(text, expected):
    assert coded(text, "en") == expected


@pytest.mark.parametrize("text, expected", [
    ("Trump: I will meet Kim in Singapore", ("USA", "036", "PRK", "intent")),
    ("Merkel: We will not negotiate with the Taliban", ("DEU", "125", "AFG", "asserted")),
], ids=["I", "we"])
def test_name_before_headline_colon_is_the_speaker(text, expected):
    assert expected in coded(text, "en")


def test_place_before_headline_colon_is_no_speaker():
    assert ("DEU", "036", "PRK", "intent") not in coded("Berlin: We will meet Kim in Singapore", "en")


@pytest.mark.parametrize("text, expected", [
    ("Iran rejects talks, says US must lift sanctions first", ("IRN", "10", "USA", "asserted")),
    ("Erdogan calls Macron \"a disgrace,\" says he must apologise", ("TUR", "111", "FRA", "asserted")),
], ids=["says-after-act", "says-after-quote"])
def test_saying_after_a_comma_goes_on_the_headline(text, expected):
    """"X does A, says B": the verb of saying is X's second act, not the speech that reports A."""
    assert expected in coded(text, "en")


def test_saying_with_its_own_subject_reports_the_headline():
    assert coded("Iran will retaliate against Israel, says foreign minister", "en") == [
        ("IRN", "138", "ISR", "intent")]


@pytest.mark.parametrize("text, expected", [
    ("India, Pakistan exchange fire along Kashmir border", ("IND+PAK", "190", "IND+PAK", "asserted")),
    ("US, Philippines hold joint military drills", ("USA+PHL", "062", "USA+PHL", "asserted")),
    ("Colombia, ELN rebels resume peace talks", ("COL+COL", "046", "COL+COL", "asserted")),
    ("Ghana, Togo sign border agreement", ("GHA+TGO", "057", "GHA+TGO", "asserted")),
    ("Brazil, Argentina hold talks on trade", ("BRA+ARG", "040", "BRA+ARG", "asserted")),
    ("Obama, Merkel discuss Ukraine crisis", ("USA+DEU", "040", "USA+DEU", "asserted")),
    ("US, UK, France strike Syrian chemical sites", ("USA+GBR+FRA", "190", "SYR", "asserted")),
    ("US, Philippines Hold Joint Military Drills", ("USA+PHL", "062", "USA+PHL", "asserted")),
    ("Obama, Merkel Discuss Ukraine Crisis", ("USA+DEU", "040", "USA+DEU", "asserted")),
], ids=["exchange", "hold-drills", "resume", "sign", "hold-talks", "discuss", "three", "title-case-hold",
        "title-case-discuss"])
def test_headline_subjects_joined_by_a_comma(text, expected):
    """"X, Y do A": the comma joins the subjects (as "and"), which the parser read as a list of
    names with the verb as a noun."""
    assert expected in coded(text, "en")


@pytest.mark.parametrize("text, expected", [
    ("Niger expels French ambassador", ("NER", "166", "FRA", "asserted")),
    ("Mali junta expels UN peacekeepers", ("MLI", "1661", "IGO:UN", "asserted")),
    ("Macron hosts Scholz in Paris for talks", ("FRA", "043", "DEU", "asserted")),
    ("Thailand apologises to Cambodia for border shooting", ("THA", "055", "KHM", "asserted")),
    ("Ukraine rejects Russian ceasefire offer", ("UKR", "1246", "RUS", "asserted")),
], ids=["object-as-modifier", "verb-as-compound", "verb-in-name", "verb-with-preposition", "object-as-clause"])
def test_headline_verb_misread_around_it(text, expected):
    """A headline's verb read with its object as a modifier, hung off a noun as a compound, run
    into a name, or read with no subject before a preposition alone; the head noun of its
    object read as the bare verb of a clause after a singular noun."""
    assert expected in coded(text, "en")


@pytest.mark.parametrize("text", [
    "Paris, London see record heat this summer",
    "Tokyo, Osaka brace for typhoon",
    "Nike, Adidas report rising sales",
    "Manchester United, Chelsea draw 1-1",
    "Weather to stay warm in London this week",
    "Stocks fall as oil prices rise",
    "Fans celebrate title win in Madrid",
    "Poll shows Labour lead",
    "Putin says Russia won",
    "Germany expects growth rebound",
    "Paris, London See Record Heat This Summer",
    "Nike, Adidas Report Rising Sales",
    "Stocks Fall as Oil Prices Rise",
    "Fans Celebrate Title Win in Madrid",
])
def test_headlines_of_no_political_event_code_nothing(text):
    assert coded(text, "en") == []


@pytest.mark.parametrize("text, expected", [
    ("Police Arrest Opposition Leader in Dhaka", ("BGD", "173", "BGD", "asserted")),
    ("Israeli Strikes Kill 20 in Gaza", ("ISR", "18", "PSE", "asserted")),
    ("Mexico Apologises to Spain for Remarks", ("MEX", "055", "ESP", "asserted")),
    ("Germany Backs French Defence Plan", ("DEU", "05", "FRA", "asserted")),
    ("Venezuela Breaks Relations With Colombia Over Aid Convoy", ("VEN", "161", "COL", "asserted")),
    ("Morocco Breaks Ties With Iran Over Support for Polisario", ("MAR", "161", "IRN", "asserted")),
    ("Qatar Cuts Ties With Egypt Over Media Dispute", ("QAT", "161", "EGY", "asserted")),
], ids=["arrest", "kill", "apologise", "back", "with-capitalised", "with-capitalised-2", "verb-in-a-name"])
def test_title_case_headline_is_read_in_lower_case(text, expected):
    """A headline in title case is read again with its verbs in lower case, which the parser
    otherwise reads as parts of names ("Police Arrest/NNP Opposition Leader"), and with its
    prepositions in lower case ("Breaks Relations With Colombia")."""
    assert expected in coded(text, "en")

