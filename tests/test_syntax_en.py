"""Acts Chronist codes in a plain main clause, told in the syntax news wraps them in (sentences
written for these tests, probe23en): a participle that completes a passive verb of telling is
passive ("were reported killed"); "be going to", "is expected to" and the "is to" of a plan
announce the act as "will" does; "neither ...
nor" denies it as "no" does; a relative possessive ("whose") stands for the actor before it; a
relative clause is no content of the verb above it; and an agreement or promise to do a hostile
act is that act announced, not a cooperation with its target."""
from __future__ import annotations

import pytest

from tests.coded_events import coded, events


@pytest.mark.parametrize("text, expected", [
    ("Dozens of Palestinians were reported killed in Israeli air strikes on Rafah.", ("ISR", "ASSAULT", "PSE")),
    ("Five civilians were confirmed killed in Russian shelling of Kharkiv.", ("RUS", "ASSAULT", "UKR")),
    ("Two Syrian soldiers were reported killed in Israeli strikes near Damascus.", ("ISR", "ASSAULT", "SYR")),
    ("Three Ukrainian soldiers were reported killed by Russian troops near Bakhmut.", ("RUS", "ASSAULT", "UKR")),
], ids=["reported-killed", "confirmed-killed", "reported-killed-syria", "reported-killed-by"])
def test_a_participle_under_a_passive_verb_of_telling_is_passive(text, expected):
    got = events(text, "en")
    assert expected in got
    # the victims are no attacker: no event of theirs
    assert not any(src == expected[2] and typ == "ASSAULT" for src, typ, _ in got)


@pytest.mark.parametrize("text, expected", [
    ("Hungary is going to block the EU aid package.", ("HUN", "120", "IGO:EU", "intent")),
    ("The Pentagon is going to deploy more troops to the Middle East.", ("USA", "15", "", "intent")),
    ("Serbia is going to send troops to the Kosovo border.", ("SRB", "154", "", "intent")),
], ids=["block", "deploy", "send-troops"])
def test_be_going_to_announces_the_act(text, expected):
    assert coded(text, "en") == [expected]


@pytest.mark.parametrize("text, expected", [
    ("China is expected to impose tariffs on American goods.", ("CHN", "1312", "USA", "intent")),
    ("Britain is to expel the Russian defence attache, the Home Secretary announced.", ("GBR", "136", "RUS", "intent")),
    ("Merkel is to visit China next week.", ("DEU", "042", "CHN", "intent")),
], ids=["is-expected-to", "is-to-expel", "is-to-visit"])
def test_is_expected_to_and_is_to_announce_the_act(text, expected):
    assert coded(text, "en") == [expected]


@pytest.mark.parametrize("text", [
    "The aim is to expel the Russian defence attache.",
    "The plan is to impose sanctions on Russia.",
], ids=["aim-is-to", "plan-is-to"])
def test_a_plan_noun_with_is_to_names_no_actor(text):
    assert coded(text, "en") == []


def test_going_somewhere_to_act_is_no_announcement():
    assert ("IGO:UN", "07", "SDN", "intent") not in coded("UN officials went to deliver aid to Sudan.", "en")


@pytest.mark.parametrize("text, expected", [
    ("Neither France nor Germany has recognised Palestine as a state.", ("FRA+DEU", "054", "PSE", "negated")),
    ("Germany recognised neither Kosovo nor Palestine.", ("DEU", "054", "XKX+PSE", "negated")),
    ("Neither Britain nor Canada expelled Russian diplomats.", ("GBR+CAN", "166", "RUS", "negated")),
], ids=["neither-subject", "neither-object", "neither-expel"])
def test_neither_nor_denies_the_act(text, expected):
    assert coded(text, "en") == [expected]


@pytest.mark.parametrize("text, expected", [
    ("Iran, whose drones attacked Israel in April, denied any role.", [("IRN", "190", "ISR", "asserted")]),
    # the missile fired at no one named is a show of force (frames-weapons.yaml)
    ("North Korea, whose missiles have struck Japan several times, fired a cruise missile.",
     [("PRK", "195", "JPN", "asserted"), ("PRK", "15", "", "asserted")]),
    ("Russia, whose ambassador was summoned by Poland, protested.", [("POL", "114", "RUS", "asserted"),
                                                                     ("RUS", "114", "POL", "asserted")]),
], ids=["whose-drones", "whose-missiles", "whose-ambassador"])
def test_whose_stands_for_the_actor_before_it(text, expected):
    assert coded(text, "en") == expected


@pytest.mark.parametrize("text, expected", [
    ("The EU agreed to impose sanctions on Iran.", ("IGO:EU", "1312", "IRN", "intent")),
    ("The EU foreign ministers agreed to impose sanctions on Iranian drone makers.", ("IGO:EU", "1312", "IRN", "intent")),
    ("Germany agreed to expel Russian diplomats.", ("DEU", "136", "RUS", "intent")),
], ids=["agree-sanctions", "ministers-agree-sanctions", "agree-expel"])
def test_an_agreed_hostile_act_is_that_act_announced(text, expected):
    assert coded(text, "en") == [expected]


@pytest.mark.parametrize("text, expected", [
    # (an agreement of the kind of what is agreed: to release persons 0353, to give military aid 0332)
    ("Russia agreed to release Ukrainian prisoners.", ("RUS", "0353", "UKR", "asserted")),
    ("The United States agreed to send tanks to Ukraine.", ("USA", "0332", "UKR", "asserted")),
], ids=["agree-release", "agree-send-tanks"])
def test_an_agreed_cooperative_act_stays_an_agreement(text, expected):
    assert coded(text, "en") == [expected]


