"""The actor dictionary (data integrity, loader errors, dated roles) and the matcher."""
from __future__ import annotations

import datetime as dt
import json
import re
import shutil
from pathlib import Path

import pytest

from chronist.actors.dictionary import DATA_DIR, SECTORS, ActorDictionary
from chronist.actors.matcher import ActorMatcher
from chronist.errors import ConfigError
from chronist.model import Token
from actor_tokens import toks

# ISO 3166-1 alpha-3 (all 249 assigned codes) plus the extras the project uses.
ISO_ALPHA3 = frozenset("""
ABW AFG AGO AIA ALA ALB AND ARE ARG ARM ASM ATA ATF ATG AUS AUT AZE BDI BEL BEN BES BFA BGD BGR
BHR BHS BIH BLM BLR BLZ BMU BOL BRA BRB BRN BTN BVT BWA CAF CAN CCK CHE CHL CHN CIV CMR COD COG
COK COL COM CPV CRI CUB CUW CXR CYM CYP CZE DEU DJI DMA DNK DOM DZA ECU EGY ERI ESH ESP EST ETH
FIN FJI FLK FRA FRO FSM GAB GBR GEO GGY GHA GIB GIN GLP GMB GNB GNQ GRC GRD GRL GTM GUF GUM GUY
HKG HMD HND HRV HTI HUN IDN IMN IND IOT IRL IRN IRQ ISL ISR ITA JAM JEY JOR JPN KAZ KEN KGZ KHM
KIR KNA KOR KWT LAO LBN LBR LBY LCA LIE LKA LSO LTU LUX LVA MAC MAF MAR MCO MDA MDG MDV MEX MHL
MKD MLI MLT MMR MNE MNG MNP MOZ MRT MSR MTQ MUS MWI MYS MYT NAM NCL NER NFK NGA NIC NIU NLD NOR
NPL NRU NZL OMN PAK PAN PCN PER PHL PLW PNG POL PRI PRK PRT PRY PSE PYF QAT REU ROU RUS RWA SAU
SDN SEN SGP SGS SHN SJM SLB SLE SLV SMR SOM SPM SRB SSD STP SUR SVK SVN SWE SWZ SXM SYC SYR TCA
TCD TGO THA TJK TKL TKM TLS TON TTO TUN TUR TUV TWN TZA UGA UKR UMI URY USA UZB VAT VCT VEN VGB
VIR VNM VUT WLF WSM YEM ZAF ZMB ZWE
""".split())
EXTRA_CODES = frozenset({"PSE", "XKX", "UNK"})
# UN member states and observers that countries.yaml must cover
SOVEREIGN_SAMPLE = ("AFG", "DEU", "PRK", "KOR", "USA", "RUS", "CHN", "JPN", "PSE", "XKX", "VAT",
                    "SSD", "TLS", "MNE", "TUV", "NRU", "KNA", "ERI", "SWZ", "MKD")

def _valid_code(code: str) -> bool:
    if code.startswith(("IGO:", "NGO:")):
        return re.fullmatch(r"(?:IGO|NGO):[A-Z0-9_]+", code) is not None
    return code in ISO_ALPHA3 or code in EXTRA_CODES


# --- data integrity --------------------------------------------------------------------
def test_country_codes_are_iso_or_listed_extras(dictionary: ActorDictionary) -> None:
    bad = [c for c in dictionary.countries if not _valid_code(c)]
    assert bad == []
    assert len(dictionary.countries) >= 195
    assert set(SOVEREIGN_SAMPLE) <= set(dictionary.countries)


def test_every_country_has_english_capital(dictionary: ActorDictionary) -> None:
    missing = [c.code for c in dictionary.countries.values() if not c.capital_en]
    assert missing == []


def test_organisation_and_role_codes_are_valid(dictionary: ActorDictionary) -> None:
    bad = [o.name for o in dictionary.organisations.values() if not _valid_code(o.code)]
    for person in dictionary.persons.values():
        if not _valid_code(person.country):
            bad.append(person.name)
        bad += [person.name for r in person.roles if not _valid_code(r.code)]
    assert bad == []


