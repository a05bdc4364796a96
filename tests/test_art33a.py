"""Turkey, the Kurds and Turkish politics in the news (sentences written for these tests, branch art33a).

- Soldiers or police of unknown country killed in an attack whose doer is named only by the
  attack noun of a passive ("Bei einem Anschlag der PKK wurden drei Soldaten getötet") take a
  country as those of a named agent do when the attackers are rebels of a known state: they
  coded nothing, as the victims of unknown country were kept from taking the attacker's (still
  so for civilians, who may be foreigners, and for a state's forces abroad: US drones killing
  Al-Qaida leaders).
- English: those who died in an attack were killed by its doer ("Two police officers died in a
  PKK bomb attack"), as German "starben bei einem Anschlag der PKK". Civilians of unknown country
  who died in a state's attack, and anyone who died in an attack aimed at a place or a party of
  its own, are not the attacker's: "Fünf Zivilisten starben bei russischen Luftangriffen auf
  Idlib" was Russia killing Russian civilians, now the air strikes on Syria alone.
- English: an attack noun that a verb of violence has for its subject and whose doer a clause on
  it names ("A bomb attack claimed by the PKK killed two police officers") is that doer's: only the
  claim was coded, with no one it was aimed at.
- An ambassador recalled or withdrawn from a state is named by where he serves also with "in"
  (German "rief ihren Botschafter in Deutschland zurück", "zog seinen Botschafter in Kiew ab";
  English "recalled its ambassador in Vienna") and English "withdrew its ambassador to Austria",
  as with "aus", "from" and "to": they coded nothing.
- Fighters "neutralised" by an army (the Turkish military's word for killed, captured or
  surrendered) met its force (190): "The Turkish army neutralised 20 PKK terrorists", "Die Armee hat
  20 PKK-Kämpfer neutralisiert" coded nothing; a threat or a bomb neutralised is no one.
- Actors: the PKK's commanders Murat Karayılan and Cemil Bayık (TUR/REB), Diyarbakir's co-mayor
  Gültan Kışanak, the editor Can Dündar (TUR/MED), the correspondent Deniz Yücel (DEU/MED) and the
  Bundestag's president Norbert Lammert (DEU/LEG to 2017) were unknown ("Die Türkei nahm Deniz
  Yücel fest" was TUR 173 TUR, "Lammert kritisierte Erdogan scharf" nothing).
- Places: a month is no place ("signed a deal in March" was placed in the English town of March,
  "im Mai" in the Kenyan town of Mai).
- Coreference: a federation's body ("die Bundesregierung") means the last of the states whose
  bodies are so named (Germany, Austria, Switzerland: words.yaml federations) named before, not the
  last state ("Erdogan warf der Bundesregierung vor" after Germany was named was Turkey's own).
- A ceasefire or truce ended, abandoned or called off by one of its sides is broken (196): "The
  PKK ended its ceasefire with Ankara", "Die PKK kündigte die Waffenruhe mit Ankara auf" coded
  nothing.
"""
from __future__ import annotations

import datetime as dt

import pytest

from chronist.model import Article
from tests.coded_events import PIPELINE, coded

DATE = dt.date(2016, 11, 20)


def _triples(text: str, lang: str) -> list[tuple[str, str, str]]:
    return [e[:3] for e in coded(text, lang, DATE)]


@pytest.mark.parametrize("text, lang, expected", [
    ("Im Südosten des Landes wurden bei einem Anschlag der PKK drei Soldaten getötet.", "de",
     [("TUR", "18", "TUR")]),
    ("Bei einem Angriff der Taliban sind zwei Polizisten getötet worden.", "de", [("AFG", "18", "AFG")]),
    ("Three soldiers were killed in an attack by the Taliban in Helmand.", "en", [("AFG", "18", "AFG")]),
    # a state's forces abroad: the victims are not theirs, and nothing says whose
    ("Bei Angriffen von US-Drohnen wurden zwei Al-Kaida-Führer getötet.", "de", []),
    # civilians may be foreigners: nothing says whose
    ("Bei einem Anschlag der PKK wurden drei Zivilisten getötet.", "de", []),
], ids=["pkk-anschlag", "taliban-angriff", "taliban-attack", "us-drohnen", "zivilisten"])
def test_victims_of_rebels_attack_noun(text, lang, expected):
    assert _triples(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("Two police officers died in a PKK bomb attack.", "en", [("TUR", "18", "TUR")]),
    ("Two soldiers died in an attack by the PKK in Hakkari.", "en", [("TUR", "18", "TUR")]),
    ("Two Syrian soldiers died in Israeli airstrikes.", "en", [("ISR", "18", "SYR")]),
    ("Ten workers died in an explosion at a factory in Izmir.", "en", []),
    ("Fünf Zivilisten starben bei russischen Luftangriffen auf Idlib.", "de", [("RUS", "195", "SYR")]),
    ("Five civilians died in Russian airstrikes.", "en", []),
], ids=["pkk-bomb-attack", "attack-by-pkk", "israeli-airstrikes", "explosion", "luftangriffe-auf-idlib",
        "russian-airstrikes"])
