"""Branch s22d (sentences written for these tests).

- German "Statt dass ..." / "Anstatt dass ..." at the start of a sentence says its act did not
  happen, as it does after a comma: the tagger reads a capitalised "Statt" as a conjunction
  (KON), not a preposition, and ``fields`` now takes either before "dass". "Statt dass die
  Polizei die Demonstranten in Minsk festnahm, ..." has no asserted BLR 173 BLR.
- A German number with no noun after it and a word of counting before it ("Weitere 64 wurden
  verhaftet", "Die übrigen 30 ...") is a phrase of its own (``chunks._bare_number``), so the
  people counted before it are its actors (``ActorAnnotator._elided_people``), as English
  "Another 64 were arrested" has been. Not a bare number ("2015 wurden ...") nor one after a
  preposition ("stieg auf 64").
- German word order: in a main clause whose Vorfeld holds no subject, the first nominative after
  the finite verb is the subject, also when a list follows it ("Am Montag kritisierten die USA
  die Regierung und die Armee Venezuelas": USA 111 VEN, was VEN 111 USA, the list read as the
  plural subject). Not a list set off by a dash or a comma, an apposition of the subject ("treffen
  sich die Regierungschefs der drei Staaten – Estland, Lettland und Litauen – in Riga").
- An event noun whose occurring is a condition ("wenn es eine Vereinbarung mit Marokko gebe") is
  no event also when the subject "es" of the verb of occurring was resolved to the speaker of the
  reported speech (``Coder._occurring(pronouns_act=False)`` in ``_unreal``): the lone pronoun
  only fills the subject's place. Outside a condition the noun stays ("es habe Gespräche mit
  Marokko gegeben", said by Spain's minister: ESP 040 MAR).
- German subordinate clauses listed after one conjunction ("wenn A, B und C", "dass A, B und C")
  share it (``fields._listed_subordinate``): a piece after a comma or "und"/"oder" that follows a
  subordinate clause, with no conjunction or relative word of its own and its finite verb last
  after two phrases or another verb, is a subordinate clause of that conjunction. "falls Russland
  Estland angreife, die russische Armee Riga bombardiere" is two conditions (was a relative
  clause coded as an asserted NATO attack on Latvia); "dass ..., die russische Armee Kiew
  bombardiert habe" is reported (was asserted). The same inside one subordinate piece: "weil A
  ... hatte und die Armee B beschossen hatte" is cut before "und" when the right side has its own
  subject (two phrases before its verbs: ``fields._listed_verb_final``), so both acts are coded
  (was one, with the army as a second target).
- German verbs with their auxiliary last, coordinated in a subordinate clause and sharing its
  subject ("weil Russland Georgien bombardiert hatte und Armenien bedroht hatte"), are conjuncts
  (``conjuncts._verb_before_auxiliary``) as the bare verbs are ("bombardierte und bedrohte"):
  the first act is coded too (was lost).
- People named only as refugees or migrants (pack ``refugee_nouns``, word endings: "Migranten",
  "Bootsflüchtlinge", "asylum seekers") with no country of their own named are of unknown country
  (``Actor.abroad``), not of the country a place of the sentence or the article names: "Die Polizei
  in Palermo nahm zwölf Migranten fest" is ITA 173 UNK (was ITA 173 ITA). Not when a name the
  dictionaries lack stands right before the noun, which may say where they come from ("Chenchen
  refugees", ``ActorAnnotator._named_origin``), nor their camps ("Flüchtlingslager").
"""

from __future__ import annotations

import pytest

from tests.coded_events import coded, triples


@pytest.mark.parametrize("text, pair", [
    ("Statt dass die Polizei die Demonstranten in Minsk festnahm, sprach der Präsident mit ihnen.", ("BLR", "BLR")),
    ("Anstatt dass Polen die Ukraine unterstützte, kritisierte Warschau Berlin.", ("POL", "UKR")),
])
def test_statt_dass_at_sentence_start_is_negated(text, pair):
    events = coded(text, "de")
    assert not [e for e in events if (e[0], e[2]) == pair and e[3] != "negated"]


def test_statt_dass_keeps_the_main_clause():
    # the main clause after it is still an act of its own
    assert ("POL", "111", "DEU") in triples("Anstatt dass Polen die Ukraine unterstützte, kritisierte Warschau Berlin.", "de")


