"""The verbs of chronist/lang/en/frames-probe.yaml, written down from how English news tells each
kind of event (probe sentences per PLOVER type): each word in a sentence where it names no act
between political actors and must code nothing, and the wordings whose target stands in the
event noun the frame's condition names, not in the verb's own phrases (sentences written for
these tests)."""
from __future__ import annotations

import pytest

from tests.coded_events import coded

ORDINARY = [
    ('strike-rocket', 'The falling rocket struck a field in Texas.'),
    ('slam-drone', 'A delivery drone slammed into a tree in the park.'),
    ('ship-vaccines', 'Pfizer shipped vaccines to pharmacies across the country.'),
    ('approve-loan', 'The bank approved a loan for the new football stadium.'),
    ('give-million', 'The billionaire gave his foundation $20 million.'),
    ('hand-over-suspect', 'The school handed over the suspect to the local police.'),
    ('hand-over-land', 'The developer handed over the land to the city council.'),
    ('grant-pardon', 'The governor granted a pardon to a turkey at Thanksgiving.'),
    ('stage-sit-in', 'The drama club staged a sit-in scene in its new play.'),
    ('close-ports', 'The storm closed the ports along the coast.'),
    ('send-reinforcements', 'The company sent reinforcements to its warehouse in Ohio.'),
    ('lay-down-weapons', 'The museum laid down the old weapons in a new display case.'),
    ('abandon-camp', 'The hikers abandoned their camp in the storm.'),
    ('apply-membership', 'Maria applied for membership in the golf club.'),
    ('seek-support', 'The charity sought the support of local businesses.'),
    ('welcome-to-palace', 'The museum welcomed visitors to the palace on Sunday.'),
    ('relax-ban-imports', 'The football club relaxed its ban on imports of foreign players.'),
    ('ease-limits-exports', 'The bakery eased its limits on exports of flour to other branches.'),
    ('loosen-controls-trade', 'The league loosened its controls on trade of players.'),
    ('lift-ban-imports', 'The beer festival lifted its ban on imports of cider.'),
    ('lift-veto', 'The board lifted its veto on the membership of new golf clubs.'),
    ('withdraw-objections', 'The neighbours withdrew their objections to the new garage.'),
    ('forge-deal', 'The two chefs forged a deal with a local farm.'),
    ('sit-down-for-talks', 'The family sat down for talks about the holidays.'),
    ('conduct-patrols', 'Volunteers conducted patrols in the park.'),
    ('hold-patrols', 'Lifeguards held patrols on the beach.'),
    ('carry-out-patrols', 'Neighbours carried out patrols with their dogs.'),
    ('dispatch-jets', 'The airline dispatched jets to Florida for the holiday rush.'),
    ('accept-invitation', 'The singer accepted an invitation from the school.'),
    ('resign-after-protests', 'The coach resigned after protests by fans.'),
    ('step-down-under-pressure', 'Maria stepped down under pressure from the board.'),
    ('give-hospital-million', 'The charity gave the hospital $2 million.'),
    ('host-refugees', 'The hotel hosted refugees from the flooded villages.'),
    ('host-talks', 'The library hosted talks between local authors.'),
    ('accept-proposal', 'Anna accepted a marriage proposal from Tom.'),
    ('send-firefighters', 'The city sent firefighters to the burning warehouse.'),
    ('rule-out-talks', 'The union ruled out talks with the company.'),
    ('scramble-planes', 'The airline scrambled planes to replace the broken jet.'),
    ('return-children', 'The school returned the children to their parents.'),
    ('dismantle-roadblocks', 'Workers dismantled the roadblocks after the marathon.'),
    ('take-to-court', 'She took her landlord to court.'),
    ('allow-fuel', 'The pilot allowed fuel into the second tank.'),
    ('place-on-standby', 'The hospital placed its staff on standby.'),
    ('deposit-million', 'The man deposited $3 million in his bank account.'),
    ('express-sympathy', 'The singer expressed her sympathy for the victims.'),
    ('evacuate-residents', 'Firefighters evacuated the residents from the burning tower.'),
    ('earmark-dollars', 'The school earmarked 2 million dollars for a new gym.'),
    ('shut-down-newspaper', 'The owner shut down the newspaper after years of losses.'),
    ('close-magazine', 'The publisher closed the magazine in March.'),
    ('fly-jets', 'The pilots flew the jets over the stadium before the match.'),
    ('occupy-library', 'Students occupied the library during the exam weeks.'),
    ('balk-at-price', 'The buyers balked at the price of the house.'),
    ('hand-back-remains', 'The museum handed back the remains to the family.'),
    ('cut-off-power', 'The storm cut off power to 10,000 homes.'),
    ('ink-deal', 'The footballer inked a deal with the club.'),
    ('initial-contract', 'The lawyer initialled the contract with the client.'),
    ('return-remains', 'The museum returned the remains of the explorer to his family.'),
    ('announce-expulsion', 'The school announced the expulsion of three students.'),
    ('disburse-dollars', 'The charity disbursed 2 million dollars to local schools.'),
    ('close-border-crossing', 'Police closed the border crossing after the accident.'),
    ('seek-advice', "The student sought her teacher's advice."),
    ('expel-workers', 'The union expelled two workers for fraud.'),
    ('agree-to-demands', 'The club agreed to the demands of the players.'),
    ('reinforce-defence', 'The club reinforced its defence with two new players.'),
    ('send-jets-airline', 'The airline sent jets to Florida.'),
    ('restrict-exports', 'The farm restricted exports of eggs to the city.'),
    ('curb-sales', 'The bakery curbed sales of bread to two loaves per customer.'),
    ('protest-to-referee', 'The coach protested to the referee about the penalty.'),
    ('storm-pitch', 'Fans stormed the pitch after the final whistle.'),
    ('send-medical-teams', 'The hospital sent medical teams to the stadium.'),
    ('return-village-hall', 'The developer returned the village hall to its owners.'),
    ('impose-hiring-freeze', 'The company imposed a hiring freeze on its staff.'),
]


