"""Cyber attacks, espionage, media and press freedom in the news (sentences written for these
tests, branch art32b).

- Press freedom watchdogs (Committee to Protect Journalists, ...), media outlets with their country
  and the sector MED (Al Jazeera, Deutsche Welle, the Wall Street Journal, Apple Daily, ...) and
  hacking groups that governments name as a state's (APT28, Lazarus, ...) are actors. A verb inside
  the name of an actor is no act ("the Committee to Protect Journalists condemned Russia" protects no
  one).
- A medium banned or closed by a state restricts free speech (1721), by its kind ("banned the
  broadcaster", "verbot die Zeitung") or by its own name: a frame's object condition "@MED" is met by
  an object that names an actor of the sector MED ("Israel banned Al Jazeera"); before, 172.
- Press credentials revoked ("Presseakkreditierung" entzogen): 172, as accreditation; the
  internet restricted or curbed, shut down, cut off or throttled, an "Internetsperre" imposed, a medium branded a
  foreign agent or undesirable: 1721.
- Cyberattacks launched, carried out or staged (English: a "cyber attack" too, before it is an
  attack, 19), German "verübte einen Cyberangriff" (was 180), "startete eine Cyberattacke" (HanTa's
  lemma "Cyberattack"), networks and accounts breached, infiltrated or compromised, "drangen in das
  Netzwerk ein", "legten die Webseiten lahm": 176.
- A verb that names the doer of an attack told before and takes it for its object by a
  definite noun ("The attack was carried out by the GRU, the government said", "The Taliban carried
  out the attack", German "Den Angriff verübte die Hackergruppe APT28") aims it at that attack's
  target; before, it coded nothing for want of a target.
- English: the phrase of what one is accused of that the parser hangs on the object ("accused two
  Russian diplomats of spying", "the head of state of treason") belongs to the verb, where the frame
  of an accusation of espionage reads it (1125; was 112); "spying" is lemmatised "spy".
- German "verurteilen" by a court is a conviction (116), as English "convicted"; "charged with
  spying" is an accusation of espionage (1125).
- Whoever a speaker says is behind an "Attacke", a hack or spying, or responsible for one
  ("verantwortlich für den Hackerangriff", "responsible for the cyberattack"), is accused by them (112).
"""
from __future__ import annotations

import datetime as dt

import pytest

from tests.coded_events import coded

DATE = dt.date(2024, 5, 15)


def _triples(text: str, lang: str) -> list[tuple[str, str, str]]:
    return [e[:3] for e in coded(text, lang, DATE)]


@pytest.mark.parametrize("text, lang, expected", [
    ("The Committee to Protect Journalists criticised Turkey.", "en", [("NGO:CPJ", "111", "TUR")]),
    ("Russian authorities arrested Wall Street Journal reporter Evan Gershkovich.", "en", [("RUS", "173", "USA")]),
    ("China criticised Apple Daily.", "en", [("CHN", "111", "HKG")]),
    ("The Kremlin accused Deutsche Welle of spreading propaganda.", "en", [("RUS", "112", "DEU")]),
    ("Britain blamed APT28 for the attack on the Foreign Office.", "en", [("GBR", "112", "RUS"), ("RUS", "190", "GBR")]),
], ids=["cpj", "wsj", "apple-daily", "dw", "apt28"])
def test_watchdogs_media_and_hackers_are_actors(text, lang, expected):
    assert _triples(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("Israel banned Al Jazeera.", "en", [("ISR", "1721", "QAT")]),
    ("Russia banned the broadcaster Deutsche Welle.", "en", [("RUS", "1721", "DEU")]),
    ("Russian authorities shut down Echo of Moscow.", "en", [("RUS", "1721", "RUS")]),
    ("Ethiopia shut down the internet in Tigray.", "en", [("ETH", "1721", "ETH")]),
    ("Ethiopia cut off the internet in Tigray.", "en", [("ETH", "1721", "ETH")]),
    ("Russia designated Radio Free Europe a foreign agent.", "en", [("RUS", "1721", "USA")]),
    ("Russland verbot die Deutsche Welle.", "de", [("RUS", "1721", "DEU")]),
    ("Der Iran verbot die Zeitung.", "de", [("IRN", "1721", "IRN")]),
    ("Die türkischen Behörden schlossen die Zeitung Cumhuriyet.", "de", [("TUR", "1721", "TUR")]),
    ("Russland erklärte die Deutsche Welle zum ausländischen Agenten.", "de", [("RUS", "1721", "DEU")]),
    ("Die Regierung Äthiopiens verhängte eine Internetsperre in Tigray.", "de", [("ETH", "1721", "ETH")]),
    # not a medium: an administrative ban, an embassy closed
    ("Russia banned the party.", "en", [("RUS", "172", "RUS")]),
    ("Russland schloss die Botschaft in Berlin.", "de", [("RUS", "161", "DEU")]),
], ids=["ban-name", "ban-kind", "shut-down-name", "shut-down-internet", "cut-off", "designate", "verbieten-name",
        "verbieten-zeitung", "schliessen", "agent", "internetsperre", "party", "botschaft"])
