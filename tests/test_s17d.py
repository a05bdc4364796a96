"""Silver batch s17d (German news of an Austrian paper, 2015-2016: teasers and domestic politics;
sentences written for these tests).

- German: a preposition right before a dash that ends a clause, with a capital after the dash, is
  the separable particle of the clause's finite full verb (``tag._dash_particles``), and a
  verbless part after such a dash that follows a main clause closed by its particle or verb is no
  phrase of that clause (``fields.pieces``): a teaser's "Die Neos werfen der Bildungsministerin
  Untätigkeit vor – Auch Kritik der Lehrer" is AUT/PTY 112 AUT/GOV (was no event: "werfen" with
  "Kritik der Lehrer" as its object).
- German: a parliamentary group's spokespeople for a field ("Sozialsprecherin",
  "FPÖ-Sicherheitssprecher", "Justizsprecher der Grünen") are party actors (agents-parties.yaml):
  "Umweltsprecherin Anna Beispiel warf dem Landwirtschaftsminister Untätigkeit vor" is AUT/PTY 112
  AUT/GOV (was no event); "Justizsprecher" is no court (was AUT/JUD).
- Both languages: an event noun a passive verb of awaiting with no agent (``Words.awaited_verbs``)
  awaits its subject for is that subject's act, planned (``Coder._parent_actors``,
  ``Coder._awaited``): "Der brasilianische Präsident wird zu einem Staatsbesuch in Frankreich
  erwartet" and "The Brazilian president is expected in Paris for a state visit to France" are
  BRA 042 FRA, intent (were no event).
- Both languages: violence by no one named counted from one of the last days ("seit Freitag",
  "seit dem Wochenende", "since Friday": ``Words.recent_days``, ``Coder._recent_since``) is no
  running total: "Seit Freitag sind in der Provinz Helmand mindestens 30 Polizisten getötet worden"
  is UNK 18 AFG (was no event); "seit 2015" stays a running total.
- Both languages: a criticism or accusation denied inside one state was made (``Coder._denied_claim``):
  by a body of the article's state that denies, whose country ``_localise`` gives ("Die
  Landesregierung wies die Vorwürfe der Opposition zurück" in Graz is AUT/OPP 112 AUT/GOV; "The
  defence minister dismissed criticism from the opposition" in Madrid ESP/OPP 111 ESP/GOV), and
  between two parties of one state named, which are rivals ("Die SPD wies die Vorwürfe der CDU
  zurück" DEU/PTY 112 DEU/PTY); all were no event.
- German: the scorn of domestic politics calls an act or a plan names ("Unsinn", "Armutszeugnis",
  "populistisch", "letztklassig"; frames-light.yaml, the list of "bezeichnen", "nennen", "sein"):
  "Die FPÖ bezeichnete den Vorschlag des Kanzlers als Unsinn" is AUT/PTY 111 AUT/GOV (was no event);
  and what one "speaks of" (frames-probe.yaml, "sprechen von"): "Die KPÖ sprach von einem Versagen
  der Landesregierung" is AUT/PTY 111 AUT/GOV (was no event).
- German: stab wounds and gunshots suffered are violence, as English "suffered stab wounds"
  (frames-light.yaml, "erleiden"): "Ein Grenzpolizist erlitt schwere Stichwunden" in Jerusalem is
  UNK 18 ISR (was no event).
"""

from __future__ import annotations

import pytest

from tests.coded_events import coded, sectored, triples


@pytest.mark.parametrize("text, expected", [
    ("Wien – Die Neos werfen der Bildungsministerin Untätigkeit vor – Auch Kritik der Lehrer.",
     ("AUT/PTY", "112", "AUT/GOV")),
    ("Berlin – Die Grünen lehnen den Haushaltsentwurf des Finanzministers ab – Abstimmung am Freitag.",
     ("DEU/PTY", "12", "DEU/GOV")),
    ("Madrid – Die Gewerkschaften rufen zum Generalstreik auf – Regierung gesprächsbereit.",
     ("ESP/CVL", "02", "")),
])
def test_particle_before_a_teasers_dash(text, expected):
    assert expected in sectored(text, "de")


