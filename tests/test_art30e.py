"""Human rights bodies, international organisations and courts in the news (sentences and
reports written for these tests, branch art30e).

- An organisation's name that the parse splits at a preposition is the organisation, in the
  phrase it opens ("das Internationale Komitee vom Roten Kreuz", "die Organisation für Sicherheit
  und Zusammenarbeit in Europa"), and a longer name that goes on after an organisation's shorter
  one names the longer's ("der Europäische Gerichtshof für Menschenrechte" is the Council of
  Europe's court, not the EU's; "der Europäische Gerichtshof" alone stays the EU's). People a
  noun names before one ("Helfer vom Roten Kreuz") are not the organisation; nor does a speaker
  after a comma join the object before it ("..., Amnesty International said").
- German: a word in -s inside a name of the dictionary ("Human Rights Watch") is no genitive
  that ends the name ("Der Sprecher Trumps" still ends at the genitive).
"""
from __future__ import annotations

import pytest

from tests.coded_events import coded


def _triples(text: str, lang: str) -> list[tuple[str, str, str]]:
    return [e[:3] for e in coded(text, lang)]


@pytest.mark.parametrize("text, lang, expected", [
    ("Das Internationale Komitee vom Roten Kreuz warf Myanmar vor, Gefangene zu misshandeln.", "de",
     [("NGO:ICRC", "112", "MMR")]),
    ("Die Organisation für Sicherheit und Zusammenarbeit in Europa kritisierte Belarus wegen der Festnahme "
     "von Wahlbeobachtern.", "de", [("IGO:OSCE", "111", "BLR")]),
    ("Der Europäische Gerichtshof für Menschenrechte verurteilte die Türkei wegen der Inhaftierung von Osman Kavala.",
     "de", [("IGO:COE", "111", "TUR")]),
    ("The European Court of Human Rights condemned Russia over the poisoning of Alexei Navalny.", "en",
     [("IGO:COE", "111", "RUS")]),
    ("Der Europäische Gerichtshof verurteilte Polen.", "de", [("IGO:EU", "111", "POL")]),
    ("Helfer vom Roten Kreuz kritisierten Belarus.", "de", []),
    ("Belarus arrested ten protesters, Amnesty International said.", "en", [("BLR", "173", "BLR")]),
], ids=["ikrk", "osze", "egmr-de", "echr-en", "eugh", "helfer", "speaker-after-comma"])
def test_names_split_at_a_preposition(text, lang, expected):
    assert _triples(text, lang) == expected


@pytest.mark.parametrize("text, expected", [
    ("Human Rights Watch kritisierte Russland.", [("NGO:HRW", "111", "RUS")]),
    ("Die Organisation Human Rights Watch kritisierte Russland wegen der Unterdrückung von Oppositionellen.",
     [("NGO:HRW", "111", "RUS")]),
    ("Der Sprecher Trumps kritisierte Russland.", [("USA", "111", "RUS")]),
], ids=["hrw", "organisation-hrw", "genitive"])
def test_german_names_with_a_word_in_s(text, expected):
    assert _triples(text, "de") == expected
