"""Known open items in both languages, branch art52b (sentences written for these tests: US
politics 2017-2024 between the White House, Congress, the special counsel, the FBI, courts and the
parties, in the register of English news and of its German translation).

- English: the phrase that says whose aides or advisers they are, which the parser hangs on the
  verb when the aides are the object of its preposition, belongs to them
  (``repairs.offices_read_as_verb_phrases``, lexicon ``office_owner_preps``): "Top administration
  officials met with aides to House Speaker Nancy Pelosi" USA 040 USA (was no event).
- A disapproval's object that names a party of no country yet ("the administration", "die
  Regierung") is whom it disapproves of, not whom the act it is reproached with names
  (``Coder._target``, ``addressed``): "criticised the administration for tying aid to Ukraine to
  money for Israel" USA 111 USA (was USA 111 UKR+ISR); German "kritisierten die Regierung dafür,
  die Hilfe für die Ukraine an Geld für Israel zu knüpfen" is no longer aimed at Ukraine and Israel
  (the government stays of no country when only the president was named before: open).
- German: a capitalised word HanTa reads as a verb right after a first name with which it makes a
  person's name of the dictionary ends that name (``tag._nouns_in_names``): "Der Gouverneur von
  Texas, Greg Abbott, hat die Regierung Biden verklagt" USA/GOV 115 USA/GOV (was "abbieten" and the
  government its subject).
- German: the dative plural "Republikanern" names the Republicans, as "Republikaner" does
  (organisations.yaml): "warfen den Republikanern vor, die Bestätigung zu überstürzen" (was no event).
- "their" or "ihre" after one man named as the subject is not his: a group named before
  (``Mentions.resolve``): "Democrats demanded a longer investigation. Senator Chuck Grassley rejected
  their request" USA/LEG 120 USA/PTY (was no event), "Grassley lehnte ihre Forderung ab" (12).
- An attack (190) of one official or politician named on another named of his own state is one of
  words (``_verbal_attack``): "He also attacked Attorney General Jeff Sessions" of the president
  USA 111 USA (was 190), "griff Justizminister Jeff Sessions an".
- The subject pronoun of a relative clause is not the antecedent the clause has as its object
  (``annotate``, ``coarguments``): "Sessions, whom he has repeatedly criticised for recusing himself
  from the Russia inquiry" is the president's criticism of Sessions (was USA 111 RUS), "den er
  wiederholt dafür kritisiert hat" (was no event).
- German "Beamte" of a body are of the body's sector, as English "officials" are (agents.yaml
  ``generic``): "FBI-Beamte" USA/COP (was GOV); premises searched whose owner a "von" phrase names
  are searched against that owner (frames-corpus.yaml): "FBI-Beamte durchsuchten das Büro von
  Trumps Anwalt Michael Cohen" USA 17 USA (was no event, FBI officials and Trump both GOV).
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.coded_events import sectored, triples as _events

D2018 = dt.date(2018, 4, 10)
D2019 = dt.date(2019, 1, 6)
D2023 = dt.date(2023, 10, 20)



@pytest.mark.parametrize("text, expected", [
    ("President Donald Trump spoke on Sunday. Top administration officials met with aides to House Speaker "
     "Nancy Pelosi on Saturday, but the talks ended without a deal.", ("USA/GOV", "040", "USA/LEG")),
    ("Senior State Department officials met with advisers to Senator Bob Menendez on Tuesday.",
     ("USA/GOV", "040", "USA/LEG")),
])
def test_aides_to_a_person_are_his(text, expected):
    assert expected in sectored(text, "en", D2019)


@pytest.mark.parametrize("text, lang", [
    ("President Joe Biden asked Congress on Friday to approve $106 billion in emergency funding for Israel, "
     "Ukraine and the border, the White House said. Some conservative Republicans criticised the administration "
     "for tying aid to Ukraine to money for Israel.", "en"),
    ("Präsident Joe Biden hat den Kongress am Freitag ersucht, 106 Milliarden Dollar an Nothilfen für Israel, "
     "die Ukraine und die Grenze zu bewilligen, wie das Weiße Haus mitteilte. Einige konservative Republikaner "
     "kritisierten die Regierung dafür, die Hilfe für die Ukraine an Geld für Israel zu knüpfen.", "de"),
])
def test_administration_criticised_for_what_it_did(text, lang):
    found = [e for e in _events(text, lang, D2023) if e[1] == "111"]
    assert found and not any("UKR" in t or "ISR" in t for _, _, t in found)
    if lang == "en":
        assert ("USA", "111", "USA") in found


def test_german_name_read_as_verb():
    assert sectored("Der Gouverneur von Texas, Greg Abbott, hat die Regierung Biden wegen ihrer Grenzpolitik "
                    "verklagt.", "de", D2023) == [("USA/GOV", "115", "USA/GOV")]


def test_republicans_in_the_dative():
    text = ("Die Demokraten im Justizausschuss des US-Senats warfen den Republikanern vor, die Bestätigung zu "
            "überstürzen.")
    assert ("USA/PTY", "112", "USA/PTY") in sectored(text, "de", dt.date(2018, 9, 28))


@pytest.mark.parametrize("text, lang, expected", [
    ("Senate Democrats demanded a longer investigation on Monday. Senator Chuck Grassley rejected their request.",
     "en", ("USA/LEG", "120", "USA/PTY")),
    ("Die US-Demokraten forderten am Montag eine längere Untersuchung. Senator Chuck Grassley lehnte ihre "
     "Forderung ab.", "de", ("USA/LEG", "12", "USA/PTY")),
])
def test_their_after_one_man_is_a_group_before(text, lang, expected):
    assert expected in sectored(text, lang, dt.date(2018, 9, 28))


@pytest.mark.parametrize("text, lang", [
    ("President Donald Trump condemned the raid. He also attacked Attorney General Jeff Sessions.", "en"),
    ("Präsident Donald Trump verurteilte die Razzia. Er griff auch Justizminister Jeff Sessions an.", "de"),
])
def test_attack_on_a_fellow_official_is_verbal(text, lang):
    found = _events(text, lang, D2018)
    assert ("USA", "111", "USA") in found and ("USA", "190", "USA") not in found


@pytest.mark.parametrize("text, lang", [
    ("President Donald Trump spoke on Monday. He met Attorney General Jeff Sessions, whom he has repeatedly "
     "criticised for recusing himself from the Russia inquiry.", "en"),
    ("Präsident Donald Trump sprach am Montag. Er traf Justizminister Jeff Sessions, den er wiederholt dafür "
     "kritisiert hat, dass er sich aus den Russland-Ermittlungen zurückgezogen hatte.", "de"),
])
def test_relative_subject_is_not_the_antecedent(text, lang):
    found = _events(text, lang, D2018)
    assert ("USA", "111", "USA") in found and ("USA", "111", "RUS") not in found


@pytest.mark.parametrize("text, expected", [
    ("FBI-Beamte durchsuchen Büro von Trumps persönlichem Anwalt", ("USA/COP", "17", "USA/GOV")),
    ("FBI-Beamte durchsuchten am Montag das Büro von Michael Cohen.", ("USA/COP", "17", "USA/ELI")),
])
def test_fbi_officials_search_premises(text, expected):
    assert sectored(text, "de", D2018) == [expected]