def test_died_in_an_attack(text, lang, expected):
    assert _triples(text, lang) == expected


@pytest.mark.parametrize("text, lang", [
    ("Turkey and Russia signed a deal in March.", "en"),
    ("Die Türkei und Russland unterzeichneten im Mai ein Abkommen.", "de"),
], ids=["march", "mai"])
def test_a_month_is_no_place(text, lang):
    doc = PIPELINE.process(Article(text=text, id="t", date=DATE), lang=lang)
    assert doc.events and all(e.location is None for e in doc.events)


@pytest.mark.parametrize("text, expected", [
    ("Berlin – Die Türkei hat ihren Botschafter aus Berlin abberufen. Ankara verweigerte deutschen "
     "Abgeordneten den Besuch in Incirlik. Erdogan warf der Bundesregierung vor, Terroristen zu unterstützen.",
     ("TUR", "112", "DEU")),
    ("Die Türkei hat den österreichischen Botschafter einbestellt. Erdogan kritisierte die Bundesregierung.",
     ("TUR", "111", "AUT")),
], ids=["deutschland", "österreich"])
def test_bundesregierung_is_a_federation(text, expected):
    assert _triples(text, "de")[-1] == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("The PKK ended its ceasefire with Ankara.", "en", [("TUR", "196", "TUR")]),
    ("The PKK abandoned its truce with the Turkish government.", "en", [("TUR", "196", "TUR")]),
    ("Die PKK kündigte die Waffenruhe mit Ankara auf.", "de", [("TUR", "196", "TUR")]),
    ("Die PKK hat die Waffenruhe mit der türkischen Regierung beendet.", "de", [("TUR", "196", "TUR")]),
], ids=["ended", "abandoned", "aufgekündigt", "beendet"])
def test_ceasefire_ended_is_broken(text, lang, expected):
    assert _triples(text, lang) == expected


def test_attack_claimed_by_rebels_killed():
    assert ("TUR", "18", "TUR") in _triples("A bomb attack claimed by the PKK killed two police officers.", "en")


@pytest.mark.parametrize("text, lang, expected", [
    ("Die Türkei hat ihren Botschafter in Deutschland zu Konsultationen zurückgerufen.", "de", [("TUR", "161", "DEU")]),
    ("Russland zog seinen Botschafter in Kiew ab.", "de", [("RUS", "161", "UKR")]),
    ("Die Türkei hat ihren Botschafter in Berlin abberufen.", "de", [("TUR", "161", "DEU")]),
    ("Turkey withdrew its ambassador to Austria.", "en", [("TUR", "161", "AUT")]),
    ("Turkey recalled its ambassador in Vienna.", "en", [("TUR", "161", "AUT")]),
], ids=["zurückgerufen", "abgezogen", "abberufen", "withdrew-to", "recalled-in"])
def test_ambassador_recalled_from_where_he_serves(text, lang, expected):
    assert _triples(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("The Turkish army neutralised 20 PKK terrorists in northern Iraq.", "en", [("TUR", "190", "TUR")]),
    ("Turkish forces neutralized 12 PKK militants in air strikes.", "en", [("TUR", "190", "TUR")]),
    ("Police neutralized the threat.", "en", []),
    ("Die türkische Armee hat 20 PKK-Kämpfer neutralisiert.", "de", [("TUR", "190", "TUR")]),
    ("Die Polizei neutralisierte die Bombe.", "de", []),
], ids=["neutralised", "neutralized", "threat", "neutralisiert", "bombe"])
def test_fighters_neutralised(text, lang, expected):
    assert _triples(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("Die Türkei nahm Deniz Yücel fest.", "de", [("TUR", "173", "DEU")]),
    ("Lammert kritisierte Erdogan scharf.", "de", [("DEU", "111", "TUR")]),
    ("Ein Gericht in Istanbul verurteilte Can Dündar zu fünf Jahren Haft.", "de", [("TUR", "172", "TUR")]),
    ("Murat Karayilan threatened Turkey.", "en", [("TUR", "13", "TUR")]),
], ids=["yücel", "lammert", "dündar", "karayilan"])
def test_persons_of_the_field(text, lang, expected):
    assert _triples(text, lang) == expected


def test_persons_sectors():
    doc = PIPELINE.process(Article(text="Ein Gericht in Istanbul verurteilte Can Dündar zu fünf Jahren Haft.",
                                   id="t", date=DATE), lang="de")
    assert [a.sector for e in doc.events for a in e.target] == ["MED"]