def test_roles_have_valid_sectors_and_ordered_dates(dictionary: ActorDictionary) -> None:
    for person in dictionary.persons.values():
        assert person.sector in SECTORS, person.name
        for role in person.roles:
            assert role.sector in SECTORS, person.name
            assert role.end is None or role.start <= role.end, person.name
        starts = [r.start for r in person.roles]
        assert starts == sorted(starts), person.name


def test_no_surface_form_names_two_entities_unless_marked(dictionary: ActorDictionary) -> None:
    for lang, table in dictionary.surfaces.items():
        for key, entries in table.items():
            if len(entries) < 2:
                continue
            for entry in entries.values():
                person = dictionary.person(entry.ident) if entry.kind == "person" else None
                assert person is not None and entry.form == "short" and person.short_needs_role, \
                    (lang, key, sorted(entries))


def test_declared_ambiguous_forms_are_not_matched(matcher: ActorMatcher) -> None:
    for lang in ("de", "en"):
        assert matcher.match(toks("Korea"), lang=lang, date=None) == []


def test_agent_sectors_are_valid(dictionary: ActorDictionary) -> None:
    for lang in ("de", "en"):
        for bucket in dictionary.agents[lang].values():
            for _, agent in bucket:
                assert agent.sector is None or agent.sector in SECTORS


# --- loader errors ---------------------------------------------------------------------
@pytest.fixture()
def data_copy(tmp_path: Path) -> Path:
    target = tmp_path / "data"
    shutil.copytree(DATA_DIR, target)
    return target


@pytest.mark.parametrize(
    ("file", "old", "new", "message"),
    [
        ("countries.yaml", "  ALB:\n", "  AFG:\n", "duplicate entry 'AFG'"),
        ("leaders.yaml", "from: 2017-01-20, to: 2021-01-20", "from: 2021-01-20, to: 2017-01-20",
         "ends (2017-01-20) before it starts"),
        ("leaders.yaml", "{code: USA, sector: GOV, from: 2025-01-20",
         "{code: USA, sector: BOSS, from: 2025-01-20", "sector 'BOSS'"),
        ("organisations.yaml", "    code: IGO:NATO\n", "    code: nato\n", "code 'nato'"),
        ("countries.yaml", "names: [Nordkorea, Nord-Korea,", "names: [Südkorea, Nord-Korea,",
         "names both"),
        ("countries.yaml", "capital: Kabul}\n    en:", "capitol: Kabul}\n    en:", "unknown field"),
    ],
    ids=["duplicate-country", "role-dates", "bad-sector", "bad-org-code", "form-two-countries",
         "unknown-field"],
)
def test_malformed_data_raises_config_error(data_copy: Path, file: str, old: str, new: str,
                                            message: str) -> None:
    path = data_copy / file
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    with pytest.raises(ConfigError) as err:
        ActorDictionary.load(data_copy)
    assert message in str(err.value)
    assert file in str(err.value)


# --- dated roles -----------------------------------------------------------------------
@pytest.mark.parametrize(
    ("name", "date", "expected"),
    [
        ("Donald Trump", "2018-05-27", ("USA", "GOV")),
        ("Donald Trump", "2022-06-01", ("USA", "ELI")),
        ("Donald Trump", "2025-03-01", ("USA", "GOV")),
        ("Vladimir Putin", "2010-01-01", ("RUS", "GOV")),
        ("Romano Prodi", "2002-01-01", ("IGO:EU", "GOV")),
        ("Romano Prodi", "2007-01-01", ("ITA", "GOV")),
        ("Heather Nauert", "2018-05-27", ("USA", "GOV")),
        ("Desmond Tutu", "2000-01-01", ("ZAF", "ELI")),
    ],
    ids=["trump-2018", "trump-2022", "trump-2025", "putin-pm", "prodi-eu", "prodi-ita",
         "nauert", "tutu-no-role"],
)
def test_person_actor_at(dictionary: ActorDictionary, name: str, date: str,
                         expected: tuple[str, str]) -> None:
    assert dictionary.persons[name].actor_at(dt.date.fromisoformat(date)) == expected


