"""Known open items in both languages, branch art51a (sentences written for these tests: diplomatic
punishment 2015-24: recalled envoys, recognition switched from Taipei to Beijing, tariffs and
retaliation, visa bans, asset freezes, aid withheld).

- German: a main clause after a comma that opens with its finite verb goes on with the subject of
  the clause before when a continuing adverb follows the one short phrase the verb takes first, not
  only right after the verb (``_Analyser._continued``): "Human Rights Watch begrüßte den Schritt,
  forderte Washington jedoch auf, ... auszusetzen" NGO:HRW 10 USA (was no event), as "..., kritisierte
  aber die Ukraine" and English "welcomed the move but urged Washington" do.
- German: a phrase after a comma opened by "darunter" names the members of the phrase before and is
  one phrase with it (``member_adverbs``, chunks ``_coordinate``): "Menschenrechtsgruppen, darunter Human
  Rights Watch, forderten Washington auf" NGO:HRW 10 USA (was no event, the members read as a dative),
  as English "rights groups, including Human Rights Watch, urged" (``member_preps``).
- German: a clause opened by "nachdem", "weil", "als", "obwohl" and the like is the circumstance of the
  act above it, an act of its own and not its content (``adverbial_openers``, ``Clause.adverbial`` as
  English sets it for "after", "because"): "Die Türkei drohte mit Vergeltung, nachdem Washington die
  Zölle auf türkischen Stahl verdoppelt hatte" is TUR 138 USA and USA 163 TUR (the tariffs were taken
  as what the threat was about, and not coded), as English "... after Washington doubled tariffs".
- German: purchases of a state's goods restricted are an embargo (163), the state named in the object's
  own phrase: "Peking schränkte den Kauf von australischer Gerste ein" CHN 163 AUS (was no event;
  frames-art32d.yaml); visa services suspended for a state's citizens are as its visas suspended (172,
  frames-art34b.yaml); an answer reserved is a threat (13), as English "reserved the right to respond",
  and a reserved reaction takes no "sich" for whom it threatens: "Teheran behält sich Gegenmaßnahmen
  vor" IRN 13 (was no event, the threat aimed at Iran itself; frames-probe.yaml).
- English: purchases of a state's goods restricted, curbed or halted are an embargo (163), not the
  generic restriction (172): "Beijing restricted purchases of Australian barley" CHN 163 AUS
  (frames-probe.yaml, frames-vocab8.yaml).
- German: the pronoun that is the subject of a clause of manner ("indem es ...") is the subject of the
  clause above (``manner_openers``, ``_Analyser._manner_subject``), which outside reported speech "es"
  and "sie" would not name: "Russland reagierte, indem es 20 tschechische Diplomaten auswies" RUS 166
  CZE (was no event), as English "Russia responded by expelling 20 Czech diplomats".
- German: contacts suspended with a state or its embassy cut relations (161), as "kappte die Kontakte"
  and English "suspended contacts with" (frames-sanc24.yaml): "Marokko setzte die Kontakte zur
  deutschen Botschaft aus" MAR 161 DEU (was no event).
- Both: the tax revenues a state collects for another frozen or withheld, or their transfer, are
  payments cut (162), as "froze payments": "Israel froze the transfer of tax revenues to the
  Palestinian Authority" ISR 162 PSE, "Israel fror die Überweisung von Steuereinnahmen an die
  Palästinensische Autonomiebehörde ein" (were no event; frames-art40a.yaml, frames-13-20.yaml,
  ../de/frames.yaml, ../de/frames-vocab4.yaml).
- Both: relations downgraded, told by the noun, are 161 (frames-art51a.yaml; English "downgrading" and
  "downgrade" are event nouns now): "Turkey's downgrading of diplomatic relations with Israel drew
  sharp criticism" TUR 161 ISR, "Die Herabstufung der Beziehungen zu Israel durch die Türkei" (were no
  event).
- English: the recall of an envoy named with his state is that state's ("The recall of the Spanish
  ambassador from Caracas came after weeks of tension" ESP 161 VEN, was no event), as German "die
  Abberufung des spanischen Botschafters aus Caracas" (frames-nouns-2.yaml).
- Both: an act called theft or robbery is criticised (111), as one called piracy (frames-light.yaml's
  scorn, the lexicon's evaluative_adjectives): "Moscow described the Swiss sanctions as theft" RUS 111
  CHE, "Moskau bezeichnete das Einfrieren russischer Vermögen durch die Schweiz als Diebstahl" (were
  no event).
- Both: a state's body named as the subject with no name ("die Regierung", "the government"), no body of
  that noun named before, acting on a state its clause names, is the state that was the subject just
  before (in its sentence or the one before), when that is not the one acted on
  (``Mentions._acting_state``): "Litauen hat seinen Botschafter aus Minsk zurückgerufen. Die Regierung
  warf Lukaschenko vor, ..." LTU 112 BLR, as "Lithuania recalled its ambassador from Minsk. The
  government accused Lukashenko of ..." (were no event: the article's most named state, Belarus,
  accusing itself).
- German: the subject of a reaction suffered ("..., eine Entscheidung, die scharfe Kritik ... hervorrief",
  "..., ein Schritt, der Empörung in Teheran auslöste") names the act told right before it, as its object
  does ("ein Schritt, den Seoul anprangerte"; ``Coder._names_act_before``), also when that act was
  announced and is no act of the referred kinds yet: "Die USA wollen die Hilfe für Ägypten kürzen, eine
  Entscheidung, die scharfe Kritik der ägyptischen Regierung hervorrief" EGY 111 USA (was no event), as
  English "plans to cut aid to Egypt, a decision that drew sharp criticism from Cairo".

The verb wordings above went into the frames that held their kind:lemma:cameo (each names one
frame); only the nouns of relations downgraded are new frames (frames-art51a.yaml, one test line
each in tests/frame_sentences/*-art51a.txt).
"""

