"""Acts one side of the parallel NTREX articles coded and the other missed (xl22), tested on
sentences written for these tests, in both languages where the mechanism is shared.

- An inquiry into the claims made against someone is aimed at that someone: "the FBI
  investigation into accusations against Judge Kavanaugh" (German "die Untersuchung zu den
  Vorwürfen gegen ..." already was).
- Refusing to say something is no rejection of anyone: "refused to comment", "weigerte sich,
  sich zu äußern"; German "weigerte sich, ... zu" with no actor in what is refused is a rejection
  as English "refused to" is ("weigerte sich, das Schiff abzunehmen").
- Small-arms fire at a private person no actor names harms a civilian of the place as a shot
  does: "Ein Mann wurde in Berlin angeschossen", "mit einem Luftgewehr beschossen".
- Requesting aid with no addressee named is an appeal for aid, as "appealed for aid" is.
- Calling someone, with nothing said of them, is a telephone call (German "anrufen"): "Bush has
  been calling senators"; not "called Putin a liar", "called Congress into session", nor a
  passer-by's call to the police.
"""
from __future__ import annotations

import pytest

from tests.coded_events import coded


@pytest.mark.parametrize("text, expected", [
    ("The FBI investigation into accusations against Judge Brett Kavanaugh has delayed a final vote.",
     ("USA", "09", "USA", "asserted")),
    ("The FBI will investigate the accusations against Kavanaugh.", ("USA", "09", "USA", "intent")),
    ("Germany's probe into allegations against the Russian embassy continued.", ("DEU", "09", "RUS", "asserted")),
], ids=["noun-compound", "verb-object", "possessor"])
def test_an_inquiry_into_claims_against_someone_aims_at_them(text: str, expected: tuple) -> None:
    assert expected in coded(text, "en")


@pytest.mark.parametrize("text, lang", [
    ("Russia refused to comment.", "en"),
    ("The Kremlin declined to comment on the report.", "en"),
    ("The ministry refused to give details.", "en"),
    ("China refused to confirm the figures.", "en"),
    ("Russland weigerte sich, einen Kommentar abzugeben.", "de"),
    ("Der türkische Minister weigerte sich, sich zu äußern.", "de"),
    ("Die Regierung Polens weigerte sich, Fragen zu beantworten.", "de"),
], ids=["refused-comment", "declined-comment", "details", "confirm", "kommentar", "äußern", "fragen"])
def test_refusing_to_say_is_no_rejection(text: str, lang: str) -> None:
    assert [e for e in coded(text, lang) if e[1].startswith("12")] == []


@pytest.mark.parametrize("text, lang", [
    ("Bundesstaaten greifen auf neue Mittel zurück, weil sich europäische Pharmafirmen weigern, das Mittel zu liefern.", "de"),
    ("Drug companies refused to supply the drug.", "en"),
], ids=["pharmafirmen", "drug-companies"])
def test_a_refusal_of_no_one_known_to_no_one_is_no_event(text: str, lang: str) -> None:
    assert [e for e in coded(text, lang) if e[1].startswith("12")] == []


@pytest.mark.parametrize("text, expected", [
    ("Kiew weigert sich, Wahlen abzuhalten.", ("UKR", "12", "", "asserted")),
    ("Russland weigerte sich, mit der Ukraine zu verhandeln.", ("RUS", "12", "UKR", "asserted")),
    ("Iran refused to negotiate with the United States.", ("IRN", "12", "USA", "asserted")),
], ids=["wahlen", "named", "en-named"])
def test_refusing_an_act_is_a_rejection(text: str, expected: tuple) -> None:
    assert expected in coded(text, "de" if "sich" in text else "en")


@pytest.mark.parametrize("text, expected", [
    ("Ein Mann wurde in London mehrfach mit einem Luftgewehr beschossen.", ("UNK", "193", "GBR", "asserted")),
    ("Ein Mann wurde in Berlin angeschossen.", ("UNK", "193", "DEU", "asserted")),
    ("Unbekannte beschossen in Hamburg einen Mann mit einer Pistole.", ("UNK", "193", "DEU", "asserted")),
    ("Polizisten wurden in Bremen beschossen.", ("UNK", "193", "DEU", "asserted")),
], ids=["luftgewehr", "angeschossen", "unbekannte", "polizisten"])
def test_shots_at_a_private_person(text: str, expected: tuple) -> None:
    assert expected in coded(text, "de")


