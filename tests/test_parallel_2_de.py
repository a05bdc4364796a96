"""German wordings the English side of parallel articles codes and the German did not, or coded
as done where English does not (tests/frame_sentences/*-parallel-2.txt hold the frames' sentences).

- A von-phrase after a phrase of place that ends in a name is the agent of a passive, not an
  attribute of the name ("wurde in Caracas von Soldaten angegriffen", "im Südwesten Chinas von"), so a doer that is no actor ("von einem Hund")
  is named and the act is not put down to an unknown perpetrator; a common noun of place still
  takes its von-phrase ("im Süden von Syrien getötet").
- An agent that names only an unknown perpetrator ("von Unbekannten erschossen") is no one
  named, as no agent is.
- A noun phrase and a "participle" with no other verb before the comma of a zu- or dass-clause
  hold the plural past of a verb whose past has the participle's form ("Die USA beschlossen, ...
  zu verhängen").
- An object pronoun of a plural or a feminine ("sie", "diese") of a clause that goes on from
  another with its subject (coordinated, or "um ... zu") refers to that clause's object ("rief
  die Senatoren an und überzeugte sie"), as English "them" does.
- Anschuldigung and Beschuldigung are event nouns as Vorwurf is, so the accusation a denial
  names by the participle of its making is coded ("wies die von Russland erhobene
  Anschuldigung zurück"), as English "denied an allegation from ..." is.
- Coordinated zu-infinitives after "um" are two clauses of purpose ("um die Senatoren anzurufen
  und diese davon zu überzeugen"), the second one's object pronoun the first one's object.
- The zu-infinitive of a noun of will with no owner named ("begrüßte die Entscheidung, die
  Sanktionen aufzuheben") is not the subject's act unless the verb makes the subject its owner
  (lexicon owning_verbs: "traf die Entscheidung", "bekräftigte die Bereitschaft"); the tagger's
  old spelling "Beschluß" is a control noun too.
"""
from __future__ import annotations

import pytest

from tests.coded_events import coded


@pytest.mark.parametrize("text, event", [
    # each was coded with an unknown source or not at all before
    ("Der Oppositionsführer wurde in Caracas von Soldaten angegriffen.", ("VEN", "190", "VEN", "asserted")),
    ("Merkel wurde am Montag in Paris von Macron empfangen.", ("FRA", "043", "DEU", "asserted")),
], ids=["angegriffen-in-caracas-von", "empfangen-in-paris-von"])
def test_von_phrase_after_a_place_name_is_the_agent(text: str, event: tuple[str, str, str, str]) -> None:
    assert event in coded(text, "de")


@pytest.mark.parametrize("text", [
    # each was an assault or killing by an unknown actor before
    "Ein Bauer wurde in China von einem Hund angegriffen.",
    "Ein Tourist wurde in Kanada von einem Bären getötet.",
    "Ein Bauer wurde auf einem Markt im Südwesten Chinas von einem Schwein angegriffen.",
], ids=["hund", "bär", "schwein-nach-genitiv"])
def test_harm_done_by_an_animal_after_a_place_name_is_no_act(text: str) -> None:
    assert coded(text, "de") == []


@pytest.mark.parametrize("text, event", [
    ("Drei Soldaten wurden im Süden von Syrien getötet.", ("UNK", "18", "SYR", "asserted")),
    ("Drei Soldaten wurden in der Nähe von Kabul getötet.", ("UNK", "18", "AFG", "asserted")),
], ids=["süden-von", "nähe-von"])
def test_a_noun_of_place_keeps_its_von_phrase(text: str, event: tuple[str, str, str, str]) -> None:
    assert event in coded(text, "de")


def test_an_unknown_agent_is_no_one_named() -> None:
    # coded so before, as an unknown agent read as an attribute of the place; read as the agent now,
    # it still names no one
    assert ("UNK", "18", "AFG", "asserted") in coded("Drei Menschen wurden in Kabul von Unbekannten erschossen.", "de")


@pytest.mark.parametrize("text, event", [
    # nothing was coded before: the plural past read as a participle left the clause without its verb
    ("Die USA beschlossen, ihre Diplomaten aus Moskau abzuziehen.", ("USA", "161", "RUS", "asserted")),
    ("Die USA beschlossen, Sanktionen gegen Russland zu verhängen.", ("USA", "163", "RUS", "asserted")),
    ("Die USA entschieden, ihre Diplomaten aus Moskau abzuziehen.", ("USA", "161", "RUS", "asserted")),
], ids=["beschlossen-abziehen", "beschlossen-verhängen", "entschieden-abziehen"])
def test_a_plural_past_in_the_form_of_the_participle_is_the_verb(text: str, event: tuple[str, str, str, str]) -> None:
    assert event in coded(text, "de")


