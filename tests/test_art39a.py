"""Frequent German verbs that had no frame, and their conditions (sentences written for these
tests, branch art39a; frames in chronist/lang/de/frames-art39a.yaml).

- Conditional frames fire only in the political sense: "einschließen" is a siege only with soldiers
  or rebels as subject ("Die Sanktionsliste schließt chinesische Firmen ein" is none);
  "verfolgen" is persecution only of opponents, journalists or minorities ("verfolgt das Ziel",
  "verfolgte die Täter" are none); "tauschen" is a prisoner exchange only with prisoners as object;
  "rauswerfen", "hinauswerfen", "rausschmeißen" expel only diplomats; "einfallen" is an invasion
  only into a state named after "in" ("Dazu fiel der Regierung nichts ein" is none); "absetzen" a
  coup only by soldiers or rebels ("Der Bundestag setzte die Debatte ab" is none); "erwidern" is
  returning fire only with fire or shelling as object ("erwiderte den Angriff der Opposition mit
  scharfen Worten" is none); "zurückholen" recalls only an ambassador or diplomat ("holte deutsche
  Staatsbürger aus dem Sudan zurück" is an evacuation, none); "konfrontieren" accuses only "mit
  Vorwürfen", and only with an object ("ist mit der Anschuldigung ... konfrontiert" names no
  accuser); "aushändigen" hands over only hostages, prisoners or remains.
- A killing of oneself is a suicide, no event (lexicon ``reflexive_senses``): "erhängte sich in
  seiner Zelle", "erschoss sich", "tötete sich", "brachte sich um"; one of oneself and others is
  a killing of the others ("tötete sich und zwanzig Soldaten").
- "beleidigen" is an insult between actors (111) only with an office holder or a government as
  subject ("Der Satiriker Böhmermann beleidigte den türkischen Präsidenten" is none).
- "übereinkommen" is an agreement like "sich einigen" (03), and what is agreed is its content, not
  an act done: "kamen überein, Gefangene auszutauschen" is an agreement to release prisoners (0353),
  no exchange (was 0841 asserted).
- "verdrängen" is military force (190) and "bedrängen" harassment (17) only with soldiers, rebels,
  warships or a coast guard as subject ("Billigimporte aus China verdrängen deutsche Hersteller",
  "Die AfD verdrängte die CDU vom ersten Platz" are none).
- "sich mit einer Bitte an X wenden" is an appeal to X (020), and the help asked for is no aid given
  (was also 07 "UKR gives the UN aid"); "befreien" releases (0841) only prisoners or hostages freed by a
  government or a court ("Die israelische Armee befreite vier Geiseln" is a rescue, none).
- "eingreifen" is a military intervention (190) only with soldiers as subject ("Die Polizei griff in
  Berlin ein", "Die Europäische Zentralbank griff in den Markt in Italien ein" are none).
- "befragen", "vernehmen" are an investigation (09) only by police, prosecutors or judges ("Das
  Institut befragte 1000 Deutsche" is a poll, none); "erinnern" is an appeal (02) only to keep an
  obligation or a promise ("erinnerte an die Opfer", "erinnerte die Deutschen an die Pandemie" are
  none).
- "verleihen" honours (051) only with a prize or an order as object ("verlieh dem Gesetz
  Nachdruck" is none); "schützen" is military protection (074) only with soldiers as subject ("Das
  Gesetz schützt die Rechte von Minderheiten" is none); "widersprechen" rejects (12) only an actor
  ("widersprach den Berichten" is none).
- "begegnen" is a meeting (040) only with a dative that names an actor ("begegnete den Vorwürfen
  Moskaus gelassen", "will der russischen Bedrohung mit mehr Truppen begegnen" are none).
- "verjagen" by police is violent repression (175), by an army military force (190).
- Reports of a few sentences each code their acts with the right dyads.
"""
from __future__ import annotations

import pytest

from tests.coded_events import coded


def _events(text: str) -> list[tuple[str, str, str]]:
    return [(s, c, t) for s, c, t, _m in coded(text, "de")]


