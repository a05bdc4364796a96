"""German constructions that carry events in news and in translated news (sentences written for
these tests, branch art30b).

- Extended attributes (Partizipialattribute): a weak participle in -te that ends an attribute
  opened by a determiner and a preposition ("Die von Russland unterstützte Regierung in Minsk")
  is an adjective, not the clause's finite verb, though it is spelt as the past tense; the verb of
  the clause is the one after the noun, also where the tagger read that one as an adjective ("Das
  von Moskau finanzierte Regime verhaftete Oppositionelle", "Die von den USA angeführte Koalition
  bombardierte ...").
- A weak past after a subject with its place phrase ("Die Polizei in Minsk verhaftete
  Oppositionelle") is the finite verb; an attribute with no determiner ("in von Rebellen
  kontrollierten Gebieten") stays an attribute.
- Participles of a standing tie in such an attribute ("die vom Iran unterstützten Rebellen",
  "das von Moskau finanzierte Regime") tell who the group is, no act: no support or aid coded
  (lexicon ``describing_participles``); participles of acts ("die von der EU verhängten
  Sanktionen") still code theirs.
- Two names side by side in the middle field, a country by its name and then another name ("Laut
  Kiew griff Russland Charkiw an"), are two phrases, the doer and the place attacked; names the
  dictionary knows as one ("Israel Katz") and a seat before a name ("die Washington Post") stay one.
- An event noun in front of a verb of judging or answering, with a phrase after the verb that may
  be a subject too, is the object put first ("Die Forderung Trumps wies die Nato zurück": NATO
  rejects, not the demand; lexicon ``judging_verbs``); a judge in front stays the subject.
- Funktionsverbgefüge (de/frames-art30b.yaml): an agreement "außer Kraft gesetzt" is suspended (160),
  not signed; "traten in Verhandlungen ein" is negotiating (046); "trat mit X in Kontakt", "setzte
  sich mit X in Verbindung" consult X (040); a constitution put out of force is no such event.
- "Kritik von X an Y", "Kritik seitens X an Y": a von- or seitens-phrase right after the noun
  names the critic (the frame's source, as a possessor); one after another noun ("Kritik an der
  Festnahme von Oppositionellen") names none.
- "beide Seiten", "both sides" after two parties named together as the subject of a clause that
  names a third party (allies acting together: "Deutschland und die Niederlande sagten der Ukraine
  Systeme zu") refer to no one, not to those allies; after two that fought or met, to them.
- English as translated German: a participle of a standing tie after a group with its "by" agent
  ("rebels backed by Iran", en lexicon ``describing_participles``) codes no support either (it was
  IRN 05 IRN); "forces led by the United States" still names American forces.
"""
from __future__ import annotations

import pytest

from tests.coded_events import coded


def _triples(text: str, lang: str = "de") -> list[tuple[str, str, str]]:
    return [e[:3] for e in coded(text, lang)]


@pytest.mark.parametrize("text, expected", [
    ("Die von Russland unterstützte Regierung in Minsk verhaftete zahlreiche Oppositionelle.", ("BLR", "173", "BLR")),
    ("Das von Moskau finanzierte Regime in Minsk verhaftete Oppositionelle.", ("BLR", "173", "BLR")),
    ("Die von den USA angeführte Koalition bombardierte Stellungen der Taliban in Afghanistan.", ("USA", "195", "AFG")),
    ("Die Polizei in Minsk verhaftete Oppositionelle.", ("BLR", "173", "BLR")),
])
def test_the_verb_after_an_extended_attribute_is_the_clause_verb(text, expected):
    assert expected in _triples(text)


@pytest.mark.parametrize("text", [
    "Die von Russland unterstützte Regierung in Minsk wies die Vorwürfe zurück.",
    "Die vom Iran unterstützten Rebellen griffen die Stadt an.",
    "Kämpfer der von der Türkei unterstützten Miliz griffen kurdische Stellungen an.",
    "Das von Moskau finanzierte Regime in Minsk verhaftete Oppositionelle.",
])
def test_a_standing_tie_in_an_attribute_is_no_event(text):
    assert not [t for t in _triples(text) if t[1].startswith(("05", "07"))]