def test_role_at_without_date_is_most_recent(dictionary: ActorDictionary) -> None:
    role = dictionary.persons["Donald Trump"].role_at(None)
    assert role is not None and role.start == dt.date(2025, 1, 20)
    assert dictionary.persons["Desmond Tutu"].role_at(None) is None


# --- matcher -----------------------------------------------------------------------------
D2018 = "2018-05-27"
CASES = [
    # (lang, date, phrase, expected [(code, sector)])
    ("de", D2018, "Südkoreas Präsident Moon Jae In", [("KOR", "GOV")]),
    ("de", D2018, "den südkoreanischen Präsidenten Moon Jae-In", [("KOR", "GOV")]),
    ("de", D2018, "nordkoreanischen Offiziellen", [("PRK", "GOV")]),
    ("de", D2018, "der russische Präsident Wladimir Putin", [("RUS", "GOV")]),
    ("de", D2018, "Washingtons", [("USA", "GOV")]),
    ("de", D2018, "Washington", [("USA", "GOV")]),
    ("de", D2018, "Korea-Experten", []),
    ("de", D2018, "US-Festland", []),
    ("de", D2018, "Nordkorea-Konflikt", []),
    ("de", D2018, "US-Präsident", [("USA", "GOV")]),
    ("de", D2018, "Eine US-Delegation", [("USA", "GOV")]),
    ("de", D2018, "Trump-Administration", [("USA", "GOV")]),
    ("de", D2018, "Rot-Kreuz-Verbände", [("NGO:ICRC", None)]),
    ("de", D2018, "Russland und Japan", [("RUS", None), ("JPN", None)]),
    ("de", D2018, "die USA und Nordkorea", [("USA", None), ("PRK", None)]),
    ("de", D2018, "Nordkorea", [("PRK", None)]),
    ("de", D2018, "Nordkoreas", [("PRK", None)]),
    ("de", D2018, "Vertretern Nordkoreas", [("PRK", "GOV")]),
    ("de", D2018, "Trump", [("USA", "GOV")]),
    ("de", D2018, "Trumps", [("USA", "GOV")]),
    ("de", "2022-06-01", "Trump", [("USA", "ELI")]),
    ("de", "2025-03-01", "Trump", [("USA", "GOV")]),
    ("de", D2018, "Kim", [("PRK", "GOV")]),
    ("de", D2018, "Kim Jong Un", [("PRK", "GOV")]),
    ("de", D2018, "Moons", [("KOR", "GOV")]),
    ("de", D2018, "Abe", [("JPN", "GOV")]),
    ("de", D2018, "dem japanischen Regierungschef Shinzo Abe", [("JPN", "GOV")]),
    ("de", D2018, "die Sprecherin des Außenministeriums, Heather Nauert", [("USA", "GOV")]),
    ("de", D2018, "Sung Kim", [("USA", "GOV")]),
    ("de", D2018, "Palästinenserpräsident Abbas", [("PSE", "GOV")]),
    ("de", D2018, "israelische Soldaten", [("ISR", "MIL")]),
    ("de", D2018, "Ruandische Rebellen", [("RWA", "REB")]),
    ("de", D2018, "ägyptische Polizei", [("EGY", "COP")]),
    ("de", D2018, "UN-Soldaten", [("IGO:UN", "MIL")]),
    ("de", D2018, "Hamas", [("PSE", "REB")]),
    ("de", D2018, "die Taliban", [("AFG", "REB")]),
    ("de", D2018, "Regierung in Khartum", [("SDN", "GOV")]),
    ("de", D2018, "Regierungstruppen", [("UNK", "MIL")]),
    ("de", D2018, "die Regierung", [("UNK", "GOV")]),
    ("de", D2018, "pro-russische Separatisten", [("UNK", "REB")]),
    ("de", D2018, "der russische und der japanische Präsident", [("RUS", "GOV"), ("JPN", "GOV")]),
    ("de", D2018, "Kreml", [("RUS", "GOV")]),
    ("de", D2018, "Weißen Hauses", [("USA", "GOV")]),
    ("de", D2018, "Vereinten Nationen", [("IGO:UN", None)]),
    ("de", D2018, "Einführung", []),
    ("en", D2018, "U.S. officials", [("USA", "GOV")]),
    ("en", D2018, "North Korean troops", [("PRK", "MIL")]),
    ("en", D2018, "the Taliban", [("AFG", "REB")]),
    ("en", D2018, "Hamas", [("PSE", "REB")]),
    ("en", D2018, "Trump's envoy", [("USA", "GOV")]),
    ("en", D2018, "North Korea's Kim Jong-un", [("PRK", "GOV")]),
    ("en", D2018, "president of Armenia", [("ARM", "GOV")]),
    ("en", D2018, "Montenegro's prime minister", [("MNE", "GOV")]),
    ("en", D2018, "Afghan rebel leaders", [("AFG", "REB")]),
    ("en", D2018, "the Kremlin", [("RUS", "GOV")]),
    ("en", D2018, "the White House", [("USA", "GOV")]),
    ("en", D2018, "Russia and Japan", [("RUS", None), ("JPN", None)]),
    ("en", D2018, "Palestinians", [("PSE", None)]),
    ("en", D2018, "Moon", [("KOR", "GOV")]),
    ("en", D2018, "the moon", []),
    ("en", D2018, "The Moon", []),
    ("en", D2018, "U.S.-backed rebels", [("UNK", "REB")]),
    ("en", D2018, "police department", [("UNK", "COP")]),
    ("en", D2018, "Democratic People's Republic of Korea", [("PRK", None)]),
    ("en", "2022-06-01", "Trump", [("USA", "ELI")]),
    ("en", "2025-03-01", "Trump", [("USA", "GOV")]),
    ("en", "2015-01-01", "Bush", [("USA", "ELI")]),
    ("en", "2005-01-01", "Bush", [("USA", "GOV")]),
    ("en", "2022-03-01", "Zelenskiy", [("UKR", "GOV")]),        # the Reuters spelling
    ("en", "2022-03-01", "President Volodymyr Zelenskiy", [("UKR", "GOV")]),
    # a name whose dictionary form opens with a lower-case particle, capitalised at a sentence's start
    ("en", "2023-03-01", "Al-Sudani", [("IRQ", "GOV")]),
    ("en", "2018-03-01", "De Mistura", [("IGO:UN", "GOV")]),
    ("de", "2023-03-01", "Al-Sudani", [("IRQ", "GOV")]),
    # a name written without its diacritics, as much of the press writes it
    ("en", "2019-06-01", "Sanchez", [("ESP", "GOV")]),
    ("en", "2019-06-01", "Prime Minister Andrej Babis", [("CZE", "GOV")]),
    ("de", "2019-06-01", "Babis", [("CZE", "GOV")]),
]


