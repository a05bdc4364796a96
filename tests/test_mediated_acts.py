"""A mediation whose object refers back to the act it brokered ("brokered the exchange",
"hatten den Austausch vermittelt") is aimed at that act's parties (Coder._mediated_act,
Words.mediated_anaphors); sentences written here."""
from __future__ import annotations

import pytest

from tests.coded_events import events


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "Russia and Ukraine swapped 230 prisoners of war on Friday. The United Arab Emirates brokered the exchange.",
     ("ARE", "CONSULT", "RUS+UKR")),
    ("en", "Israel and Hamas agreed to a four-day truce. Qatar mediated the deal with Egyptian help.",
     ("QAT", "CONSULT", "ISR+PSE")),
    ("de", "Russland und die Ukraine haben Gefangene ausgetauscht. "
           "Vermittelt hatten den Austausch die Vereinigten Arabischen Emirate.", ("ARE", "CONSULT", "RUS+UKR")),
])
def test_mediation_of_an_act_referred_back_to(lang, text, expected):
    assert expected in events(text, lang)


def test_no_parties_without_an_act_of_two():
    text = "Germany sent tanks to Poland. Norway brokered the deal."
    assert not any(e[0] == "NOR" and e[2] for e in events(text, "en"))
