"""Austrian and German domestic politics as wire reports tell it (sentences written for these
tests, branch art29c).

- A politician whose party his words ("FPÖ-Chef Herbert Kickl") or the title of his party role
  in the dictionary ("FPÖ leader") name, and a party or a member of another one ("die ÖVP",
  "dem ÖVP-Politiker"), are rivals, not one side: what one does to the other is coded as two
  parties' acts are. Not when the party is his own.
- Parties of one state also offer talks to each other and break off coalitions (03, 04, 16), not
  only demand, criticise, reject and threaten.
- A Misstrauensantrag or Misstrauensvotum against someone, announced or demanded, is a demand
  for his resignation (1041), as one brought in is; a coalition ended is one broken off (16).
- A verb of criticism with no object of its own criticises whom the clause it reports names as
  its subject: the quotation or the subjunctive clause before it, the verb's subject after it
  ('"...", kritisierte Kickl', "Der Minister habe versagt, kritisierte die FPÖ"), or its
  dependent clause ("Kickl kritisierte, die Regierung habe versagt", '"...," Kickl criticised');
  an unnamed government there is the article's. Not the critic's own party, nor "wir".
- A government of a land, province, state or town (words.yaml regional_governments:
  "Landesregierung", "Landeshauptfrau", "Bürgermeister", "mayor") and its nation's are two sides,
  each named by its words: "Die Landesregierung kritisierte die Bundesregierung" is coded also in
  an article filed in the country.
- Advising someone to resign ("legte ihm den Rücktritt nahe") is an appeal for a change of
  leaders (0241); a Rücktrittsforderung or Rücktrittsaufforderung is a demand for one (1041), not
  any demand (10).
- A party that pulls out of or leaves a coalition breaks off with its partners (16), not a
  military withdrawal (0874).
- Failings found in someone ("ortet beim Innenminister Versäumnisse", "attestierte der Regierung
  Planlosigkeit") or competence denied him ("sprach ihm jede Glaubwürdigkeit ab") are criticism
  (111); competence attested is none.
- An object before the verb read as its subject, both of one form in either case ("Kritik an
  Karner übte auch die SPÖ"), is taken as the object when the subject names no one, the object
  after the verb does, and only the swapped roles fit a frame with that noun as its object.
- "Sozialpartner" are civilians (CVL), as the unions and chambers they are.
- "Landeshauptfrau" and "Landeshauptleute" are regional heads of government, as
  "Landeshauptmann"; Austria's "Metaller" (metalworkers) are civilians who strike.
- A body's own state named as its owner ("Germany's far-right AfD", "Austria's far-right
  Freedom Party", "Russia's Gazprom") is no second actor, which had made the state's government
  a source and dropped its officials as targets ("Colombia, ELN rebels" stay two).
- English "the Freedom Party" is Austria's FPÖ (South Africa's Inkatha Freedom Party is named
  whole).
"""
from __future__ import annotations

import datetime as dt

import pytest

from tests.coded_events import coded

AUTUMN_2024 = dt.date(2024, 10, 15)


@pytest.mark.parametrize("sentence, expected", [
    ("FPÖ-Chef Herbert Kickl warf dem ÖVP-Politiker vor, beim Grenzschutz versagt zu haben.", ("AUT", "112", "AUT")),
    ("Kickl warf der ÖVP vor, die Asylpolitik verschlafen zu haben.", ("AUT", "112", "AUT")),
    ("Die ÖVP warf Kickl Populismus vor.", ("AUT", "112", "AUT")),
    ("SPD-Chef Lars Klingbeil kritisierte die CDU scharf.", ("DEU", "111", "DEU")),
])
def test_members_of_rival_parties(sentence, expected):
    assert expected in [e[:3] for e in coded(sentence, "de", AUTUMN_2024)]


@pytest.mark.parametrize("sentence", [
    "FPÖ-Chef Herbert Kickl kritisierte die FPÖ.",
    "SPD-Chef Lars Klingbeil kritisierte die SPD.",
])
def test_own_party_is_no_rival(sentence):
    assert coded(sentence, "de", AUTUMN_2024) == []


@pytest.mark.parametrize("sentence, expected", [
    ("Die SPÖ bot der ÖVP Gespräche über eine Koalition an.", ("AUT", "036", "AUT", "intent")),
    ("Die ÖVP beendete am Dienstag die Koalition mit der FPÖ.", ("AUT", "16", "AUT", "asserted")),
    ("Die SPÖ kündigte einen Misstrauensantrag gegen Innenminister Karner an.", ("AUT", "1041", "AUT", "intent")),
])
def test_dealings_of_parties(sentence, expected):
    assert expected in coded(sentence, "de", AUTUMN_2024)


def test_landeshauptfrau_governs():
    assert ("AUT", "111", "AUT") in [e[:3] for e in coded(
        "Wien – Die steirische Landeshauptfrau kritisierte die Bundesregierung scharf.", "de", AUTUMN_2024)]


