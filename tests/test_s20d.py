"""German actors the English side names in the same news, branch s20d (sentences and phrases
written for these tests). Found by coding the German and English sides of the parallel NTREX
documents (benchmarks/crosslingual.py's pairs) and comparing the actors each side names.

- Names of bodies take the genitive in -es that the common noun they end in takes
  (``Morphology.body_forms``): "des Sicherheitsrates", "des Bundestages", "des Europarates" are
  the UN Security Council, the Bundestag and the Council of Europe, as "des Sicherheitsrats" was.
- "Kongress" alone is the US Congress, as English "Congress" is; the congresses of other states
  named with their state keep theirs ("der peruanische Kongress", "Mexikos Kongress", "der
  Kongress Kolumbiens"), and "Senat" alone is a chamber several states have, as English "Senate",
  which the article's state takes ("Der Kongress beschloss ... Danach kritisierte der Senat ...").
- "Konservative Partei" is the British party, as English "Conservative Party"; longer names keep
  their own party ("Demokratische Partei Kurdistans", "Freie Demokratische Partei", "Konservative
  Partei Kanadas"). "Demokratische Partei" alone stays a party of the state the article reports
  on (test_art31e: "Seoul – Die oppositionelle Demokratische Partei ..." is South Korea's), which
  gives the US party under a Washington dateline.
- German agent nouns the English list has: "Volk" (people: "das iranische Volk" as "the Iranian
  people"), "Zivilgesellschaft", "Staatsrat", "Herrscher", "Bürokrat",
  "Entscheidungsträger", "Bataillon", "Brigade", "Regiment", "Militärkoalition", "Magazin",
  "Kommentator", "Geschäftsfrau", "Kaufleute", "Sheriff", and the English service names German
  copy keeps ("die U.S. Navy", "die US-Army") (actors/data/agents-s20d.yaml); "Volk"
  in the singular only and not by a lemma: "Völker" is a surname too.
- A state's name truncated before "und" is completed by the tail of the next one
  (``ActorMatcher._truncated``): "Nord- und Südkorea" is North and South Korea (was South Korea
  alone), as "Regierungs- und Oppositionsvertreter" are government and opposition officials.
- A national adjective right before a unit noun (``Words.unit_nouns``: currencies, clock
  times) names no actor: "drei Millionen australische Dollar", "um 9 Uhr britischer Sommerzeit",
  "Canadian dollars" (in the matcher, and as the possessor of the unit noun's clause).
- A common noun of an agent right after a first name of the dictionary's persons is a surname,
  no agent (``ActorMatcher.first_names``): "Markus Richter" is no judge, "Thomas Bauer" no farmer,
  "Michael Völker" (a byline) no peoples.
"""

from __future__ import annotations

import datetime as dt

import pytest

from chronist.actors.matcher import ActorMatcher
from tests.actor_tokens import toks
from tests.coded_events import triples as _events

DATE = dt.date(2019, 3, 4)


@pytest.fixture(scope="module")
def matcher() -> ActorMatcher:
    return ActorMatcher()


def _actors(matcher: ActorMatcher, phrase: str) -> list[tuple[str, str | None]]:
    return [(a.code, a.sector) for a in matcher.match(toks(phrase), lang="de", date=DATE)]


@pytest.mark.parametrize("phrase, expected", [
    ("die Resolution des Sicherheitsrates", ("IGO:UN", "GOV")),
    ("eine Sitzung des UN-Sicherheitsrates", ("IGO:UN", "GOV")),
    ("der Präsident des Bundestages", ("DEU", "LEG")),
    ("die Mitglieder des Deutschen Bundestages", ("DEU", "LEG")),
    ("eine Delegation des Europarates", ("IGO:COE", "GOV")),
])
def test_body_names_take_the_genitive_in_es(matcher, phrase, expected):
    assert expected in _actors(matcher, phrase)


