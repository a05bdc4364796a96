"""US politics and foreign policy in whole news reports: trade disputes, sanctions and
retaliation, aid withheld (sentences written for these tests).

A measure on goods hits the state its phrase of origin or its compound names ("tariffs on steel
imports from the EU", "Strafzölle auf Stahl aus Kanada", "Zölle auf US-Produkte"); a retaliation
that names no one answers the latest hostile act done to its doer ("Beijing said it would
retaliate", "Kanada kündigte Gegenmaßnahmen an"); an amount's "in" phrase says what the amount
is of ("withheld $400 million in military aid"), and a German rounding adverb stays in the
amount's phrase ("in Höhe von rund 250 Millionen Dollar"); a phrase after a comparing "wie" is no second
object that makes the first a dative ("Vergeltungszölle auf US-Produkte wie Whiskey"); a
predicative adjective names what an act is called with the adjectives joined to it ("bezeichnete
die Sanktionen als empörend und idiotisch"), and an act referred back to by the first of two
accusatives ("nannte die Zölle einen Affront") is an object, though read as a dative; a state
exempted from tariffs has them eased (085); a sentence that opens with a name the parser read
as its verb ("Trump/VB cut/NN aid to Guatemala") is parsed again with a pronoun in its place."""
from __future__ import annotations

import pytest

from tests.coded_events import events

CODED = [
    # goods and their origin (Coder._goods_origin)
    ("The Trump administration imposed tariffs on solar panels and washing machines from South Korea.", "en",
     ("USA", "SANCTION", "KOR")),
    ("India imposed higher duties on almonds and apples from the United States on Sunday.", "en", ("IND", "SANCTION", "USA")),
    ("Die USA haben Schutzzölle auf Stahl aus Kanada und Mexiko verhängt.", "de", ("USA", "SANCTION", "CAN+MEX")),
    ("Washington verhängte Strafzölle auf Aluminiumimporte aus Russland.", "de", ("USA", "SANCTION", "RUS")),
    ("China kündigte Strafzölle auf US-Waren im Wert von 60 Milliarden Dollar an.", "de", ("CHN", "THREATEN", "USA")),
    # a retaliation that names no one (Coder._retaliated; words.yaml: retaliation_words)
    ("The European Union slapped anti-dumping duties on Turkish steel pipes on Monday. "
     "Ankara said it would retaliate.", "en", ("TUR", "THREATEN", "IGO:EU")),
    ("Washington imposed sanctions on two Turkish ministers on Wednesday, and Ankara vowed to retaliate.", "en",
     ("TUR", "THREATEN", "USA")),
    ("Japan tightened export controls on South Korea on Thursday. "
     "Seoul said it would take countermeasures.", "en", ("KOR", "THREATEN", "JPN")),
    ("Die US-Regierung hat Sanktionen gegen den russischen Aluminiumkonzern Rusal verhängt. "
     "Moskau kündigte Gegenmaßnahmen an.", "de", ("RUS", "THREATEN", "USA")),
    ("Die EU-Kommission kündigte Vergeltungszölle auf US-Produkte wie Erdnussbutter und Motorräder an.", "de",
     ("IGO:EU", "THREATEN", "USA")),
    # an amount of aid withheld or given (lexicon.yaml: amount_nouns)
    ("The United States withheld $250 million in security assistance to Egypt over human rights concerns.", "en",
     ("USA", "SANCTION", "EGY")),
    ("Washington froze $300 million in aid to the Palestinian Authority in August.", "en", ("USA", "SANCTION", "PSE")),
    # ... and in German, a rounding adverb inside the amount's phrase (lexicon.yaml: number_adverbs)
    ("Die US-Regierung hielt Militärhilfe für Ägypten in Höhe von rund 250 Millionen Dollar zurück.", "de",
     ("USA", "SANCTION", "EGY")),
    ("Washington hat Hilfsgelder in Höhe von knapp 200 Millionen Dollar für die Palästinenser zurückgehalten.", "de",
     ("USA", "SANCTION", "PSE")),
    # ... but a von-phrase after a noun of a group says of whom, not by whom (lexicon.yaml: partitive_nouns)
    ("Eine Gruppe von etwa 40 Journalisten wurde am Montag in Athen festgenommen.", "de", ("GRC", "COERCE", "GRC")),
    # adjectives joined to the predicative one ("als empörend und idiotisch"), an act referred back to
    ("Die USA haben neue Sanktionen gegen den Iran verhängt. "
     "Präsident Rouhani bezeichnete die Sanktionen als empörend und wirkungslos.", "de", ("IRN", "ACCUSE", "USA")),
    ("Der Kreml nannte die Strafmaßnahmen der EU illegal und kontraproduktiv.", "de", ("RUS", "ACCUSE", "IGO:EU")),
    # an act referred back to by the first of two accusatives, which the front-end reads as a dative
    ("Die USA verhängten Strafzölle auf Stahl aus Japan. Tokio nannte die Zölle einen Verstoß gegen die Regeln der WTO.",
     "de", ("JPN", "ACCUSE", "USA")),
    # easing a measure on goods from somewhere (Coder._goods_origin), and exemptions (frames-art27c.yaml)
    ("The United States lifted tariffs on steel and aluminium from Canada and Mexico on Friday.", "en",
     ("USA", "CONCEDE", "CAN+MEX")),
    ("The United States exempted the European Union, Canada and Mexico from the steel tariffs until June.", "en",
     ("USA", "RETREAT", "IGO:EU+CAN+MEX")),
    ("Die USA hatten die EU und Kanada vorübergehend von den Zöllen ausgenommen.", "de", ("USA", "RETREAT", "IGO:EU+CAN")),
    # a name the parser read as the verb of its sentence (headlines.py: reread_name_read_as_verb)
    ("Trump cut military aid to Pakistan in January.", "en", ("USA", "SANCTION", "PAK")),
    ("Trump put sanctions on Venezuela's oil minister.", "en", ("USA", "SANCTION", "VEN")),
    ("Trump slashed aid to the Palestinians.", "en", ("USA", "SANCTION", "PSE")),
    # purchases suspended, of goods from somewhere; a black list
    ("Beijing suspended purchases of U.S. agricultural products on Monday.", "en", ("CHN", "SANCTION", "USA")),
    ("Peking setzte den Kauf von US-Agrarprodukten aus.", "de", ("CHN", "SANCTION", "USA")),
    ("Das US-Finanzministerium setzte drei russische Unternehmen auf die schwarze Liste.", "de", ("USA", "SANCTION", "RUS")),
    # hitting back with tariffs, at the latest sanction when no one is named (frames-art27c.yaml)
    ("The Trump administration slapped tariffs on Canadian aluminum. Ottawa hit back with tariffs.", "en",
     ("CAN", "SANCTION", "USA")),
]


