"""Domestic politics in whole news reports: governments, parliaments, opposition, protests and
the police (sentences written for these tests).

A person's short name that German reads as an adjective ("Kurz") is the name inside a sentence,
where German writes adjectives in lower case; a person's name in a place phrase is no town;
a passive's by-phrase that is a time names no doer; and wordings of protest, repression and
insult (frames-art25c.yaml)."""
from __future__ import annotations

import pytest

from chronist.lang.de.tag import tokens
from tests.coded_events import events


@pytest.mark.parametrize("text", [
    "Er sagte: Kurz danach sei er gegangen.",
    "„Kurz gesagt: Wir sind bereit“, sagte der Minister.",
    "Die Regierung will noch kurz vor der Wahl entscheiden.",
    "Kurz danach trat der Minister zurück.",
    "Kurz vor der Abstimmung verließ die Opposition den Saal.",
])
def test_adjective_kurz_stays_adjective(text):
    tags = [t.pos for t in tokens(text, 0, len(text)) if t.text.lower() == "kurz"]
    assert tags and "NE" not in tags


# Wordings of domestic politics that coded nothing or the wrong event before (frames-art25c.yaml,
# frames-light.yaml: call).
CODED = [
    # a short name German reads as an adjective ("Kurz"), inside a sentence
    ("Der russische Außenminister Lawrow empfing Kurz am Dienstag in Moskau.", "de", ("RUS", "CONSULT", "AUT")),
    ("Die oppositionelle SPÖ warf Kurz vor, den Untersuchungsausschuss zu behindern.", "de", ("AUT", "ACCUSE", "AUT")),
    ("Der ungarische Regierungschef Orbán lobte Kurz für seine Flüchtlingspolitik.", "de", ("HUN", "SUPPORT", "AUT")),
    # at the head of a sentence, right before its finite verb ("Kurz danach", "Kurz vor" stay adverbs)
    ("Wien – Kurz empfing am Montag den slowakischen Ministerpräsidenten Robert Fico.", "de", ("AUT", "CONSULT", "SVK")),
    # protests and strikes announced (frames-art25c.yaml)
    ("Hungarian trade unions announced nationwide protests against the overtime law.", "en", ("HUN", "PROTEST", "HUN")),
    ("Belgian unions announced a general strike for Monday.", "en", ("BEL", "PROTEST", "BEL")),
    ("Die ungarischen Gewerkschaften kündigten für Samstag einen Protesttag gegen das neue Arbeitsgesetz an.", "de", ("HUN", "PROTEST", "HUN")),
    ("Die polnischen Lehrergewerkschaften kündigten für Montag einen landesweiten Protesttag an.", "de", ("POL", "PROTEST", "POL")),
    # a no-confidence motion tabled against a government (frames-art25c.yaml)
    ("Moldova's Socialists tabled a no-confidence motion against the government of Maia Sandu.", "en", ("MDA", "REQUEST", "MDA")),
    # protesters marching to the seat of power (frames-counterparts-1.yaml: ziehen)
    ("Tausende serbische Demonstranten zogen am Samstag vor das Parlament in Belgrad.", "de", ("SRB", "PROTEST", "SRB")),
    # a senate of a state named with it is that state's; the US Senate stays American
    ("The Czech Senate criticised Prime Minister Andrej Babis.", "en", ("CZE", "ACCUSE", "CZE")),
    ("The U.S. Senate rebuked President Trump over Syria.", "en", ("USA", "ACCUSE", "USA")),
    # a name in mixed case that ends in a capital, at the end of a sentence ("AfD.", "PiS.")
    ("Die bayerische CSU kritisierte die AfD.", "de", ("DEU", "ACCUSE", "DEU")),
    ("Der polnische Oppositionsführer Grzegorz Schetyna kritisierte die PiS.", "de", ("POL", "ACCUSE", "POL")),
    ("German Foreign Minister Heiko Maas criticised the AfD.", "en", ("DEU", "ACCUSE", "DEU")),
    # a coalition with a party ruled out (frames-req24.yaml: ausschließen; frames.yaml: rule out)
    ("Die österreichischen Grünen schlossen eine Koalition mit der FPÖ aus.", "de", ("AUT", "REJECT", "AUT")),
    # a subpoena issued to someone, as "subpoenaed" (frames-light.yaml: issue)
    ("House Democrats issued a subpoena to Attorney General William Barr.", "en", ("USA", "COERCE", "USA")),
    # legal action launched against someone, as "took legal action against" (frames-acc24.yaml: launch)
    ("The European Commission launched legal action against Hungary over its asylum law.", "en", ("IGO:EU", "ACCUSE", "HUN")),
    # protesters who gather, police who clear their camp (frames-art25c.yaml: versammeln, clear)
    ("In Tiflis versammelten sich am Abend Tausende georgische Demonstranten gegen die Regierung.", "de", ("GEO", "PROTEST", "GEO")),
    ("Serbian police cleared protesters from the square outside the presidency in Belgrade.", "en", ("SRB", "ASSAULT", "SRB")),
    # police charging a crowd with batons: violent repression, no charge of a crime
    ("Belarusian riot police charged protesters with batons in Minsk on Sunday.", "en", ("BLR", "ASSAULT", "BLR")),
    # booed, heckled, greeted with whistles: a protest at the one so greeted
    ("Opposition deputies greeted Serbian President Aleksandar Vucic with boos and whistles.", "en", ("SRB", "PROTEST", "SRB")),
    ("Hecklers from the opposition Civic Platform booed Polish President Andrzej Duda in Gdansk.", "en", ("POL", "PROTEST", "POL")),
    ("Oppositionelle empfingen Ministerpräsident Orbán in Budapest mit einem gellenden Pfeifkonzert.", "de", ("HUN", "PROTEST", "HUN")),
    # someone called a crook or a tyrant
    ("Venezuelan President Nicolas Maduro called the Colombian president a crook.", "en", ("VEN", "ACCUSE", "COL")),
    # a passive whose by-phrase is a time, not the doer: the police who said so arrested
    ("Spanish police said 14 people had been arrested by the evening.", "en", ("ESP", "COERCE", "ESP")),
    ("Georgian police said 30 protesters had been detained by Monday morning.", "en", ("GEO", "COERCE", "GEO")),
]