@pytest.mark.parametrize("text, expected", [
    ("Die Mitglieder des Sicherheitsrates verurteilten den Raketentest Nordkoreas.", ("IGO:UN", "111", "PRK")),
    ("Eine Delegation des Europarates besuchte Aserbaidschan.", ("IGO:COE", "042", "AZE")),
    ("Der Präsident des Bundestages empfing den Botschafter Polens.", ("DEU", "043", "POL")),
])
def test_body_in_the_genitive_in_es_acts(text, expected):
    assert expected in _events(text, "de")


def test_congress_alone_is_the_us_congress(matcher):
    # other states' congresses named with their state keep their state
    assert {phrase: _actors(matcher, phrase) for phrase in (
        "der Kongress", "des Kongresses", "der peruanische Kongress", "Perus Kongress",
        "des Kongresses Kolumbiens", "im argentinischen Kongress")} == {
        "der Kongress": [("USA", "LEG")], "des Kongresses": [("USA", "LEG")],
        "der peruanische Kongress": [("PER", "LEG")], "Perus Kongress": [("PER", "LEG")],
        "des Kongresses Kolumbiens": [("COL", "LEG")], "im argentinischen Kongress": [("ARG", "LEG")]}


@pytest.mark.parametrize("text, expected", [
    ("Der Kongress verhängte neue Sanktionen gegen Venezuela.", [("USA", "163", "VEN")]),
    ("Der Kongress beschloss Sanktionen gegen Iran. Danach kritisierte der Senat den Präsidenten.",
     [("USA", "163", "IRN"), ("USA", "111", "USA")]),
])
def test_congress_and_senate_act(text, expected):
    assert _events(text, "de") == expected


def test_democratic_and_conservative_party(matcher):
    # longer names keep their own party
    phrases = {"die Konservative Partei": [("GBR", "PTY")], "der Konservativen Partei": [("GBR", "PTY")],
               "die Demokratische Partei Kurdistans": [("IRQ", "PTY")],
               "die Freie Demokratische Partei": [("DEU", "PTY")],
               "die Konservative Partei Kanadas": [("CAN", "PTY")]}
    assert {phrase: _actors(matcher, phrase) for phrase in phrases} == phrases


@pytest.mark.parametrize("text, expected", [
    ("Washington – Die Demokratische Partei warf dem Präsidenten Amtsmissbrauch vor.", ("USA", "112", "USA")),
    ("Die Konservative Partei forderte den Rücktritt des Labour-Chefs.", ("GBR", "1041", "GBR")),
])
def test_party_named_acts(text, expected):
    (source, cameo, target), = _events(text, "de")
    assert (source, cameo[:3], target) == (expected[0], expected[1][:3], expected[2])


@pytest.mark.parametrize("phrase, expected", [
    ("das syrische Volk", ("SYR", "CVL")),
    ("des iranischen Volkes", ("IRN", "CVL")),
    ("die russische Zivilgesellschaft", ("RUS", "CVL")),
    ("Chinas Staatsrat", ("CHN", "GOV")),
    ("der saudische Herrscher", ("SAU", "GOV")),
    ("die EU-Bürokraten", ("IGO:EU", "GOV")),
    ("ein russisches Bataillon", ("RUS", "MIL")),
    ("die von Saudi-Arabien geführte Militärkoalition", ("SAU", "MIL")),
    ("das deutsche Magazin", ("DEU", "MED")),
    ("ein britischer Kommentator", ("GBR", "MED")),
    ("eine chinesische Geschäftsfrau", ("CHN", "BUS")),
])
def test_agent_nouns_the_english_list_has(matcher, phrase, expected):
    assert _actors(matcher, phrase) == [expected]


def test_people_nouns_only_as_such(matcher):
    # "Volker" is a first name, no form of "Volk"
    phrases = {"das Volk": [("UNK", "CVL")], "Volker Bouffier": [("DEU", "GOV")], "die Feuerwehrleute": []}
    assert {phrase: _actors(matcher, phrase) for phrase in phrases} == phrases
    # nor the plural, a surname too, by its lemma "Volk" either (a byline run on: "scharf.(Sabine
    # Völker" is one token, then "Völker")
    tokens = toks("Völker")
    tokens[0].lemma = "Volk"
    assert matcher.match(tokens, lang="de", date=DATE) == []