@pytest.mark.parametrize("text, lang, expected", CODED, ids=[t[:40] for t, _, _ in CODED])
def test_coded(text, lang, expected):
    assert expected in events(text, lang)


NOT_CODED = [
    # a retaliation with no hostile act done to its doer before: aimed at no one, so no event
    ("Officials said the talks would continue next week. Beijing vowed to retaliate.", "en", "THREATEN"),
    ("Die Regierung kündigte Gegenmaßnahmen an.", "de", "THREATEN"),
    # striking back with force is no sanction
    ("Hamas fired rockets at Israel on Friday. Israel struck back.", "en", "SANCTION"),
    # a list of heritage is no black list
    ("Die UNESCO setzte die Altstadt von Wien auf die Liste des gefährdeten Welterbes.", "de", "SANCTION"),
    # an imperative opening a quote is no name
    ("\"Stop the war,\" the protesters shouted outside the embassy.", "en", "SANCTION"),
    # withheld aid is no aid given
    ("Die US-Regierung hielt Militärhilfe für Ägypten in Höhe von rund 250 Millionen Dollar zurück.", "de", "AID"),
]


@pytest.mark.parametrize("text, lang, kind", NOT_CODED, ids=[t[:40] for t, _, _ in NOT_CODED])
def test_not_coded(text, lang, kind):
    assert [e for e in events(text, lang) if e[1] == kind] == []


def test_retaliation_answers_the_act_done_to_its_doer():
    # the latest act against Ankara, not the latest act
    text = ("Washington imposed sanctions on two Turkish ministers. Russia expelled two British diplomats. "
            "Ankara said it would retaliate.")
    found = events(text, "en")
    assert ("TUR", "THREATEN", "USA") in found
    assert ("TUR", "THREATEN", "GBR") not in found
