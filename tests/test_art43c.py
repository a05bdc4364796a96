"""Accusations of European news 2015-2016 (sentences written for these tests, branch art43c).

- An act of disapproval whose object is a noun of an act of words (criticism, an accusation, a
  demand, a threat: a noun whose own frame is a message) that names no one is aimed at whom a
  phrase of origin right after that noun names (``Coder._speakers_of_object``): "Die Türkei nannte
  die Kritik aus Österreich unverantwortlich" is TUR 111 AUT, as "die Kritik Österreichs" was;
  "Turkey condemned the threats from Vienna" TUR 111 AUT. Not a noun of no message ("die Rückkehr
  aus Syrien") and not the source's own words.
- German "mitverantwortlich" and "hauptverantwortlich" made or held are blame, as "verantwortlich"
  is (frames-light.yaml): "Berlin machte Wien für das Chaos mitverantwortlich" DEU 112 AUT.
- "sich einschießen auf" said by a party is criticism too (frames-art38a.yaml): "Die FPÖ schoss
  sich auf die türkische Regierung ein" AUT 111 TUR (it was for governments and the opposition only).
- One said to be behind a failure, a crisis or a campaign is blamed for it, as for an attack
  (frames-vocab5.yaml): "Varoufakis said Berlin was behind the collapse of the talks" GRC 112 DEU,
  "..., Berlin stecke hinter dem Scheitern der Verhandlungen" likewise.
- One who faces accusations from another is accused by him (frames-art43c.yaml): "Austria faced
  accusations from Greece" GRC 112 AUT.
- One who likens another or his acts to the Nazis damns them (frames-art43c.yaml, class ``nazis``):
  "Faymann verglich Ungarns Flüchtlingspolitik mit der Nazizeit" AUT 111 HUN, "Erdogan likened the
  Dutch government to the Nazis" TUR 111 NLD; a comparison with anything else is no event.
- German "sich anlegen mit" is a quarrel picked (111, frames-art43c.yaml), as English "picked a fight
  with": "Griechenland legte sich mit Österreich an" GRC 111 AUT; a ship that docks is not.
- A rebuff or a refusal got from another is his rejection (12), criticism taken from him his
  criticism (frames-art43c.yaml): "Ungarn holte sich von der EU eine Abfuhr", "kassierte eine Abfuhr
  aus Brüssel", "Hungary received a rebuff from Brussels" IGO:EU 12 HUN; "kassierte scharfe Kritik
  aus Wien" AUT 111 HUN; with no one it comes from, no event. "Merkel redete Orbán ins Gewissen" is
  an appeal (DEU 02 HUN).
- English "described X as Y" (``repairs.descriptions_read_as_attributes``, lexicon
  ``description_verbs``): the parser hung the "as" phrase on an object with a possessor and gave a
  lone adjective in it no object's role, so the frame of "describe" (=scorn) never saw it; the
  phrase is now the verb's: "Turkey described Austria's decision as irresponsible" TUR 111 AUT (was
  no event), "China described the US sanctions as unacceptable" CHN 111 USA; "described the talks
  with Erdogan as constructive" stays no event.
- Help, support or recognition sought is sought from the owner the object names
  (frames-cameo.yaml, frames-probe.yaml, German frames-petrarch-b.yaml: the object added to the
  targets of seek/suchen; not English aid or intelligence, whose "military" modifier would be its
  owner): "Tsipras sought Germany's backing" GRC 022 DEU, "Tsipras sought
  Germany's support" GRC 02 DEU, "Tsipras suchte die Unterstützung Berlins" GRC 022 DEU (were no
  event); "sought support for Ukraine" names no one asked.
"""

from __future__ import annotations

import pytest

from tests.coded_events import coded, triples as _events



@pytest.mark.parametrize("text, lang, expected", [
    ("Die Türkei nannte die Kritik aus Österreich unverantwortlich.", "de", ("TUR", "111", "AUT")),
    ("Ankara bezeichnete die Kritik aus Wien als unverantwortlich.", "de", ("TUR", "111", "AUT")),
    ("Warschau wies die Kritik zurück und nannte die Vorwürfe aus Brüssel absurd.", "de", ("POL", "111", "IGO:EU")),
    ("Athen kritisierte die Forderungen aus Wien scharf.", "de", ("GRC", "111", "AUT")),
])
def test_words_from_a_party_are_its_own(text, lang, expected):
    assert expected in _events(text, lang)


@pytest.mark.parametrize("text, lang", [
    ("Die Türkei nannte die Rückkehr aus Syrien unverantwortlich.", "de"),
])
def test_no_origin_of_a_noun_of_no_words(text, lang):
    assert all(t not in ("SYR",) for _, _, t in _events(text, lang))