@pytest.mark.parametrize("text, expected", [
    ("Wien – Umweltsprecherin Anna Beispiel warf dem Landwirtschaftsminister Untätigkeit vor.",
     ("AUT/PTY", "112", "AUT/GOV")),
    ("Wien – FPÖ-Sicherheitssprecher Max Beispiel forderte den Innenminister zum Rücktritt auf.",
     ("AUT/PTY", "1041", "AUT/GOV")),
    ("Wien – Der Justizsprecher der Grünen kritisierte die Justizministerin.",
     ("AUT/PTY", "111", "AUT/GOV")),
])
def test_field_spokespeople_of_a_party(text, expected):
    assert expected in sectored(text, "de")



@pytest.mark.parametrize("text, lang, expected", [
    ("Paris – Der brasilianische Präsident wird am Donnerstag zu einem Staatsbesuch in Frankreich erwartet.", "de",
     ("BRA", "042", "FRA", "intent")),
    ("Ottawa – Die Premierministerin Neuseelands wird kommende Woche zu einem Besuch in Kanada erwartet.", "de",
     ("NZL", "042", "CAN", "intent")),
    ("The Brazilian president is expected in Paris on Thursday for a state visit to France.", "en",
     ("BRA", "042", "FRA", "intent")),
])
def test_visit_one_is_awaited_for(text, lang, expected):
    assert expected in coded(text, lang)


@pytest.mark.parametrize("text, lang, expected", [
    ("Kabul – Seit Freitag sind in der Provinz Helmand mindestens 30 Polizisten getötet worden.", "de",
     ("UNK", "18", "AFG")),
    ("Mogadishu - At least 30 soldiers have been killed in the region since Friday.", "en", ("UNK", "18", "SOM")),
])
def test_deaths_since_a_recent_day_are_no_running_total(text, lang, expected):
    assert expected in triples(text, lang)


@pytest.mark.parametrize("text, lang, expected", [
    ("Graz – Die Landesregierung wies die Vorwürfe der Opposition entschieden zurück.", "de",
     ("AUT/OPP", "112", "AUT/GOV")),
    ("Berlin – Die SPD wies die Vorwürfe der CDU zurück.", "de", ("DEU/PTY", "112", "DEU/PTY")),
    ("MADRID - The defence minister dismissed criticism from the opposition over the deployment.", "en",
     ("ESP/OPP", "111", "ESP/GOV")),
])
def test_criticism_denied_at_home_was_made(text, lang, expected):
    assert expected in sectored(text, lang)


@pytest.mark.parametrize("text, expected", [
    ("Wien – Die FPÖ bezeichnete den Vorschlag des Kanzlers als Unsinn.", ("AUT/PTY", "111", "AUT/GOV")),
    ("Wien – Die Grünen nannten das Budget der Regierung ein Armutszeugnis.", ("AUT/PTY", "111", "AUT/GOV")),
    ("Wien – Die Pläne des Innenministers seien populistisch, sagte die Grünen-Chefin.", ("AUT/PTY", "111", "AUT/GOV")),
])
def test_scorn_of_domestic_politics(text, expected):
    assert expected in sectored(text, "de")


@pytest.mark.parametrize("text, expected", [
    ("Graz – Die KPÖ sprach von einem Versagen der Landesregierung.", ("AUT/PTY", "111", "AUT/GOV")),
    ("Berlin – Die Opposition sprach von Vetternwirtschaft des Gesundheitsministers.", ("DEU/OPP", "111", "DEU/GOV")),
])
def test_failure_and_scorn_spoken_of(text, expected):
    assert expected in sectored(text, "de")


@pytest.mark.parametrize("text, expected", [
    ("Jerusalem – Ein Grenzpolizist erlitt schwere Stichwunden.", ("UNK", "18", "ISR")),
    ("Kairo – Ein Tourist erlitt einen Streifschuss.", ("UNK", "18", "EGY")),
])
def test_stab_and_gunshot_wounds_suffered(text, expected):
    assert expected in triples(text, "de")
