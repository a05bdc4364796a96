""""The three countries", "die drei Länder", "die zwei Staaten": the states named last, as many as
the number word says, as "both countries" are the last two. Sentences written for these tests."""
import pytest

from tests.coded_events import coded


@pytest.mark.parametrize("text,lang,expected", [
    ("France, Germany and Italy met in Rome. The three countries called on Russia to withdraw.", "en",
     ("FRA+DEU+ITA", "02", "RUS")),
    ("Frankreich, Deutschland und Italien trafen sich in Rom. Die drei Länder forderten Russland zum "
     "Rückzug auf.", "de", ("FRA+DEU+ITA", "1056", "RUS")),
    ("Die USA und China verhandelten in Genf. Die zwei Staaten einigten sich auf eine Senkung der Zölle.", "de",
     ("USA+CHN", "0354", "USA+CHN")),
], ids=["three-en", "drei-de", "zwei-de"])
def test_counted_countries(text, lang, expected):
    assert expected in [e[:3] for e in coded(text, lang)]


def test_count_that_does_not_fit_names_no_one():
    # two states named, three counted: no one
    events = coded("France and Germany met in Rome. The three countries called on Russia to withdraw.", "en")
    assert not [e for e in events if e[0] == "FRA+DEU" and e[2] == "RUS"]
