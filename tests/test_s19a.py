"""Branch s19a: German and English international news, from unseen 10kGNAD articles annotated
as silver (sentences written for these tests).

- Two persons named one after the other after the finite verb, with no word between them, are
  two actors, the subject and then the object, as a person and a state already were ("warf
  Olaf Scholz Russland Erpressung vor"): "Am Montag kritisierte Olaf Scholz Emmanuel Macron",
  "warf Scholz Präsident Macron ... vor" (a title with a name after it begins the second).
- One who stays in custody or behind bars is held (173), by the authorities of his country when
  no one is named, as one who sits or is there (frames-s19b.yaml): "Der Blogger bleibt in
  Untersuchungshaft", "The blogger stayed behind bars" (frames-s19a.yaml of both packs; this
  branch first had s19b's frames too, dropped when they reached main).
- One who stands or falls under suspicion, or is under investigation, is investigated (09), by the
  authorities of his country when no one is named (Coder: ``_authority`` takes such suffered acts
  of investigating as it took arrests): "Der Unternehmer steht im Verdacht, ...", "The
  businessman is under investigation".
- "der" or "einer" with an adjective in -e after a noun begins a phrase of its own, not a genitive
  attribute (whose adjective ends in -en): "Dabei wurde am Freitag der frühere Präsident
  verhaftet" (the time noun "Freitag" took the subject as its attribute).
- A bare infinitive coordinated after a comma ("sondern auch", "aber auch") with the infinitive of
  a modal verb is governed by that modal, as one joined by "und" is: "Die Türkei will nicht nur
  verhandeln, sondern auch Truppen schicken" is an intent.
"""

from __future__ import annotations

import pytest

from tests.coded_events import coded, sectored, triples


# Two persons named one after the other after the finite verb ("kritisierte Olaf Scholz Emmanuel
# Macron"): the first the subject, the second the object; before, the names ran into one phrase
# and no event was coded (or one of both against a third).
@pytest.mark.parametrize("text, expected", [
    ("Am Dienstag kritisierte Olaf Scholz Emmanuel Macron wegen der Zölle.", ("DEU", "111", "FRA")),
    ("Am Abend warf Boris Johnson Emmanuel Macron Wortbruch vor.", ("GBR", "112", "FRA")),
    ("Am Freitag empfing Wladimir Putin Recep Tayyip Erdogan in Sotschi.", ("RUS", "043", "TUR")),
    ("Danach warf Erdogan Präsident Macron Heuchelei vor.", ("TUR", "112", "FRA")),
    ("Später lobte Joe Biden Kanzler Olaf Scholz für die Waffenlieferungen.", ("USA", "051", "DEU")),
])
def test_two_persons_after_the_verb(text, expected):
    assert expected in triples(text, "de")


# One person's name stays one phrase: a known name of three words, a title before a name.
@pytest.mark.parametrize("text, expected", [
    ("Am Montag traf Kim Jong Un den südkoreanischen Präsidenten.", ("PRK", "040", "KOR")),
    ("Am Montag kritisierte Präsident Recep Tayyip Erdogan die Regierung in Athen.", ("TUR", "111", "GRC")),
])
def test_one_person_stays_one(text, expected):
    assert expected in triples(text, "de")


# One who stays in custody or behind bars is held (173), by the authorities of his country when no
# one is named, as one who sits or is there (frames-s19b.yaml, the same frames as this branch had):
# German "bleibt in Untersuchungshaft", English "stayed behind bars" (were no event).
@pytest.mark.parametrize("text, lang, expected", [
    ("Die aserbaidschanische Journalistin bleibt hinter Gittern.", "de", ("AZE/GOV", "173", "AZE/MED")),
    ("Der georgische Oppositionsführer bleibt bis zum Prozess in Untersuchungshaft.", "de", ("GEO/GOV", "173", "GEO/OPP")),
    ("The Azerbaijani journalist stayed behind bars after the verdict.", "en", ("AZE/GOV", "173", "AZE/MED")),
    ("The Georgian opposition leader stayed under arrest for a month.", "en", ("GEO/GOV", "173", "GEO/OPP")),
])
def test_held_in_custody(text, lang, expected):
    assert expected in sectored(text, lang)


