"""Known open items in both languages, round 3 (sentences written for these tests, branch art43b):
domestic politics, wrongs of office said of someone and attacks in words.

- A lie, obstruction of justice or an abuse of office said of someone is the speaker's
  accusation of the doer (frames-art43b.yaml, both languages): "Trump said Schiff had lied to
  Congress" USA 111 USA, "Democrats said Trump had obstructed justice" USA 112 USA, "Trump habe
  sein Amt missbraucht" 112; a place that lies somewhere, a convoy obstructed and a person
  abused keep their old readings.
- Undermining a state's position, its constitution, parliament or institutions, an inquiry or an
  election said of someone is the speaker's accusation, as undermining its sovereignty
  (frames-vocab3.yaml, German untergraben in frames-wrongs.yaml).
- Attacked as something ("attacked Senator Romney as a fool") is attacked in words (11,
  frames-senses.yaml), as attacked in a speech.
- Protests, unrest or a campaign that someone is said to have orchestrated or instigated, or to
  be behind, are the speaker's accusation of them (frames-art43b.yaml: orchestrate, instigate,
  inszenieren, anzetteln; "be behind" and "stecken hinter" of frames-vocab5.yaml take protests,
  unrest and campaigns): "Der Kreml erklärte, Washington habe die Proteste inszeniert" was USA
  114 USA, now RUS 112 USA; "Der Iran sagte, die USA steckten hinter den Protesten" was USA 14
  USA. German "sieht die Schuld bei Kiew" is blame (112). Questioning a body's value, fitness or
  integrity is criticism (111), as questioning its legitimacy.
- "took X to court over Y": with a phrase after it the parser reads "court" as the verb of an
  infinitive; after a verb with a direct object, a noun of the lexicon's ``to_nouns`` with no
  object of its own is the noun (``repairs.nouns_read_as_infinitives``): "Britain took Russia to
  court over the poisoning" was no event, now GBR 11 RUS, as without the phrase.
- German "forderte von X Unterlagen an" is a request of X (020, frames-art43b.yaml), as English
  "requested documents from X"; aid and weapons asked for keep 023 and 0232. A danger or a risk
  seen in someone is criticism of them (111, "sehen in Trump eine Gefahr", "sees Russia as a
  danger"), as a threat is.
- Any attack by legislators, parties, the opposition or courts is one of words (111,
  ``coder.UNARMED_SECTORS`` now read by ``_verbal_attack``), the noun too, as the verb's frames say:
  "Pelosi's attack on Trump" was USA 190 USA, "Die Angriffe der SPD auf die Regierung" DEU 190
  DEU; an armed group's attack stays 190.
- Held in contempt of a parliament or a court is a censure (111, frames-art43b.yaml): "The House
  Judiciary Committee voted to hold Barr in contempt of Congress" USA 111 USA (was no event).
- A demand or a request made in a participle after a verb of writing to someone, or of sending
  a message to someone, is aimed at that addressee (``Coder._written_to``, pack
  ``writing_verbs``): "Iran wrote to the United Nations demanding an investigation" IRN 10
  IGO:UN (was no target), "sent a letter to the UN calling for ..."; in German the conjunct
  after "schrieb an" ("Johnson schrieb an die EU und bat um einen Aufschub" GBR 020 IGO:EU).
  A participle whose subject is not the writer's takes no addressee.
"""

from __future__ import annotations

import pytest

from tests.coded_events import triples as _events



@pytest.mark.parametrize("text, lang, expected", [
    ("The Kremlin said the Ukrainian president had lied to the public.", "en", ("RUS", "111", "UKR")),
    ("Nadler said the attorney general had obstructed the investigation.", "en", ("USA", "112", "USA")),
    ("The opposition said Erdogan had abused his powers.", "en", ("TUR", "112", "TUR")),
    ("Moskau erklärte, die ukrainische Regierung habe über den Angriff gelogen.", "de", ("RUS", "111", "UKR")),
    ("Die Opposition sagte, Erdogan habe seine Macht missbraucht.", "de", ("TUR", "112", "TUR")),
])
def test_a_wrong_of_office_said_of_someone_is_the_speakers_accusation(text, lang, expected):
    assert expected in _events(text, lang)


@pytest.mark.parametrize("text, lang", [
    ("The village lies to the north of Kyiv, officials said.", "en"),
    ("Lying is wrong, Trump said.", "en"),
    ("Merkel sagte, Politiker dürften nicht lügen.", "de"),
])
def test_no_accusation_without_a_liar_to_the_public(text, lang):
    assert [e for e in _events(text, lang) if e[1].startswith("11")] == []


@pytest.mark.parametrize("text, lang, expected", [
    ("The Serbian president said Kosovo had undermined the constitution.", "en", ("SRB", "111", "XKX")),
    ("Der serbische Präsident sagte, der Kosovo untergrabe die Verfassung.", "de", ("SRB", "112", "XKX")),
])
def test_undermining_a_constitution_said_of_someone(text, lang, expected):
    assert expected in _events(text, lang)


