"""Branch s19f: vocabulary gaps the silver files show as "unknown verb/noun" (sentences written
for these tests).

- Scorn (111) told by calling a report, a step or an offer fake news, a pretext, a fig leaf, a
  whitewash, a stunt, a ploy (English class scorn and lexicon evaluative_adjectives) or a Feigenblatt,
  Vorwand, Mogelpackung, Augenwischerei, Vertuschung ... (German &scorn), for every
  verb of calling and for "be" with a speaker, as the words of scorn already are.
- Investigations, proceedings "running" against someone are the investigation of them (09):
  German "Gegen X laufen Ermittlungen / läuft ein Strafverfahren"; the proceeding noun is the
  subject (instrument), its genitive the investigator or, named by no one, the authorities of
  the country (coder: such a verb of a proceeding's course is a noun's act, _authority).
- Attacking someone by going at them (18): German "auf jemanden losgehen", English "lunge at",
  done by armed men, police, protesters or with a weapon (182); not a politician's words.
- Co-financing is financing (071): German "mitfinanzieren", "kofinanzieren", English "cofinance".
"""

from __future__ import annotations

import pytest

from tests.coded_events import sectored, triples


@pytest.mark.parametrize("text, lang, expected", [
    ("Die polnische Opposition nannte das Gesetz der Regierung ein Feigenblatt.", "de", ("POL", "111", "POL")),
    ("Die serbische Opposition nannte die Reform der Regierung eine Mogelpackung.", "de", ("SRB", "111", "SRB")),
    ("Athen bezeichnete das Angebot der Türkei als Augenwischerei.", "de", ("GRC", "111", "TUR")),
    ("Der Iran nannte den amerikanischen Bericht eine Vertuschung.", "de", ("IRN", "111", "USA")),
    ("Das Angebot Ankaras sei ein billiger Vorwand, sagte der griechische Außenminister.", "de", ("GRC", "111", "TUR")),
    ("Moscow called the British report fake news.", "en", ("RUS", "111", "GBR")),
    ("Beijing called the American sanctions a pretext for interference.", "en", ("CHN", "111", "USA")),
    ("The Greek government described the Turkish offer as a publicity stunt.", "en", ("GRC", "111", "TUR")),
    ("Tehran called the American proposal a smokescreen.", "en", ("IRN", "111", "USA")),
    ("The Serbian opposition called the government's report a whitewash.", "en", ("SRB", "111", "SRB")),
])
def test_calling_it_a_pretext_or_fake_is_scorn(text, lang, expected):
    assert expected in triples(text, lang)


@pytest.mark.parametrize("text, lang", [
    ("Der Vorwand des Angriffs war dünn.", "de"),
    ("Die Inszenierung des Theaters in Wien begeisterte das Publikum.", "de"),
    ("The pretext for the war was thin.", "en"),
    ("The stunt pilot landed in Vienna.", "en"),
])
def test_no_scorn_without_one_who_calls_it_so(text, lang):
    assert not [e for e in triples(text, lang) if e[1] == "111"]


@pytest.mark.parametrize("text, expected", [
    ("Gegen den rumänischen Oppositionsführer laufen Ermittlungen wegen Korruption.", ("ROU/GOV", "09", "ROU/OPP")),
    ("Gegen zwei ungarische Journalisten läuft ein Strafverfahren.", ("HUN/GOV", "09", "HUN/MED")),
    ("Gegen den früheren Präsidenten Guatemalas laufen seit Mai Korruptionsermittlungen.", ("GTM/GOV", "09", "GTM/ELI")),
    ("Ermittlungen der rumänischen Staatsanwaltschaft laufen gegen den Minister.", ("ROU/JUD", "09", "ROU/GOV")),
])
def test_proceedings_running_against_someone_investigate_them(text, expected):
    assert expected in sectored(text, "de")


@pytest.mark.parametrize("text", [
    "Die Ermittlungen laufen noch.",
    "Die Verhandlungen mit der Türkei laufen gut.",
    "Der polnische Minister lief gegen eine Glastür.",
])
def test_no_investigation_without_a_proceeding_against_someone(text):
    assert not [e for e in triples(text, "de") if e[1].startswith("09")]


@pytest.mark.parametrize("text, lang, expected", [
    ("Dutzende Demonstranten gingen in Kiew auf ukrainische Polizisten los.", "de", ("UKR/CVL", "145", "UKR/COP")),
    ("Ein 30-Jähriger ging in Wien mit einem Messer auf einen Syrer los.", "de", ("AUT/CVL", "182", "SYR/CVL")),
    ("Protesters lunged at Ukrainian police officers in Kiev.", "en", ("UKR/CVL", "145", "UKR/COP")),
    ("A man lunged at two Afghan asylum seekers with an iron bar in Graz.", "en", ("UNK/None", "182", "AFG/REF")),
])
def test_going_at_someone_is_an_assault(text, lang, expected):
    assert expected in sectored(text, lang)


@pytest.mark.parametrize("text, lang", [
    ("Die albanische Opposition ging im Parlament scharf auf die Regierung los.", "de"),
    ("Die albanische Opposition ging mit scharfen Worten auf die Regierung los.", "de"),
])
def test_going_at_someone_with_words_is_no_assault(text, lang):
    assert not [e for e in triples(text, lang) if e[1].startswith("18")]


@pytest.mark.parametrize("text, lang, expected", [
    ("Die EU will Flüchtlingslager in der Türkei mitfinanzieren.", "de", ("IGO:EU", "0331", "TUR")),
    ("Die EU kofinanzierte zwei Flüchtlingslager in der Türkei.", "de", ("IGO:EU", "071", "TUR")),
    ("The EU cofinanced two refugee camps in Turkey.", "en", ("IGO:EU", "071", "TUR")),
])
def test_cofinancing_is_financing(text, lang, expected):
    assert expected in triples(text, lang)


@pytest.mark.parametrize("text, lang, expected", [
    ("Ein früherer amerikanischer Diplomat sagte in Washington gegen Trump aus.", "de", ("USA/ELI", "112", "USA/GOV")),
    ("A former American diplomat testified against Trump in Washington.", "en", ("USA/ELI", "112", "USA/GOV")),
])
def test_testifying_against_someone_accuses_them(text, lang, expected):
    assert expected in sectored(text, lang)


@pytest.mark.parametrize("text, lang", [
    ("Der Zeuge sagte gegen zehn Uhr aus.", "de"),
    ("The witness testified against the advice of his lawyer.", "en"),
])
def test_no_charge_without_an_accused(text, lang):
    assert not [e for e in triples(text, lang) if e[1] == "112"]
