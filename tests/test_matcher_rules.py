"""General matcher rules: generated plurals, adjectival agent nouns, binding of a country
after its head, party compounds with Chef/Politiker, shared short names, titles with
unknown names and party names several countries share. All phrases are written for these
tests."""
from __future__ import annotations

import datetime as dt

import pytest

from chronist.lang.de import forms as de_forms
from chronist.lang.en import forms as en_forms
from chronist.actors.dictionary import ActorDictionary
from chronist.actors.matcher import ActorMatcher
from chronist.model import Token
from tests.test_actors import toks

D2018 = dt.date(2018, 6, 1)


@pytest.fixture(scope="module")
def matcher() -> ActorMatcher:
    return ActorMatcher(ActorDictionary.default())


def pairs(matcher: ActorMatcher, text: str, lang: str = "de", date: dt.date | None = D2018,
          tokens: list[Token] | None = None) -> list[tuple[str, str | None]]:
    return [(a.code, a.sector) for a in matcher.match(tokens or toks(text), lang=lang, date=date)]


def tagged(*pairs_: tuple[str, str]) -> list[Token]:
    """Tokens with tags, as a front-end gives them: ("Wort", "TAG") ..."""
    out, pos = [], 0
    for text, tag in pairs_:
        out.append(Token(text, text, tag, pos, pos + len(text)))
        pos += len(text) + 1
    return out


# --- 1. plurals generated from base forms ------------------------------------------------
@pytest.mark.parametrize(("base", "form"), [
    ("Haus", "Häuser"), ("Krankenhaus", "Krankenhäusern"), ("Anwalt", "Anwälte"),
    ("Anwalt", "Anwältin"), ("Hof", "Höfe"), ("Arzt", "Ärzte"), ("Amt", "Ämter"),
    ("Bündnis", "Bündnisse"), ("Ministerium", "Ministerien"), ("Zentrum", "Zentren"),
    ("Kraft", "Kräfte"), ("Mann", "Männer"),
])
def test_german_plural_forms_are_generated(base: str, form: str) -> None:
    assert form in de_forms.agent_forms(base)


@pytest.mark.parametrize("base", ["Minister", "Partei", "Bauer", "Sprecher", "Staat"])
def test_no_umlaut_where_the_last_vowel_takes_none(base: str) -> None:
    assert not any(ch in f for f in de_forms.agent_forms(base) for ch in "äöü"
                   if ch not in base)


@pytest.mark.parametrize(("word", "plural"), [
    ("monarch", "monarchs"), ("patriarch", "patriarchs"), ("oligarch", "oligarchs"),
    ("stomach", "stomachs"), ("march", "marches"), ("search", "searches"),
    ("coach", "coaches"), ("church", "churches"),
])
def test_english_ch_plurals(word: str, plural: str) -> None:
    assert en_forms.plural(word)[1] == plural


@pytest.mark.parametrize(("text", "sector"), [
    ("die Gesundheitszentren", "HLH"), ("zwei Notärzte", "HLH"), ("die Staatsanwältin", "JUD"),
    ("die Generäle", "MIL"), ("mehrere Lehrkräfte", "EDU"), ("die Spitäler", "HLH"),
])
def test_generated_plurals_match(matcher: ActorMatcher, text: str, sector: str) -> None:
    assert pairs(matcher, text) == [("UNK", sector)]


def test_english_generated_plurals_match(matcher: ActorMatcher) -> None:
    assert pairs(matcher, "the Gulf monarchs", "en") == [("UNK", "GOV")]
    assert pairs(matcher, "Russian oligarchs", "en") == [("RUS", "ELI")]


# --- 2. German adjectival agent nouns only as nouns ---------------------------------------
def test_lower_case_adjective_is_no_agent_before_a_noun(matcher: ActorMatcher) -> None:
    assert pairs(matcher, "die gefangenen Soldaten") == [("UNK", "MIL")]
    assert pairs(matcher, "gefangene russische Soldaten") == [("RUS", "MIL")]


def test_capitalised_adjectival_noun_is_an_agent(matcher: ActorMatcher) -> None:
    assert pairs(matcher, "die Gefangenen") == [("UNK", "CVL")]
    assert pairs(matcher, "mehrere Aufständische") == [("UNK", "REB")]


def test_adjective_tagged_adja_at_sentence_start_is_no_agent(matcher: ActorMatcher) -> None:
    tokens = tagged(("Gefangene", "ADJA"), ("Soldaten", "NN"))
    assert pairs(matcher, "", tokens=tokens) == [("UNK", "MIL")]


def test_adjective_still_names_people_without_agent_noun(matcher: ActorMatcher) -> None:
    assert pairs(matcher, "militante Palästinenser") == [("PSE", "REB")]