@pytest.mark.parametrize("sentence, lang, expected", [
    ('Wien – "Die Regierung hat die Kontrolle über die Asylpolitik verloren", kritisierte Kickl.', "de",
     ("AUT", "111", "AUT")),
    ('Wien – "Die ÖVP hat beim Grenzschutz versagt", kritisierte FPÖ-Chef Herbert Kickl.', "de", ("AUT", "111", "AUT")),
    ("Wien – Die Regierung habe beim Budget versagt, kritisierte SPÖ-Chef Andreas Babler.", "de", ("AUT", "111", "AUT")),
    ("Berlin – Die Bundesregierung lasse die Kommunen im Stich, kritisierte die Grünen-Chefin.", "de",
     ("DEU", "111", "DEU")),
    ("Wien – Kickl kritisierte, die Regierung habe in der Asylpolitik versagt.", "de", ("AUT", "111", "AUT")),
    ('Vienna - "The government has lost control of asylum policy," Kickl criticised.', "en", ("AUT", "111", "AUT")),
])
def test_criticism_of_what_is_said(sentence, lang, expected):
    assert expected in [e[:3] for e in coded(sentence, lang, AUTUMN_2024)]


@pytest.mark.parametrize("sentence, lang", [
    ('Wien – "Die FPÖ hat alles richtig gemacht", kritisierte FPÖ-Chef Herbert Kickl.', "de"),
    ('Wien – "Wir haben alles richtig gemacht", kritisierte Kickl.', "de"),
    ('Vienna - "We did everything right," Kickl criticised.', "en"),
])
def test_no_criticism_of_the_critic(sentence, lang):
    assert coded(sentence, lang, AUTUMN_2024) == []


@pytest.mark.parametrize("sentence, lang", [
    ("Wien – Die Landesregierung in Niederösterreich kritisierte die Bundesregierung scharf.", "de"),
    ("Wien – Der Bürgermeister warf der Regierung Untätigkeit bei der Unterbringung von Asylwerbern vor.", "de"),
    ("Vienna - The mayor of Graz criticised the government over the closure of the refugee centre.", "en"),
])
def test_regional_and_national_government(sentence, lang):
    assert ("AUT", "AUT") in [(e[0], e[2]) for e in coded(sentence, lang, AUTUMN_2024)]


def test_one_government_is_no_two():
    assert coded("Wien – Die Landesregierung kritisierte die Landesregierung.", "de", AUTUMN_2024) == []


@pytest.mark.parametrize("sentence, lang, expected", [
    ("Wien – Die Landeshauptleute kritisierten die Bundesregierung wegen der Asylquartiere.", "de", ("AUT", "111", "AUT")),
    ("Wien – Die Gewerkschaft kündigte für Donnerstag einen Warnstreik der Metaller an.", "de", ("AUT", "143", "AUT")),
    ("Berlin - Chancellor Olaf Scholz criticised the Freedom Party for its ties to Moscow.", "en", ("DEU", "111", "AUT")),
    ("Vienna - President Alexander Van der Bellen refused to appoint a Freedom Party candidate as minister.", "en",
     ("AUT", "12", "AUT")),
    ("The Inkatha Freedom Party accused the ANC of rigging the vote in KwaZulu-Natal.", "en", ("ZAF", "112", "ZAF")),
])
def test_austrian_actors(sentence, lang, expected):
    assert expected in [e[:3] for e in coded(sentence, lang, AUTUMN_2024)]


@pytest.mark.parametrize("sentence, lang, expected", [
    ("Wien – Die NEOS legten Innenminister Karner nach der Affäre den Rücktritt nahe.", "de", ("AUT", "0241", "AUT")),
    ("Wien – Die SPÖ erneuerte ihre Rücktrittsaufforderung an Innenminister Karner.", "de", ("AUT", "1041", "AUT")),
    ("Berlin - Germany's Free Democrats pulled out of the governing coalition.", "en", ("DEU", "16", "")),
])
def test_resignations_and_coalitions(sentence, lang, expected):
    assert expected in [e[:3] for e in coded(sentence, lang, AUTUMN_2024)]


@pytest.mark.parametrize("sentence, lang, expected", [
    ("Wien – Die Regierung einigte sich mit den Sozialpartnern auf ein Entlastungspaket.", "de", ("AUT", "03", "AUT")),
])
def test_social_partners(sentence, lang, expected):
    assert expected in [e[:3] for e in coded(sentence, lang, AUTUMN_2024)]


@pytest.mark.parametrize("sentence, expected", [
    ("Wien – Kritik an Innenminister Karner übte auch die SPÖ.", ("AUT", "111", "AUT")),
    ("Wien – Scharfe Kritik an der Regierung übte die FPÖ.", ("AUT", "111", "AUT")),
])
def test_object_before_the_verb(sentence, expected):
    assert expected in [e[:3] for e in coded(sentence, "de", AUTUMN_2024)]


@pytest.mark.parametrize("sentence, expected", [
    ("Wien – Die FPÖ ortet beim Innenminister schwere Versäumnisse im Grenzschutz.", [("AUT", "111", "AUT")]),
    ("Wien – Die NEOS attestierten dem Innenministerium Planlosigkeit bei der Beschaffung.", [("AUT", "111", "AUT")]),
    ("Wien – Die NEOS attestierten dem Innenministerium Kompetenz bei der Beschaffung.", []),
])
def test_failings_found(sentence, expected):
    assert [e[:3] for e in coded(sentence, "de", AUTUMN_2024)] == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Berlin - Germany's far-right AfD demanded the resignation of Interior Minister Nancy Faeser.",
     [("DEU", "1041", "DEU")]),
    ("Vienna - Austria's far-right Freedom Party demanded the resignation of Interior Minister Gerhard Karner.",
     [("AUT", "1041", "AUT")]),
])
def test_party_of_its_state(sentence, expected):
    assert [e[:3] for e in coded(sentence, "en", AUTUMN_2024)] == expected
