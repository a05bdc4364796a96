"""Branch s20a: investigations named by what or whom they look into (sentences written for these
tests).

- German investigation nouns and the verb take the one looked into after "zu" as English
  "investigation into" does ("Ermittlungen der Polizei zum Tod des Häftlings", "ermittelt zum
  Tod des Journalisten"), and the noun after "wegen" as the verb does ("Ermittlungen wegen des
  Todes eines Demonstranten").
- An investigation "in the case of" someone, German "im Fall", is one of them (090): English
  investigation, probe, inquiry, German Ermittlung, Untersuchung and ermitteln; not a place ("in
  Berlin") nor a case that is no one's ("in case of an attack", "Untersuchung zu Migranten" is
  a study).
- A deal reached is an agreement (03) in German as in English "reached a deal, an agreement":
  "erzielen" and "erreichen" with Vereinbarung, Abkommen, Deal, Handelsabkommen, Abmachung, as
  with Einigung; not when the deal is the subject ("Das Abkommen erreichte sein Ziel nicht").
- What is welcomed or rejected may be named by where it comes from: "begrüßte den Vorschlag aus
  London", "lehnte das Angebot aus Ankara ab", "welcomed the offer from Pyongyang", as
  "zurückweisen" and English "reject" already read it; the object's own actor comes first.
"""

from __future__ import annotations

import pytest

from tests.coded_events import sectored, triples


@pytest.mark.parametrize("text, lang, expected", [
    ("Die Ermittlungen der ungarischen Polizei zum Tod eines rumänischen Lastwagenfahrers dauern an.", "de",
     ("HUN/COP", "09", "ROU/CVL")),
    ("Die Ermittlungen der griechischen Polizei zu dem albanischen Bürgermeister laufen seit Mai.", "de",
     ("GRC/COP", "09", "ALB/GOV")),
    ("Die slowakische Polizei ermittelt zum Tod eines ungarischen Journalisten.", "de", ("SVK/COP", "09", "HUN/MED")),
    ("Ermittlungen der bulgarischen Staatsanwaltschaft wegen des Todes einer ukrainischen Journalistin kommen kaum voran.", "de",
     ("BGR/JUD", "09", "UKR/MED")),
])
def test_investigations_into_someone_or_their_death_are_theirs(text, lang, expected):
    assert expected in sectored(text, lang)


@pytest.mark.parametrize("text, lang, expected", [
    ("Die Ermittlungen der maltesischen Polizei im Fall der getöteten Bloggerin kommen voran.", "de", ("MLT/COP", "090", "MLT/MED")),
    ("Die Untersuchung der Polizei im Fall des vermissten polnischen Journalisten dauert an.", "de", ("POL/COP", "090", "POL/MED")),
    ("Die rumänische Staatsanwaltschaft ermittelt im Fall des verschwundenen moldauischen Oppositionellen.", "de",
     ("ROU/JUD", "090", "MDA/OPP")),
    ("The investigation by Maltese police in the case of the murdered blogger is making progress.", "en",
     ("MLT/COP", "090", "MLT/MED")),
    ("A Turkish probe in the case of the missing Saudi reporter found no trace of him.", "en", ("TUR/GOV", "090", "SAU/MED")),
    ("The Polish inquiry in the case of the Ukrainian lorry driver continues.", "en", ("POL/GOV", "090", "UKR/CVL")),
])
def test_an_investigation_in_someones_case_is_of_them(text, lang, expected):
    assert expected in sectored(text, lang)


@pytest.mark.parametrize("text, lang", [
    ("Die Ermittlungen der Polizei in Berlin dauern an.", "de"),
    ("Die Polizei ermittelt zu den Hintergründen der Tat in Wien.", "de"),
    ("Eine Untersuchung der Universität Wien zu Migranten aus Syrien erschien am Montag.", "de"),
    ("Im Fall eines Angriffs würde die Polizei in Dresden ermitteln.", "de"),
    ("In case of an attack, the investigation in Dresden would be led by the German police.", "en"),
    ("The police investigation in Kenya continues.", "en"),
])
def test_no_investigation_of_a_place_a_topic_or_a_mere_case(text, lang):
    assert not [e for e in triples(text, lang) if e[1].startswith("09") and e[2] not in ("", "UNK")]


@pytest.mark.parametrize("text, expected", [
    ("Chile und Peru erzielten am Montag eine Vereinbarung über die Fischerei.", ("CHL+PER", "03", "CHL+PER")),
    ("Japan erzielte mit Australien einen Deal über Flüssiggas.", ("JPN", "03", "AUS")),
    ("Vietnam und Südkorea erzielten ein neues Handelsabkommen.", ("VNM+KOR", "03", "VNM+KOR")),
    ("Kenia erreichte mit Äthiopien eine Abmachung über den Grenzverkehr.", ("KEN", "03", "ETH")),
    ("Marokko und Spanien erreichten eine Vereinbarung über die Rücknahme von Migranten.", ("MAR+ESP", "03", "MAR+ESP")),
])
def test_a_deal_reached_is_an_agreement(text, expected):
    assert [e for e in triples(text, "de") if e[0] == expected[0] and e[1].startswith(expected[1]) and e[2] == expected[2]]


@pytest.mark.parametrize("text", [
    "Das Abkommen zwischen Chile und Peru erreichte sein Ziel nicht.",
    "Die Vereinbarung mit Japan erzielte in Australien kaum Wirkung.",
])
def test_no_agreement_when_the_deal_is_the_subject(text):
    assert not [e for e in triples(text, "de") if e[1].startswith("03")]


@pytest.mark.parametrize("text, lang, expected", [
    ("Die norwegische Regierung begrüßte den Vorschlag aus Stockholm.", "de", ("NOR", "051", "SWE")),
    ("Athen begrüßte am Freitag die Initiative aus Skopje.", "de", ("GRC", "051", "MKD")),
    ("Zypern lehnte das Angebot aus Ankara ab.", "de", ("CYP", "12", "TUR")),
    ("Die lettische Regierung lehnte die Forderung aus Moskau entschieden ab.", "de", ("LVA", "12", "RUS")),
    ("The Norwegian government welcomed the proposal from Stockholm.", "en", ("NOR", "051", "SWE")),
    ("Athens welcomed the initiative from Skopje on Friday.", "en", ("GRC", "051", "MKD")),
])
def test_what_is_welcomed_or_rejected_is_named_by_where_it_comes_from(text, lang, expected):
    assert expected in triples(text, lang)


@pytest.mark.parametrize("text, lang, expected", [
    ("Die Regierung in Oslo begrüßte den Vorschlag der schwedischen Regierung aus dem Mai.", "de", ("NOR", "051", "SWE")),
    ("The Norwegian government welcomed the Swedish proposal from May.", "en", ("NOR", "051", "SWE")),
])
def test_the_objects_own_actor_comes_before_where_it_comes_from(text, lang, expected):
    assert expected in triples(text, lang)
