"""Branch s19b: events of unseen international news (10kGNAD "International" articles, silver s19b)
that the coder missed or got wrong (sentences written for these tests).

- German teasers: a verbless last part after a dash ("Macron traf Merkel – Flüchtlingspolitik
  Thema") is a line of its own when the main clause before it has one finite full verb and no
  bracket to close; it was read as a phrase of that clause, which lost its object or its event.
- A criminal trial of or against someone ("der Prozess gegen", "the trial of/against") charges
  them (112), as "Anklage gegen" and "prosecution of"; not the peace process ("Friedensprozess")
  nor a trial of a vaccine.
- An event noun whose coming about is a condition ("Sollte es zu einem Prozess gegen ihn kommen,
  drohen ihm ...") is no act; it was coded asserted (the nouns of a condition otherwise stay).
- One who sits, is or finds oneself in custody ("sitzt in Untersuchungshaft", "ist in Haft",
  "befindet sich in Polizeigewahrsam"; "has been in custody", "remains in detention", "sat in
  jail") is held by the authorities of their country (173), as "landete in Haft"; only a person
  an actor noun or a name names; no death in custody.
- An adjective against someone before an event noun ("antichinesische Proteste", "anti-American
  demonstrations"; pack words hostile_prefixes) names whom the act is against, as "Proteste gegen
  China"; the protest was aimed at the protesters' own government.
- A private person named by a kin noun ("Ihr Vater wurde erschossen", "A man stabbed his brother")
  is the victim of violence as "ein Mann" is (pack words private_persons); it coded nothing.
"""

from __future__ import annotations

import pytest

from tests.coded_events import events, triples


@pytest.mark.parametrize("text, expected", [
    ("Der französische Präsident traf Merkel – Flüchtlingspolitik Thema.", ("FRA", "CONSULT", "DEU")),
    ("Polen kritisiert Deutschland – Streit um Gaspipeline.", ("POL", "ACCUSE", "DEU")),
    ("Der ukrainische Außenminister besuchte Warschau – Treffen mit Amtskollegen.", ("UKR", "CONSULT", "POL")),
])
def test_teaser_part_after_dash_is_no_phrase_of_the_clause(text, expected):
    assert expected in events(text, "de")


def test_teaser_part_after_dash_adds_no_wrong_act():
    # the attack noun after the dash is no act of the critic's on anyone
    found = triples("Russland kritisiert die Türkei – Streit um Luftangriffe auf Kurden.", "de")
    assert ("RUS", "111", "TUR") in found and not any(s == "RUS" and c.startswith("19") for s, c, _ in found), found


@pytest.mark.parametrize("text, lang, expected", [
    ("Tunis – Der Prozess gegen den früheren Innenminister beginnt im Herbst.", "de", ("TUN", "ACCUSE", "TUN")),
    ("Paris – Der Terrorprozess gegen drei Islamisten hat am Montag begonnen.", "de", ("FRA", "ACCUSE", "FRA")),
    ("Tunis – The trial of the former interior minister will open in the autumn.", "en", ("TUN", "ACCUSE", "TUN")),
    ("Ankara – The trial against two Kurdish lawmakers was adjourned again.", "en", ("TUR", "ACCUSE", "TUR")),
])
def test_trial_against_someone_charges_them(text, lang, expected):
    assert expected in events(text, lang)


@pytest.mark.parametrize("text, lang", [
    ("Der Friedensprozess zwischen Israel und den Palästinensern stockt seit Jahren.", "de"),
    ("London – A trial of the new vaccine began in three hospitals.", "en"),
])
def test_no_trial_in_a_process_or_a_drug_trial(text, lang):
    assert not any(p == "ACCUSE" for _, p, _ in events(text, lang))


def test_witness_in_a_trial_is_no_accuser():
    found = triples("Lima – Im Mordprozess gegen den früheren Präsidenten Perus sagte ein General aus.", "de")
    assert found and all(s == "PER" and c == "112" for s, c, _ in found), found


