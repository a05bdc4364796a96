"""A person the dictionaries do not know, named with a title that gives his state and office
("der iranische Botschafter Ali Rezaei"): "er" after him and his bare last name, also in the
genitive ("nach Rezaeis Worten"), refer to that actor, as "der Diplomat" does; a stranger
named with no state ("der Anwalt David Prieth") still refers to no one (sentences written for
these tests)."""
from __future__ import annotations

import pytest

from tests.coded_events import events


@pytest.mark.parametrize("text, expected", [
    ("Der iranische Botschafter Ali Rezaei gab der Zeitung ein Interview. Darin warf er Deutschland "
     "Doppelmoral vor.", ("IRN", "ACCUSE", "DEU")),
    ("Der chinesische Vizeaußenminister Wang Dechun traf am Montag Journalisten in Peking. "
     "Die Gespräche mit Washington seien nach Wangs Worten festgefahren. Zugleich kritisierte er "
     "Japan scharf.", ("CHN", "ACCUSE", "JPN")),
    ("Der ukrainische Generalstaatsanwalt Petro Kowal legte einen Bericht vor. Laut Kowals Angaben "
     "wurden die Akten vernichtet. Er beschuldigte Russland, die Ermittlungen zu behindern.",
     ("UKR", "ACCUSE", "RUS")),
], ids=["er-after-titled", "genitive-surname-then-er", "laut-genitive-then-er"])
def test_er_refers_to_a_titled_stranger(text, expected):
    assert expected in events(text, "de")


def test_a_stranger_with_no_state_is_still_no_one():
    text = ("Kanzlerin Merkel traf den französischen Präsidenten. Der Anwalt David Prieth gab ein "
            "Interview. Darin kritisierte er Frankreich.")
    assert not any(src == "DEU" and kind == "ACCUSE" for src, kind, _ in events(text, "de"))


def test_a_stranger_of_no_public_office_is_still_no_one():
    text = ("Kanzler Scholz besuchte Kiew. Der deutsche Passagier Bernd Albers gab ein Interview. "
            "Darin kritisierte er Russland.")
    assert not any(kind == "ACCUSE" for _, kind, _ in events(text, "de"))


def test_sein_of_an_unnamed_subject_is_not_the_stranger_named_before():
    # the possessive belongs to its clause's subject, whom no actor names here; not to the
    # titled stranger named before it
    text = ("Der französische Botschafter Pierre Lacroix empfing Journalisten. "
            "Der Gast lobte später seine Rede vor der Regierung Italiens.")
    assert not any(src == "FRA" and kind == "SUPPORT" for src, kind, _ in events(text, "de"))


# English offices (words.yaml name_titles), also where the tagger reads the capitalised title as
# part of the name ("Polish Foreign Minister Piotr Kowalski": the run of names begins with it)
@pytest.mark.parametrize("text, expected", [
    ("Polish Foreign Minister Piotr Kowalski arrived in Berlin on Monday. He criticised Russia for the attack.",
     ("POL", "ACCUSE", "RUS")),
    ("Kenyan Interior Minister Joseph Otieno visited the border town on Friday. He accused Somalia of "
     "harbouring militants.", ("KEN", "ACCUSE", "SOM")),
    ("Brazilian Senator Ana Ribeiro spoke in Brasilia on Tuesday. She condemned Argentina over the new tariffs.",
     ("BRA", "ACCUSE", "ARG")),
], ids=["minister", "interior-minister", "senator"])
def test_he_after_an_office_read_as_part_of_the_name_is_that_office(text, expected):
    assert expected in events(text, "en")


def test_he_after_a_coach_is_no_one():
    assert events("Barcelona coach Erik Jansen spoke on Friday. He criticised Spain after the match.", "en") == []


# German offices (words.yaml name_titles, as the English ones above): "er" after a stranger
# named after an office of a state is that office's actor
@pytest.mark.parametrize("text, expected", [
    ("Der polnische Außenminister Piotr Kowalski sprach am Montag in Berlin. Er kritisierte Russland.",
     ("POL", "ACCUSE", "RUS")),
    ("Der ungarische Staatssekretär László Kovács gab am Mittwoch eine Pressekonferenz. Er warf der EU "
     "Erpressung vor.", ("HUN", "ACCUSE", "IGO:EU")),
    ("Der nigerianische Gouverneur Musa Bello besuchte das Flüchtlingslager. Er kritisierte Kamerun scharf.",
     ("NGA", "ACCUSE", "CMR")),
], ids=["aussenminister", "staatssekretaer", "gouverneur"])
def test_er_after_a_german_office_is_that_office(text, expected):
    assert expected in events(text, "de")


def test_er_after_a_club_coach_is_no_one():
    assert events("Der Vereinschef Erik Jansen sprach am Freitag in Madrid. Er kritisierte Spanien.", "de") == []
