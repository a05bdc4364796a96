"""Reported speech, attribution and sources in German and English news (sentences written for
these tests, branch art32e).

- A possessive of the third person before the forces or police that are the subject of reported
  speech names the speaker's state when the speaker is one state or its organ (pack words
  ``owner_possessives``): "Russia said its troops had attacked Ukrainian positions", "Israel
  teilte mit, seine Armee habe ... getötet" (the troops were no one's, or took the other side's
  country: "Israel said its forces had killed a Hamas commander" was PSE 18 PSE). Not a rebel
  group's "their fighters", not outside speech.
- English parse repair: a speaker after a comma at the end of the sentence that the parser hangs
  on the last noun as its apposition, with the speech verb joined to the main verb as its
  conjunct (so that the main verb's subject said it), is the subject of the speech verb, which
  reports the clause before it (speech.speakers_read_as_appositions): "China must respect the
  human rights of Uighurs, the EU's foreign policy chief said on Twitter" coded nothing (China
  "said"), now IGO:EU 10 CHN. So is such an apposition before a speech verb the parser made the
  root with no subject ("Israel must allow aid into Gaza, a spokeswoman for the European Commission
  said": IGO:EU 10 ISR) or with the name after the apposition's dangling "for" for its subject
  ("..., a spokesman for Secretary of State Antony Blinken said": USA 10 RUS); both were nothing.
- English parse repairs: a that-clause after a speech verb's prepositional phrase that the parser
  hangs on the phrase's noun as a relative clause ("Macron told Putin in a phone call that Russia
  must end the war": "that" is its mark and it has a subject of its own) is what the verb reports
  (speech.reports_read_as_relatives; was nothing, now FRA 10 RUS); a claim dismissed "as" something
  put before it ("Iran dismissed as baseless reports that it had supplied missiles to Russia") is
  the verb's object, a denial (speech.claims_read_as_predicates; was IRN 072 RUS, the denied act).
- An appeal that names no addressee is aimed at the sides that the "between" phrase of the event
  noun it calls for names (Coder._appealed_sides): "Lula called for talks between Israel and
  Hamas" was BRA 02 with no target, now BRA 02 ISR+PSE; German "rief zu Gesprächen zwischen Israel
  und der Hamas auf" coded no appeal (aufrufen 026 and 0256 now take prep:zwischen), now BRA 026
  ISR+PSE. Not sides the caller is one of.
- "he", "er" in the speech of a sentence after an official named by his office and no name who
  spoke or acted ("A spokesman for the Chinese foreign ministry criticised Japan. The US must stop
  its provocations, he said", "Der chinesische Außenminister kritisierte Japan scharf. Die USA
  müssten ..., sagte er") mean that official, as after a person the dictionaries do not know
  (Annotator._unnamed_speaker): the demand was lost, now CHN 10 USA. Not a "laut"-source.
- A speaker described between commas by his tie to another person ("Kim Yo Jong, the sister of
  leader Kim Jong Un, threatened Seoul", "Dmitri Peskow, der Sprecher von Wladimir Putin,") is
  the one actor of his phrase: the person the description names is whose sister or spokesman he
  is (Annotator._without_apposition_owner, as for a state named so); was PRK+PRK, RUS+RUS.
- German "so X" after a comma names the source of the clause, as "laut X" before it does
  (lexicon ``source_adverbs``): "Russland habe Odessa angegriffen, so Kuleba" is reported speech,
  and "Die USA müssen ihre Provokationen einstellen, so China" China's demand.
- German "hieß es" with "es" for subject takes its source from its aus-, in-, von- or
  seitens-phrase (lexicon impersonal_speech_verbs, impersonal_subjects,
  impersonal_source_prepositions): "Russland müsse seine Truppen abziehen, hieß es aus dem
  Auswärtigen Amt" and "In einer Erklärung der Nato hieß es, Russland müsse ..." coded nothing
  (the speaker was "es"), now DEU 10 RUS and IGO:NATO 10 RUS.
- An obligation laid on someone in a clause attributed by "laut", "zufolge", "nach Angaben" or
  "so" is the source's demand, as English "according to" already was ("Laut China müssen die USA
  ... einstellen": CHN 10 USA); hearsay "sollen" stays hearsay.
- English "a spokesman for X", "an official at X", "sources with X", "an official in the X
  government": the phrase of the body a spokesman, an official or a source speaks for stays in
  its phrase and gives it its country (lexicon ``office_nouns``; words ``binding_prepositions``),
  as "the spokesman of X" did: "A spokesman for the Chinese foreign ministry said the US must
  stop its provocations" coded nothing. "US officials in Kabul" stay American.
- German "dementieren" and "abstreiten" of a clause are denials, statements with no event, as
  "bestreiten" and English "deny" are: "Peking dementierte, dass seine Flugzeuge den Luftraum
  Taiwans verletzt hätten" was CHN 12 TWN.
"""
from __future__ import annotations