@pytest.mark.parametrize(("lang", "date", "phrase", "expected"), CASES,
                         ids=[f"{c[0]}-{c[2]}-{c[1]}" for c in CASES])
def test_match(matcher: ActorMatcher, lang: str, date: str, phrase: str,
               expected: list[tuple[str, str | None]]) -> None:
    actors = matcher.match(toks(phrase), lang=lang, date=dt.date.fromisoformat(date))
    assert [(a.code, a.sector) for a in actors] == expected


def test_one_actor_for_name_and_description(matcher: ActorMatcher) -> None:
    phrase = "Südkoreas Präsident Moon Jae In"
    (actor,) = matcher.match(toks(phrase), lang="de", date=dt.date(2018, 5, 27))
    assert actor.name == "Moon Jae-in"
    assert (actor.start, actor.end) == (0, len(phrase))
    assert actor.text == phrase


def test_spans_point_into_the_text(matcher: ActorMatcher) -> None:
    text = "Gespräche zwischen Russland und Japan"
    actors = matcher.match(toks(text), lang="de", date=None)
    assert [text[a.start:a.end] for a in actors] == ["Russland", "Japan"]


def test_spacy_style_hyphen_tokens(matcher: ActorMatcher) -> None:
    # spaCy's English tokenizer splits "Jong-un" into "Jong", "-", "un"
    tokens = [Token("Kim", "Kim", "", 0, 3), Token("Jong", "Jong", "", 4, 8),
              Token("-", "-", "", 8, 9), Token("un", "un", "", 9, 11)]
    actors = matcher.match(tokens, lang="en", date=dt.date(2018, 5, 27))
    assert [(a.code, a.sector, a.end) for a in actors] == [("PRK", "GOV", 11)]