@pytest.mark.parametrize("text", [t for _, t in ORDINARY], ids=[i for i, _ in ORDINARY])
def test_the_word_in_ordinary_use_codes_nothing(text: str) -> None:
    assert coded(text, "en") == []


# the one the loan, the bailout or the support is for or from, named after the event noun
# that the frame's condition names ("a bailout for Sri Lanka"): found in the noun's phrase
@pytest.mark.parametrize("text, expected", [
    ("The IMF approved a bailout for Sri Lanka.", ("IGO:IMF", "071", "LKA")),
    ("The World Bank approved a $500 million loan for Pakistan.", ("IGO:WB", "071", "PAK")),
    ("Congress approved military aid for Taiwan.", ("USA", "071", "TWN")),
    ("The Palestinian Authority sought the support of Egypt.", ("PSE", "02", "EGY")),
], ids=["bailout-for", "loan-for", "aid-for", "support-of"])
def test_target_named_after_the_event_noun(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in [e[:3] for e in coded(text, "en")]


# a weapon as the subject of "struck": the weapon's side attacks ("Russian missiles struck Kyiv")
@pytest.mark.parametrize("text, expected", [
    ("Russian missiles struck Kyiv overnight.", ("RUS", "195", "UKR")),
    ("Israeli missiles struck Damascus on Sunday.", ("ISR", "195", "SYR")),
], ids=["missiles-struck", "rockets-struck"])
def test_weapon_as_subject_attacks(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in [e[:3] for e in coded(text, "en")]


def test_an_event_noun_in_an_attribute_names_no_target() -> None:
    # the demonstration is what the participants took part in, not what the police acted against
    events = coded("Serbian police acted forcibly against participants of a demonstration against "
                   "President Aleksandar Vucic.", "en")
    assert not [e for e in events if e[1].startswith("11")], events


# headlines: a name the parser takes for a verb before "to V" ("Modi/VB to visit"), and a bare
# verb after a plural subject with a preposition alone ("Thousands march in Paris")
@pytest.mark.parametrize("text, expected", [
    ("Modi to visit Washington next month", ("IND", "042", "USA")),
    ("Thousands march in Paris against pension reform", ("FRA", "141", "FRA")),
], ids=["name-to-visit", "plural-march-in"])
def test_headline_read_as_a_sentence(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in [e[:3] for e in coded(text, "en")]


@pytest.mark.parametrize("text, expected", [
    ("EU sanctions on Russia", [("IGO:EU", "163", "RUS", "asserted")]),
    ("US troops in Syria", []),
], ids=["noun-sanctions-on", "noun-troops-in"])
def test_headline_nouns_stay_nouns(text: str, expected: list) -> None:
    assert coded(text, "en") == expected


# drills held around, near or off a state: the place phrase stands after the drills, the show of
# force is the verb's ("conducted military drills around Taiwan"); drills around a state are aimed
# at it (art34c), drills near one only placed there
@pytest.mark.parametrize("text, expected", [
    ("China conducted military drills around Taiwan.", ("CHN", "150", "TWN")),
    ("Russia held naval exercises near Japan.", ("RUS", "150", "")),
], ids=["drills-around", "exercises-near"])
def test_drills_around_a_state_are_a_show_of_force(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in [e[:3] for e in coded(text, "en")]


# a state named one phrase further in, where the verb names none with that preposition: the
# parser hangs "to Japan" on "exports", which hangs on "curbs"
@pytest.mark.parametrize("text, expected", [
    ("China relaxed its curbs on exports to Japan.", ("CHN", "085", "JPN")),
    ("The United States lifted sanctions on exports to Cuba.", ("USA", "081", "CUB")),
    ("Hungary dropped its veto on the aid package for Ukraine.", ("HUN", "080", "UKR")),
], ids=["curbs-on-exports-to", "sanctions-on-exports-to", "veto-on-package-for"])
def test_target_one_phrase_further_in(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in [e[:3] for e in coded(text, "en")]


def test_a_state_in_the_nearer_phrase_stays_the_target() -> None:
    events = coded("China pledged countermeasures against the US arms sale to Taiwan.", "en")
    assert ("CHN", "13", "USA") in [e[:3] for e in events]


# an expulsion announced or ordered is the announcer's ("Estonia announced the expulsion of a
# Russian diplomat"); one condemned or protested stays an accusation of whoever expelled
@pytest.mark.parametrize("text, expected", [
    ("Estonia announced the expulsion of a Russian diplomat.", ("EST", "166", "RUS")),
    ("Germany ordered the expulsion of two Russian diplomats.", ("DEU", "166", "RUS")),
], ids=["announced-expulsion", "ordered-expulsion"])
def test_expulsion_announced_is_the_announcers(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in [e[:3] for e in coded(text, "en")]


def test_expulsion_condemned_is_no_expulsion_by_the_critic() -> None:
    events = [e[:3] for e in coded("Russia condemned the expulsion of its diplomats by Poland.", "en")]
    assert ("RUS", "111", "POL") in events and not [e for e in events if e[1] == "166"]


# a capital before an agreement noun names where it was made, not a party to it
@pytest.mark.parametrize("text, bad", [
    ("The United States withdrew from the Paris climate agreement.", "FRA"),
    ("Israel violated the Oslo accords.", "NOR"),
    ("Russia breached the Minsk agreements.", "BLR"),
], ids=["paris-agreement", "oslo-accords", "minsk-agreements"])
def test_city_of_an_agreement_is_no_party(text: str, bad: str) -> None:
    assert not [e for e in coded(text, "en") if bad in e[2]]


@pytest.mark.parametrize("text, expected", [
    ("Trump withdrew from the Iran nuclear deal.", ("USA", "160", "IRN")),     # a deal left (frames-senses.yaml)
    ("The Kremlin's deal with Kyiv collapsed.", ("RUS", "03", "UKR")),
    ("Paris signed a deal with Berlin.", ("FRA", "057", "DEU")),
], ids=["state-named-deal", "possessive-capital", "capital-as-subject"])
def test_parties_of_agreements_stay(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in [e[:3] for e in coded(text, "en")]


# welcoming, praising or condemning what happened between two sides is aimed at both
@pytest.mark.parametrize("text, expected", [
    ("Germany welcomed the ceasefire between Israel and Iran.", ("DEU", "051", "ISR+IRN")),
    ("China praised the agreement between Saudi Arabia and Iran.", ("CHN", "051", "SAU+IRN")),
], ids=["welcomed-ceasefire-between", "praised-agreement-between"])
def test_act_on_what_two_sides_did(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in [e[:3] for e in coded(text, "en")]


# a people noun alone ("Kenyans") is the people, whose protest is aimed at their government; a
# state named by its name protests nothing of the kind
@pytest.mark.parametrize("text, expected", [
    ("Kenyans protested against tax hikes.", ("KEN", "14", "KEN")),
    ("Ukrainians rallied in Kyiv.", ("UKR", "141", "UKR")),
], ids=["kenyans-protested", "ukrainians-rallied"])
def test_people_noun_alone_protests(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in [e[:3] for e in coded(text, "en")]


def test_state_by_plural_name_stays_the_state() -> None:
    # a state protesting is no crowd of its people against its government
    assert not [e for e in coded("The Philippines protested against the decision.", "en") if e[1].startswith("14")]


# the one an offer, demand or aid comes from is whom a reply to it is aimed at
@pytest.mark.parametrize("text, expected", [
    ("North Korea rebuffed an offer of talks from Japan.", ("PRK", "12", "JPN")),
    ("Germany welcomed the aid from China.", ("DEU", "051", "CHN")),
], ids=["rebuffed-offer-from", "welcomed-aid-from"])
def test_reply_to_what_came_from_someone(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in [e[:3] for e in coded(text, "en")]
