"""Frequent English verbs no frame knew (branch art39c), with their conditions: a town conquered
or territory reclaimed by an army is taken by force, but not the charts conquered by a band nor
land reclaimed from the sea; ships encroaching on a state's waters show force, a law encroaching
on citizens' privacy does not; rebelling or revolting against a government is a rebellion,
voters revolting at an idea are none; prisoners subjected to torture or beatings are tortured or
assaulted, a state subjected to sanctions is sanctioned, a plan subjected to scrutiny is nothing;
a punch thrown at someone is an assault; a group listed or classified as terrorist is accused,
a state listed as a partner or documents classified as secret are not; and the plain frames in a
short report of a crackdown (handcuffed, brutalized, bashed); bashing someone in words is
criticism, with sticks a beating."""
from tests.coded_events import coded


def test_conquered_by_an_army_is_force():
    assert coded("Russian forces conquered the town of Avdiivka.", "en") == [("RUS", "190", "UKR", "asserted")]


def test_conquered_charts_is_no_event():
    assert coded("The Korean band BTS conquered the American charts.", "en") == []


def test_territory_reclaimed_from_an_enemy_is_force():
    assert coded("The Ukrainian army reclaimed territory from Russia in the Kharkiv region.", "en") == [
        ("UKR", "190", "RUS", "asserted")]


def test_land_reclaimed_from_the_sea_is_no_event():
    assert coded("China reclaimed land in the Spratly Islands.", "en") == []
    assert coded("Singapore reclaimed land from the sea.", "en") == []


def test_encroaching_on_waters_shows_force():
    assert coded("Chinese coast guard vessels encroached on Philippine waters near Scarborough Shoal.", "en") == [
        ("CHN", "150", "PHL", "asserted")]


def test_encroaching_on_privacy_is_no_event():
    assert coded("Critics said the Chinese surveillance law encroached on the privacy of citizens.", "en") == []


def test_revolted_against_a_president_is_rebellion():
    assert coded("Soldiers in Niger revolted against President Mohamed Bazoum.", "en") == [
        ("NER", "145", "NER", "asserted")]
    assert coded("Wagner fighters rebelled against the Russian army.", "en") == [("RUS", "145", "RUS", "asserted")]


def test_revolted_without_an_opponent_is_no_event():
    assert coded("German voters revolted at the idea.", "en") == []


def test_a_crackdown_in_tbilisi():
    text = ("Police in Tbilisi handcuffed dozens of protesters on Sunday. Witnesses said officers brutalized "
            "demonstrators outside the parliament. Georgian Prime Minister Irakli Kobakhidze bashed the "
            "European Union.")
    assert coded(text, "en") == [("GEO", "173", "GEO", "asserted"), ("GEO", "182", "GEO", "reported"),
                                 ("GEO", "111", "IGO:EU", "asserted")]


def test_subjected_to_torture_beatings_or_sanctions():
    assert coded("Russian forces subjected Ukrainian prisoners to torture.", "en") == [
        ("RUS", "1822", "UKR", "asserted")]
    assert coded("Russian guards subjected Ukrainian prisoners of war to beatings.", "en") == [
        ("RUS", "182", "UKR", "asserted")]
    assert coded("The EU subjected Chinese electric cars to tariffs.", "en") == [("IGO:EU", "163", "CHN", "asserted")]


def test_subjected_to_scrutiny_is_no_event():
    assert coded("The plan was subjected to scrutiny by the German parliament.", "en") == []


def test_a_punch_thrown_at_someone_is_an_assault():
    assert coded("A Georgian protester threw a punch at a police officer in Tbilisi.", "en") == [
        ("GEO", "182", "GEO", "asserted")]
    assert coded("The Cuban boxer threw a punch.", "en") == []


def test_listed_as_terrorist_is_an_accusation():
    assert coded("The European Union listed Iran's Revolutionary Guards as a terrorist organisation.", "en") == [
        ("IGO:EU", "112", "IRN", "asserted")]
    assert coded("Washington listed Cuba as a state sponsor of terrorism.", "en") == [("USA", "112", "CUB", "asserted")]


def test_listed_as_a_partner_is_no_event():
    assert coded("The report listed Kenya as a partner.", "en") == []
    assert coded("The Chinese government listed Huawei as a sponsor of the summit.", "en") == []


def test_classified_as_terrorist_is_an_accusation_classified_as_secret_is_none():
    assert coded("Britain classified Hamas as a terrorist organisation.", "en") == [("GBR", "112", "PSE", "asserted")]
    assert coded("The Pentagon classified the documents as top secret.", "en") == []


def test_bashed_in_words_is_criticism_with_a_stick_an_assault():
    assert coded("Trump bashed China over trade.", "en") == [("USA", "111", "CHN", "asserted")]
    assert coded("Israeli settlers bashed Palestinian farmers with sticks.", "en") == [("ISR", "182", "PSE", "asserted")]


def test_disqualifying_oneself_is_no_sanction() -> None:
    # (after the merge: "he disqualifies himself with those statements" in an NTREX quote was USA 172 USA;
    # an act whose only target phrase is a reflexive pronoun is done to oneself, between no parties)
    assert coded("Trump disqualified himself with those statements.", "en") == []
