"""Europe, Russia and Turkey in whole news reports: diplomatic rows, sanctions, crackdowns and
disputes with Brussels (sentences written for these tests).

The subject of an infinitive after "used" an instrument is the user ("used water cannon to
disperse"); states a subject names with "including" are its actors ("More than 20 countries,
including Canada and Ukraine, expelled"); the pressure one bows to is from whom its "from" phrase
names; an event noun that a verb of description says something is ("described the law as an
attack on civil society") is no act of the describer; an attack someone is arrested for is
theirs, not the police's; a harm put down by "dabei" to the attack of the sentence before
is its doer's; and wordings of diplomatic rows and of
legal procedures (frames-art26c.yaml, frames-acc24.yaml, frames-light.yaml: call)."""
from __future__ import annotations

import pytest

from tests.coded_events import events

CODED = [
    # an instrument used to do something: the user does it (lexicon.yaml: instrument_verbs)
    ("Police in Caracas used water cannon to disperse thousands of opposition supporters.", "en", ("VEN", "ASSAULT", "VEN")),
    ("Russia used its veto to block a U.N. Security Council resolution on Syria.", "en", ("RUS", "REJECT", "IGO:UN")),
    # states named with "including" in a subject that names none (lexicon.yaml: origin_preps)
    ("More than 20 countries, including Canada, Australia and Ukraine, expelled Russian diplomats on Monday.", "en",
     ("CAN+AUS+UKR", "SANCTION", "RUS")),
    ("Western powers, including the United States and Britain, condemned North Korea's missile test.", "en",
     ("USA+GBR", "ACCUSE", "PRK")),
    # bowing or giving in to pressure from someone (frames-06-12.yaml)
    ("Hungary's government bowed to pressure from the European Commission and withdrew the law on Friday.", "en",
     ("HUN", "CONCEDE", "IGO:EU")),
    ("The Serbian government finally gave in to pressure from Brussels and lifted the ban.", "en", ("SRB", "CONCEDE", "IGO:EU")),
    # accreditation withdrawn (frames-art26c.yaml), ambassadors recalled (German "zurückberufen")
    ("NATO on Tuesday withdrew the accreditation of seven staff at Russia's mission to the alliance.", "en",
     ("IGO:NATO", "COERCE", "RUS")),
    ("Das Außenministerium in Minsk berief seine Botschafter aus Polen und Litauen zu Konsultationen zurück.", "de",
     ("BLR", "SANCTION", "POL+LTU")),
    # a procedure opened against a member state (frames-acc24.yaml)
    ("The European Commission opened a new infringement procedure against Hungary on Thursday.", "en", ("IGO:EU", "ACCUSE", "HUN")),
    # an act called an attack or a coup (frames-light.yaml: call), referred back to
    ("Police in Ankara detained 30 members of the opposition CHP on Friday. The party called the arrests an attack on democracy.",
     "en", ("TUR", "ACCUSE", "TUR")),
    ("Venezuela's Supreme Court barred opposition leader Juan Guaido from leaving the country. "
     "The United States called the move an assault on Venezuela's democracy.", "en", ("USA", "ACCUSE", "VEN")),
    # a harm put down to the attack of the sentence before ("dabei"): its doer's (words.yaml:
    # earlier_act_adverbs)
    ("Kiew – Die prorussischen Separatisten haben am Samstag Stellungen bei Awdijiwka mit Mörsern beschossen. "
     "Ein ukrainischer Soldat sei dabei getötet worden.", "de", ("UKR", "ASSAULT", "UKR")),
    ("Die israelische Luftwaffe hat in der Nacht Ziele der Hamas im Gazastreifen bombardiert. "
     "Dabei wurden nach palästinensischen Angaben drei Menschen getötet.", "de", ("ISR", "ASSAULT", "PSE")),
    # ... or by a definite attack noun with no doer of its own ("killed in the strikes")
    ("Israeli aircraft struck Hamas targets in the Gaza Strip overnight. "
     "Three Palestinians were killed in the strikes, health officials said.", "en", ("ISR", "ASSAULT", "PSE")),
    # an attack someone is arrested for is theirs, by the police's account, not the police's
    # (words.yaml: charge_prepositions)
    ("Im Norden des Kosovo nahm die Polizei am Donnerstag zwei Serben wegen Angriffen auf kosovarische Beamte fest.", "de",
     ("SRB", "ASSAULT", "XKX")),
    ("Russian police detained two Ukrainian citizens over an attack on a Russian military base in Crimea.", "en",
     ("UKR", "ASSAULT", "RUS")),
]


@pytest.mark.parametrize("text, lang, expected", CODED, ids=[t[:40] for t, _, _ in CODED])
def test_coded(text, lang, expected):
    assert expected in events(text, lang)


NOT_CODED = [
    # retaliating against an expulsion is no fight (frames-art26c.yaml: retaliate)
    ("Russia said it would expel 60 U.S. diplomats, retaliating against Washington's expulsion of Russian diplomats.",
     "en", "ASSAULT"),
    # an accreditation withdrawn is no troop withdrawal
    ("The Kremlin withdrew the accreditation of a BBC correspondent in Moscow.", "en", "RETREAT"),
    # what a describer says an act is: no attack by the describer (words.yaml: copula_verbs)
    ("The European Commission described the law as an attack on civil society.", "en", "ASSAULT"),
    ("The opposition said the arrests amounted to an attack on democracy.", "en", "ASSAULT"),
]


def test_harm_after_an_attack_is_coded_twice():
    # the shelling and the death it caused, each once
    text = ("Die israelische Luftwaffe hat in der Nacht Ziele der Hamas im Gazastreifen bombardiert. "
            "Dabei wurden nach palästinensischen Angaben drei Menschen getötet.")
    assert events(text, "de").count(("ISR", "ASSAULT", "PSE")) == 2


def test_harm_in_the_strikes_is_the_strikers():
    text = ("Israeli aircraft struck Hamas targets in the Gaza Strip overnight. "
            "Three Palestinians were killed in the strikes, health officials said.")
    assert ("UNK", "ASSAULT", "PSE") not in events(text, "en")


def test_harm_after_a_protest_is_no_attack():
    # "dabei" after a protest: no attack of the protesters is told
    text = ("Tausende Menschen demonstrierten am Samstag in Minsk gegen Lukaschenko. "
            "Dabei wurden nach Angaben der Polizei zwei Beamte verletzt.")
    assert [e for e in events(text, "de") if e[1] == "ASSAULT"] == []


# The police who arrest someone for an attack did not attack
NOT_BY_POLICE = [
    ("Serbian police arrested four Kosovo Albanians for the attack on a Serbian monastery.", "en", ("SRB", "ASSAULT", "SRB")),
    ("Russian police detained two Ukrainian citizens over an attack on a Russian military base in Crimea.", "en",
     ("RUS", "ASSAULT", "RUS")),
]


@pytest.mark.parametrize("text, lang, wrong", NOT_BY_POLICE, ids=[t[:40] for t, _, _ in NOT_BY_POLICE])
def test_not_by_police(text, lang, wrong):
    assert wrong not in events(text, lang)


@pytest.mark.parametrize("text, lang, kind", NOT_CODED, ids=[t[:40] for t, _, _ in NOT_CODED])
def test_not_coded(text, lang, kind):
    assert [e for e in events(text, lang) if e[1] == kind] == []
