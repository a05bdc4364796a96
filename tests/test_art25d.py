"""Articles on economic and migration politics (branch art25d): a reaction to an act the article
has just reported, named by a noun that refers back to it ("condemned the move", "kritisierte
die Sanktionen", "begrüßte die Einigung"), is aimed at who did that act; and the words of such
sentences that must not find a doer where the article reported no political act. Sentences
written for these tests."""
from __future__ import annotations

import datetime as dt

import pytest

from chronist.model import Article
from chronist.pipeline import Pipeline

PIPELINE = Pipeline.default()
PUBLISHED = dt.date(2019, 6, 1)


def _events(lang: str, sentences: list[str]):
    doc = PIPELINE.process(Article(text=" ".join(sentences), sentences=sentences, id="t", date=PUBLISHED,
                                   lang=lang), lang=lang)
    return doc.events


def _has(events, index: int, source: str, plover: str, target: str) -> bool:
    return any(e.sentence_index == index and e.plover == plover and source in {a.code for a in e.source}
               and target in {a.code for a in e.target} for e in events)


REACTIONS = [
    ("en", ["Japan imposed new sanctions on North Korea on Thursday.",
            "Pyongyang condemned the move."], 1, "PRK", "ACCUSE", "JPN"),
    ("en", ["The European Union imposed new sanctions on Belarus on Monday.",
            "The sanctions target 15 officials.",
            "Russia criticised the sanctions as interference."], 2, "RUS", "ACCUSE", "IGO:EU"),
    ("en", ["Serbia and Kosovo signed an agreement on border crossings in Brussels.",
            "The United Nations welcomed the deal."], 1, "IGO:UN", "SUPPORT", "SRB"),
    ("en", ["Washington expelled two Cuban diplomats on Tuesday.",
            "The State Department said they had harmed U.S. staff in Havana.",
            "Cuba's foreign ministry said it regretted the decision."], 2, "CUB", "ACCUSE", "USA"),
    ("de", ["Die Türkei hat den Botschafter der Niederlande ausgewiesen.",
            "Den Haag verurteilte den Schritt scharf."], 1, "NLD", "ACCUSE", "TUR"),
    ("de", ["Die EU hat Strafzölle auf amerikanische Motorräder verhängt.",
            "Die Zölle gelten ab Freitag.",
            "Washington kritisierte die Strafzölle."], 2, "USA", "ACCUSE", "IGO:EU"),
    ("de", ["Serbien und der Kosovo haben sich auf ein Abkommen über den Grenzverkehr geeinigt.",
            "Die EU begrüßte die Vereinbarung."], 1, "IGO:EU", "SUPPORT", "SRB"),
    ("de", ["Das Europaparlament hat ein Verfahren gegen Polen wegen der Justizreform eingeleitet.",
            "Für den Antrag stimmten 400 Abgeordnete.",
            "Dagegen votierten 200.",
            "Die Abstimmung dauerte eine Stunde.",
            "Die Debatte war hitzig.",
            "Die polnische Regierung wies die Entscheidung zurück."], 5, "POL", "REJECT", "IGO:EU"),
    ("en", ["The United States imposed tariffs on Canadian lumber on Tuesday.",
            "Canadian loggers protested against the tariffs in Vancouver."], 1, "CAN", "PROTEST", "USA"),
    ("de", ["Die USA haben Strafzölle auf mexikanische Avocados verhängt.",
            "Mexikanische Bauern protestierten in Mexiko-Stadt gegen die Zölle."], 1, "MEX", "PROTEST", "USA"),
    # the deal is the agreement, not a loan given since
    ("en", ["Egypt and the IMF reached an agreement on a $12 billion loan in Cairo.",
            "Saudi Arabia and Kuwait have also lent Egypt billions of dollars.",
            "Egyptian opposition parties criticised the deal."], 2, "EGY", "ACCUSE", "IGO:IMF"),
]