def test_rebel_and_opposition_adjectives_still_override(matcher: ActorMatcher) -> None:
    assert pairs(matcher, "die aufständischen Soldaten") == [("UNK", "REB")]
    assert pairs(matcher, "die oppositionellen Abgeordneten") == [("UNK", "OPP")]


def test_adjective_before_organisation_compound(matcher: ActorMatcher) -> None:
    assert pairs(matcher, "die gefangenen Hamas-Kämpfer") == [("PSE", "REB")]


# --- 3. a country after its head binds only right after it ---------------------------------
def test_country_right_after_head_binds(matcher: ActorMatcher) -> None:
    assert pairs(matcher, "the leader of Russia", "en") == [("RUS", "GOV")]
    assert pairs(matcher, "der Sprecher des russischen Außenministeriums") == [("RUS", "GOV")]


def test_country_after_a_noun_and_second_of_does_not_bind(matcher: ActorMatcher) -> None:
    tokens = tagged(("the", "DT"), ("spokesman", "NN"), ("of", "IN"), ("the", "DT"),
                    ("inquiry", "NN"), ("of", "IN"), ("Russian", "JJ"), ("meddling", "NN"))
    assert pairs(matcher, "", "en", tokens=tokens) == [("UNK", "GOV")]


def test_german_genitive_chain_through_a_noun_does_not_bind(matcher: ActorMatcher) -> None:
    tokens = tagged(("der", "ART"), ("Sprecher", "NN"), ("der", "ART"), ("Kommission", "NN"),
                    ("zur", "APPRART"), ("russischen", "ADJA"), ("Einmischung", "NN"))
    assert pairs(matcher, "", tokens=tokens) == [("UNK", "GOV")]


def test_unknown_name_between_title_and_country_binds(matcher: ActorMatcher) -> None:
    tokens = tagged(("President", "NNP"), ("Hector", "NNP"), ("Quispe", "NNP"), ("of", "IN"),
                    ("Peru", "NNP"))
    assert pairs(matcher, "", "en", tokens=tokens) == [("PER", "GOV")]


# --- 4. Chef, Chefin, Politiker, politician -----------------------------------------------
@pytest.mark.parametrize(("text", "expected"), [
    ("SPD-Chef", ("DEU", "PTY")), ("die SPD-Chefin", ("DEU", "PTY")),
    ("CDU-Politiker", ("DEU", "PTY")), ("HDP-Chef", ("TUR", "PTY")),
    ("ein US-Politiker", ("USA", "PTY")), ("die HDP-Ko-Chefin", ("TUR", "PTY")),
    ("US-Vize-Präsident", ("USA", "GOV")),
])
def test_party_compounds_resolve_to_the_party(matcher: ActorMatcher, text: str,
                                              expected: tuple[str, str]) -> None:
    assert pairs(matcher, text) == [expected]


def test_chef_is_not_split_off_other_compounds(matcher: ActorMatcher) -> None:
    assert pairs(matcher, "der Küchenchef") == []
    assert pairs(matcher, "der Chef des Konzerns") == [("UNK", "BUS")]


def test_english_politician(matcher: ActorMatcher) -> None:
    assert pairs(matcher, "Turkish politicians", "en") == [("TUR", "PTY")]


# --- 5. a short name several office holders of one country share --------------------------
def test_shared_short_name_of_one_country_gives_the_country(matcher: ActorMatcher) -> None:
    # in 2018 Sarah Sanders (press secretary) and Bernie Sanders (senator) both held office
    assert pairs(matcher, "Sanders", "en", D2018) == [("USA", None)]
    assert pairs(matcher, "Bernie Sanders", "en", D2018) == [("USA", "LEG")]
    # in 2016 only the senator did
    assert pairs(matcher, "Sanders", "en", dt.date(2016, 6, 1)) == [("USA", "LEG")]


def test_shared_short_name_of_several_countries_gives_nothing() -> None:
    from chronist.actors.dictionary import Person, Role

    d = ActorDictionary.default()
    m = ActorMatcher(d)
    a = Person("Test Alpha", "FRA", roles=(Role("FRA", "GOV", dt.date(2000, 1, 1)),))
    b = Person("Test Beta", "ITA", roles=(Role("ITA", "GOV", dt.date(2000, 1, 1)),))
    c = Person("Test Gamma", "FRA", roles=(Role("FRA", "LEG", dt.date(2000, 1, 1)),))
    from chronist.actors.dictionary import Entry
    from chronist.actors.matcher import _Mention

    def mention(*people: Person) -> _Mention:
        for p in people:
            d.persons[p.name] = p
        entries = tuple(Entry("person", "short", f"person:{p.name}", p.country) for p in people)
        return _Mention("person", 0, 1, entries, form="short")

    try:
        assert m._person(mention(a, b), D2018) is None
        assert m._person(mention(a, c), D2018) == ("FRA", None, None)
        # without a date: both still in office, so only a shared country can be given
        assert m._person(mention(a, b), None) is None
        assert m._person(mention(a, c), None) == ("FRA", None, None)
    finally:
        for p in (a, b, c):
            d.persons.pop(p.name, None)