def test_shelling_a_town_stays_shelling() -> None:
    assert ("SYR", "194", "SYR", "asserted") in coded("Rebellen beschossen die Stadt Aleppo.", "de")


@pytest.mark.parametrize("text, expected", [
    ("The Philippine government requested international assistance after the typhoon.", ("PHL", "023", "", "asserted")),
    ("Indonesia is not requesting international assistance.", ("IDN", "023", "", "negated")),
    ("The Greek government requested aid from the European Union.", ("GRC", "023", "IGO:EU", "asserted")),
], ids=["no-addressee", "negated", "addressee"])
def test_requesting_aid_is_an_appeal_for_aid(text: str, expected: tuple) -> None:
    assert expected in coded(text, "en")


@pytest.mark.parametrize("text, expected", [
    ("Merkel called Putin on Tuesday.", ("DEU", "041", "RUS", "asserted")),
    ("Bush has been picking up the phone to call Senators.", ("USA", "041", "USA", "asserted")),
    ("Macron called the Iranian president to discuss the nuclear deal.", ("FRA", "041", "IRN", "asserted")),
], ids=["putin", "senators", "to-discuss"])
def test_calling_someone_is_a_telephone_call(text: str, expected: tuple) -> None:
    assert expected in coded(text, "en")


@pytest.mark.parametrize("text", [
    "Trump called Macron a friend.",
    "Biden called Netanyahu weak.",
    "Johnson called Putin a threat to Europe.",
    "The president called Congress into session.",
    "A passerby called the police.",
    "Trump called Iran's bluff.",
], ids=["a-friend", "weak", "a-threat", "into-session", "police", "bluff"])
def test_calling_someone_something_is_no_call(text: str) -> None:
    assert [e for e in coded(text, "en") if e[1].startswith("04")] == []


@pytest.mark.parametrize("text, expected", [
    ("China schwor, jede Maßnahme der USA zu beantworten und es ist unwahrscheinlich, dass Peking nachgibt.",
     ("CHN", "131", "USA", "intent")),
    ("Die EU kündigte an, Sanktionen gegen Russland zu verhängen und Moskau reagierte empört.",
     ("IGO:EU", "1312", "RUS", "intent")),
], ids=["es-ist", "moskau-reagierte"])
def test_an_infinitive_clause_ends_before_a_clause_with_its_own_verb(text: str, expected: tuple) -> None:
    assert expected in coded(text, "de")


def test_the_next_clause_lends_no_target_to_the_infinitive() -> None:
    # "und die Ukraine begrüßte das" is a clause of its own: Ukraine is not what Russia promised
    assert ("RUS", "03", "UKR", "intent") not in coded(
        "Russland versprach, die Gefangenen freizulassen und die Ukraine begrüßte das.", "de")


def test_coordinated_infinitives_stay_one_clause_of_the_verb() -> None:
    assert [e for e in coded("Er versuchte, Frieden und Stabilität zu schaffen.", "de")] == []


@pytest.mark.parametrize("text, expected", [
    ("Iran was hit with new sanctions by the United States.", ("USA", "163", "IRN", "asserted")),
    ("Russia was slapped with sanctions by the EU.", ("IGO:EU", "16", "RUS", "asserted")),
    ("Three Palestinians were killed in a raid by Israeli troops.", ("ISR", "18", "PSE", "asserted")),
], ids=["hit-with-sanctions", "slapped-with-sanctions", "killed-in-a-raid"])
def test_a_passives_doer_hung_on_the_noun_of_its_phrase(text: str, expected: tuple) -> None:
    assert expected in coded(text, "en")


@pytest.mark.parametrize("text, expected", [
    # (frames-probe.yaml: "send" of troops is 154, as German "entsenden" of troops is)
    ("France sent 500 soldiers to Mali.", ("FRA", "154", "", "asserted")),
    ("Russia sent troops to the border with Ukraine.", ("RUS", "154", "", "asserted")),
], ids=["mali", "border"])
def test_sending_troops_is_a_deployment(text: str, expected: tuple) -> None:
    assert expected in coded(text, "en")