@pytest.mark.parametrize("text, lang, expected", CODED, ids=[t[:40] for t, _, _ in CODED])
def test_coded(text, lang, expected):
    assert expected in events(text, lang)


NOT_CODED = [
    # charged with a crime stays an accusation, no violent repression
    ("Serbian prosecutors charged two opposition leaders with fraud.", "en", "ASSAULT"),
    # a guest received with honours is no protest
    ("Merkel empfing den chinesischen Ministerpräsidenten mit militärischen Ehren.", "de", "PROTEST"),
    ("The president greeted the visiting Chinese premier with a guard of honour.", "en", "PROTEST"),
    # officials who gather somewhere hold no protest, nor an official one (114, ACCUSE) (frames.yaml:
    # gather; frames-art25c.yaml: versammeln)
    ("NATO defence ministers gathered in Brussels for talks.", "en", "ACCUSE"),
    ("Die EU-Innenminister versammelten sich am Donnerstag in Luxemburg.", "de", "PROTEST"),
    ("Tausende Kroaten hatten sich für ein Musikfestival in der Stadt Split versammelt.", "de", "PROTEST"),
]


@pytest.mark.parametrize("text, lang, kind", NOT_CODED, ids=[t[:40] for t, _, _ in NOT_CODED])
def test_not_coded(text, lang, kind):
    assert [e for e in events(text, lang) if e[1] == kind] == []


# A person's name in a place phrase is no town: "George" of "George Soros" is not the South
# African town George, "Soros" no Indian one; the town of a place phrase still counts.
PLACES = [
    ("Budapest – Ein Regierungssprecher warf den Aktivisten vor, im Auftrag des US-Milliardärs George Soros zu arbeiten.", "de", ("HUN", "ACCUSE", "HUN")),
    ("In der US-Ostküstenstadt Baltimore nahm die Polizei zwei Demonstranten fest.", "de", ("USA", "COERCE", "USA")),
]


def test_names_in_place_phrases():
    for text, lang, expected in PLACES:
        assert events(text, lang) == [expected], text