@pytest.mark.parametrize("text, expected", [
    ("Russische Truppen schlossen die Stadt Mariupol ein.", ("RUS", "191", "UKR")),
    ("Die iranische Regierung verfolgt Journalisten und Oppositionelle.", ("IRN", "17", "IRN+IRN")),
    ("Die Ukraine und Russland haben erneut Kriegsgefangene getauscht.", ("UKR+RUS", "0841", "UKR+RUS")),
    ("Moskau hat den deutschen Botschafter hinausgeworfen.", ("RUS", "166", "DEU")),
    ("Russland fiel am 24. Februar 2022 in die Ukraine ein.", ("RUS", "190", "UKR")),
    ("Die ägyptische Armee hat Präsident Mohammed Mursi abgesetzt.", ("EGY", "17", "EGY")),
    ("Die iranische Polizei verjagte die Demonstranten vom Platz.", ("IRN", "175", "IRN")),
    ("Die syrische Armee verjagte die Rebellen aus der Stadt.", ("SYR", "190", "SYR")),
    ("Israel erwiderte das Feuer aus dem Gazastreifen.", ("ISR", "190", "PSE")),
    ("Die Bundesregierung hat Russland mit Anschuldigungen konfrontiert.", ("DEU", "112", "RUS")),
    ("Die Niederlande wurden vom türkischen Präsidenten beleidigt.", ("TUR", "111", "NLD")),
    ("Der russische Außenminister Lawrow beleidigte den estnischen Regierungschef.", ("RUS", "111", "EST")),
    ("Die irakische Armee verdrängte die Rebellen aus Mossul.", ("IRQ", "190", "IRQ")),
    ("Chinesische Kriegsschiffe bedrängten ein philippinisches Versorgungsboot.", ("CHN", "17", "PHL")),
    ("Die iranische Regierung befreite zwei französische Gefangene.", ("IRN", "0841", "FRA")),
    ("Die russische Luftwaffe griff 2015 in den Bürgerkrieg in Syrien ein.", ("RUS", "190", "SYR")),
    ("Die EU erinnerte die Türkei an ihre Zusagen.", ("IGO:EU", "02", "TUR")),
    ("Die türkische Polizei befragte zwei deutsche Journalisten.", ("TUR", "09", "DEU")),
    ("Französische Soldaten schützen die Zivilisten in Mali.", ("FRA", "074", "MLI")),
    ("Biden und Xi begegneten sich am Rande des G20-Gipfels in Bali.", ("USA+CHN", "040", "USA+CHN")),
    ("Ein Selbstmordattentäter tötete in Kabul sich und zwanzig afghanische Soldaten.", ("AFG", "18", "AFG")),
])
def test_political_sense_is_coded(text, expected):
    assert expected in _events(text)