def test_verb_tags_split_a_sentence(matcher: ActorMatcher) -> None:
    tokens = toks("Abe forderte Nordkorea auf")
    tokens[1].pos = "VVFIN"
    actors = matcher.match(tokens, lang="de", date=dt.date(2018, 5, 27))
    assert [(a.code, a.sector) for a in actors] == [("JPN", "GOV"), ("PRK", None)]


def test_unknown_language_is_a_config_error(matcher: ActorMatcher) -> None:
    with pytest.raises(ConfigError, match="'fr'"):
        matcher.match(toks("Paris"), lang="fr", date=None)


@pytest.mark.parametrize(
    ("lang", "phrase", "expected"),
    [
        ("de", "in Moskau", ("Moscow", "RUS")),
        ("de", "in Pjöngjang", ("Pyongyang", "PRK")),
        ("de", "im Weißen Haus", ("Washington", "USA")),
        ("en", "in Beijing", ("Beijing", "CHN")),
        ("en", "in Syria", ("Syria", "SYR")),
        ("de", "am Wochenende", None),
    ],
    ids=["moskau", "pjoengjang", "weisses-haus", "beijing", "syria-country", "none"],
)
def test_match_place(matcher: ActorMatcher, lang: str, phrase: str,
                     expected: tuple[str, str] | None) -> None:
    assert matcher.match_place(toks(phrase), lang) == expected


ACTOR_FLOORS = json.loads((Path(__file__).resolve().parents[1] / "eval" / "actor_floors.json").read_text("utf-8"))
SHARED_EVAL = Path(__file__).resolve().parents[1].parent / "shared" / "eval"
GOLD_FILES = sorted(k for k in ACTOR_FLOORS if not k.startswith("_"))


def test_every_gold_file_has_an_actor_floor() -> None:
    if not SHARED_EVAL.is_dir():
        pytest.skip(f"{SHARED_EVAL} not found (shared data absent): no gold files to check floors against")
    present = {f"{p.parent.name}/{p.name}" for lang in ("de", "en") for p in (SHARED_EVAL / lang).glob("*.jsonl")}
    assert present == set(GOLD_FILES), "each gold file needs a floor in eval/actor_floors.json, and each floor a file"


@pytest.mark.parametrize("name", GOLD_FILES)
def test_gold_actor_phrases(name: str) -> None:
    """The share of a gold file's actor phrases that name their gold actor by their own words
    stays at or above its floor (the rest need context: pronouns, 'die Polizei' without a country)."""
    path = SHARED_EVAL / name
    if not path.is_file():
        pytest.skip(f"{path} not found (shared data absent)")
    matcher = ActorMatcher()
    hits = total = 0
    for line in path.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        date = dt.date.fromisoformat(record["pub_date"]) if record.get("pub_date") else None
        for event in record["events"]:
            for gold in event["source"] + event["target"]:
                if not gold.get("text") or gold["actor"] == "UNK":
                    continue
                total += 1
                found = matcher.match(toks(gold["text"]), lang=record["lang"], date=date)
                hits += gold["actor"] in {a.code for a in found}
    assert total > 20
    assert hits / total >= ACTOR_FLOORS[name], f"{name}: {hits}/{total} = {hits / total:.3f} < {ACTOR_FLOORS[name]}"