@pytest.mark.parametrize("text", [
    "Ankara – Sollte es zu einem Prozess gegen den Chef der kurdischen Partei kommen, drohen ihm zehn Jahre Haft.",
    "Ankara – Wenn es zu einer Anklage gegen den Chef der kurdischen Partei kommt, drohen ihm zehn Jahre Haft.",
    "Sollte es zu einem Angriff Irans auf Israel kommen, wären die Folgen für die Region schwer.",
])
def test_event_whose_coming_about_is_a_condition_is_no_act(text):
    assert not any(p in ("ACCUSE", "ASSAULT") for _, p, _ in events(text, "de")), events(text, "de")


def test_event_that_came_about_is_an_act():
    assert ("TUR", "ACCUSE", "TUR") in events("Ankara – Es kam zu einer Anklage gegen den Chef der kurdischen Partei.", "de")


@pytest.mark.parametrize("text, lang, expected", [
    ("Teheran – Die britische Studentin sitzt seit dem Frühjahr in Untersuchungshaft.", "de", ("IRN", "COERCE", "GBR")),
    ("Minsk – Der Oppositionsführer ist seit drei Monaten in Haft.", "de", ("BLR", "COERCE", "BLR")),
    ("Ankara – Zwei kurdische Abgeordnete befinden sich seit Wochen in Polizeigewahrsam.", "de", ("TUR", "COERCE", "TUR")),
    ("Tehran – A British student has been in pretrial detention since the spring.", "en", ("IRN", "COERCE", "GBR")),
    ("Minsk – The opposition leader remains in custody after three months.", "en", ("BLR", "COERCE", "BLR")),
])
def test_one_in_custody_is_held(text, lang, expected):
    assert expected in events(text, lang)


@pytest.mark.parametrize("text, lang", [
    ("Minsk – Der Kasperl sitzt im Gefängnis.", "de"),
    ("Minsk – Der Oppositionsführer kam in Haft ums Leben.", "de"),
    ("Minsk – The book is in prison libraries across the country.", "en"),
])
def test_no_custody_of_no_actor_nor_a_death(text, lang):
    assert not any(p == "COERCE" for _, p, _ in events(text, lang))


@pytest.mark.parametrize("text, lang, expected", [
    ("Hanoi – Tausende Vietnamesen beteiligten sich an antichinesischen Protesten.", "de", ("VNM", "PROTEST", "CHN")),
    ("Karachi – Studenten organisierten anti-amerikanische Demonstrationen vor dem Konsulat.", "de", ("PAK", "PROTEST", "USA")),
    ("Hanoi – Thousands of Vietnamese joined anti-Chinese protests.", "en", ("VNM", "PROTEST", "CHN")),
    ("Karachi – Students organised anti-American demonstrations outside the consulate.", "en", ("PAK", "PROTEST", "USA")),
])
def test_protest_against_whom_its_adjective_names(text, lang, expected):
    assert expected in events(text, lang)


@pytest.mark.parametrize("text, lang", [
    ("Hanoi – Tausende Vietnamesen beteiligten sich an antichinesischen Protesten.", "de"),
    ("Hanoi – Thousands of Vietnamese joined anti-Chinese protests.", "en"),
])
def test_hostile_adjective_names_no_doer_nor_the_home_government(text, lang):
    found = events(text, lang)
    assert not any(s == "CHN" for s, _, _ in found) and ("VNM", "PROTEST", "VNM") not in found, found


@pytest.mark.parametrize("text, lang, expected", [
    ("Neapel – Ihr Vater wurde vor dem Haus erschossen.", "de", ("UNK", "ASSAULT", "ITA")),
    ("Neapel – Ein Mann hat seinen Bruder erstochen.", "de", ("ITA", "ASSAULT", "ITA")),
    ("Naples – Her father was shot dead outside the house.", "en", ("UNK", "ASSAULT", "ITA")),
    ("Naples – A man stabbed his brother.", "en", ("ITA", "ASSAULT", "ITA")),
])
def test_kin_named_victim_of_violence(text, lang, expected):
    assert expected in events(text, lang)