@pytest.mark.parametrize("text, expected", [
    ("Die Polizei in Lagos nahm am Freitag zwölf Studenten fest. Weitere 40 wurden am Samstag verhaftet.",
     ("NGA", "173", "NGA")),
    ("In Caracas nahmen Soldaten 15 Oppositionelle fest. Weitere 9 wurden später festgenommen.",
     ("VEN", "173", "VEN")),
])
def test_number_standing_for_the_counted_people(text, expected):
    second = [e for e in coded(text, "de") if e[1] == expected[1]]
    assert len(second) == 2 and all((s, c, t) == expected for s, c, t, _ in second)


def test_bare_year_is_no_phrase():
    # a year before the verb stays no subject: the people killed are still the passive's object
    assert ("UNK", "18", "SOM") in [(s, c, t) for s, c, t, _ in coded(
        "2017 wurden in Mogadischu 30 Menschen getötet.", "de")]


@pytest.mark.parametrize("text, expected", [
    ("Am Montag kritisierten die USA die Regierung und die Armee Venezuelas scharf.", ("USA", "111", "VEN")),
    ("Nach dem Gipfel verurteilten die Niederlande die Regierung und das Parlament Ungarns.", ("NLD", "111", "HUN")),
])
def test_first_nominative_after_the_verb_is_the_subject(text, expected):
    events = triples(text, "de")
    assert expected in events
    assert (expected[2], expected[1], expected[0]) not in events


def test_apposed_list_after_the_subject_stays_the_subject():
    # a list set off by dashes names the states of the subject: they meet (guard, as on main)
    assert ("EST+LVA+LTU", "040", "LVA") in triples(
        "Bereits am Freitag treffen sich die Regierungschefs der drei Staaten – Estland, Lettland und Litauen – in Riga.", "de")


def test_occurring_noun_in_a_condition_is_no_event():
    events = triples("Die spanische Ministerin erklärte, die Lage werde sich nur bessern, wenn es eine Vereinbarung "
                     "mit Marokko gebe.", "de")
    assert not [e for e in events if (e[0], e[2]) == ("ESP", "MAR")]


def test_occurring_noun_outside_a_condition_stays():
    assert ("ESP", "040", "MAR") in triples("Der spanische Außenminister sagte, es habe Gespräche mit Marokko gegeben.", "de")


def test_listed_condition_shares_the_conjunction():
    events = coded("Der Sprecher sagte, die Nato werde eingreifen, falls Russland Estland angreife, die russische Armee "
                   "Riga bombardiere und Moskau Litauen blockiere.", "de")
    assert not [e for e in events if e[1] == "195"]


def test_listed_content_clause_is_reported():
    events = coded("Der Sprecher sagte, dass Russland Georgien kritisiert habe, die russische Armee Kiew bombardiert habe "
                   "und die Regierung in Moskau Armenien bedrohe.", "de")
    assert [e[3] for e in events if e[1] == "195"] == ["reported"]


def test_listed_clause_of_its_own_subject_inside_a_subordinate_piece():
    events = triples("Die Lage verschärfte sich, weil Russland Georgien bombardiert hatte und die russische Armee "
                     "Eriwan beschossen hatte.", "de")
    assert ("RUS", "195", "GEO") in events and ("RUS", "194", "ARM") in events


def test_coordinated_verbs_with_their_auxiliaries_share_the_subject():
    events = triples("Die EU verhängte Sanktionen, weil Russland Georgien bombardiert hatte und Armenien bedroht hatte.", "de")
    assert ("RUS", "195", "GEO") in events and ("RUS", "13", "ARM") in events


@pytest.mark.parametrize("text, lang, expected", [
    ("Die Polizei in Palermo nahm zwölf Migranten fest.", "de", ("ITA", "173", "UNK")),
    ("Die Polizei in Sofia hielt 40 Asylsuchende an der Grenze fest.", "de", ("BGR", "173", "UNK")),
    ("Police in Palermo detained twelve migrants.", "en", ("ITA", "173", "UNK")),
])
def test_refugees_keep_their_unknown_country(text, lang, expected):
    assert expected in triples(text, lang)


@pytest.mark.parametrize("text, lang, expected", [
    ("Die türkische Armee beschoss syrische Flüchtlinge.", "de", ("TUR", "194", "SYR")),
])
def test_refugees_of_a_named_country_keep_it(text, lang, expected):
    # guard (as on main): a nationality named is theirs
    assert expected in triples(text, lang)