@pytest.mark.parametrize("text, lang", [
    ("Wer in Ungarn in Haft sitzt, darf nicht wählen.", "de"),
    ("Der georgische Journalist kam in Haft ums Leben.", "de"),
    ("Prisoners who are in jail in Hungary cannot vote.", "en"),
])
def test_no_one_held(text, lang):
    assert not any(c == "173" for _, c, _ in triples(text, lang))


# One who stands under or falls under suspicion, or is under investigation, is investigated (09),
# by the authorities of his country when no one is named, as the passive "wird verdächtigt" and
# "is suspected" were: German "steht im Verdacht", "geriet unter Korruptionsverdacht", English
# "is under investigation", "came under suspicion" (were no event).
@pytest.mark.parametrize("text, lang, expected", [
    ("Der slowakische Unternehmer steht im Verdacht, Fördergelder abgezweigt zu haben.", "de", ("SVK/GOV", "09", "SVK/BUS")),
    ("Der rumänische Oppositionspolitiker geriet unter Korruptionsverdacht.", "de", ("ROU/GOV", "09", "ROU/OPP")),
    ("The Slovak businessman is under investigation for diverting subsidies.", "en", ("SVK/GOV", "09", "SVK/BUS")),
    ("The Romanian opposition politician came under suspicion of bribery.", "en", ("ROU/GOV", "09", "ROU/OPP")),
])
def test_under_suspicion(text, lang, expected):
    assert expected in sectored(text, lang)


# "der" or "einer" with an adjective in -e after a noun begins a phrase of its own, no genitive
# attribute of that noun (a genitive's adjective ends in -en): "wurde am Freitag der frühere
# kirgisische Präsident verhaftet" (the time noun took the subject as its attribute, and no event
# was coded).
@pytest.mark.parametrize("text, expected", [
    ("In Ankara traf im Juni der russische Außenminister den türkischen Präsidenten.", ("RUS", "040", "TUR")),
    ("Nach dem Treffen wurde am Freitag der frühere kirgisische Präsident verhaftet.", ("KGZ", "173", "KGZ")),
    ("Zum Auftakt lobte im Mai der neue ukrainische Regierungschef die EU-Kommission.", ("UKR", "051", "IGO:EU")),
])
def test_time_noun_then_subject(text, expected):
    assert expected in triples(text, "de")


# A genitive with its adjective in -en stays the noun's attribute.
def test_genitive_attribute_stays():
    assert ("GEO", "111", "RUS") in triples("Die Regierung der früheren Sowjetrepublik Georgien kritisierte Russland.", "de")


# A bare infinitive after a comma and "sondern auch" or "aber auch", coordinated with the
# infinitive of a modal verb, is governed by that modal as a verb joined by "und" is: "will nicht
# nur verhandeln, sondern auch Truppen schicken" is an intent (was told as done).
@pytest.mark.parametrize("text, expected", [
    ("Die Türkei will nicht nur verhandeln, sondern auch Truppen nach Syrien schicken.", ("TUR", "154", "", "intent")),
    ("Moskau will reden, aber auch Soldaten an die Grenze verlegen.", ("RUS", "154", "", "intent")),
])
def test_modal_shared_by_conjunct(text, expected):
    assert expected in coded(text, "de")


# ... and an obligation told in two such infinitives before the verb of saying is one demand of
# the one who must act, with no second demand of no one by the verb of saying.
def test_two_obligations_one_demand():
    events = triples("Serbien müsse nicht nur die Grenze öffnen, sondern auch die Gefangenen freilassen, "
                     "forderte der deutsche Außenminister.", "de")
    assert ("DEU", "10", "SRB") in events
    assert ("DEU", "10", "") not in events
