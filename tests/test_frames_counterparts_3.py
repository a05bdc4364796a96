"""German counterparts of the English recall frames (../chronist/lang/en/frames-recall-en.yaml and the
vocabulary around them), with sentences written for these tests: protesters who clash with the
police riot; custody held or kept; condemning adjectives; promised retaliation; leading a protest
march; opposition declared. Each behaviour case coded otherwise before; the guards did not change."""
from __future__ import annotations

import pytest

from tests.coded_events import coded, events


@pytest.mark.parametrize("text, expected", [
    ("In Teheran lieferten sich Demonstranten Straßenschlachten mit der Polizei.", ("IRN", "PROTEST", "IRN")),
    ("Regierungsgegner lieferten sich in Caracas heftige Auseinandersetzungen mit Sicherheitskräften.",
     ("VEN", "PROTEST", "VEN")),
    ("In Nairobi kam es zu Zusammenstößen zwischen Demonstranten und der Polizei.", ("KEN+KEN", "PROTEST", "KEN+KEN")),
    ("In Chile kam es zu Zusammenstößen zwischen Studenten und der Polizei.", ("CHL+CHL", "PROTEST", "CHL+CHL")),
    ("In Kairo kam es zu Auseinandersetzungen zwischen Demonstranten und der Polizei.", ("EGY+EGY", "PROTEST", "EGY+EGY")),
    ("Hunderte Demonstranten gerieten in Hongkong mit der Polizei aneinander.", ("HKG", "PROTEST", "HKG")),
    ("Demonstranten stießen in Minsk mit Polizisten zusammen.", ("BLR", "PROTEST", "BLR")),
    ("Demonstranten blendeten Polizisten in Hongkong mit Laserpointern.", ("HKG", "PROTEST", "HKG")),
], ids=["strassenschlachten", "auseinandersetzungen", "zusammenstoesse-zwischen", "zwischen-studenten",
        "auseinandersetzungen-zwischen", "aneinandergeraten",
        "zusammenstossen", "blenden"])
def test_protesters_who_clash_with_the_police_riot(text, expected):
    assert events(text, "de") == [expected]


@pytest.mark.parametrize("text, expected", [
    ("Die Rebellen lieferten sich Kämpfe mit der sudanesischen Armee.", "ASSAULT"),
    ("Syrische Rebellen stießen mit Regierungstruppen zusammen.", "ASSAULT"),
], ids=["rebels-fight", "rebels-clash"])
def test_armed_sides_that_clash_still_fight(text, expected):
    assert [e[1] for e in events(text, "de")] == [expected]


@pytest.mark.parametrize("text", [
    "Zwei Züge stießen in Bayern zusammen.",
    "Die Sonne blendete die Autofahrer in Bayern.",
    "Die Bundesregierung lieferte sich eine Auseinandersetzung mit der Polizeigewerkschaft.",
    "Der afghanische Präsident hielt eine Rede im Gefängnis von Kabul.",
    "Der afghanische Präsident hielt nach seiner Haft eine Rede in Kabul.",
    "Der Kanzler hält an seinen Plänen fest.",
    "Im Bundestag kam es zu Auseinandersetzungen zwischen der Regierung und der Opposition.",
    "In Berlin kam es zu Auseinandersetzungen zwischen Aktivisten und der Bundesregierung.",
], ids=["trains", "sun", "government-dispute", "speech-in-prison", "speech-after-prison", "festhalten-an",
        "parliament-dispute", "activists-dispute"])
def test_no_riot_nor_detention_in_ordinary_uses(text):
    assert events(text, "de") == []


@pytest.mark.parametrize("text, expected", [
    ("Die ägyptischen Behörden halten den Aktivisten seit zwei Jahren in Haft.", ("EGY", "173", "EGY", "asserted")),
    ("Die chinesischen Behörden behielten den kanadischen Geschäftsmann in Untersuchungshaft.",
     ("CHN", "173", "CAN", "asserted")),
    ("Die nigerianische Polizei hat zwei Verdächtige in Gewahrsam.", ("NGA", "173", "NGA", "asserted")),
    ("Die belarussische Polizei nahm 20 Demonstranten zur Befragung mit.", ("BLR", "173", "BLR", "asserted")),
], ids=["in-haft-halten", "in-untersuchungshaft-behalten", "in-gewahrsam-haben", "zur-befragung-mitnehmen"])
def test_holding_someone_in_custody_is_a_detention(text, expected):
    assert coded(text, "de") == [expected]


@pytest.mark.parametrize("text, expected", [
    ("Der ungarische Ministerpräsident nannte die EU-Kommission undemokratisch.", ("HUN", "ACCUSE", "IGO:EU")),
    ("Der türkische Außenminister sagte, die griechische Regierung sei parteiisch.", ("TUR", "ACCUSE", "GRC")),
    ("Der iranische Außenminister nannte die US-Regierung verlogen und arrogant.", ("IRN", "ACCUSE", "USA")),
], ids=["undemokratisch", "parteiisch", "verlogen"])
def test_a_condemning_word_said_of_someone_accuses_them(text, expected):
    assert events(text, "de") == [expected]


@pytest.mark.parametrize("text, expected", [
    ("Das russische Außenministerium versprach Vergeltungsmaßnahmen gegen Großbritannien.",
     ("RUS", "13", "GBR", "intent")),
    ("Der Iran versprach Vergeltung gegen Israel.", ("IRN", "13", "ISR", "intent")),
], ids=["vergeltungsmassnahmen", "vergeltung"])
def test_promised_retaliation_is_a_threat(text, expected):
    assert coded(text, "de") == [expected]


def test_a_promised_rematch_is_no_threat():
    assert [e[1] for e in coded("Der Trainer versprach den Fans Revanche für die Niederlage gegen Bayern.", "de")] \
        != ["13"]


@pytest.mark.parametrize("text, expected", [
    ("Serbische Studenten führten einen Protestzug gegen die Regierung an.", ("SRB", "PROTEST", "SRB")),
    ("Die georgische Opposition führte eine Großdemonstration in Tiflis an.", ("GEO", "PROTEST", "GEO")),
], ids=["protestzug", "grossdemonstration"])
def test_leading_a_protest_is_protesting(text, expected):
    assert events(text, "de") == [expected]


def test_a_government_leading_a_march_of_mourning_protests_not():
    assert events("Der französische Präsident führte den Trauermarsch in Paris an.", "de") == []


@pytest.mark.parametrize("text, expected", [
    ("Der polnische Präsident bekräftigte seinen Widerstand gegen die EU.", ("POL", "REJECT", "IGO:EU")),
    ("Der türkische Präsident erneuerte seinen Widerstand gegen Schweden.", ("TUR", "REJECT", "SWE")),
], ids=["bekraeftigte-widerstand", "erneuerte-widerstand"])
def test_declared_opposition_is_a_rejection(text, expected):
    assert events(text, "de") == [expected]