import pytest

from tests.coded_events import coded


def _triples(text: str, lang: str) -> list[tuple[str, str, str]]:
    return [e[:3] for e in coded(text, lang)]


@pytest.mark.parametrize("text, lang, expected", [
    ("Russia said its troops had attacked Ukrainian positions near Bakhmut.", "en", ("RUS", "190", "UKR")),
    ("Israel said its forces had killed a Hamas commander in Gaza.", "en", ("ISR", "18", "PSE")),
    ("Russia's defence ministry said its forces had shot down 20 Ukrainian drones.", "en", ("RUS", "190", "UKR")),
    ("Russland erklärte, seine Truppen hätten ukrainische Stellungen angegriffen.", "de", ("RUS", "190", "UKR")),
    ("Israel teilte mit, seine Armee habe einen Hamas-Kommandeur getötet.", "de", ("ISR", "18", "PSE")),
])
def test_the_speakers_possessive_names_the_speakers_forces(text, lang, expected):
    assert expected in _triples(text, lang)


@pytest.mark.parametrize("text, lang", [
    ("Israel said its forces had killed a Hamas commander in Gaza.", "en"),
    ("Israel teilte mit, seine Armee habe einen Hamas-Kommandeur getötet.", "de"),
])
def test_the_speakers_forces_are_not_the_other_side(text, lang):
    assert not [e for e in _triples(text, lang) if e[0] == "PSE"]


@pytest.mark.parametrize("text, expected", [
    ("Die USA müssen ihre Provokationen sofort einstellen, so China.", ("CHN", "10", "USA")),
    ("Russland müsse seine Truppen aus Moldau abziehen, so die Nato.", ("IGO:NATO", "10", "RUS")),
    ("Laut China müssen die USA ihre Provokationen sofort einstellen.", ("CHN", "10", "USA")),
    ("Dem chinesischen Außenministerium zufolge müssen die USA ihre Provokationen einstellen.", ("CHN", "10", "USA")),
])
def test_an_obligation_attributed_to_a_source_is_its_demand(text, expected):
    assert expected in _triples(text, "de")


def test_so_names_the_source_of_the_report():
    events = coded("Russland hat Odessa in der Nacht angegriffen, so Kuleba.", "de")
    assert ("RUS", "190", "UKR", "reported") in events


def test_hearsay_sollen_with_a_source_is_no_demand():
    assert not [e for e in _triples("Laut Medienberichten sollen russische Truppen Odessa angreifen.", "de")
                if e[1] == "10"]


@pytest.mark.parametrize("text, expected", [
    ("A spokesman for the Chinese foreign ministry said the US must stop its provocations.", ("CHN", "10", "USA")),
    ("The US must stop its provocations, said a spokesman for the Chinese foreign ministry.", ("CHN", "10", "USA")),
    ("An official at the Chinese foreign ministry told reporters the US must stop its provocations.",
     ("CHN", "10", "USA")),
    ("A spokeswoman for the European Commission criticised Hungary.", ("IGO:EU", "111", "HUN")),
    ("A spokesman for Hamas said Israel must stop its attacks.", ("PSE", "10", "ISR")),
    ("According to a spokesman for the German government, Russia must withdraw its troops.", ("DEU", "10", "RUS")),
    ("A senior official in the Pakistani government condemned India.", ("PAK", "111", "IND")),
])
def test_a_spokesman_for_a_body_speaks_for_its_state(text, expected):
    assert expected in _triples(text, "en")


def test_officials_in_a_foreign_capital_stay_their_states():
    assert ("USA", "10", "AFG") in _triples("US officials in Kabul said the Taliban must release the prisoners.", "en")


@pytest.mark.parametrize("text", [
    "Peking dementierte, dass seine Flugzeuge den Luftraum Taiwans verletzt hätten.",
    "Russland stritt ab, die Ukraine angegriffen zu haben.",
    "Der Kreml dementierte, dass russische Truppen Odessa beschossen hätten.",
])
def test_a_denied_clause_is_a_statement(text):
    assert _triples(text, "de") == []


@pytest.mark.parametrize("text, expected", [
    ("China must respect the human rights of Uighurs, the EU's foreign policy chief said on Twitter.",
     ("IGO:EU", "10", "CHN")),
    ("Russia must withdraw its troops from the territory of Moldova, the foreign minister of Romania said on Tuesday.",
     ("ROU", "10", "RUS")),
])
def test_a_trailing_speaker_read_as_an_apposition_is_the_speaker(text, expected):
    assert expected in _triples(text, "en")


def test_an_apposition_before_the_speaker_stays_one():
    assert ("TUR", "10", "ISR") in _triples("Israel must end the siege of Gaza, a city of two million people, "
                                            "Erdogan said.", "en")


