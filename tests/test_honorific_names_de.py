"""An honorific of a British name ("Lord", "Sir", "Lady", "Baroness") with the capitalised words
after it is a name even when the tagger reads a surname as a common noun ("Falke", "Adonis"), so
that an apposition after it gives its party (sentences written for these tests)."""
from __future__ import annotations

import pytest

from chronist.lang.de.tag import tokens
from tests.coded_events import events


@pytest.mark.parametrize("text, expected", [
    ("Sir Peter Falke, Mitglied der Labour Partei, kritisierte die Regierung in Kiew.", ("GBR", "ACCUSE", "UKR")),
    ("Lord Adonis, Mitglied der Labour Partei, kritisierte die Regierung in Kiew.", ("GBR", "ACCUSE", "UKR")),
], ids=["sir-falke", "lord-adonis"])
def test_a_name_after_an_honorific_takes_its_apposition(text, expected):
    assert expected in events(text, "de")


def test_the_surname_after_an_honorific_is_a_name():
    text = "Sir Peter Falke sprach in London."
    tags = {t.text: t.pos for t in tokens(text, 0, len(text))}
    assert (tags["Peter"], tags["Falke"]) == ("NE", "NE")
