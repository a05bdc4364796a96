"""Descriptions of several actors named before (coref.Mentions.refer and describe; sentences
written for these tests):

- "both countries" after a sentence that names three states are the two of them the article
  named most ("Egypt pledged to support Somalia and warned Ethiopia ... The AU urged both
  countries": Somalia and Ethiopia, not Egypt), and nothing where none stand out; after a clause
  that names one, that one and the state the article named most besides;
- a plural description of persons ("the leaders", "die Staatschefs") is no one person named
  before (it was the last president named)."""
from __future__ import annotations

import pytest

from tests.coded_events import coded

_DISPUTE_EN = ("Somalia recalled its ambassador from Ethiopia. Somalia's government said Ethiopia had violated its "
               "sovereignty. Egypt pledged to support Somalia and warned Ethiopia against any aggression. ")
_DISPUTE_DE = ("Somalia rief seinen Botschafter aus Äthiopien zurück. Die Regierung Somalias warf Äthiopien vor, "
               "seine Souveränität zu verletzen. Ägypten sagte Somalia Unterstützung zu und warnte Äthiopien vor "
               "einer Aggression. ")


@pytest.mark.parametrize("lang, text, expected", [
    ("en", _DISPUTE_EN + "The African Union urged both countries to resolve their differences.",
     ("IGO:AU", "ETH+SOM")),
    ("de", _DISPUTE_DE + "Die Afrikanische Union rief beide Länder zum Dialog auf.", ("IGO:AU", "ETH+SOM")),
])
def test_both_countries_are_the_article_s_pair(lang, text, expected):
    assert expected in [(e[0], e[2]) for e in coded(text, lang)]


@pytest.mark.parametrize("lang, text", [
    ("de", "Griechenland warnte die Türkei vor einer Eskalation. Maas reiste nach Athen und Ankara. Im September "
           "zog die Türkei das Schiff zurück, beide Länder vereinbarten neue Gespräche."),
    ("en", "Greece warned Turkey against an escalation. Maas travelled to Athens and Ankara. In September Turkey "
           "withdrew the ship, and both countries agreed to hold new talks."),
])
def test_both_countries_after_a_clause_naming_one_of_them(lang, text):
    # the other is the state the article named most besides, not the German minister
    agreed = [e for e in coded(text, lang) if e[1].startswith("03")]
    assert agreed and all(e[0] == "GRC+TUR" for e in agreed)


def test_no_pair_stands_out_no_target():
    # three states named once each: none of the pairs is the article's
    events = coded("Egypt pledged to support Somalia and warned Ethiopia against any aggression. The African Union "
                   "urged both countries to show restraint.", "en")
    assert [e[2] for e in events if e[0] == "IGO:AU"] == ["UNK"]


@pytest.mark.parametrize("lang, text", [
    ("en", "Egypt's President Abdel Fattah al-Sisi warned Ethiopia. The AU urged calm. The leaders agreed to work "
           "together."),
    ("de", "Ägyptens Präsident Abdel Fattah al-Sisi warnte Äthiopien. Die Afrikanische Union mahnte zur Ruhe. Die "
           "Staatschefs vereinbarten eine Zusammenarbeit."),
])
def test_leaders_are_not_the_one_president_named_before(lang, text):
    assert not [e for e in coded(text, lang) if e[0] == "EGY" and e[1] != "13"]
