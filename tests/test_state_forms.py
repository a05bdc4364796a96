"""A form of state names the state of that form named last ("the kingdom", "das Emirat"), not the
article's country and not a republic named since (sentences written for these tests)."""
import pytest

from tests.coded_events import coded

CASES = [
    ("Turkey asked Saudi Arabia to extradite the suspects. The United States imposed sanctions on "
     "Saudi officials, while Germany halted arms exports to the kingdom.", "en", ("DEU", "163", "SAU")),
    ("Ankara – Die Türkei hat Saudi-Arabien zur Auslieferung der Verdächtigen aufgefordert. "
     "Auch Kanada kritisierte das Königreich scharf.", "de", ("CAN", "111", "SAU")),
    ("Egypt and Qatar held talks in Cairo on Monday. Later the Egyptian president sharply criticised "
     "the emirate.", "en", ("EGY", "111", "QAT")),
    ("Oman hosted the talks. Iran then criticised the sultanate.", "en", ("IRN", "111", "OMN")),
]


@pytest.mark.parametrize("text,lang,expected", CASES, ids=["kingdom-en", "koenigreich-de", "emirate", "sultanate"])
def test_form_of_state_names_its_state(text, lang, expected):
    assert expected in [e[:3] for e in coded(text, lang)]


def test_a_republic_is_no_kingdom():
    """Only a state of that form: after Jordan and Syria, "the kingdom" is Jordan."""
    events = coded("Jordan hosted Syria's foreign minister. Later Iran criticised the kingdom.", "en")
    assert ("IRN", "111", "JOR") in [e[:3] for e in events]
    assert ("IRN", "111", "SYR") not in [e[:3] for e in events]


def test_without_a_state_of_that_form_as_the_country():
    """No monarchy named before: "the kingdom" is the article's country, as "the country" is."""
    events = coded("Bahrain's king dissolved the parliament. Protesters marched against the kingdom's rulers.", "en")
    assert all(e[0] in ("BHR", "UNK") for e in events)