@pytest.mark.parametrize("text, lang, expected", [
    ("Berlin machte Wien für das Chaos an der Grenze mitverantwortlich.", "de", ("DEU", "112", "AUT")),
    ("Tsipras machte Berlin für die Krise hauptverantwortlich.", "de", ("GRC", "112", "DEU")),
    ("Die FPÖ schoss sich auf die türkische Regierung ein.", "de", ("AUT", "111", "TUR")),
    ("Varoufakis said Berlin was behind the collapse of the talks.", "en", ("GRC", "112", "DEU")),
    ("Varoufakis sagte, Berlin stecke hinter dem Scheitern der Verhandlungen.", "de", ("GRC", "112", "DEU")),
    ("Orbán sagte, Berlin stecke hinter der Kampagne gegen Ungarn.", "de", ("HUN", "112", "DEU")),
    ("Austria faced accusations from Greece of breaking the asylum rules.", "en", ("GRC", "112", "AUT")),
])
def test_blame_in_varied_wordings(text, lang, expected):
    assert expected in _events(text, lang)


@pytest.mark.parametrize("text, lang, expected", [
    ("Faymann verglich Ungarns Flüchtlingspolitik mit der Nazizeit.", "de", ("AUT", "111", "HUN")),
    ("Faymann verglich die Behandlung der Flüchtlinge durch Ungarn mit den Deportationen der Nazizeit.", "de",
     ("AUT", "111", "HUN")),
    ("Erdoğan setzte die Niederlande mit Nazi-Deutschland gleich.", "de", ("TUR", "111", "NLD")),
    ("Faymann compared Hungary's treatment of refugees to the Nazi deportations.", "en", ("AUT", "111", "HUN")),
    ("Erdogan likened the Dutch government to the Nazis.", "en", ("TUR", "111", "NLD")),
    ("Griechenland legte sich mit Österreich an.", "de", ("GRC", "111", "AUT")),
    ("Die Türkei legte sich erneut mit Deutschland an.", "de", ("TUR", "111", "DEU")),
])
def test_nazi_comparisons_and_quarrels_picked(text, lang, expected):
    assert expected in _events(text, lang)


@pytest.mark.parametrize("text, lang", [
    ("Merkel verglich die Lage in Griechenland mit dem Jahr 2015.", "de"),
    ("The minister compared Austria's economy to Germany's.", "en"),
    ("Das griechische Schiff legte in Piräus an.", "de"),
])
def test_no_event_in_other_comparisons_or_docking(text, lang):
    assert not [e for e in _events(text, lang) if e[1] == "111"]


@pytest.mark.parametrize("text, lang, expected", [
    ("Ungarn holte sich von der EU eine Abfuhr.", "de", ("IGO:EU", "12", "HUN")),
    ("Ungarn kassierte eine Abfuhr aus Brüssel.", "de", ("IGO:EU", "12", "HUN")),
    ("Polen erhielt von der EU-Kommission eine Absage.", "de", ("IGO:EU", "12", "POL")),
    ("Ungarn kassierte scharfe Kritik aus Wien.", "de", ("AUT", "111", "HUN")),
    ("Hungary received a rebuff from Brussels.", "en", ("IGO:EU", "12", "HUN")),
    ("Greece suffered a snub from Germany.", "en", ("DEU", "12", "GRC")),
    ("Merkel redete Orbán ins Gewissen.", "de", ("DEU", "02", "HUN")),
])
def test_rebuffs_got_and_appeals_to_conscience(text, lang, expected):
    assert expected in _events(text, lang)


@pytest.mark.parametrize("text, lang", [
    ("Die Band erhielt eine Absage.", "de"),
    ("Die Polizei kassierte die Führerscheine.", "de"),
    ("The bill received a rejection.", "en"),
])
def test_no_rebuff_from_no_one(text, lang):
    assert _events(text, lang) == []


@pytest.mark.parametrize("text, expected", [
    ("Turkey described Austria's decision as irresponsible.", ("TUR", "111", "AUT")),
    ("Turkey described Austria's decision as a serious provocation.", ("TUR", "111", "AUT")),
    ("China described the US sanctions as unacceptable.", ("CHN", "111", "USA")),
    ("Ankara described the criticism from Vienna as irresponsible.", ("TUR", "111", "AUT")),
])
def test_described_as_scorned(text, expected):
    assert expected in _events(text, "en")


def test_described_as_no_scorn():
    assert _events("Merkel described the talks with Erdogan as constructive.", "en") == []


@pytest.mark.parametrize("text, lang, expected", [
    ("Tsipras sought Germany's backing.", "en", ("GRC", "022", "DEU")),
    ("Tsipras sought Merkel's support for debt relief.", "en", ("GRC", "02", "DEU")),
    ("Kosovo sought US recognition.", "en", ("XKX", "022", "USA")),
    ("Tsipras suchte die Unterstützung Berlins.", "de", ("GRC", "022", "DEU")),
    ("Die Ukraine suchte russische Hilfe.", "de", ("UKR", "023", "RUS")),
])
def test_sought_from_the_owner_of_the_object(text, lang, expected):
    assert expected in _events(text, lang)


@pytest.mark.parametrize("text, lang", [
    ("Macron sought support for Ukraine.", "en"),
    ("Macron suchte Unterstützung für die Ukraine.", "de"),
])
def test_sought_for_someone_asks_no_one(text, lang):
    assert _events(text, lang) == []


def test_military_aid_sought_is_sought_from_no_army():
    """Aid sought names whom it is sought from by "from", not by its modifier ("military")."""
    assert not any(e[1].startswith("02") for e in coded("Ukraine sought military assistance.", "en"))