from __future__ import annotations

import pytest

from tests.coded_events import triples as _events



@pytest.mark.parametrize("text, expected", [
    ("Human Rights Watch begrüßte den Schritt, forderte Washington jedoch auf, die übrigen Mittel auszusetzen.",
     [("NGO:HRW", "10", "USA")]),
    ("Die Türkei lobte die Gespräche, warf Athen aber Provokationen vor.", [("TUR", "1123", "GRC")]),
])
def test_continued_clause_with_its_adverb_after_a_phrase(text, expected):
    assert _events(text, "de") == expected


@pytest.mark.parametrize("text, expected", [
    ("Menschenrechtsgruppen, darunter Human Rights Watch, forderten Washington auf, die Hilfe auszusetzen.",
     [("NGO:HRW", "10", "USA")]),
    ("Mehrere Länder, darunter Polen, kritisierten Ungarn.", [("POL", "111", "HUN")]),
])
def test_members_named_after_darunter(text, expected):
    assert _events(text, "de") == expected


@pytest.mark.parametrize("text, expected", [
    ("Die Türkei drohte mit Vergeltung, nachdem Washington die Zölle auf türkischen Stahl verdoppelt hatte.",
     [("TUR", "138", "USA"), ("USA", "163", "TUR")]),
    ("Peking protestierte, nachdem Washington Sanktionen gegen Huawei verhängt hatte.",
     [("CHN", "114", "USA"), ("USA", "163", "CHN")]),
])
def test_circumstance_clause_is_an_act_of_its_own(text, expected):
    assert sorted(_events(text, "de")) == sorted(expected)


@pytest.mark.parametrize("text, lang, expected", [
    ("Peking schränkte den Kauf von australischer Gerste ein.", "de", [("CHN", "163", "AUS")]),
    ("Kanada hat die Visadienste für iranische Staatsangehörige ausgesetzt.", "de", [("CAN", "172", "IRN")]),
    ("Kanada stufte die Beziehungen zum Iran herab. Teheran behalte sich eine Antwort vor, erklärte der Sprecher.",
     "de", [("CAN", "161", "IRN"), ("IRN", "13", "CAN")]),
    ("Teheran behält sich Gegenmaßnahmen vor.", "de", [("IRN", "13", "")]),
    ("Beijing restricted purchases of Australian barley.", "en", [("CHN", "163", "AUS")]),
    ("Beijing halted purchases of Australian coal.", "en", [("CHN", "163", "AUS")]),
])
def test_punishment_wordings(text, lang, expected):
    assert _events(text, lang) == expected