@pytest.mark.parametrize("text", [
    "NATO fears Russia will attack Finland.",
    "Germany expects Russia to invade Finland.",
    "Nobody expects Russia to invade Finland.",
    "Washington fears that China will send weapons to Russia.",
    "Kyiv hopes that the EU will send more aid to Ukraine.",
], ids=["fears-will", "expects-to", "nobody-expects", "fears-that", "hopes-that"])
def test_what_a_verb_of_conjecture_governs_is_no_act(text):
    assert coded(text, "en") == []


@pytest.mark.parametrize("text, expected", [
    ("Merkel expects to meet Putin next week.", ("DEU", "036", "RUS", "intent")),
    ("Germany hopes to meet Russian officials in Geneva.", ("DEU", "036", "RUS", "intent")),
], ids=["expects-to-meet", "hopes-to-meet"])
def test_what_one_hopes_or_expects_to_do_is_meant(text, expected):
    assert coded(text, "en") == [expected]


@pytest.mark.parametrize("text, expected", [
    ("Two Estonian diplomats have been expelled from Russia.", ("RUS", "166", "EST", "asserted")),
    ("Two Russian diplomats got expelled from Norway.", ("NOR", "166", "RUS", "asserted")),
    ("The Iranian ambassador was summoned to the German foreign ministry on Monday.", ("DEU", "114", "IRN", "asserted")),
], ids=["expelled-from", "got-expelled-from", "summoned-to"])
def test_an_agentless_passive_names_its_doer_by_the_frames_phrase(text, expected):
    assert coded(text, "en") == [expected]


@pytest.mark.parametrize("text", [
    "The ambassador was summoned to Berlin.",
    "Two diplomats were expelled from the embassy.",
], ids=["whose-ambassador-untold", "from-a-building"])
def test_an_agentless_passive_with_no_one_named_codes_nothing(text):
    assert coded(text, "en") == []


@pytest.mark.parametrize("text", [
    "Poland considered expelling Russian diplomats.",
    "Germany is considering sending tanks to Ukraine.",
    "The EU discussed imposing sanctions on Iran.",
], ids=["considered-expelling", "considering-sending", "discussed-imposing"])
def test_an_act_weighed_is_not_done(text):
    assert coded(text, "en") == []


def test_an_act_wanted_of_another_is_not_done_but_asked_for():
    """"wants China to withdraw": China withdraws nothing; India's wish laid on China is a demand
    (directive_verbs)."""
    assert coded("India wants China to withdraw its troops from Ladakh.", "en") == [
        ("IND", "10", "CHN", "asserted")]


@pytest.mark.parametrize("text, expected", [
    ("Reports that Iran sent drones to Russia alarmed Washington.", ("IRN", "072", "RUS", "reported")),
    ("Russia's claim that Ukraine attacked the Kremlin was rejected by Kyiv.", ("UKR", "190", "RUS", "reported")),
], ids=["reports-that", "claim-that"])
def test_what_a_noun_of_hearsay_says_is_reported(text, expected):
    assert coded(text, "en") == [expected]


def test_be_about_to_announces_the_act():
    assert coded("Russia is about to invade Ukraine.", "en") == [("RUS", "1382", "UKR", "intent")]


@pytest.mark.parametrize("text, expected", [
    ("Israel is on the verge of attacking Rafah.", ("ISR", "138", "PSE", "intent")),
    ("Serbia is on the brink of recalling its ambassador from Montenegro.", ("SRB", "1313", "MNE", "intent")),
], ids=["verge-of", "brink-of"])
def test_on_the_verge_of_announces_the_act(text, expected):
    assert coded(text, "en") == [expected]


def test_aid_blocked_is_no_aid_given():
    text = ("The Hungarian prime minister, whose government has repeatedly blocked EU aid for Ukraine, "
            "met Vladimir Putin in Moscow.")
    assert coded(text, "en") == [("HUN", "040", "RUS", "asserted")]


@pytest.mark.parametrize("text, expected", [
    ("After being summoned by the Polish foreign ministry, the Russian ambassador left Warsaw.",
     ("POL", "114", "RUS", "asserted")),
    ("After being expelled by Russia, two Estonian diplomats returned to Tallinn.", ("RUS", "166", "EST", "asserted")),
], ids=["after-being-summoned", "after-being-expelled"])
def test_a_passive_gerund_is_done_to_the_governing_subject(text, expected):
    assert expected in coded(text, "en")


@pytest.mark.parametrize("text, expected", [
    ("Russia reportedly arrested two Estonian border guards.", ("RUS", "173", "EST", "reported")),
    ("Israeli troops allegedly killed two Palestinian teenagers in Nablus.", ("ISR", "18", "PSE", "reported")),
    ("Iran is believed to have supplied drones to Russia.", ("IRN", "072", "RUS", "reported")),
    ("China is thought to be supplying Russia with weapons.", ("CHN", "072", "RUS", "reported")),
], ids=["reportedly", "allegedly", "is-believed-to", "is-thought-to"])
def test_hearsay_adverbs_and_passives_report_the_act(text, expected):
    assert coded(text, "en") == [expected]


@pytest.mark.parametrize("text", [
    "Israel did not rule out attacking Iranian nuclear sites.",
    "Germany ruled out sending troops to Ukraine.",
], ids=["not-rule-out", "ruled-out"])
def test_an_act_ruled_in_or_out_is_no_act(text):
    assert coded(text, "en") == []


def test_has_yet_to_is_not_done():
    assert coded("Germany has yet to send tanks to Ukraine.", "en") == [("DEU", "072", "UKR", "negated")]


def test_is_to_blame_is_no_plan():
    assert coded("Russia is to blame for the attack on Kyiv.", "en") == [("RUS", "190", "UKR", "asserted")]


def test_what_was_initially_expected_is_no_act():
    assert coded("Netanyahu was originally expected to meet Biden on Monday.", "en") == []