@pytest.mark.parametrize("lang,sentences,index,source,plover,target", REACTIONS,
                         ids=[f"{r[0]}-{r[3]}-{r[5]}" for r in REACTIONS])
def test_reaction_aimed_at_the_doer_of_the_act_referred_back_to(lang, sentences, index, source, plover, target):
    events = _events(lang, sentences)
    assert _has(events, index, source, plover, target), [
        (e.sentence_index, [a.code for a in e.source], e.cameo, [a.code for a in e.target]) for e in events]


# no political act before the noun, the act was the reacting party's own, or the reaction is
# no criticism, rejection or praise: nothing is aimed at anyone
NOTHING = [
    ("en", ["The carmaker said it would close two plants in Ohio.",
            "The union criticised the decision."]),
    ("en", ["France expelled a Russian diplomat on Monday.",
            "Paris welcomed the move."]),
    ("en", ["The United States imposed tariffs on Chinese steel.",
            "Analysts discussed the decision on Tuesday."]),
    ("de", ["Der Konzern kündigte an, 2000 Stellen zu streichen.",
            "Die Gewerkschaft kritisierte die Entscheidung."]),
    ("de", ["Der Verein hat den Trainer entlassen.",
            "Die Fans begrüßten den Schritt."]),
]


@pytest.mark.parametrize("lang,sentences", NOTHING, ids=[s[1][-1][:30] for s in NOTHING])
def test_no_target_without_another_partys_act(lang, sentences):
    events = [e for e in _events(lang, sentences) if e.sentence_index == len(sentences) - 1]
    assert not events, [(e.sentence_index, [a.code for a in e.source], e.cameo, [a.code for a in e.target])
                        for e in events]


# a protest outside an embassy or a consulate (English "outside", German "vor") is aimed at the
# state whose mission it is, not at the country it is held in
PROTESTS = [
    ("en", "AMMAN (Reuters) - Hundreds of Jordanians protested outside the Israeli embassy in Amman on Friday.",
     "JOR", "ISR"),
    ("en", "SEOUL (Reuters) - Demonstrators rallied outside the U.S. embassy in Seoul on Saturday.", "KOR", "USA"),
    ("en", "KIEV (Reuters) - Ukrainian nationalists marched outside the Russian embassy in Kiev on Sunday.",
     "UKR", "RUS"),
    ("de", "Amman – Hunderte Jordanier haben am Freitag vor der israelischen Botschaft in Amman demonstriert.",
     "JOR", "ISR"),
    ("de", "Kiew – Ukrainische Nationalisten protestierten am Sonntag vor der russischen Botschaft in Kiew.",
     "UKR", "RUS"),
]


@pytest.mark.parametrize("lang,text,source,target", PROTESTS, ids=[f"{p[0]}-{p[3]}" for p in PROTESTS])
def test_protest_outside_a_mission_is_aimed_at_its_state(lang, text, source, target):
    events = _events(lang, [text])
    assert _has(events, 0, source, "PROTEST", target), [
        ([a.code for a in e.source], e.cameo, [a.code for a in e.target]) for e in events]


def test_protest_in_front_of_a_building_of_no_actor_keeps_its_place():
    events = _events("de", ["Wien – Rund 300 Menschen demonstrierten am Samstag vor dem Bahnhof gegen die "
                            "Asylpolitik der Regierung."])
    assert _has(events, 0, "AUT", "PROTEST", "AUT")


# an arrest lifted or overturned is a release, and no arrest
LIFTED = [
    ("de", "Das Oberste Gericht hob die Festnahme des französischen Fotografen am Montag auf."),
    ("de", "Ein Berufungsgericht in Moskau hat den Haftbefehl gegen den ukrainischen Regisseur aufgehoben."),
    ("en", "An appeals court in Ankara lifted the house arrest of the American pastor on Friday."),
    ("en", "Egypt's top court overturned the detention of two Al Jazeera journalists."),
]