def test_media_banned_and_the_internet_cut(text, lang, expected):
    assert _triples(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("Russia launched a cyber attack on Ukraine.", "en", [("RUS", "176", "UKR")]),
    ("Russia carried out a cyberattack on Ukraine.", "en", [("RUS", "176", "UKR")]),
    ("Chinese hackers breached the email accounts of US officials.", "en", [("CHN", "176", "USA")]),
    ("Iranian hackers infiltrated the computer networks of Israeli hospitals.", "en", [("IRN", "176", "ISR")]),
    ("Russland verübte einen Cyberangriff auf die Ukraine.", "de", [("RUS", "176", "UKR")]),
    ("Nordkoreanische Hacker starteten eine Cyberattacke gegen südkoreanische Banken.", "de", [("PRK", "176", "KOR")]),
    ("Russische Hacker drangen in das Netzwerk des Auswärtigen Amtes ein.", "de", [("RUS", "176", "DEU")]),
    # still attacks, and a ceasefire breached
    ("Russia launched an attack on Ukraine.", "en", [("RUS", "19", "UKR")]),
    ("Russland verübte einen Anschlag auf die Ukraine.", "de", [("RUS", "180", "UKR")]),
    ("Russia breached the airspace of Poland.", "en", [("RUS", "128", "POL")]),
], ids=["launch-cyber-attack", "carry-out", "breach", "infiltrate", "verueben", "starten", "eindringen",
        "attack", "anschlag", "airspace"])
def test_cyberattacks(text, lang, expected):
    assert _triples(text, lang) == expected


@pytest.mark.parametrize("text, expected", [
    ("Poland accused two Russian diplomats of spying.", [("POL", "1125", "RUS")]),
    ("Russia accused the American journalist of espionage.", [("RUS", "1125", "USA")]),
    ("Poland expelled two Russian diplomats after accusing them of spying.",
     [("POL", "166", "RUS"), ("POL", "1125", "RUS")]),
    # the object's own phrases stay the object's
    ("The United States accused the government of Mali of corruption.", [("USA", "1121", "MLI")]),
    ("Russia accused the government of Ukraine.", [("RUS", "112", "UKR")]),
], ids=["diplomats", "journalist", "after-accusing", "government-of-mali", "government-of"])
def test_accused_of_spying(text, expected):
    assert _triples(text, "en") == expected


def test_behind_an_attacke_is_accused():
    assert _triples("Hinter der Attacke stecke die Hackergruppe APT28, sagte Innenministerin Nancy Faeser.",
                    "de") == [("DEU", "112", "RUS")]


@pytest.mark.parametrize("text, lang, expected", [
    ("China revoked the press credentials of three Wall Street Journal reporters.", "en", [("CHN", "172", "USA")]),
    ("China entzog dem amerikanischen Journalisten die Presseakkreditierung.", "de", [("CHN", "172", "USA")]),
    ("Iran restricted internet access.", "en", [("IRN", "1721", "IRN")]),
    # a restriction of anything else stays an administrative one, or a sanction
    ("China restricted the movement of Uighurs.", "en", [("CHN", "172", "CHN")]),
    ("Iran restricted imports from Turkey.", "en", [("IRN", "163", "TUR")]),
], ids=["credentials", "presseakkreditierung", "internet", "movement", "imports"])
def test_credentials_withdrawn_and_internet_restricted(text, lang, expected):
    assert _triples(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("Russland sei für den Hackerangriff verantwortlich, sagte Bundesaußenministerin Annalena Baerbock.", "de",
     [("DEU", "112", "RUS")]),
    ("Russland trage die Verantwortung für den Cyberangriff, sagte Bundesaußenministerin Annalena Baerbock.", "de",
     [("DEU", "112", "RUS")]),
    ("Britain said the GRU was responsible for the cyberattack on Ukraine.", "en", [("GBR", "112", "RUS")]),
    ("The Dutch government said Russia was behind the espionage.", "en", [("NLD", "112", "RUS")]),
], ids=["verantwortlich", "verantwortung", "responsible", "behind"])
def test_held_responsible_for_a_hack(text, lang, expected):
    assert _triples(text, lang) == expected


@pytest.mark.parametrize("text, expected", [
    ("Russian hackers attacked the German parliament in 2015. The attack was carried out by the GRU, the government said.",
     [("RUS", "190", "DEU"), ("RUS", "19", "DEU")]),
    ("A bomb exploded in Kabul on Monday, killing ten people. The Taliban carried out the attack, police said.",
     [("UNK", "18", "AFG"), ("AFG", "19", "AFG")]),
    # no attack told before, or an attack of its own: no target taken from elsewhere
    ("The Taliban carried out the attack.", []),
    ("Israel struck Gaza on Monday. The Taliban carried out an attack.", [("ISR", "19", "PSE")]),
], ids=["passive", "active", "none-before", "indefinite"])
def test_the_attack_told_before_is_aimed_at_its_target(text, expected):
    assert _triples(text, "en") == expected


def test_den_angriff_veruebte():
    """German: a light verb with no object condition (verüben) whose definite object has a frame of
    violence of its own takes the target of the attack told before."""
    assert _triples("Russische Hacker griffen 2015 den Bundestag an. Den Angriff verübte die Hackergruppe APT28, "
                    "sagte die Bundesregierung.", "de") == [("RUS", "190", "DEU"), ("RUS", "180", "DEU")]


@pytest.mark.parametrize("text, lang, expected", [
    ("Ein Gericht verurteilte einen ehemaligen Soldaten wegen Spionage für Russland.", "de", [("RUS", "116", "RUS")]),
    ("Der Europäische Gerichtshof für Menschenrechte verurteilte die Türkei.", "de", [("IGO:COE", "116", "TUR")]),
    ("Britain charged three men with spying for Hong Kong.", "en", [("GBR", "1125", "HKG")]),
    # sentenced to prison stays 172; a government's condemnation stays criticism
    ("Ein Moskauer Gericht verurteilte den Journalisten zu 16 Jahren Haft.", "de", [("RUS", "172", "RUS")]),
    ("Berlin verurteilte Russland.", "de", [("DEU", "111", "RUS")]),
], ids=["gericht", "egmr", "charged-with-spying", "haft", "regierung"])
def test_convicted_and_charged(text, lang, expected):
    assert _triples(text, lang) == expected