def test_coverage_command(dictionary: ActorDictionary, capsys: pytest.CaptureFixture[str]) -> None:
    from chronist.cli import main

    assert main(["coverage"]) == 0
    out = capsys.readouterr().out
    states = sum(not c.territory for c in dictionary.countries.values())
    assert f"states {states} " in out and states >= 190
    assert f"organisations {len(dictionary.organisations)} " in out
    assert re.search(r"^de: agents \d+; frames \d+ .*CAMEO roots 02-20 covered \d+/19", out, re.M)
    assert re.search(r"^en: agents \d+; frames \d+ ", out, re.M)


# --- defence and foreign ministers (issue 5) -----------------------------------------------
@pytest.mark.parametrize(
    ("name", "date", "expected"),
    [
        ("Lloyd Austin", "2022-03-01", ("USA", "GOV")),
        ("Lloyd Austin", "2025-06-01", ("USA", "ELI")),
        ("Robert Gates", "2010-01-01", ("USA", "GOV")),
        ("Robert Gates", "2012-01-01", ("USA", "ELI")),
        ("Ben Wallace", "2021-01-01", ("GBR", "GOV")),
        ("Ben Wallace", "2024-01-01", ("GBR", "ELI")),
        ("Peter Struck", "2003-06-01", ("DEU", "GOV")),
        ("Peter Struck", "2006-06-01", ("DEU", "ELI")),
        ("Ursula von der Leyen", "2015-01-01", ("DEU", "GOV")),
        ("Anatoly Serdyukov", "2010-01-01", ("RUS", "GOV")),
        ("Anatoly Serdyukov", "2013-01-01", ("RUS", "ELI")),
        ("Yoav Gallant", "2023-11-01", ("ISR", "GOV")),
        ("Yoav Gallant", "2025-01-01", ("ISR", "ELI")),
        ("Oleksii Reznikov", "2022-03-01", ("UKR", "GOV")),
        ("Oleksii Reznikov", "2024-01-01", ("UKR", "ELI")),
        ("Wei Fenghe", "2020-01-01", ("CHN", "GOV")),
        ("Hossein Dehghan", "2016-01-01", ("IRN", "GOV")),
        ("Hossein Dehghan", "2018-01-01", ("IRN", "ELI")),
        ("Hoshyar Zebari", "2008-01-01", ("IRQ", "GOV")),
        ("Hoshyar Zebari", "2016-01-01", ("IRQ", "ELI")),
        ("Penny Wong", "2023-01-01", ("AUS", "GOV")),
        ("Penny Wong", "2020-01-01", ("AUS", "ELI")),
        ("Naftali Bennett", "2020-01-01", ("ISR", "GOV")),
        ("Naftali Bennett", "2023-01-01", ("ISR", "ELI")),
    ],
    ids=lambda v: v if isinstance(v, str) else None,
)
def test_minister_actor_at(dictionary: ActorDictionary, name: str, date: str,
                           expected: tuple[str, str]) -> None:
    assert dictionary.persons[name].actor_at(dt.date.fromisoformat(date)) == expected