@pytest.mark.parametrize("lang,text", LIFTED, ids=[t[:40] for _, t in LIFTED])
def test_lifted_arrest_is_no_arrest(lang, text):
    events = _events(lang, [text])
    assert not [e for e in events if e.plover == "COERCE"], [
        ([a.code for a in e.source], e.cameo, [a.code for a in e.target]) for e in events]


# "die Organisation", "the group" after a non-governmental or international organisation named
# by its name is that organisation
ORGANISATIONS = [
    ("de", ["Rom – Amnesty International hat die italienische Regierung scharf kritisiert.",
            "Die Organisation wirft Italien vor, Migranten nach Libyen zurückzuschicken."], "NGO:AI", "ITA"),
    ("en", ["GENEVA (Reuters) - Human Rights Watch criticised Hungary's new asylum law on Tuesday.",
            "The group accused Budapest of starving asylum seekers in transit zones."], "NGO:HRW", "HUN"),
]


@pytest.mark.parametrize("lang,sentences,source,target", ORGANISATIONS, ids=[f"{o[0]}-{o[2]}" for o in ORGANISATIONS])
def test_the_organisation_is_the_one_named_before(lang, sentences, source, target):
    events = _events(lang, sentences)
    assert _has(events, 1, source, "ACCUSE", target), [
        (e.sentence_index, [a.code for a in e.source], e.cameo, [a.code for a in e.target]) for e in events]


@pytest.mark.parametrize("text,source,target", [
    ("Saudi Arabia and Kuwait have also lent Jordan billions of dollars.", "SAU", "JOR"),
    ("Qatar has also lent Turkey billions of dollars.", "QAT", "TUR"),
])
def test_sum_lent_to_a_state_the_parser_joins_to_it(text, source, target):
    # "lent Jordan billions of dollars": the parser makes one object of the state and the sum
    events = _events("en", [text])
    assert _has(events, 0, source, "AID", target), [(e.cameo, [a.code for a in e.target]) for e in events]


# a permission is for whom the dependent clause's subject names; what the permitted may then do
# names no one it is for
@pytest.mark.parametrize("text,target", [
    ("Turkey allowed Kurdish fighters to cross into Syria on Monday.", "SYR"),
    ("Hungary allowed the refugees to travel on to Austria.", "AUT"),
])
def test_permission_is_not_for_whom_the_permitted_act_names(text, target):
    events = _events("en", [text])
    assert not [e for e in events if e.cameo.startswith("08") and target in {a.code for a in e.target}], [
        (e.cameo, [a.code for a in e.target]) for e in events]


def test_permission_for_a_named_state_stays():
    events = _events("en", ["Israel permitted Qatar to deliver cash to Gaza."])
    assert _has(events, 0, "ISR", "CONCEDE", "QAT")


# a description between commas after an actor ("China, North Korea's main ally, ...") describes
# it: the state whose ally or customer it is is no actor of the phrase; a list stays a list
@pytest.mark.parametrize("lang,text,source,target,other", [
    ("en", "China, Venezuela's biggest creditor, criticised the United States on Monday.", "CHN", "USA", "VEN"),
    ("en", "Saudi Arabia, Pakistan's closest ally, condemned India.", "SAU", "IND", "PAK"),
    ("de", "China, der wichtigste Handelspartner Nordkoreas, kritisierte die USA.", "CHN", "USA", "PRK"),
])
def test_apposition_owner_is_no_actor(lang, text, source, target, other):
    events = _events(lang, [text])
    assert _has(events, 0, source, "ACCUSE", target), [
        ([a.code for a in e.source], e.cameo, [a.code for a in e.target]) for e in events]
    assert not any(other in {a.code for a in e.source} for e in events)


def test_list_of_states_stays_a_list():
    events = _events("en", ["Germany, France, Italy and Spain criticised the United States."])
    assert any({"DEU", "FRA", "ITA", "ESP"} <= {a.code for a in e.source} for e in events)
