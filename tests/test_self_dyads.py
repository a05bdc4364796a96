"""An actor that the text gives no country of its own does not take the country of the state on
the other side of an act one does to another party: a state does not expel, summon, supply or
attack its own diplomats or forces, nor protest to itself. It stays unknown instead ("Canada
expelled the diplomat": CAN -> UNK; "Die Armee griff Syrien an": UNK -> SYR). Acts a state's
authorities do to its own people (arrests, criticism of the opposition, fighting rebels) stay
within one state. Capitals stand for their state ("Manila protested" is no protest against
Manila)."""
from __future__ import annotations

import datetime as dt

import pytest

from chronist.model import Article
from chronist.pipeline import Pipeline

PIPELINE = Pipeline.default()


def events(text: str, lang: str) -> list[str]:
    doc = PIPELINE.process(Article(text=text, id="t", date=dt.date(2019, 6, 1), lang=lang), lang=lang)
    return ["%s %s %s" % ("+".join(a.code for a in e.source), e.cameo[:2], "+".join(a.code for a in e.target))
            for e in doc.events]


TO_ANOTHER = [
    ("en", "Canada expelled the diplomat on Monday.", "CAN 16 UNK"),
    ("en", "Poland expelled two diplomats after the spy scandal.", "POL 16 UNK"),
    ("en", "The warplanes bombed Syria on Sunday.", "UNK 19 SYR"),
    ("en", "The troops invaded Ukraine in February.", "UNK 19 UKR"),
    ("en", "Ukraine attacked the troops near the border.", "UKR 19 UNK"),
    # the drones are no side of the attack: the state that uses them does the infinitive's act
    # (lexicon instrument_verbs, instrument_nouns), never to itself
    ("en", "Russia used drones to attack Kyiv overnight.", "RUS 19 UKR"),
    ("de", "Am Montag griff die Armee Syrien an.", "UNK 19 SYR"),
    ("de", "Kanada wies den Diplomaten aus.", "CAN 16 UNK"),
    ("de", "Moskau wies zwei Diplomaten aus.", "RUS 16 UNK"),             # a capital for its state
    ("en", "Manila expelled the envoy.", "PHL 16 UNK"),
    ("de", "Polen hat zwei Diplomaten ausgewiesen.", "POL 16 UNK"),
    ("de", "Frankreich bestellte den Botschafter ein.", "FRA 11 UNK"),
    ("de", "Die Kampfjets bombardierten Syrien am Sonntag.", "UNK 19 SYR"),
    ("de", "Die Ukraine griff die Soldaten an der Grenze an.", "UKR 19 UNK"),
    ("de", "Die Truppen marschierten in die Ukraine ein.", "UNK 19 UKR"),     # a destination, not a place
    ("en", "China warned the ambassador on Friday.", "CHN 13 UNK"),
    ("de", "China warnte den Botschafter.", "CHN 13 UNK"),
    # the deported are foreigners, whatever their sector
    ("en", "Germany deported the men on Tuesday.", "DEU 17 UNK"),
    ("de", "Die Türkei schob den Journalisten ab.", "TUR 17 UNK"),
    # no government expels its own diplomats, whoever of it acts
    ("en", "Putin expelled the diplomat.", "RUS 16 UNK"),
    ("de", "Die russische Regierung wies zwei Diplomaten aus.", "RUS 16 UNK"),
]


@pytest.mark.parametrize("lang, text, expected", TO_ANOTHER)
def test_no_state_acts_on_its_own_unnamed_officials_or_forces(lang: str, text: str, expected: str) -> None:
    assert events(text, lang) == [expected]


NO_SELF_PROTEST = [
    ("en", "Manila protested on Tuesday."),
    ("en", "Washington protested on Wednesday."),
    ("de", "Warschau protestierte."),
]


@pytest.mark.parametrize("lang, text", NO_SELF_PROTEST)
def test_a_capital_protesting_protests_against_no_one(lang: str, text: str) -> None:
    assert events(text, lang) == []


DOMESTIC = [
    ("en", "Police in Kenya arrested dozens of protesters.", "KEN 17 KEN"),
    ("en", "Turkey criticised the opposition.", "TUR 11 TUR"),
    ("en", "Police arrested three men in Brazil on Monday.", "BRA 17 BRA"),
    ("en", "The army attacked rebels in Mali.", "MLI 19 MLI"),
    ("en", "Rebels attacked Nigeria on Sunday.", "NGA 19 NGA"),
    ("de", "Die Türkei kritisierte die Opposition.", "TUR 11 TUR"),
    ("de", "Die Armee griff Rebellen in Mali an.", "MLI 19 MLI"),
    ("de", "Die Polizei nahm in Brasilien drei Männer fest.", "BRA 17 BRA"),
    ("en", "Venezuela arrested the soldiers.", "VEN 17 VEN"),
    ("en", "The Kenyan government criticised the opposition leader.", "KEN 11 KEN"),
    ("en", "Merkel criticised the minister.", "DEU 11 DEU"),          # a leader's own official
    # the place the sentence names is the text's own word for the army's country
    ("de", "Bei Angriffen der Armee wurden in Mali zwölf Dorfbewohner getötet.", "MLI 19 MLI"),
]


@pytest.mark.parametrize("lang, text, expected", DOMESTIC)
def test_domestic_acts_stay_within_one_state(lang: str, text: str, expected: str) -> None:
    assert events(text, lang) == [expected]