def test_an_act_in_an_attribute_is_still_coded():
    assert ("IGO:EU", "163", "RUS") in _triples("Die von der EU verhängten Sanktionen gegen Russland wurden verlängert.")


@pytest.mark.parametrize("text, expected", [
    ("Laut dem ukrainischen Militär griff Russland Charkiw mit Drohnen an.", ("RUS", "190", "UKR")),
    ("Laut Kiew griff Russland Charkiw an.", ("RUS", "190", "UKR")),
])
def test_a_country_then_a_town_are_two_phrases(text, expected):
    assert expected in _triples(text)


def test_a_known_name_of_two_words_stays_one():
    assert ("ISR", "042", "DEU") in _triples("Am Montag besuchte Israel Katz Berlin.")


@pytest.mark.parametrize("text, expected", [
    ("Die Forderung Trumps wies die Nato zurück.", ("IGO:NATO", "12", "USA")),
    ("Die Angriffe Russlands verurteilte die Nato scharf.", ("IGO:NATO", "111", "RUS")),
    ("Die Forderung der USA lehnte die Türkei ab.", ("TUR", "12", "USA")),
])
def test_an_event_noun_in_front_of_a_judging_verb_is_its_object(text, expected):
    assert expected in _triples(text)


def test_a_judge_in_front_stays_the_subject():
    assert ("IGO:EU", "111", "RUS") in _triples("Die EU verurteilte die Angriffe Russlands scharf.")


@pytest.mark.parametrize("text, expected", [
    ("Die EU setzte das Abkommen mit Russland außer Kraft.", ("IGO:EU", "160", "RUS")),
    ("Israel und die Hamas traten in indirekte Verhandlungen ein.", ("ISR+PSE", "046", "ISR+PSE")),
    ("Der ukrainische Außenminister trat mit seinem türkischen Amtskollegen in Kontakt.", ("UKR", "040", "TUR")),
    ("Der ukrainische Außenminister setzte sich mit seinem türkischen Amtskollegen in Verbindung.", ("UKR", "040", "TUR")),
])
def test_light_verb_constructions(text, expected):
    assert expected in _triples(text)


def test_an_agreement_put_out_of_force_is_no_agreement_signed():
    assert not [t for t in _triples("Die EU setzte das Abkommen mit Russland außer Kraft.") if t[1] == "057"]


@pytest.mark.parametrize("text", [
    "Rebels backed by Iran attacked the city.",
    "Separatists supported by Russia shelled Ukrainian positions.",
    "Fighters of a militia funded by Turkey attacked Kurdish positions.",
])
def test_a_standing_tie_after_an_english_group_is_no_event(text):
    assert not [t for t in _triples(text, "en") if t[1].startswith(("05", "07"))]


def test_forces_led_by_a_state_are_its_own():
    assert ("USA", "190", "SYR") in _triples("Forces led by the United States attacked the town of Raqqa.", "en")


@pytest.mark.parametrize("text, expected", [
    ("Kritik von der EU an Russland ließ nicht lange auf sich warten.", ("IGO:EU", "111", "RUS")),
    ("Kritik seitens der USA an China gab es auch.", ("USA", "111", "CHN")),
])
def test_the_critic_right_after_the_noun(text, expected):
    assert expected in _triples(text)


def test_a_von_phrase_of_another_noun_is_no_critic():
    assert not [t for t in _triples("Die Kritik an der Festnahme von Oppositionellen in Russland wächst.")
                if t[1] == "111"]


def test_allies_who_acted_together_are_not_both_sides():
    text = ("Russland griff die Ukraine erneut an. Deutschland und die Niederlande sagten der Ukraine zusätzliche "
            "Systeme zu. Guterres rief beide Seiten zur Zurückhaltung auf.")
    assert not [t for t in _triples(text) if t[1] == "0256" and "DEU" in t[2]]


def test_parties_that_fought_are_both_sides():
    text = "Russland und die Ukraine lieferten sich schwere Kämpfe. Guterres rief beide Seiten zur Zurückhaltung auf."
    assert ("IGO:UN", "0256", "RUS+UKR") in _triples(text)