@pytest.mark.parametrize("text, lang", [
    ("The United States sent warships to the Gulf.", "en"),
    ("Die USA schickten Kriegsschiffe in den Golf.", "de"),
], ids=["en", "de"])
def test_sending_warships_is_a_show_of_force_in_both_languages(text: str, lang: str) -> None:
    # (frames-conf24.yaml: as German "schicken"/"entsenden" of warships; weapons sent to a
    # state stay aid: "sent weapons to Ukraine" is 072)
    assert [e[0] for e in coded(text, lang) if e[1].startswith("15")] == ["USA"]
    assert [e for e in coded("The United States sent weapons to Ukraine.", "en") if e[1].startswith("15")] == []


@pytest.mark.parametrize("text, expected", [
    ("After Russia annexed Crimea, the EU imposed sanctions on Moscow.", ("IGO:EU", "163", "RUS", "asserted")),
    ("After Russia annexed Crimea, the EU imposed sanctions on Russia.", ("IGO:EU", "163", "RUS", "asserted")),
], ids=["moscow", "russia"])
def test_a_clause_before_the_main_verb_read_as_an_adjective(text: str, expected: tuple) -> None:
    # the parser made "Crimea" the subject of "imposed" and "annexed" its adjective
    assert expected in coded(text, "en")


@pytest.mark.parametrize("text, expected", [
    ("Laut Polizei griffen Demonstranten in Hongkong Beamte an.", ("HKG", "145", "HKG", "reported")),   # a riot
    ("Die Polizei nahm in Berlin Demonstranten fest.", ("DEU", "173", "DEU", "asserted")),
], ids=["hongkong-beamte", "berlin-demonstranten"])
def test_a_noun_after_a_state_named_in_a_place_phrase_is_a_phrase_of_its_own(text: str, expected: tuple) -> None:
    # "in Hongkong Beamte" is the place, then the object, not one phrase
    assert expected in coded(text, "de")


@pytest.mark.parametrize("text, lang, expected", [
    ("The US embassy in Baghdad was attacked by rockets.", "en", ("UNK", "190", "USA", "asserted")),
    ("Three soldiers were killed by a roadside bomb in Afghanistan.", "en", ("UNK", "18", "AFG", "asserted")),
    ("Drei Soldaten wurden in Afghanistan von einer Sprengfalle getötet.", "de", ("UNK", "18", "AFG", "asserted")),
], ids=["by-rockets", "by-a-bomb", "von-einer-sprengfalle"])
def test_a_weapon_as_the_passives_agent_names_no_doer(text: str, lang: str, expected: tuple) -> None:
    # as "mit Raketen angegriffen", "attacked with rockets": violence by an unknown perpetrator
    assert expected in coded(text, lang)


def test_a_named_doer_of_the_weapon_stays_the_doer() -> None:
    assert ("PSE", "18", "ISR", "asserted") in coded("Two Israeli soldiers were wounded by a Hamas rocket.", "en")


@pytest.mark.parametrize("text, lang, expected", [
    ("Die serbische Polizei lieferte sich am Sonntag in Belgrad Zusammenstöße mit Demonstranten.", "de",
     ("SRB", "190", "SRB", "asserted")),
    ("Japan protested to China over the incursion.", "en", ("JPN", "114", "CHN", "asserted")),
], ids=["zusammenstoesse", "protested-to"])
def test_counterparts_found_with_parallel_sentences(text: str, lang: str, expected: tuple) -> None:
    assert expected in coded(text, lang)


def test_retaking_a_place_from_someone_is_fighting_them() -> None:
    # as German "eroberten die Stadt von russischen Soldaten zurück" (zurückerobern: prep:von)
    assert ("UKR", "190", "RUS", "asserted") in coded("Ukrainian forces recaptured the town from Russian troops.", "en")


@pytest.mark.parametrize("text, expected", [
    # a vow to answer another's measures in kind is a threat to that other, as German
    # "schwor, jede Maßnahme der USA zu beantworten" is
    ("China vowed to respond to any US measures.", ("CHN", "131", "USA", "intent")),
    ("Russia pledged to respond to the EU sanctions.", ("RUS", "131", "IGO:EU", "intent")),
], ids=["respond-us", "respond-eu"])
def test_a_vow_to_answer_measures_in_kind_is_a_threat(text: str, expected: tuple) -> None:
    assert expected in coded(text, "en")


@pytest.mark.parametrize("text", [
    "The company responded to the measures of the regulator.",
    "British firms responded to the EU tariffs by moving jobs.",
], ids=["company", "firms"])
def test_answering_measures_is_a_governments_act(text: str) -> None:
    assert [e for e in coded(text, "en") if e[1].startswith("1")] == []