@pytest.mark.parametrize("text, lang, expected", [
    ("Trump attacked Senator Mitt Romney as a fool.", "en", ("USA", "11", "USA")),
])
def test_an_attack_in_words(text, lang, expected):
    assert _events(text, lang) == [expected]


def test_an_armed_attack_stays_one():
    assert _events("Russische Truppen griffen die ukrainischen Stellungen heftig an.", "de") == [("RUS", "190", "UKR")]


@pytest.mark.parametrize("text, lang, expected", [
    ("Iran wrote to the United Nations demanding an investigation.", "en", ("IRN", "10", "IGO:UN")),
    ("Ukraine wrote to the UN Security Council calling for an emergency meeting.", "en", ("UKR", "02", "IGO:UN")),
    ("Britain wrote to the European Union asking for a delay.", "en", ("GBR", "020", "IGO:EU")),
    ("Cuba sent a letter to the United Nations demanding an end to the embargo.", "en", ("CUB", "10", "IGO:UN")),
    ("Die ukrainische Regierung schrieb an die Vereinten Nationen und forderte eine Untersuchung.", "de",
     ("UKR", "10", "IGO:UN")),
    ("Großbritannien schrieb an die EU und bat um einen Aufschub.", "de", ("GBR", "020", "IGO:EU")),
])
def test_a_demand_after_writing_to_someone_is_aimed_at_the_addressee(text, lang, expected):
    assert _events(text, lang) == [expected]


def test_no_addressee_for_a_participle_of_someone_else():
    # (the parser makes the leaders the subject of "requesting": no request of theirs to themselves)
    assert _events("Johnson wrote to EU leaders requesting a Brexit extension.", "en") == []


@pytest.mark.parametrize("text, lang, expected", [
    ("The Kremlin said Washington had orchestrated the protests.", "en", [("RUS", "112", "USA")]),
    ("Russia said Britain was behind the disinformation campaign.", "en", [("RUS", "112", "GBR")]),
    ("Iran said the United States was behind the protests.", "en", [("IRN", "112", "USA")]),
    ("Der Kreml erklärte, Washington habe die Proteste inszeniert.", "de", [("RUS", "112", "USA")]),
    ("Der Iran sagte, die USA steckten hinter den Protesten.", "de", [("IRN", "112", "USA")]),
    ("Der Iran erklärte, die USA steckten hinter den Unruhen.", "de", [("IRN", "112", "USA")]),
    ("Moskau sieht die Schuld bei Kiew.", "de", [("RUS", "112", "UKR")]),
    ("Trump questioned NATO's value.", "en", [("USA", "111", "IGO:NATO")]),
])
def test_unrest_said_to_be_stirred_up_and_blame_seen(text, lang, expected):
    assert _events(text, lang) == expected


def test_protests_staged_by_their_own_people_stay_protests():
    assert _events("Opposition supporters staged protests against the Serbian government.", "en") == [("SRB", "14", "SRB")]


@pytest.mark.parametrize("text, expected", [
    ("Britain took Russia to court over the poisoning.", [("GBR", "11", "RUS")]),
    ("Mexico took the United States to court over the tariffs.", [("MEX", "11", "USA")]),
    ("Ukraine took Russia to court.", [("UKR", "11", "RUS")]),
])
def test_taken_to_court_over_something(text, expected):
    assert _events(text, "en") == expected


def test_a_verb_court_keeps_its_object():
    assert _events("Russia tried to court Turkey with cheap gas.", "en") == []


@pytest.mark.parametrize("text, lang, expected", [
    ("Das Repräsentantenhaus forderte vom Weißen Haus Unterlagen an.", "de", [("USA", "020", "USA")]),
    ("Bulgarien forderte bei der EU Hilfe an.", "de", [("BGR", "023", "IGO:EU")]),
    ("Polen sieht in Russland eine Gefahr für Europa.", "de", [("POL", "111", "RUS")]),
    ("Poland sees Russia as a danger to Europe.", "en", [("POL", "111", "RUS")]),
])
def test_documents_asked_for_and_a_danger_seen(text, lang, expected):
    assert _events(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("Pelosi's attack on Trump drew applause from Democrats.", "en", [("USA", "111", "USA")]),
    ("Labour's attack on the British government was fierce.", "en", [("GBR", "111", "GBR")]),
    ("Die Angriffe der SPD auf die Regierung wurden schärfer.", "de", [("DEU", "111", "DEU")]),
])
def test_an_attack_by_the_unarmed_is_one_of_words(text, lang, expected):
    assert _events(text, lang) == expected


def test_an_armed_groups_attack_stays_one():
    assert _events("Hamas attacked Israeli towns.", "en") == [("PSE", "190", "ISR")]


@pytest.mark.parametrize("text, expected", [
    ("The House Judiciary Committee voted to hold Barr in contempt of Congress.", [("USA", "111", "USA")]),
    ("A Kenyan court held Kenya's interior minister in contempt of court.", [("KEN", "111", "KEN")]),
])
def test_held_in_contempt(text, expected):
    assert _events(text, "en") == expected