@pytest.mark.parametrize("text, expected", [
    ("Macron told Putin in a phone call that Russia must end the war.", ("FRA", "10", "RUS")),
    ("Erdogan told reporters on his plane that Sweden must extradite the suspects.", ("TUR", "10", "SWE")),
])
def test_a_report_after_a_phrase_of_the_speech_verb_is_reported(text, expected):
    assert expected in _triples(text, "en")


@pytest.mark.parametrize("text", [
    "Iran dismissed as propaganda claims that it had supplied missiles to Russia.",
    "Iran dismissed as baseless reports that it had supplied missiles to Russia.",
    "Iran rejected as false allegations that it had sent drones to Russia.",
])
def test_a_claim_dismissed_as_false_is_a_denial(text):
    assert _triples(text, "en") == []


def test_a_relative_clause_on_a_noun_stays_one():
    assert ("IRN", "057", "CHN") in _triples("He spoke about the deal that Iran signed with China.", "en")


@pytest.mark.parametrize("text, lang, expected", [
    ("Lula called for talks between Israel and Hamas.", "en", ("BRA", "02", "ISR+PSE")),
    ("Brazil called for negotiations between Russia and Ukraine.", "en", ("BRA", "02", "RUS+UKR")),
    ("Lula rief zu Gesprächen zwischen Israel und der Hamas auf.", "de", ("BRA", "026", "ISR+PSE")),
    ("Lula rief zu einer Waffenruhe zwischen Israel und der Hamas auf.", "de", ("BRA", "0256", "ISR+PSE")),
])
def test_an_appeal_for_talks_between_two_sides_is_aimed_at_them(text, lang, expected):
    assert expected in _triples(text, lang)


def test_an_appeal_for_talks_the_caller_joins_is_not_aimed_at_itself():
    assert not [e for e in _triples("Israel called for talks between Israel and Hamas.", "en")
                if e[:2] == ("ISR", "02") and e[2]]


@pytest.mark.parametrize("text, lang", [
    ("A spokesman for the Chinese foreign ministry criticised Japan. The US must stop its provocations, he said.", "en"),
    ("A Chinese foreign ministry spokesman criticised Japan. The US must stop its provocations, he said.", "en"),
    ("Ein Sprecher des chinesischen Außenministeriums kritisierte Japan scharf. Die USA müssten ihre "
     "Provokationen sofort einstellen, sagte er.", "de"),
    ("Der chinesische Außenminister kritisierte Japan scharf. Die USA müssten ihre Provokationen sofort "
     "einstellen, sagte er.", "de"),
])
def test_he_after_an_unnamed_official_is_that_official(text, lang):
    assert ("CHN", "10", "USA") in _triples(text, lang)


@pytest.mark.parametrize("text, expected", [
    ("Russland müsse seine Truppen abziehen, hieß es aus dem Auswärtigen Amt.", ("DEU", "10", "RUS")),
    ("Aus dem Auswärtigen Amt hieß es, Russland müsse seine Truppen abziehen.", ("DEU", "10", "RUS")),
    ("In einer Erklärung der Nato hieß es, Russland müsse seine Truppen abziehen.", ("IGO:NATO", "10", "RUS")),
])
def test_the_source_of_an_impersonal_report_is_its_phrase(text, expected):
    assert expected in _triples(text, "de")


@pytest.mark.parametrize("text, lang, expected", [
    ("Kim Yo Jong, the powerful sister of leader Kim Jong Un, threatened Seoul.", "en", ("PRK", "13", "KOR")),
    ("Dmitry Peskov, the spokesman of Vladimir Putin, criticised Ukraine.", "en", ("RUS", "111", "UKR")),
    ("Dmitri Peskow, der Sprecher von Wladimir Putin, kritisierte die Ukraine.", "de", ("RUS", "111", "UKR")),
])
def test_a_person_named_in_a_speakers_description_is_no_second_speaker(text, lang, expected):
    assert expected in _triples(text, lang)


def test_a_list_of_persons_stays_a_list():
    assert ("USA+DEU+FRA", "111", "RUS") in _triples("Biden, Scholz and Macron criticised Russia.", "en")


@pytest.mark.parametrize("text, expected", [
    ("Israel must allow aid into Gaza, a spokeswoman for the European Commission said.", ("IGO:EU", "10", "ISR")),
    ("Russia must free the journalists, a spokesman for Secretary of State Antony Blinken said.", ("USA", "10", "RUS")),
    ("Iran must free the sailors, a spokeswoman for Prime Minister Theresa May said.", ("GBR", "10", "IRN")),
])
def test_a_spokesman_set_off_before_the_root_speech_verb_is_its_subject(text, expected):
    assert expected in _triples(text, "en")