@pytest.mark.parametrize("text, event", [
    # the pronoun named no one before: the second act had no target
    ("Bush rief die Senatoren an und überzeugte sie, Kavanaugh zu unterstützen.", ("USA", "02", "USA", "asserted")),
    ("Merkel traf die Gewerkschafter und forderte sie auf, den Streik zu beenden.", ("DEU", "10", "DEU", "asserted")),
    ("Putin empfing die Gesandten der Taliban, um sie davon zu überzeugen, den Krieg zu beenden.",
     ("RUS", "02", "AFG", "asserted")),
], ids=["und-überzeugte-sie", "und-forderte-sie-auf", "um-sie-zu-überzeugen"])
def test_an_object_pronoun_of_a_clause_going_on_is_the_others_object(text: str, event: tuple[str, str, str, str]) -> None:
    assert event in coded(text, "de")


def test_no_sie_for_a_masculine_object() -> None:
    assert coded("Merkel traf den Präsidenten und überzeugte sie, den Streik zu beenden.", "de") == [
        ("DEU", "040", "DEU", "asserted")]


@pytest.mark.parametrize("text, event", [
    # nothing was coded before: the accusation noun with only its participle made no clause
    ("Die Ukraine wies die von Russland erhobene Anschuldigung zurück.", ("RUS", "112", "UKR", "asserted")),
    ("Kavanaugh wies die von Trump erhobene Anschuldigung zurück.", ("USA", "112", "USA", "asserted")),
    ("Die Regierung in Caracas wies die von Kolumbien erhobenen Beschuldigungen zurück.", ("COL", "112", "VEN", "asserted")),
], ids=["anschuldigung-russland", "anschuldigung-trump", "beschuldigungen"])
def test_a_denied_accusation_made_by_someone_named_is_theirs(text: str, event: tuple[str, str, str, str]) -> None:
    assert event in coded(text, "de")


def test_an_accusation_with_no_one_named_is_no_event() -> None:
    assert coded("Die Anschuldigungen wiegen schwer.", "de") == []


@pytest.mark.parametrize("text, events", [
    # one clause before, of the last verb with both objects: no call, and no one persuaded
    ("Bush griff zum Telefon, um die Senatoren anzurufen und diese davon zu überzeugen, Kavanaugh zu unterstützen.",
     [("USA", "041", "USA", "asserted"), ("USA", "02", "USA", "asserted")]),
    ("Merkel griff zum Telefon, um Macron anzurufen und ihn davon zu überzeugen, die Sanktionen zu verlängern.",
     [("DEU", "041", "FRA", "asserted"), ("DEU", "02", "FRA", "asserted")]),
], ids=["anrufen-und-überzeugen", "anrufen-und-ihn-überzeugen"])
def test_coordinated_infinitives_of_purpose_are_two_clauses(text: str, events: list[tuple[str, str, str, str]]) -> None:
    assert coded(text, "de") == events


@pytest.mark.parametrize("text, events", [
    ("Die UN schickten Truppen nach Mali, um Frieden und Stabilität zu schaffen.", [("IGO:UN", "154", "", "asserted")]),
    # what a threat says stays one threat (the two infinitives are two clauses now, each with its
    # own phrases, so Russia is named once, not once from each)
    ("Die EU drohte, Sanktionen gegen Russland zu verhängen und die Gespräche mit Moskau abzubrechen.",
     [("IGO:EU", "13", "RUS", "asserted")]),
], ids=["nouns-coordinated", "governed-infinitives"])
def test_other_coordinations_in_infinitives_stay_one_clause(text: str, events: list[tuple[str, str, str, str]]) -> None:
    assert coded(text, "de") == events


@pytest.mark.parametrize("text", [
    # each was coded as the subject's own act before (085, 163)
    "Die EU begrüßte die Entscheidung, die Sanktionen gegen Russland aufzuheben.",
    "Frankreich unterstützt den Beschluss, Sanktionen gegen den Iran zu verhängen.",
], ids=["begrüßte-entscheidung", "unterstützt-beschluss"])
def test_the_infinitive_of_a_noun_of_will_no_one_owns_is_not_the_subjects_act(text: str) -> None:
    assert coded(text, "de") == []


@pytest.mark.parametrize("text, event", [
    ("Russland bekräftigte die Bereitschaft, mit der Ukraine zu verhandeln.", ("RUS", "036", "UKR", "intent")),
    ("Die USA kritisierten die Entscheidung El Salvadors, Taiwan nicht länger anzuerkennen.", ("USA", "111", "SLV", "asserted")),
], ids=["bekräftigte-bereitschaft", "owner-named"])
def test_a_noun_of_will_the_subject_or_a_named_owner_has_stays(text: str, event: tuple[str, str, str, str]) -> None:
    assert event in coded(text, "de")