@pytest.mark.parametrize("text, expected", [
    ("Präsident Rohani rief das iranische Volk zur Geschlossenheit auf.", ("IRN", "022", "IRN")),
    ("Der saudische Herrscher empfing den Präsidenten Ägyptens.", ("SAU", "043", "EGY")),
])
def test_agent_nouns_act(text, expected):
    assert expected in _events(text, "de")


def test_agent_nouns_give_the_sector():
    from tests.coded_events import sectored
    assert ("BLR/CVL", "14", "BLR/GOV") in sectored(
        "Die belarussische Zivilgesellschaft protestierte gegen die Wahlfälschung.", "de")
    assert ("RUS/MIL", "190", "UKR/MIL") in sectored("Ein russisches Bataillon griff ukrainische Stellungen an.", "de")
    assert ("CHN/GOV", "111", "USA/GOV") in sectored("Chinas Staatsrat kritisierte die neuen Zölle der USA.", "de")
    assert ("TUR/MED", "112", "GRC/GOV") in sectored(
        "Ein türkisches Magazin beschuldigte den griechischen Premier der Lüge.", "de")
    assert ("SAU/MIL", "195", "YEM/CVL") in sectored(
        "Die von Saudi-Arabien geführte Militärkoalition bombardierte einen Hafen im Jemen.", "de")


def test_state_name_completed_by_the_next_one(matcher):
    # "Nord- und Südkorea": the truncated "Nord-" is North Korea, completed by "Südkorea"'s tail
    assert _actors(matcher, "Nord- und Südkorea") == [("PRK", None), ("KOR", None)]
    assert _actors(matcher, "zwischen Süd- und Nordkorea") == [("KOR", None), ("PRK", None)]
    assert _actors(matcher, "Nord- und Südsudan") == [("SDN", None), ("SSD", None)]
    # the agents' truncated compounds stay as they were
    assert _actors(matcher, "Armee- und Polizeikräfte") == [("UNK", "MIL"), ("UNK", "COP")]


def test_both_koreas_named_by_one_name_agree():
    assert ("PRK+KOR", "036", "PRK+KOR") in _events(
        "Nord- und Südkorea vereinbarten am Montag neue Gespräche über ihre Grenze.", "de")


@pytest.mark.parametrize("phrase", ["elf Millionen britische Pfund", "zwei Millionen kanadische Dollar",
                                    "um 9 Uhr britischer Sommerzeit"])
def test_state_adjective_before_a_unit_names_no_actor(matcher, phrase):
    assert _actors(matcher, phrase) == []


def test_state_adjective_before_a_unit_names_no_actor_english(matcher):
    assert [(a.code, a.sector) for a in matcher.match(
        toks("six million Australian dollars"), lang="en", date=DATE)] == []


def test_currency_is_no_party_of_the_event():
    # (was GBR 1711 GBR: the police made British by the pounds, and the pounds a British target)
    assert not any("GBR" in s or "GBR" in t for s, _, t in _events(
        "Die Polizei beschlagnahmte zwölf Millionen britische Pfund.", "de"))


def test_agent_noun_after_a_first_name_is_a_surname(matcher):
    # "Markus Richter" is a person the dictionaries do not know, no judge; "Michael Völker" no
    # peoples; a common noun before the agent is no first name ("eine Art Bürgerwehr")
    phrases = {"Markus Richter": [], "Michael Völker": [], "Thomas Bauer": [],
               "Richter Kavanaugh": [("USA", "JUD")], "Präsident Donald Trump": [("USA", "GOV")]}
    assert {phrase: _actors(matcher, phrase) for phrase in phrases} == phrases


def test_english_service_names_in_german_copy(matcher):
    phrases = {"die U.S. Navy": [("USA", "MIL")], "die US-Army": [("USA", "MIL")],
               "die US Air Force": [("USA", "MIL")], "die Royal Navy": [("GBR", "MIL")]}
    assert {phrase: _actors(matcher, phrase) for phrase in phrases} == phrases
    assert ("USA", "154", "") in _events("Die US-Army verlegte im Frühjahr zusätzliche Truppen nach Litauen.", "de")