@pytest.mark.parametrize("text, expected", [
    ("Russland reagierte, indem es 20 tschechische Diplomaten auswies.", [("RUS", "166", "CZE")]),
    ("Die USA reagierten, indem sie Sanktionen gegen Russland verhängten.", [("USA", "163", "RUS")]),
])
def test_pronoun_of_a_clause_of_manner_is_the_subject_above(text, expected):
    assert _events(text, "de") == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("Marokko setzte die Kontakte zur deutschen Botschaft aus.", "de", [("MAR", "161", "DEU")]),
    ("Israel froze the transfer of tax revenues to the Palestinian Authority.", "en", [("ISR", "162", "PSE")]),
    ("Israel withheld tax revenues from the Palestinian Authority.", "en", [("ISR", "162", "PSE")]),
    ("Israel fror die Überweisung von Steuereinnahmen an die Palästinensische Autonomiebehörde ein.", "de",
     [("ISR", "162", "PSE")]),
    ("Israel hielt die Steuereinnahmen für die Palästinensische Autonomiebehörde zurück.", "de", [("ISR", "162", "PSE")]),
])
def test_contacts_and_revenues_cut(text, lang, expected):
    assert _events(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("Turkey's downgrading of diplomatic relations with Israel drew sharp criticism.", "en", [("TUR", "161", "ISR")]),
    ("Die Herabstufung der Beziehungen zu Israel durch die Türkei stieß auf Kritik.", "de", [("TUR", "161", "ISR")]),
    ("The recall of the Spanish ambassador from Caracas came after weeks of tension.", "en", [("ESP", "161", "VEN")]),
])
def test_punishment_told_by_its_noun(text, lang, expected):
    assert _events(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("Moscow described the Swiss sanctions as theft.", "en", [("RUS", "111", "CHE")]),
    ("Moskau bezeichnete das Einfrieren russischer Vermögen durch die Schweiz als Diebstahl.", "de",
     [("RUS", "111", "CHE")]),
])
def test_act_called_theft(text, lang, expected):
    assert _events(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("Litauen hat seinen Botschafter aus Minsk zurückgerufen. Die Regierung warf Lukaschenko vor, eine Krise "
     "inszeniert zu haben.", "de", [("LTU", "161", "BLR"), ("LTU", "112", "BLR")]),
    ("Lithuania recalled its ambassador from Minsk. The government accused Lukashenko of orchestrating a crisis.",
     "en", [("LTU", "161", "BLR"), ("LTU", "112", "BLR")]),
    ("Litauen hat seinen Botschafter aus Minsk zurückgerufen und zwei belarussische Diplomaten ausgewiesen; die "
     "Regierung warf der Führung von Alexander Lukaschenko vor, eine Krise inszeniert zu haben.", "de",
     [("LTU", "161", "BLR"), ("LTU", "112", "BLR")]),
])
def test_government_acting_on_the_state_named_last_is_the_subject_before(text, lang, expected):
    assert _events(text, lang) == expected


@pytest.mark.parametrize("text, expected", [
    ("Die USA wollen die Hilfe für Ägypten kürzen, eine Entscheidung, die scharfe Kritik der ägyptischen "
     "Regierung hervorrief.", [("USA", "1311", "EGY"), ("EGY", "111", "USA")]),
    ("Kanada will Sanktionen gegen Iran verhängen, ein Schritt, der Empörung in Teheran auslöste.",
     [("CAN", "1312", "IRN"), ("IRN", "111", "CAN")]),
])
def test_reaction_suffered_by_the_act_announced_before(text, expected):
    assert _events(text, "de") == expected
