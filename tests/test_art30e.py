"""Human rights bodies, international organisations and courts in the news (sentences and
reports written for these tests, branch art30e).

- An organisation's name that the parse splits at a preposition is the organisation, in the
  phrase it opens ("das Internationale Komitee vom Roten Kreuz", "die Organisation für Sicherheit
  und Zusammenarbeit in Europa"), and a longer name that goes on after an organisation's shorter
  one names the longer's ("der Europäische Gerichtshof für Menschenrechte" is the Council of
  Europe's court, not the EU's; "der Europäische Gerichtshof" alone stays the EU's). People a
  noun names before one ("Helfer vom Roten Kreuz", "Ärzte ohne Grenzen") are not the
  organisation, unless the preposition is written with a capital, as only inside a name
  ("Reporters Without Borders", "Doctors Without Borders"); nor does a speaker after a comma
  join the object before it ("..., Amnesty International said").
- German: a word in -s inside a name of the dictionary ("Human Rights Watch") is no genitive
  that ends the name ("Der Sprecher Trumps" still ends at the genitive).
- Abuses or war crimes that a body documents are an accusation of their doer (111, as
  "condemned"; "documented", "dokumentiert"); a museum that documents a town's history accuses
  no one, nor does an agentless passive ("Iran's repression of the protesters was documented":
  the repression stands).
- What is kept from happening through an "of" phrase ("ordered Israel to prevent acts of
  genocide") is no act; failed to prevent, it is none the less an act of no one named here.
- Tents and blankets delivered are relief (07).
- English: an acronym in capitals that the tagger takes for a pronoun ("The WHO sent aid to
  Gaza") is a name, the clause's subject; "who" in lower case stays the pronoun.
- A definite description of a noun that ends the name of an organisation named just before is
  that organisation ("the U.N. Human Rights Council ... The council also called on Israel",
  "der UN-Sicherheitsrat ... Der Rat forderte"); not after a city council, which names no
  organisation.
- An extradition requested, asked or applied for is an appeal for judicial cooperation (0213:
  "requested the extradition of", "asked Sweden for the extradition", "beantragte bei der Türkei
  die Auslieferung", "ersuchte Schweden um die Auslieferung"); asked for help is still aid (023).
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
     "de", [("IGO:COE", "116", "TUR")]),      # (a court's "verurteilen" is a judgment, 116: art32b)
    ("The European Court of Human Rights condemned Russia over the poisoning of Alexei Navalny.", "en",
     [("IGO:COE", "111", "RUS")]),
    ("Der Europäische Gerichtshof verurteilte Polen.", "de", [("IGO:EU", "116", "POL")]),
    ("Helfer vom Roten Kreuz kritisierten Belarus.", "de", []),
    ("Belarus arrested ten protesters, Amnesty International said.", "en", [("BLR", "173", "BLR")]),
    # (the arrest Belarus is criticised for is its own act: tests/test_art30a.py)
    ("Reporters Without Borders criticised Belarus for the arrest of journalists.", "en",
     [("NGO:RSF", "111", "BLR"), ("BLR", "173", "BLR")]),
    ("Doctors Without Borders accused Israel of attacking hospitals in Gaza.", "en", [("NGO:MSF", "112", "ISR")]),
    ("Belarus arrested ten journalists, Reporters Without Borders said.", "en", [("BLR", "173", "BLR")]),
], ids=["ikrk", "osze", "egmr-de", "echr-en", "eugh", "helfer", "speaker-after-comma", "rsf", "msf", "rsf-speaker"])
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


@pytest.mark.parametrize("text, lang, expected", [
    ("Amnesty International documented war crimes committed by Israeli forces in Gaza.", "en",
     [("NGO:AI", "111", "ISR")]),
    ("Human Rights Watch documented the torture of detainees by Syrian security forces.", "en",
     [("NGO:HRW", "111", "SYR")]),
    ("The museum documented the history of the town.", "en", []),
    ("Iran's repression of the protesters was documented.", "en", [("IRN", "175", "IRN")]),
    ("Amnesty International hat Kriegsverbrechen der syrischen Armee dokumentiert.", "de",
     [("NGO:AI", "111", "SYR")]),
    ("Human Rights Watch hat Menschenrechtsverletzungen russischer Soldaten in der Ukraine dokumentiert.", "de",
     [("NGO:HRW", "111", "RUS")]),
    ("Das Museum hat die Geschichte der Stadt dokumentiert.", "de", []),
], ids=["en-war-crimes", "en-torture", "en-museum", "en-passive", "de-kriegsverbrechen", "de-menschenrechte", "de-museum"])
def test_documented_abuses_accuse_their_doer(text, lang, expected):
    assert _triples(text, lang) == expected


def test_acts_of_what_is_prevented_are_no_acts():
    assert _triples("The International Court of Justice ordered Israel to prevent acts of genocide in Gaza.",
                    "en") == [("IGO:ICJ", "10", "ISR")]


def test_tents_and_blankets_are_relief():
    # (refugees of no named country keep an unknown one, also where they are: s22d)
    assert _triples("The UN refugee agency UNHCR said it had delivered tents and blankets to refugees in Chad.",
                    "en") == [("IGO:UNHCR", "07", "UNK")]


def test_report():
    """A report of the field in English: the council, the rapporteur and a human rights group
    accuse the junta; the Red Cross, the ECHR and the ICJ keep their own codes."""
    text = ("GENEVA (Reuters) - The U.N. Human Rights Council on Friday condemned Myanmar's military for air "
            "strikes on villages in Sagaing region. Human Rights Watch documented the torture of detainees by "
            "Myanmar security forces. The European Court of Human Rights condemned Russia over the poisoning "
            "of Alexei Navalny. The junta rejected the report as biased.")
    assert _triples(text, "en") == [("IGO:UN", "111", "MMR"), ("NGO:HRW", "111", "MMR"),
                                    ("IGO:COE", "111", "RUS")]


@pytest.mark.parametrize("text, lang, expected", [
    ("The U.N. Human Rights Council condemned Iran on Friday. The council also called on Israel to end its "
     "occupation of Palestinian territories.", "en", [("IGO:UN", "111", "IRN"), ("IGO:UN", "02", "ISR")]),
    ("Der UN-Sicherheitsrat verurteilte Nordkorea. Der Rat forderte Pjöngjang auf, zu Gesprächen zurückzukehren.",
     "de", [("IGO:UN", "111", "PRK"), ("IGO:UN", "10", "PRK")]),
    ("The city council of Kiev criticised Russia. The council also urged Moscow to withdraw its troops.", "en",
     [("UKR", "111", "RUS")]),
], ids=["en-council", "de-rat", "city-council"])
def test_the_council_is_the_organisation_named_before(text, lang, expected):
    assert _triples(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("Germany requested the extradition of the suspect from Poland.", "en", [("DEU", "0213", "POL")]),
    ("Turkey asked Sweden for the extradition of Kurdish activists.", "en", [("TUR", "0213", "SWE")]),
    ("Turkey asked Sweden for help.", "en", [("TUR", "023", "SWE")]),
    ("Deutschland beantragte bei der Türkei die Auslieferung eines mutmaßlichen Terroristen.", "de",
     [("DEU", "0213", "TUR")]),
    ("Die Türkei ersuchte Schweden um die Auslieferung von PKK-Anhängern.", "de", [("TUR", "0213", "SWE")]),
], ids=["request", "ask", "ask-help", "beantragen", "ersuchen"])
def test_extradition_requests(text, lang, expected):
    assert _triples(text, lang) == expected


@pytest.mark.parametrize("text, expected", [
    ("The WHO sent aid to Gaza.", [("IGO:WHO", "07", "PSE")]),
    ("WHO sent medical supplies to Gaza on Tuesday.", [("IGO:WHO", "07", "PSE")]),
    ("The minister who criticised Israel resigned.", []),
], ids=["the-who", "who", "relative"])
def test_the_who_is_no_pronoun(text, expected):
    assert _triples(text, "en") == expected