@pytest.mark.parametrize("text", [
    "Die Sanktionsliste schließt auch chinesische Firmen ein.",
    "Die Bundesregierung verfolgt das Ziel einer Zwei-Staaten-Lösung.",
    "Die Polizei verfolgte die Täter bis nach Frankreich.",
    "Millionen Menschen in China verfolgten die Rede des amerikanischen Präsidenten.",
    "Der russische Präsident tauschte den Verteidigungsminister aus.",
    "Der russische Trainer warf zwei deutsche Spieler raus.",
    "Dazu fiel der Bundesregierung in Berlin nichts ein.",
    "Der Bundestag setzte die Debatte über die Ukraine ab.",
    "Der Stürmer köpfte den Ball ins Tor der Franzosen.",
    "Der ehemalige Minister erhängte sich in seiner Zelle in Moskau.",
    "Der ehemalige Minister erschoss sich in seiner Zelle in Moskau.",
    "Der ehemalige Minister tötete sich in seiner Zelle in Moskau.",
    "Der russische Soldat brachte sich in Kiew um.",
    "Der Satiriker Böhmermann beleidigte den türkischen Präsidenten Erdogan.",
    "Billigimporte aus China verdrängen deutsche Hersteller.",
    "Die AfD verdrängte die CDU vom ersten Platz.",
    "Die israelische Armee befreite vier israelische Geiseln aus dem Gazastreifen.",
    "Die Regierung in Paris befreite die Unternehmen von der Steuer.",
    "Der Präsident wandte sich an die Nation.",
    "Die Polizei griff in Berlin ein.",
    "Die Europäische Zentralbank griff in den Markt in Italien ein.",
    "Das Institut befragte 1000 Deutsche.",
    "Der Bundespräsident erinnerte an die Opfer des Krieges in der Ukraine.",
    "Die Kanzlerin erinnerte die Deutschen an die Pandemie.",
    "Das Pentagon widersprach den Berichten über einen Truppenabzug.",
    "Der Präsident verlieh dem Gesetz Nachdruck.",
    "Das Gesetz schützt die Rechte von Minderheiten in Deutschland.",
    "Die Bundesregierung begegnete den Vorwürfen Moskaus gelassen.",
    "Die Nato will der russischen Bedrohung mit mehr Truppen begegnen.",
    "Der Außenminister erwiderte den Angriff der Opposition mit scharfen Worten.",
    "Die Bundesregierung holte deutsche Staatsbürger aus dem Sudan zurück.",
    "Die Bundesregierung konfrontierte Russland mit einer neuen Lage.",
    "Die Ukraine händigte der Europäischen Union ihre Antworten auf den Fragebogen aus.",
])
def test_everyday_sense_is_no_event(text):
    assert _events(text) == []


def test_report_of_prisoners_diplomats_and_siege():
    text = ("Russland und die Ukraine haben erneut Gefangene getauscht. Zuvor hatte Moskau zwei "
            "deutsche Diplomaten rausgeworfen. Das Auswärtige Amt kontaktierte daraufhin die "
            "russische Botschaft. Russische Truppen hatten die Stadt Awdijiwka bereits im Herbst "
            "eingeschlossen. Kremlchef Putin demütigte den ukrainischen Präsidenten erneut.")
    assert _events(text) == [("RUS+UKR", "0841", "RUS+UKR"), ("RUS", "166", "DEU"),
                             ("DEU", "041", "RUS"), ("RUS", "191", "UKR"), ("RUS", "111", "UKR")]


def test_report_of_repression_and_a_targeted_killing():
    text = ("Die iranische Regierung verfolgt seit Monaten Journalisten und Oppositionelle. Am Samstag "
            "verjagte die Polizei Hunderte Demonstranten vom Platz vor der Universität in Teheran. "
            "Die israelische Armee eliminierte unterdessen im Libanon einen Kommandeur der Hisbollah.")
    assert _events(text) == [("IRN", "17", "IRN+IRN"), ("IRN", "175", "IRN"), ("ISR", "1823", "LBN")]


def test_a_leader_faced_with_an_accusation_is_accused_by_no_one_new():
    text = ("Die rumänische Staatsanwaltschaft hat Anklage gegen den Premier Victor Ponta erhoben. "
            "Ponta ist auch mit der Anschuldigung eines Interessenskonflikts konfrontiert.")
    assert _events(text) == [("ROU", "112", "ROU")]


def test_what_is_agreed_is_no_act_done():
    assert coded("Russland und die Ukraine kamen überein, Gefangene auszutauschen.", "de") == [
        ("RUS+UKR", "0353", "RUS+UKR", "asserted")]


def test_help_asked_for_is_no_aid_given():
    assert coded("Die Regierung in Kiew wandte sich mit der Bitte um Hilfe an die Vereinten Nationen.", "de") == [
        ("UKR", "020", "IGO:UN", "asserted")]


@pytest.mark.parametrize("text", [
    # (after the merge: terms or a company removed are no one killed)
    "Die Organisation hat im Sommer 2014 die geografischen Spezifizierungen Irak und Sham eliminiert.",
    "Die Regierung liquidierte die staatliche Fluggesellschaft.",
])
def test_things_eliminated_are_no_killing(text: str) -> None:
    assert not [e for e in coded(text, "de") if e[1] == "1823"]