# --- 7. titles with unknown names --------------------------------------------------------
@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("Außenminister Xaver Quastl", "de", ("UNK", "GOV")),
    ("Finanzminister Hannes Quastl", "de", ("UNK", "GOV")),
    ("der serbische Außenminister", "de", ("SRB", "GOV")),
    ("Serbiens Außenminister Xaver Quastl", "de", ("SRB", "GOV")),
    ("Foreign Minister Xaver Quastl", "en", ("UNK", "GOV")),
    ("the Serbian foreign minister", "en", ("SRB", "GOV")),
])
def test_title_gives_sector_and_country_when_named(matcher: ActorMatcher, text: str, lang: str,
                                                   expected: tuple[str, str]) -> None:
    assert pairs(matcher, text, lang) == [expected]


# --- 8. party names several countries share ---------------------------------------------
@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("die Grünen", "de", ("UNK", "PTY")),
    ("die Sozialdemokraten", "de", ("UNK", "PTY")),
    ("the Democrats", "en", ("UNK", "PTY")),
    ("the Greens", "en", ("UNK", "PTY")),
    ("die französischen Grünen", "de", ("FRA", "PTY")),
    ("die Grünen in Schweden", "de", ("SWE", "PTY")),
    ("the Greens in Sweden", "en", ("SWE", "PTY")),
    # longer names of one country's party still win
    ("die deutschen Grünen", "de", ("DEU", "PTY")),
    ("die US-Demokraten", "de", ("USA", "PTY")),
    ("Sweden Democrats", "en", ("SWE", "PTY")),
])
def test_shared_party_names(matcher: ActorMatcher, text: str, lang: str,
                            expected: tuple[str, str]) -> None:
    assert pairs(matcher, text, lang) == [expected]


def test_shared_party_name_carries_no_name(matcher: ActorMatcher) -> None:
    (actor,) = matcher.match(toks("die Grünen"), lang="de", date=D2018)
    assert actor.name is None


def test_adjective_grüne_is_no_party(matcher: ActorMatcher) -> None:
    tokens = tagged(("Grüne", "ADJA"), ("Energie", "NN"))
    assert pairs(matcher, "", tokens=tokens) == []
    assert pairs(matcher, "grüne Energie") == []


@pytest.mark.parametrize("word, code", [
    ("Ostukraine", "UKR"), ("Nordsyrien", "SYR"), ("Nordiraks", "IRQ"), ("Südostasien", None),
    ("Südsudan", "SSD"), ("Nordkorea", "PRK"), ("Nordirland", "GBR"),
], ids=["ostukraine", "nordsyrien", "genitive", "no-country-behind", "own-country", "nordkorea", "nordirland"])
def test_compass_regions_name_their_country(matcher: ActorMatcher, word: str, code: str | None) -> None:
    """A region written with a compass prefix is its country; a name of its own keeps its entry."""
    found = [a.code for a in matcher.match(toks(word), lang="de", date=None)]
    assert found == ([code] if code else [])


@pytest.mark.parametrize("phrase, expected", [
    ("die westafghanischen Behörden", [("AFG", "GOV")]), ("ostlibysche Milizen", [("LBY", "REB")]),
    ("im nordirakischen Dorf", [("IRQ", None)]), ("die nordirische Regionalregierung", [("GBR", "GOV")]),
    ("südkoreanische Soldaten", [("KOR", "MIL")]), ("Touristen aus Südamerika", [("UNK", "CVL")]),
    ("nordamerikanische Firmen", [("UNK", "BUS")]), ("Inseln im Südchinesischen Meer", []),
], ids=["west-afghan", "east-libyan", "north-iraqi", "northern-irish", "own-adjective", "continent",
        "continent-adj", "sea"])
def test_compass_adjectives_name_their_country(matcher: ActorMatcher, phrase: str,
                                                expected: list[tuple[str, str | None]]) -> None:
    """A demonym behind a compass prefix is its country's ("ostlibysche Milizen"); a continent or
    sea named that way is none ("Südamerika", "Südchinesisches Meer")."""
    assert [(a.code, a.sector) for a in matcher.match(toks(phrase), lang="de", date=None)] == expected


def test_a_compass_region_places_unnamed_actors() -> None:
    from chronist.model import Article
    from chronist.pipeline import Pipeline
    doc = Pipeline.default().process(Article(text="In der Ostukraine kämpfen Regierungstruppen gegen Rebellen.",
                                             id="t", date=dt.date(2015, 2, 1), lang="de"), lang="de")
    assert [([a.code for a in e.source], [a.code for a in e.target]) for e in doc.events] == [(["UKR"], ["UKR"])]