MINISTER_CASES = [
    ("de", "2024-02-01", "Verteidigungsminister Boris Pistorius", [("DEU", "GOV")]),
    ("en", "2022-03-01", "Defense Secretary Lloyd Austin", [("USA", "GOV")]),
    ("en", "2022-03-01", "Austin", [("USA", "GOV")]),
    ("en", "2026-01-01", "Austin", []),          # short form only while in office
    ("de", "2004-01-01", "Verteidigungsminister Peter Struck", [("DEU", "GOV")]),
    ("de", "2004-01-01", "Struck", [("DEU", "GOV")]),
    ("de", "2020-05-01", "Kramp-Karrenbauer", [("DEU", "GOV")]),
    ("de", "2023-01-01", "Resnikows", [("UKR", "GOV")]),
    ("de", "2010-01-01", "Serdjukow", [("RUS", "GOV")]),
    ("en", "2023-11-01", "Israeli Defence Minister Yoav Gallant", [("ISR", "GOV")]),
    ("de", "2025-03-01", "Israel Katz", [("ISR", "GOV")]),
    ("de", "2025-03-01", "Katz", [("ISR", "GOV")]),
    ("de", "2019-05-01", "Katz", []),
    ("en", "2021-06-01", "Ben Wallace", [("GBR", "GOV")]),
    ("en", "2015-06-01", "Ben Wallace", [("GBR", "ELI")]),
    ("en", "2023-01-01", "Foreign Minister Penny Wong", [("AUS", "GOV")]),
]


@pytest.mark.parametrize(("lang", "date", "phrase", "expected"), MINISTER_CASES,
                         ids=[f"{c[0]}-{c[2]}-{c[1]}" for c in MINISTER_CASES])
def test_match_ministers(matcher: ActorMatcher, lang: str, date: str, phrase: str,
                         expected: list[tuple[str, str | None]]) -> None:
    actors = matcher.match(toks(phrase), lang=lang, date=dt.date.fromisoformat(date))
    assert [(a.code, a.sector) for a in actors] == expected


def test_defence_ministers_cover_g20_and_conflict_states(dictionary: ActorDictionary) -> None:
    defence = re.compile(r"Defen[cs]e|Armed Forces")
    states = ("USA", "GBR", "FRA", "DEU", "ITA", "JPN", "CAN", "RUS", "CHN", "IND", "BRA", "ZAF",
              "AUS", "KOR", "MEX", "IDN", "TUR", "SAU", "UKR", "ISR", "IRN", "SYR", "IRQ", "AFG",
              "PAK")
    holders = {state: 0 for state in states}
    for person in dictionary.persons.values():
        for state in {r.code for r in person.roles if r.title and defence.search(r.title)}:
            if state in holders:
                holders[state] += 1
    assert [s for s, n in holders.items() if n < 2] == []
    assert sum(holders.values()) >= 150


@pytest.mark.parametrize(
    "lang, phrase, date, expected",
    [
        ("de", "Klubobmann Lopatka", dt.date(2016, 3, 1), ("AUT", "LEG")),
        ("de", "Sozialminister Stöger", dt.date(2016, 3, 1), ("AUT", "GOV")),
        ("de", "Landeshauptmann Niessl", dt.date(2015, 9, 1), ("AUT", "GOV")),
        ("de", "Ministerpräsident Ramelow", dt.date(2016, 3, 1), ("DEU", "GOV")),
        ("de", "Moscovici", dt.date(2016, 3, 1), ("IGO:EU", "GOV")),
        ("en", "Senator Chuck Grassley", dt.date(2018, 9, 30), ("USA", "LEG")),
        ("en", "Christine Blasey Ford", dt.date(2018, 9, 30), ("USA", "EDU")),
        ("en", "Lord Adonis", dt.date(2018, 12, 1), ("GBR", "LEG")),
        ("en", "Speaker John Bercow", dt.date(2019, 3, 1), ("GBR", "LEG")),
        ("en", "Kai-Fu Lee", dt.date(2018, 9, 30), ("CHN", "BUS")),
    ],
    ids=["lopatka", "stoeger", "niessl", "ramelow", "moscovici", "grassley", "blasey-ford", "adonis",
         "bercow", "kai-fu-lee-not-lee-hsien-loong"],
)
def test_office_holders_below_the_head_of_government(matcher: ActorMatcher, lang: str, phrase: str,
                                                      date: dt.date, expected: tuple[str, str]) -> None:
    found = matcher.match(toks(phrase), lang=lang, date=date)
    assert (found[0].code, found[0].sector) == expected
